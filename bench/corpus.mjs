/**
 * `npm run corpus -- <folder> [--fix-check] [--list]`
 *
 * Lints every test file under a folder with all the plugin's rules (`configs.all`), file by file, and prints the
 * reports per rule, the speed, and every crash with its file and rule; a crash is caught per file and does not stop the
 * run. `--fix-check` also applies all fixes to each file that has any and checks that the fixed text parses and that
 * fixing converges within two passes. `--list` prints every report, for reading them against the code.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Linter } from 'eslint';
import plugin from '../dist/src/index.js';
import { allRuleIds, allRulesConfig, lintWithAllRules, testFilesUnder } from './test-files.mjs';

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'fix-check': { type: 'boolean', default: false }, list: { type: 'boolean', default: false } },
});
if (positionals.length !== 1) {
  console.error('Usage: npm run corpus -- <folder> [--fix-check] [--list]');
  process.exit(2);
}

const folder = path.resolve(positionals[0]);
const linter = new Linter({ cwd: folder });
const all = plugin.configs.all;
const ruleIds = allRuleIds;
const config = allRulesConfig;
const relative = (file) => path.relative(folder, file);

const files = await testFilesUnder(folder);
const counts = new Map(ruleIds.map((ruleId) => [ruleId, new Map()]));
const crashes = [];
const unparsed = [];
const listed = [];
const fixable = [];
let lintMs = 0;

for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const started = process.hrtime.bigint();
  const messages = lintWithAllRules(linter, file, text, (ruleId, error) => crashes.push({ file, ruleId, error }));
  lintMs += Number(process.hrtime.bigint() - started) / 1e6;
  const fatal = messages.find((message) => message.fatal === true);
  if (fatal !== undefined) {
    unparsed.push({ file, line: fatal.line, message: fatal.message });
    continue;
  }
  for (const message of messages) {
    const byMessage = counts.get(message.ruleId);
    if (byMessage === undefined) continue;
    byMessage.set(message.messageId, (byMessage.get(message.messageId) ?? 0) + 1);
    if (options.list)
      listed.push(`${relative(file)}:${message.line}:${message.column}  ${message.ruleId} (${message.messageId})  ${message.message}`);
  }
  if (messages.some((message) => message.fix !== undefined)) fixable.push({ file, text });
}

console.log(`corpus: ${folder}`);
console.log(`files: ${files.length} test files; ${unparsed.length} did not parse; ${crashes.length} crashes`);
console.log(`speed: ${((files.length * 1000) / lintMs).toFixed(1)} files/s (${(lintMs / 1000).toFixed(1)} s, parsing included)`);
console.log('');
console.log('reports per rule:');
for (const [ruleId, byMessage] of counts) {
  const total = [...byMessage.values()].reduce((sum, count) => sum + count, 0);
  const detail = [...byMessage]
    .sort((a, b) => b[1] - a[1])
    .map(([messageId, count]) => `${messageId} ${count}`)
    .join(', ');
  console.log(
    `  ${all.rules[ruleId] === undefined ? ruleId : ruleId.padEnd(32)} ${String(total).padStart(5)}${detail === '' ? '' : `  (${detail})`}`,
  );
}
for (const crash of crashes) {
  const frame =
    String(crash.error?.stack ?? '')
      .split('\n')
      .find((line) => line.includes('/dist/')) ?? '';
  console.log(
    `crash: ${relative(crash.file)}  ${crash.ruleId}  ${String(crash.error?.message).split('\n')[0]}${frame === '' ? '' : `\n  ${frame.trim()}`}`,
  );
}
for (const { file, line, message } of unparsed) console.log(`did not parse: ${relative(file)}:${line}  ${message}`);

let fixFailures = 0;
if (options['fix-check']) {
  console.log('');
  console.log(`fix check: ${fixable.length} files with fixes`);
  let converged = 0;
  for (const { file, text } of fixable) {
    const problem = checkFixes(file, text);
    if (problem === undefined) converged += 1;
    else {
      fixFailures += 1;
      console.log(`  ${relative(file)}: ${problem}`);
    }
  }
  console.log(`  ${converged} of ${fixable.length} fixed texts parse and converge within two passes`);
}

if (options.list && listed.length > 0) {
  console.log('');
  for (const line of listed) console.log(line);
}

process.exitCode = crashes.length > 0 || fixFailures > 0 ? 1 : 0;

/** Why fixing this file is unsafe, or undefined when the fixed text parses and a third pass would change nothing. */
function checkFixes(file, text) {
  let report;
  try {
    report = linter.verifyAndFix(text, config, { filename: file, stats: true });
  } catch (error) {
    return `fixing crashed: ${String(error?.message).split('\n')[0]}`;
  }
  const fatal = report.messages.find((message) => message.fatal === true);
  if (fatal !== undefined) return `the fixed text does not parse (line ${fatal.line}: ${fatal.message})`;
  const passes = linter.getFixPassCount();
  if (passes > 2) return `fixing took ${passes} passes`;
  const again = linter.verifyAndFix(report.output, config, { filename: file });
  if (again.fixed) return 'fixing the fixed text changes it again';
  return undefined;
}
