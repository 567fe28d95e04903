import { describe, expect, it } from 'vitest';
import { frameworkOfModule, markerGlobalFramework } from '../../src/knowledge';
import { global, imported, resolve } from './helpers';

describe('mocha', () => {
  it.each([
    ['before', 'mocha'],
    ['after', 'mocha'],
    ['context', 'mocha'],
    ['specify', 'mocha'],
    ['describe marks no runner', undefined],
  ] as const)('the global %s marks a %s file', (name, framework) => {
    expect(markerGlobalFramework(name)).toBe(framework);
  });

  it('is recognised by its module', () => {
    expect(frameworkOfModule('mocha')).toBe('mocha');
  });

  it.each([
    ['describe (BDD)', 'suite', 'describe', undefined],
    ['context (BDD)', 'suite', 'context', undefined],
    ['suite (TDD)', 'suite', 'suite', undefined],
    ['xdescribe', 'suite', 'xdescribe', undefined],
    ['it', 'test', 'it', 0],
    ['specify', 'test', 'specify', 0],
    ['test (TDD)', 'test', 'test', 0],
    ['before', 'beforeAll', 'before', 0],
    ['suiteSetup (TDD)', 'beforeAll', 'suiteSetup', 0],
    ['beforeEach', 'beforeEach', 'beforeEach', 0],
    ['setup (TDD)', 'beforeEach', 'setup', 0],
    ['after', 'afterAll', 'after', 0],
    ['suiteTeardown (TDD)', 'afterAll', 'suiteTeardown', 0],
    ['afterEach', 'afterEach', 'afterEach', 0],
    ['teardown (TDD)', 'afterEach', 'teardown', 0],
  ] as const)('%s registers a %s, done at %s', (_code, role, name, done) => {
    const kind = imported('mocha', name);
    expect(kind?.spec.callRole).toBe(role);
    expect(kind?.spec.doneParam).toBe(done);
  });

  it.each([
    ['it.only', 'mocha.Test', 'it', ['.only']],
    ['describe.skip', 'mocha.Suite', 'describe', ['.skip']],
    ['it.each is not mocha', undefined, 'it', ['.each()']],
    ['it.todo is not mocha', undefined, 'it', ['.todo']],
    ['mocha has no expect', undefined, 'expect', []],
  ] as const)('%s gives %s', (_code, gives, name, path) => {
    expect(resolve('mocha', name, path)).toBe(gives);
  });

  it.each([
    ['before under mocha', 'mocha.BeforeAll', 'before', 'mocha'],
    ['before under an unknown runner', 'mocha.BeforeAll', 'before', undefined],
    ['before under vitest', undefined, 'before', 'vitest'],
    ['suiteTeardown under mocha', 'mocha.AfterAll', 'suiteTeardown', 'mocha'],
  ] as const)('global %s is %s', (_code, kind, name, framework) => {
    expect(global(name, framework)?.id).toBe(kind);
  });
});
