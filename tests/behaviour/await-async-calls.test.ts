/**
 * Behaviour proofs for await-async-calls: the real vitest shows the mistake (a test that passes with a failing
 * assertion, a lazy insert that never writes), then runs the same files after our fix and shows the right outcome.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyExamples, fixFile, lint, reportsOf, runVitest, type Workspace } from './runners';

describe('await-async-calls under the real vitest', () => {
  const files = ['vacuous-pass.check.ts', 'lazy-insert.check.ts', 'async-not-to-throw.check.ts', 'done-chain.check.ts'];
  let workspace: Workspace;
  let flawed: Record<string, string>;
  let fixed: Record<string, string>;
  const reports: Record<string, string[]> = {};

  beforeAll(() => {
    workspace = copyExamples('await-async-calls');
    flawed = runVitest(workspace.folder);
    for (const name of files) {
      reports[name] = reportsOf(workspace.file(name));
      fixFile(workspace.file(name), 'asyncFunctionToSyncMatcher');
    }
    fixed = runVitest(workspace.folder);
  }, 240_000);

  afterAll(() => workspace.remove());

  it('a test whose helper assertion is not awaited passes although the assertion fails', () => {
    expect(flawed['the health check answers 200']).toBe('passed');
    expect(reports['vacuous-pass.check.ts']).toEqual(['async-test/await-async-calls:unawaited']);
  });

  it('after the fix, the same test fails as it should', () => {
    expect(fixed['the health check answers 200']).toBe('failed');
  });

  it('a lazy insert that is not awaited never writes its row', () => {
    expect(flawed['creates a user']).toBe('passed');
    expect(flawed['finds the user created before']).toBe('failed');
    expect(reports['lazy-insert.check.ts']).toEqual(['async-test/await-async-calls:unawaitedLazy']);
  });

  it('after the fix, the row is written and read back', () => {
    expect(fixed['creates a user']).toBe('passed');
    expect(fixed['finds the user created before']).toBe('passed');
  });

  it('an async function given to not.toThrow passes although it rejects', () => {
    expect(flawed['saving a user without a name succeeds']).toBe('passed');
    expect(reports['async-not-to-throw.check.ts']).toEqual(['async-test/await-async-calls:asyncFunctionToSyncMatcher']);
  });

  it('after the suggested `.resolves.not.toThrow()`, the rejection fails the test', () => {
    expect(fixed['saving a user without a name succeeds']).toBe('failed');
  });

  it('a vitest test that takes done and calls it in a chain passes although its assertion fails', () => {
    expect(flawed['the total is 4']).toBe('passed');
    expect(reports['done-chain.check.ts']).toEqual([
      'async-test/no-done-callback:vitestDone',
      'async-test/await-async-calls:unawaited',
      'async-test/no-done-callback:vitestDone',
      'async-test/await-async-calls:unawaited',
    ]);
  });

  it('after the fix (awaited, done dropped), vitest accepts both tests: the wrong total fails, the right one passes', () => {
    expect(readFileSync(workspace.file('done-chain.check.ts'), 'utf8')).not.toMatch(/\(done\)|done\(\)/);
    expect(fixed['the total is 4']).toBe('failed');
    expect(fixed['the total is 3']).toBe('passed');
  });

  it('the fixed files have no report left', () => {
    for (const name of files) expect(lint(workspace.file(name))).toEqual([]);
  });
});
