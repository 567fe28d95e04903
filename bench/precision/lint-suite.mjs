/**
 * What the precision scripts share: the suites list, where a suite's checkout lives, and linting a suite's test files
 * with the rules of a preset (`configs.all` unless named, the way `bench/corpus.mjs` does it), a crash caught per file
 * and per rule.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Linter } from 'eslint';
import { allRuleIds, lintWithAllRules, testFilesUnder } from '../test-files.mjs';

export const precisionDir = path.dirname(fileURLToPath(import.meta.url));
export const repositoryDir = path.resolve(precisionDir, '../..');

export const ruleIds = allRuleIds;

/** The suites recorded in suites.json, by name. */
export function readSuites() {
  const suites = JSON.parse(readFileSync(path.join(precisionDir, 'suites.json'), 'utf8'));
  return new Map(suites.map((suite) => [suite.name, suite]));
}

/** The checkout of a suite: `<suites-dir>/owner+repo`. */
export function checkoutOf(suitesDir, name) {
  const dir = path.resolve(suitesDir, name.replace('/', '+'));
  if (!existsSync(dir)) throw new Error(`no checkout of ${name} at ${dir}`);
  return dir;
}

/** The preset a sample was drawn with: its recorded `config` (`configs.recommended`); `all` for samples that record none. */
export function presetOf(sample) {
  return /^configs\.(.+)$/.exec(sample.config ?? '')?.[1] ?? 'all';
}

/** What decides the rules' behaviour: a commit touching none of these (bench scripts, docs) lints the same. */
const codePaths = ['src', 'rules', 'scripts', 'package.json', 'package-lock.json', 'tsconfig.build.json'];

/**
 * The commit the built code comes from (the last one that touched the plugin's code, so that committing bench files
 * does not look like a new build), and whether the working tree's code differs from it.
 */
export function pluginVersion() {
  const git = (...args) => execFileSync('git', args, { cwd: repositoryDir, encoding: 'utf8' }).trim();
  try {
    return {
      commit: git('log', '-1', '--format=%H', 'HEAD', '--', ...codePaths),
      dirty: git('status', '--porcelain', '--', ...codePaths) !== '',
    };
  } catch {
    return { commit: null, dirty: null };
  }
}

/**
 * Lints a suite. `files` (paths relative to the checkout) limits the run to those files; without it, every test file
 * under the suite's `testRoot` (or the whole checkout) is linted. Returns the reports, sorted by file, line, column and
 * rule, with file paths relative to the checkout, and the files that did not parse or crashed a rule.
 */
export async function lintSuite(checkout, { testRoot, files, preset = 'all' } = {}) {
  const linter = new Linter({ cwd: checkout });
  // The test-file globs are matched from the checkout, so that `test/x.js` is a test file under testRoot `test` too.
  const root = testRoot === undefined ? checkout : path.join(checkout, testRoot);
  const absolute =
    files === undefined
      ? (await testFilesUnder(checkout)).filter((file) => root === checkout || file.startsWith(root + path.sep))
      : files.map((file) => path.join(checkout, file));
  const reports = [];
  const unparsed = [];
  const crashes = [];
  const missing = [];
  for (const file of absolute) {
    const relative = path.relative(checkout, file).split(path.sep).join('/');
    if (!existsSync(file)) {
      missing.push(relative);
      continue;
    }
    const text = readFileSync(file, 'utf8');
    const messages = lintWithAllRules(
      linter,
      file,
      text,
      (ruleId, error) => crashes.push({ file: relative, rule: ruleId, error: String(error?.message ?? error).split('\n')[0] }),
      preset,
    );
    const fatal = messages.find((message) => message.fatal === true);
    if (fatal !== undefined) {
      unparsed.push({ file: relative, line: fatal.line, message: fatal.message });
      continue;
    }
    for (const message of messages) {
      if (!ruleIds.includes(message.ruleId)) continue;
      reports.push({
        file: relative,
        line: message.line,
        column: message.column,
        endLine: message.endLine ?? null,
        endColumn: message.endColumn ?? null,
        rule: message.ruleId,
        messageId: message.messageId ?? null,
        message: message.message,
      });
    }
  }
  reports.sort(compareReports);
  return { files: absolute.length - missing.length, reports, unparsed, crashes, missing };
}

/** file, then line, column and rule: the order the draw is made in, so that it does not depend on lint order. */
export function compareReports(a, b) {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
    (String(a.messageId) < String(b.messageId) ? -1 : String(a.messageId) > String(b.messageId) ? 1 : 0)
  );
}

/** What identifies a report across builds: where it is and which rule made it (the message may be reworded). */
export const reportKey = (report) => `${report.suite}\u0000${report.file}\u0000${report.line}\u0000${report.column}\u0000${report.rule}`;
