/**
 * Real runners over behaviour examples, and our rules applied to them, for the behaviour proofs. Examples are copied
 * to a temporary folder (with the project's node_modules linked in) so that fixing them never touches the repository.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import plugin from '../../src/index';

export const repository = path.join(__dirname, '../..');

const lintConfig: Linter.Config[] = [
  { ...plugin.configs.all, files: ['**/*.{ts,js,cjs,mjs}'], languageOptions: { parser: tsParser, sourceType: 'module' } },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
];

export interface Workspace {
  readonly folder: string;
  file(name: string): string;
  remove(): void;
}

export function copyExamples(examples: string): Workspace {
  const folder = mkdtempSync(path.join(tmpdir(), 'async-test-behaviour-'));
  cpSync(path.join(repository, 'tests/fixtures/behaviour', examples), folder, { recursive: true });
  symlinkSync(path.join(repository, 'node_modules'), path.join(folder, 'node_modules'), 'dir');
  return { folder, file: (name) => path.join(folder, name), remove: () => rmSync(folder, { recursive: true, force: true }) };
}

/** Each test's status by title, from vitest's JSON report. */
export function runVitest(folder: string): Record<string, string> {
  const resultFile = path.join(folder, 'vitest-result.json');
  spawnSync(
    process.execPath,
    [path.join(repository, 'node_modules/vitest/vitest.mjs'), 'run', '--root', folder, '--reporter=json', `--outputFile=${resultFile}`],
    { cwd: folder, encoding: 'utf8', env: { ...process.env, CI: 'true', NO_COLOR: '1' } },
  );
  const result = JSON.parse(readFileSync(resultFile, 'utf8')) as { testResults: { assertionResults: { title: string; status: string }[] }[] };
  const statuses: Record<string, string> = {};
  for (const file of result.testResults) for (const test of file.assertionResults) statuses[test.title] = test.status;
  return statuses;
}

export interface MochaResult {
  readonly tests: number;
  readonly passes: number;
  readonly failures: readonly string[];
}

/** mocha's JSON report for one spec file. */
export function runMocha(file: string): MochaResult {
  const run = spawnSync(process.execPath, [path.join(repository, 'node_modules/mocha/bin/mocha.js'), '--reporter', 'json', file], {
    cwd: path.dirname(file),
    encoding: 'utf8',
  });
  const report = JSON.parse(run.stdout) as { stats: { tests: number; passes: number }; failures: { err: { message: string } }[] };
  return { tests: report.stats.tests, passes: report.stats.passes, failures: report.failures.map((failure) => failure.err.message) };
}

/** mocha's JSON report for a run from a package's folder, with the arguments its test script gives mocha. */
export function runMochaScript(folder: string): MochaResult {
  const packageJson = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')) as { scripts: { test: string } };
  const [command, ...args] = packageJson.scripts.test.split(' ');
  if (command !== 'mocha') throw new Error(`not a plain mocha script: ${packageJson.scripts.test}`);
  const run = spawnSync(process.execPath, [path.join(repository, 'node_modules/mocha/bin/mocha.js'), '--reporter', 'json', ...args], {
    cwd: folder,
    encoding: 'utf8',
  });
  const report = JSON.parse(run.stdout) as { stats: { tests: number; passes: number }; failures: { err: { message: string } }[] };
  return { tests: report.stats.tests, passes: report.stats.passes, failures: report.failures.map((failure) => failure.err.message) };
}

export interface NodeTestResult {
  readonly pass: number;
  readonly fail: number;
  /** Names of the failing tests, from the TAP report's `not ok` lines (subtests included). */
  readonly failing: readonly string[];
}

/** node:test's TAP report for one file (`node --test --test-reporter=tap <file>`). */
export function runNodeTest(file: string): NodeTestResult {
  const run = spawnSync(process.execPath, ['--test', '--test-reporter=tap', file], { cwd: path.dirname(file), encoding: 'utf8' });
  const count = (name: string) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(run.stdout)?.[1] ?? Number.NaN);
  const failing = [...run.stdout.matchAll(/^\s*not ok \d+ - (.*?)(?: # .*)?$/gm)].map((match) => match[1]!);
  return { pass: count('pass'), fail: count('fail'), failing };
}

export interface BoundedRun {
  /** The run was still going at the bound and was killed, with every process it started. */
  readonly timedOut: boolean;
  readonly exitCode: number | null;
  readonly durationMs: number;
  readonly stdout: string;
}

/**
 * Runs node with the given arguments for at most `timeoutMs`, for examples that hang: the process gets its own process
 * group, which is killed whole at the bound (a runner's worker or a `curl` it started cannot outlive the proof).
 */
export function runBounded(args: readonly string[], cwd: string, timeoutMs: number): Promise<BoundedRun> {
  const started = Date.now();
  const child = spawn(process.execPath, args, { cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.resume();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    process.kill(-child.pid!, 'SIGKILL');
  }, timeoutMs);
  return new Promise((resolve) => {
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      resolve({ timedOut, exitCode, durationMs: Date.now() - started, stdout });
    });
  });
}

export function lint(file: string): Linter.LintMessage[] {
  return new Linter({ cwd: path.dirname(file) }).verify(readFileSync(file, 'utf8'), lintConfig, { filename: path.basename(file) });
}

/** Our reports on a file, as `rule:messageId`. */
export function reportsOf(file: string): string[] {
  return lint(file).map((message) => `${message.ruleId}:${message.messageId}`);
}

/** Our reports on a file read with the project around it (package.json, runner config, setup files), as `rule:messageId`. */
export function reportsInProject(file: string): string[] {
  return new Linter({ cwd: path.dirname(file) })
    .verify(readFileSync(file, 'utf8'), lintConfig, { filename: file })
    .map((message) => `${message.ruleId}:${message.messageId}`);
}

/** Applies every fix, then the first suggestion of each report with the given message id, and writes the file. */
export function fixFile(file: string, suggestionFor?: string): void {
  const linter = new Linter({ cwd: path.dirname(file) });
  const filename = path.basename(file);
  let text = linter.verifyAndFix(readFileSync(file, 'utf8'), lintConfig, { filename }).output;
  for (let round = 0; suggestionFor !== undefined && round < 10; round++) {
    const report = linter
      .verify(text, lintConfig, { filename })
      .find((message) => message.messageId === suggestionFor && message.suggestions?.length);
    const fix = report?.suggestions?.[0]?.fix;
    if (fix === undefined) break;
    text = text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
  }
  writeFileSync(file, text);
}
