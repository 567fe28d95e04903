/**
 * Behaviour proofs for no-done-callback: vitest passes a test whose `done` assertion fails; mocha turns an assertion
 * in a `.then` into a timeout. After the suggested rewrite, both fail on the assertion itself.
 */
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyExamples, fixFile, reportsOf, runMocha, runVitest, type MochaResult, type Workspace } from './runners';

describe('no-done-callback under the real vitest and mocha', () => {
  let workspace: Workspace;
  let vitestFlawed: Record<string, string>;
  let vitestFixed: Record<string, string>;
  let mochaFlawed: MochaResult;
  let mochaFixed: MochaResult;
  let nodeFlawed: string;
  let nodeFixed: string;
  const reports: Record<string, string[]> = {};
  const runNodeTest = (file: string) =>
    spawnSync(process.execPath, ['--test', '--test-reporter=tap', file], { encoding: 'utf8', timeout: 30_000 }).stdout;

  beforeAll(() => {
    workspace = copyExamples('no-done-callback');
    vitestFlawed = runVitest(workspace.folder);
    mochaFlawed = runMocha(workspace.file('then.spec.cjs'));
    reports['timer'] = reportsOf(workspace.file('timer.check.ts'));
    reports['then'] = reportsOf(workspace.file('then.spec.cjs'));
    reports['node'] = reportsOf(workspace.file('async-done.test.mjs'));
    reports['node fixed'] = reportsOf(workspace.file('async-done.fixed.test.mjs'));
    nodeFlawed = runNodeTest(workspace.file('async-done.test.mjs'));
    nodeFixed = runNodeTest(workspace.file('async-done.fixed.test.mjs'));
    fixFile(workspace.file('timer.check.ts'), 'vitestDone');
    fixFile(workspace.file('then.spec.cjs'), 'doneInThen');
    vitestFixed = runVitest(workspace.folder);
    mochaFixed = runMocha(workspace.file('then.spec.cjs'));
  }, 240_000);

  afterAll(() => workspace.remove());

  it('vitest: a test calling done from a timer passes although its assertion fails', () => {
    expect(vitestFlawed['emits ready']).toBe('passed');
    expect(reports['timer']).toEqual(['async-test/no-done-callback:vitestDone']);
  });

  it('vitest: wrapped in a promise, the test fails on its assertion', () => {
    expect(vitestFixed['emits ready']).toBe('failed');
  });

  it('mocha: an assertion failing before done() in a .then becomes a timeout', () => {
    expect(mochaFlawed.failures).toHaveLength(1);
    expect(mochaFlawed.failures[0]).toMatch(/^Timeout of 500ms exceeded/);
    expect(reports['then']).toEqual(['async-test/no-done-callback:doneInThen']);
  });

  it('mocha: with the promise awaited, the failure is the assertion itself', () => {
    expect(mochaFixed.failures).toHaveLength(1);
    expect(mochaFixed.failures[0]).toMatch(/Expected values to be strictly equal/);
  });

  it('node:test: done together with async fails the test, as the rule says', () => {
    expect(reports['node']).toEqual(['async-test/no-done-callback:doneWithPromise']);
    expect(nodeFlawed).toMatch(/^# fail 1$/m);
    expect(nodeFlawed).toMatch(/passed a callback but also returned a Promise/);
  });

  it('node:test: without done, the same test passes', () => {
    expect(reports['node fixed']).toEqual([]);
    expect(nodeFixed).toMatch(/^# pass 1$/m);
    expect(nodeFixed).toMatch(/^# fail 0$/m);
  });
});
