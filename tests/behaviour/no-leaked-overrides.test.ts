/**
 * Behaviour proofs for no-leaked-overrides: under the real vitest, a spy and a stubbed env var made in one test are
 * still there in the next, which fails; under the real node:test, a patched `Date.now` does the same. After our fix
 * (vitest) and our first suggestion (node:test), every test passes.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyExamples, fixFile, lint, reportsOf, runNodeTest, runVitest, type NodeTestResult, type Workspace } from './runners';

describe('no-leaked-overrides under the real vitest and node:test', () => {
  let workspace: Workspace;
  let vitestFlawed: Record<string, string>;
  let vitestFixed: Record<string, string>;
  let nodeFlawed: NodeTestResult;
  let nodeFixed: NodeTestResult;
  const reports: Record<string, string[]> = {};
  const fixed: Record<string, string> = {};
  let clockSuggestions: (string | undefined)[] = [];

  beforeAll(() => {
    workspace = copyExamples('no-leaked-overrides');
    vitestFlawed = runVitest(workspace.folder);
    nodeFlawed = runNodeTest(workspace.file('clock.spec.mjs'));
    reports['dice'] = reportsOf(workspace.file('dice.check.ts'));
    reports['clock'] = reportsOf(workspace.file('clock.spec.mjs'));
    clockSuggestions = lint(workspace.file('clock.spec.mjs'))[0]?.suggestions?.map((suggestion) => suggestion.messageId) ?? [];
    fixFile(workspace.file('dice.check.ts'));
    fixFile(workspace.file('clock.spec.mjs'), 'leaks');
    fixed['dice'] = readFileSync(workspace.file('dice.check.ts'), 'utf8');
    fixed['clock'] = readFileSync(workspace.file('clock.spec.mjs'), 'utf8');
    vitestFixed = runVitest(workspace.folder);
    nodeFixed = runNodeTest(workspace.file('clock.spec.mjs'));
  }, 240_000);

  afterAll(() => workspace.remove());

  it('vitest: the spy and the env var of the first test make the second one fail', () => {
    expect(vitestFlawed).toEqual({ 'rolls a five on a loaded eight-sided die': 'passed', 'rolls every face of a six-sided die': 'failed' });
    expect(reports['dice']).toEqual(['async-test/no-leaked-overrides:leaks', 'async-test/no-leaked-overrides:leaks']);
  });

  it('vitest: the fix undoes both in a new afterEach, and both tests pass', () => {
    expect(fixed['dice']).toContain(`describe('dice', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  });
  it('rolls a five`);
    expect(fixed['dice']).toContain(`import { describe, expect, it, vi, afterEach } from 'vitest';`);
    expect(vitestFixed).toEqual({ 'rolls a five on a loaded eight-sided die': 'passed', 'rolls every face of a six-sided die': 'passed' });
  });

  it('node:test: Date.now patched in the first test makes the second one fail', () => {
    expect(nodeFlawed).toEqual({ pass: 1, fail: 1, failing: ['stamps with the real clock'] });
    expect(reports['clock']).toEqual(['async-test/no-leaked-overrides:leaks']);
    // A node:test file gets no stubEnv suggestion: the save-and-restore one is the first, and the one applied.
    expect(clockSuggestions).toEqual(['suggestRestoreAfter']);
  });

  it('node:test: the first suggestion saves Date.now and puts it back in t.after, and both tests pass', () => {
    expect(fixed['clock']).toContain(`test('stamps with a frozen clock', (t) => {
  const originalDateNow = Date.now;
  t.after(() => {
    Date.now = originalDateNow;
  });
  Date.now = () => 0;`);
    expect(nodeFixed).toEqual({ pass: 2, fail: 0, failing: [] });
  });

  it('the fixed files have no report left', () => {
    expect(lint(workspace.file('dice.check.ts'))).toEqual([]);
    expect(lint(workspace.file('clock.spec.mjs'))).toEqual([]);
  });
});
