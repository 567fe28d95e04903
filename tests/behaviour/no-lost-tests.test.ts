/** Behaviour proof for no-lost-tests: mocha silently runs zero tests for an async suite; the suggested shape runs them. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyExamples, fixFile, reportsOf, runMocha, type MochaResult, type Workspace } from './runners';

describe('no-lost-tests under the real mocha', () => {
  let workspace: Workspace;
  let flawed: MochaResult;
  let fixed: MochaResult;
  let reports: string[];
  let reportsAfter: string[];

  beforeAll(() => {
    workspace = copyExamples('no-lost-tests');
    const file = workspace.file('users.spec.cjs');
    flawed = runMocha(file);
    reports = reportsOf(file);
    fixFile(file, 'asyncSuite');
    reportsAfter = reportsOf(file);
    fixed = runMocha(file);
  }, 120_000);

  afterAll(() => workspace.remove());

  it('an async describe loses its test: mocha runs none and reports success', () => {
    expect(flawed).toEqual({ tests: 0, passes: 0, failures: [] });
    expect(reports).toEqual(['async-test/no-lost-tests:asyncSuite', 'async-test/no-lost-tests:registeredAfterAwait']);
  });

  it('with the setup moved into before(), the test is collected and passes', () => {
    expect(fixed).toEqual({ tests: 1, passes: 1, failures: [] });
    expect(reportsAfter).toEqual([]);
  });
});
