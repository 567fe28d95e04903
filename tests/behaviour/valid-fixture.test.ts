/**
 * Behaviour proofs for valid-fixture: the real vitest and the real Playwright run fixtures that get `use` wrong — not
 * awaited, skipped on a path, a first parameter that is not a pattern — and we record what each runner reports. After
 * our fix the unawaited and the non-pattern fixtures work; the skipped `use` has no fix and still fails.
 * The Playwright fixtures are plain values: no browser is launched, none needs to be installed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyExamples, fixFile, lint, reportsOf, repository, runVitest, type Workspace } from './runners';

interface Outcome {
  readonly status: string;
  readonly messages: readonly string[];
}

interface RunReport {
  /** Errors that stopped a file (vitest) or the whole run (Playwright) before any test ran. */
  readonly loadErrors: readonly string[];
  /** Each test that ran, by title. */
  readonly tests: Readonly<Record<string, Outcome>>;
}

const files = ['unawaited-use', 'skipped-use', 'context-parameter'] as const;

/** vitest's JSON report, with the failure messages `runVitest` leaves out. */
function vitestReport(folder: string): RunReport {
  runVitest(folder);
  const result = JSON.parse(readFileSync(path.join(folder, 'vitest-result.json'), 'utf8')) as {
    testResults: { message: string; assertionResults: { title: string; status: string; failureMessages: string[] }[] }[];
  };
  const tests: Record<string, Outcome> = {};
  for (const file of result.testResults) {
    for (const test of file.assertionResults) tests[test.title] = { status: test.status, messages: test.failureMessages };
  }
  return { loadErrors: result.testResults.map((file) => file.message).filter((message) => message !== ''), tests };
}

interface PlaywrightSuite {
  specs: { title: string; tests: { status: string; results: { status: string; errors: { message?: string }[] }[] }[] }[];
  suites?: PlaywrightSuite[];
}

const playwrightCli = path.join(repository, 'node_modules/@playwright/test/cli.js');

/** Playwright's JSON report (suites → specs → tests → results) for the given files of the folder. */
function playwrightReport(folder: string, testFiles: readonly string[]): RunReport {
  const run = spawnSync(process.execPath, [playwrightCli, 'test', '--config', 'playwright.config.mjs', '--reporter=json', ...testFiles], {
    cwd: folder,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', NO_COLOR: '1' },
  });
  const report = JSON.parse(run.stdout) as { errors: { message: string }[]; suites: PlaywrightSuite[] };
  const tests: Record<string, Outcome> = {};
  const visit = (suite: PlaywrightSuite): void => {
    for (const spec of suite.specs) {
      for (const test of spec.tests) {
        for (const result of test.results) {
          tests[spec.title] = { status: result.status, messages: result.errors.map((error) => stripVTControlCharacters(error.message ?? '')) };
        }
      }
    }
    suite.suites?.forEach(visit);
  };
  report.suites.forEach(visit);
  return { loadErrors: report.errors.map((error) => stripVTControlCharacters(error.message)), tests };
}

describe('valid-fixture under the real vitest', () => {
  let workspace: Workspace;
  let flawed: RunReport;
  let fixed: RunReport;
  const reports: Record<string, string[]> = {};

  beforeAll(() => {
    workspace = copyExamples('valid-fixture');
    flawed = vitestReport(workspace.folder);
    for (const name of files) {
      reports[name] = reportsOf(workspace.file(`${name}.check.ts`));
      fixFile(workspace.file(`${name}.check.ts`));
    }
    fixed = vitestReport(workspace.folder);
  }, 60_000);

  afterAll(() => workspace.remove());

  it('use not awaited: the teardown closes the session while the test still uses it', () => {
    expect(flawed.tests['reads back the user it inserted']).toEqual({
      status: 'failed',
      messages: [expect.stringMatching(/^Error: Session is closed\n/)],
    });
    expect(reports['unawaited-use']).toEqual(['async-test/valid-fixture:useNotAwaited']);
  });

  it('use not awaited: after the fix the test passes', () => {
    expect(readFileSync(workspace.file('unawaited-use.check.ts'), 'utf8')).toContain('    await use(session);\n    await session.close();');
    expect(fixed.tests['reads back the user it inserted']).toEqual({ status: 'passed', messages: [] });
  });

  it('a path that returns without use: vitest fails the test', () => {
    expect(flawed.tests['greets the seeded account']).toEqual({
      status: 'failed',
      messages: [
        expect.stringContaining(
          'Fixture "account" returned without calling "use". Make sure to call "use" in every code path of the fixture function.',
        ),
      ],
    });
    expect(reports['skipped-use']).toEqual(['async-test/valid-fixture:returnsBeforeUse']);
    expect(fixed.tests['greets the seeded account']?.status).toBe('failed');
  });

  it('a first parameter that is not a pattern: vitest fails the whole file before collecting its test', () => {
    expect(flawed.tests['reads the user']).toBeUndefined();
    expect(flawed.loadErrors).toEqual([
      'The 1st argument inside a fixture must use object destructuring pattern, e.g. ({ task } => {}). Instead, received "context".',
    ]);
    expect(reports['context-parameter']).toEqual(['async-test/valid-fixture:notObjectPattern']);
  });

  it('a first parameter that is not a pattern: after the {} fix the test passes', () => {
    expect(readFileSync(workspace.file('context-parameter.check.ts'), 'utf8')).toContain('user: async ({}, use) => {');
    expect(fixed.loadErrors).toEqual([]);
    expect(fixed.tests['reads the user']).toEqual({ status: 'passed', messages: [] });
  });

  it('the fixed files have no report left but the skipped use', () => {
    expect(lint(workspace.file('unawaited-use.check.ts'))).toEqual([]);
    expect(lint(workspace.file('context-parameter.check.ts'))).toEqual([]);
    expect(reportsOf(workspace.file('skipped-use.check.ts'))).toEqual(['async-test/valid-fixture:returnsBeforeUse']);
  });
});

const playwrightMissing = existsSync(playwrightCli) ? undefined : '@playwright/test is not installed (npm install)';
if (playwrightMissing !== undefined) console.warn(`Skipping the Playwright proofs of valid-fixture: ${playwrightMissing}.`);

describe.skipIf(playwrightMissing !== undefined)('valid-fixture under the real Playwright', () => {
  const testFiles = files.map((name) => `${name}.pw.ts`);
  let workspace: Workspace;
  let allFlawed: RunReport;
  let flawed: RunReport;
  let fixed: RunReport;
  const reports: Record<string, string[]> = {};

  beforeAll(() => {
    workspace = copyExamples('valid-fixture');
    allFlawed = playwrightReport(workspace.folder, testFiles);
    // Without the file Playwright refuses to load, the other two run.
    flawed = playwrightReport(workspace.folder, ['unawaited-use.pw.ts', 'skipped-use.pw.ts']);
    for (const name of files) {
      reports[name] = reportsOf(workspace.file(`${name}.pw.ts`));
      fixFile(workspace.file(`${name}.pw.ts`));
    }
    fixed = playwrightReport(workspace.folder, testFiles);
  }, 60_000);

  afterAll(() => workspace.remove());

  it('a first parameter that is not a pattern: Playwright refuses to load it, and runs no test at all', () => {
    expect(allFlawed.loadErrors).toEqual(['First argument must use the object destructuring pattern: context']);
    expect(allFlawed.tests).toEqual({});
    expect(reports['context-parameter']).toEqual(['async-test/valid-fixture:notObjectPattern']);
  });

  it('use not awaited: the teardown closes the session while the test still uses it', () => {
    expect(flawed.tests['reads back the user it inserted']).toEqual({
      status: 'failed',
      messages: [expect.stringMatching(/^Error: Session is closed\n/)],
    });
    expect(reports['unawaited-use']).toEqual(['async-test/valid-fixture:useNotAwaited']);
  });

  it('a path that returns without use: Playwright fails the test', () => {
    expect(flawed.tests['greets the seeded account']).toEqual({ status: 'failed', messages: ['Error: use() was not called in fixture "account"'] });
    expect(reports['skipped-use']).toEqual(['async-test/valid-fixture:returnsBeforeUse']);
  });

  it('after our fixes the whole run loads; the unawaited and non-pattern fixtures pass, the skipped use still fails', () => {
    expect(fixed.loadErrors).toEqual([]);
    expect(fixed.tests).toEqual({
      'reads back the user it inserted': { status: 'passed', messages: [] },
      'greets the seeded account': { status: 'failed', messages: ['Error: use() was not called in fixture "account"'] },
      'reads the user': { status: 'passed', messages: [] },
    });
  });
});
