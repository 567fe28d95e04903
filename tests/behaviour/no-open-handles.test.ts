/**
 * Behaviour proof for no-open-handles, under the real node:test: a server started before the tests and never closed
 * lets every test pass but keeps the process alive, here until the proof's bound kills it. After our fix, which closes
 * the server in a new `after` hook, the same run ends on its own within a second or so.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyExamples, fixFile, lint, reportsOf, runBounded, type BoundedRun, type Workspace } from './runners';

const bound = 8_000;

describe('no-open-handles under the real node:test', () => {
  let workspace: Workspace;
  let flawed: BoundedRun;
  let fixed: BoundedRun;
  let reports: string[];
  let fixedText: string;

  beforeAll(async () => {
    workspace = copyExamples('no-open-handles');
    const file = workspace.file('health.test.mjs');
    flawed = await runBounded(['--test', '--test-reporter=tap', file], workspace.folder, bound);
    reports = reportsOf(file);
    fixFile(file);
    fixedText = readFileSync(file, 'utf8');
    fixed = await runBounded(['--test', '--test-reporter=tap', file], workspace.folder, bound);
  }, 60_000);

  afterAll(() => workspace.remove());

  it('with the server left open, the test passes but the process does not exit until it is killed', () => {
    expect(flawed.stdout).toMatch(/^ok 1 - the health check answers ok$/m);
    expect(flawed.timedOut).toBe(true);
    // The runner never gets to its summary: it waits for the file's process, which the server keeps alive.
    expect(flawed.stdout).not.toMatch(/^# pass/m);
    expect(reports).toEqual(['async-test/no-open-handles:neverClosed']);
  });

  it('the fix closes the server in a new after hook, and the run exits on its own', () => {
    expect(fixedText).toContain(`import { before, test, after } from 'node:test';`);
    expect(fixedText).toContain(`before(() => {
  server.listen(0);
});
after(async () => {
  await new Promise((resolve) => server.close(resolve));
});`);
    expect(fixed.timedOut).toBe(false);
    expect(fixed.exitCode).toBe(0);
    expect(fixed.stdout).toMatch(/^# pass 1$/m);
    expect(fixed.durationMs).toBeLessThan(bound / 2);
  });

  it('the fixed file has no report left', () => {
    expect(lint(workspace.file('health.test.mjs'))).toEqual([]);
  });
});
