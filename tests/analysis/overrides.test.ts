/**
 * The override analysis no-leaked-overrides asks: what a call overrides and through which receiver, what an
 * assignment or `Object.defineProperty` patches, and the facts that match an undo or show that nothing can leak.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { OverrideAnalysis } from '../../src/analysis/overrides';
import { analyse } from './helpers';

const vitest = `import { it, vi, beforeEach, afterEach } from 'vitest';\n`;

function overridesOf(code: string) {
  const snippet = analyse(code);
  return { snippet, overrides: new OverrideAnalysis(snippet.file) };
}

describe('the override a call makes', () => {
  it.each([
    { code: `${vitest}it('a', () => { vi.spyOn(console, 'error'); });`, callee: 'vi.spyOn', family: 'vitest.mocks', receiver: 'vi' },
    { code: `${vitest}it('a', () => { vi.useFakeTimers(); });`, callee: 'vi.useFakeTimers', family: 'vitest.timers', receiver: 'vi' },
    { code: `${vitest}it('a', () => { vi.stubEnv('API', 'x'); });`, callee: 'vi.stubEnv', family: 'vitest.env', receiver: 'vi' },
    {
      code: `${vitest}import sinon from 'sinon';\nit('a', () => { sinon.stub(api, 'get'); });`,
      callee: 'sinon.stub',
      family: 'sinon.stubs',
      receiver: 'sinon',
    },
    {
      code: `${vitest}import nock from 'nock';\nit('a', () => { nock('http://x'); });`,
      callee: 'nock',
      family: 'nock.interceptors',
      receiver: 'nock',
    },
  ])('$callee overrides $family', ({ code, callee, family, receiver }) => {
    const { snippet, overrides } = overridesOf(code);
    const made = overrides.madeBy(snippet.call(callee));
    expect(made?.override.family).toBe(family);
    expect(made === undefined ? undefined : snippet.file.sourceCode.getText(made.receiver)).toBe(receiver);
  });

  it.each([
    {
      name: 'a free-standing sinon stub replaces nothing',
      code: `${vitest}import sinon from 'sinon';\nit('a', () => { sinon.stub(); });`,
      callee: 'sinon.stub',
    },
    {
      name: 'a spy of a callback replaces nothing',
      code: `${vitest}import sinon from 'sinon';\nit('a', () => { sinon.spy(() => {}); });`,
      callee: 'sinon.spy',
    },
    { name: 'vi.fn makes a mock but overrides nothing', code: `${vitest}it('a', () => { vi.fn(); });`, callee: 'vi.fn' },
    {
      name: 'a local object with a spyOn method',
      code: `${vitest}const vi2 = { spyOn() {} };\nit('a', () => { vi2.spyOn(console, 'log'); });`,
      callee: 'vi2.spyOn',
    },
  ])('$name', ({ code, callee }) => {
    const { snippet, overrides } = overridesOf(code);
    expect(overrides.madeBy(snippet.call(callee))).toBeUndefined();
  });

  it('names what the override replaces', () => {
    const { snippet, overrides } = overridesOf(`${vitest}it('a', () => { vi.spyOn(Service.prototype, 'merge'); vi.stubEnv('API_URL', 'x'); });`);
    expect(overrides.overrideTarget(snippet.call('vi.spyOn'))).toBe('Service.prototype.merge');
    expect(overrides.spiedPath(snippet.call('vi.spyOn'))).toBe('Service.prototype.merge');
    expect(overrides.overrideTarget(snippet.call('vi.stubEnv'))).toBe('API_URL');
    expect(overrides.spiedPath(snippet.call('vi.stubEnv'))).toBeUndefined();
  });
});

describe('what an assignment or defineProperty patches', () => {
  const member = (snippet: ReturnType<typeof analyse>, text: string) => snippet.expr(text) as TSESTree.MemberExpression;

  it.each([
    { left: 'process.env.API_URL', expected: { path: 'process.env.API_URL', description: 'environment variable', envName: "'API_URL'" } },
    { left: 'process.env[key]', expected: { path: 'process.env[key]', description: 'environment variable', envName: 'key' } },
    { left: 'process.argv', expected: { path: 'process.argv', description: 'process property', envName: undefined } },
    { left: 'Date.now', expected: { path: 'Date.now', description: 'Date method', envName: undefined } },
    { left: 'mailer.send', expected: { path: 'mailer.send', description: 'patched import' } },
  ])('$left', ({ left, expected }) => {
    const { snippet, overrides } = overridesOf(`${vitest}import * as mailer from './mailer';\nconst key = 'K';\nit('a', () => { ${left} = 1; });`);
    expect(overrides.patchTarget(member(snippet, left))).toEqual(expected);
  });

  it.each(['local.value', 'this.value', 'process.pid'])('%s is not patchable shared state', (left) => {
    const { snippet, overrides } = overridesOf(`${vitest}const local = {};\nit('a', function () { ${left} = 1; });`);
    expect(overrides.patchTarget(member(snippet, left))).toBeUndefined();
  });

  it('Object.defineProperty on a global, but not on a local object', () => {
    const { snippet, overrides } = overridesOf(
      `${vitest}const local = {};\nit('a', () => {\n  Object.defineProperty(window, 'innerWidth', { value: 1 });\n  Object.defineProperty(local, 'x', { value: 1 });\n});`,
    );
    expect(overrides.definedProperty(snippet.call('Object.defineProperty', 0))).toEqual({
      path: 'window.innerWidth',
      description: 'redefined property',
    });
    expect(overrides.definedProperty(snippet.call('Object.defineProperty', 1))).toBeUndefined();
    expect(overrides.patchedPath(snippet.call('Object.defineProperty', 0))).toBe('window.innerWidth');
  });

  it.each([
    {
      name: 'the saved original assigned back',
      body: `const realNow = Date.now;\n  Date.now = () => 1;\n  Date.now = realNow;`,
      assignment: 'Date.now = realNow',
      restores: true,
    },
    {
      name: 'a copy of the environment assigned back',
      body: `const saved = { ...process.env };\n  process.env = saved;`,
      assignment: 'process.env = saved',
      restores: true,
    },
    {
      name: 'a later assignment of a patched path',
      body: `Date.now = () => 1;\n  Date.now = () => 2;`,
      assignment: 'Date.now = () => 2',
      restores: true,
    },
    { name: 'the first patch itself', body: `Date.now = () => 1;\n  Date.now = () => 2;`, assignment: 'Date.now = () => 1', restores: false },
    { name: 'an assignment in finally', body: `try {} finally { Date.now = () => 3; }`, assignment: 'Date.now = () => 3', restores: true },
  ])('restore of the saved value: $name', ({ body, assignment, restores }) => {
    const { snippet, overrides } = overridesOf(`${vitest}it('a', () => {\n  ${body}\n});`);
    const node = snippet.expr(assignment) as TSESTree.AssignmentExpression;
    expect(overrides.isRestoreOfSaved(node, overrides.memberPath(node.left as TSESTree.MemberExpression))).toBe(restores);
  });
});

describe('whether an override can reach another test', () => {
  it.each([
    { target: 'service', declared: 'inside the test', code: `it('a', () => { const service = {}; vi.spyOn(service, 'get'); });`, local: true },
    { target: 'an object literal', declared: 'on the spot', code: `it('a', () => { vi.spyOn({ get() {} }, 'get'); });`, local: true },
    { target: 'service', declared: 'in the module', code: `const service = {};\nit('a', () => { vi.spyOn(service, 'get'); });`, local: false },
    { target: 'console', declared: 'as a global', code: `it('a', () => { vi.spyOn(console, 'log'); });`, local: false },
  ])('spy on $target declared $declared', ({ code, local }) => {
    const { snippet, overrides } = overridesOf(`${vitest}${code}`);
    const call = snippet.call('vi.spyOn');
    expect(overrides.targetsLocalObject(call, overrides.madeBy(call)!.override)).toBe(local);
  });

  it('where the double is kept, and what holds it', () => {
    const { snippet, overrides } = overridesOf(
      `${vitest}it('a', function () {\n  const spy = vi.spyOn(console, 'log').mockReturnValue(undefined);\n  this.clock = vi.spyOn(Date, 'now');\n  spy.mockRestore();\n});`,
    );
    const kept = overrides.storedIn(snippet.call('vi.spyOn', 0));
    expect(typeof kept === 'object' ? kept.name : kept).toBe('spy');
    expect(overrides.storedIn(snippet.call('vi.spyOn', 1))).toBe('this.clock');
    expect(overrides.holdsStored(snippet.expr('spy', 1), kept!, false)).toBe(true);
    expect(overrides.holdsStored(snippet.expr('console'), kept!, false)).toBe(false);
  });

  it('the same receiver: library values share their state, local variables must be the same one', () => {
    const { snippet, overrides } = overridesOf(
      `${vitest}import sinon from 'sinon';\nconst a = sinon.createSandbox();\nconst b = sinon.createSandbox();\nit('t', () => { a.stub(x, 'y'); b.restore(); a.restore(); sinon.restore(); });`,
    );
    const receiver = (callee: string) => (snippet.call(callee).callee as TSESTree.MemberExpression).object;
    expect(overrides.sameReceiver(receiver('a.restore'), receiver('a.stub'))).toBe(true);
    expect(overrides.sameReceiver(receiver('b.restore'), receiver('a.stub'))).toBe(false);
    expect(overrides.sameReceiver(snippet.expr('sinon', 3), snippet.expr('sinon', 0))).toBe(true);
  });
});
