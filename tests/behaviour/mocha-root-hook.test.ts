/**
 * Behaviour proof for the project model: under the real mocha, a sinon stub that the test file never restores does not
 * leak into the next test when a root hook plugin loaded by the package's test script (`mocha -r ./hooks.cjs`)
 * restores sinon after every test, and does leak without it. no-leaked-overrides, reading the project, agrees.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectFactsOf } from '../../src/project/project';
import { copyExamples, reportsInProject, reportsOf, runMochaScript, type MochaResult, type Workspace } from './runners';

describe('a mocha root hook that restores sinon, under the real mocha', () => {
  let workspace: Workspace;
  let hooked: MochaResult;
  let bare: MochaResult;

  beforeAll(() => {
    workspace = copyExamples('mocha-root-hook');
    hooked = runMochaScript(workspace.file('hooked'));
    bare = runMochaScript(workspace.file('bare'));
  }, 60_000);

  afterAll(() => workspace.remove());

  it('with the hook, the stub is gone before the next test, which passes; nothing is reported', () => {
    expect(hooked).toEqual({ tests: 2, passes: 2, failures: [] });
    expect(projectFactsOf(workspace.file('hooked/test/clock.spec.cjs'))).toMatchObject({
      framework: 'mocha',
      rootHookUndos: new Set(['sinon#restore']),
    });
    expect(reportsInProject(workspace.file('hooked/test/clock.spec.cjs'))).toEqual([]);
  });

  it('without it, the stub leaks into the next test, which fails; the leak is reported', () => {
    expect(bare).toEqual({ tests: 2, passes: 1, failures: [expect.stringContaining('Expected "actual" to be strictly unequal to: 0')] });
    expect(reportsInProject(workspace.file('bare/test/clock.spec.cjs'))).toEqual(['async-test/no-leaked-overrides:leaks']);
  });

  it('the same file read without its project cannot know the hook, and reports the stub', () => {
    expect(reportsOf(workspace.file('hooked/test/clock.spec.cjs'))).toEqual(['async-test/no-leaked-overrides:leaks']);
  });
});
