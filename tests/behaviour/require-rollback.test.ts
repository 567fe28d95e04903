/**
 * Behaviour proof for require-rollback, against a real PostgreSQL (PGlite, in the test's process): a transaction begun
 * in beforeEach and never rolled back leaves the first test's row for the second, which fails. Our fix rolls it back in
 * a new afterEach, and both tests pass.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyExamples, fixFile, lint, reportsOf, runVitest, type Workspace } from './runners';

describe('require-rollback under the real vitest and PGlite', () => {
  let workspace: Workspace;
  let flawed: Record<string, string>;
  let fixed: Record<string, string>;
  let reports: string[];
  let fixedText: string;

  beforeAll(() => {
    workspace = copyExamples('require-rollback');
    flawed = runVitest(workspace.folder);
    reports = reportsOf(workspace.file('signup.check.ts'));
    fixFile(workspace.file('signup.check.ts'));
    fixedText = readFileSync(workspace.file('signup.check.ts'), 'utf8');
    fixed = runVitest(workspace.folder);
  }, 240_000);

  afterAll(() => workspace.remove());

  it('without a rollback, the second test sees the first test’s user and fails', () => {
    expect(flawed).toEqual({ 'signs up ada': 'passed', 'signs up grace': 'failed' });
    expect(reports).toEqual(['async-test/require-rollback:missingRollback']);
  });

  it('the fix rolls the transaction back in a new afterEach, and both tests pass', () => {
    expect(fixedText).toContain(`beforeEach(async () => {
  await db.query('BEGIN');
});
afterEach(async () => {
  await db.query('ROLLBACK');
});`);
    expect(fixedText).toContain(`import { afterAll, beforeAll, beforeEach, expect, it, afterEach } from 'vitest';`);
    expect(fixed).toEqual({ 'signs up ada': 'passed', 'signs up grace': 'passed' });
  });

  it('the fixed file has no report left', () => {
    expect(lint(workspace.file('signup.check.ts'))).toEqual([]);
  });
});
