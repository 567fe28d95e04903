/**
 * `node bench/precision/score.mjs --suites-dir <dir> bench/precision/samples/*.json`
 *
 * Scores labelled precision samples (see README.md) against the current build: re-lints the files the labelled reports
 * are in, from the local checkouts, and prints per rule and overall the labels (true / false / unsure), the precision
 * true / (true + false) of the labelled reports the current code still makes, and the labelled reports that are gone
 * (a false one gone is a fix; a true one gone is lost recall, and each is listed). A report is matched by suite, file,
 * line, column and rule; a reworded message still matches.
 *
 * Suites marked `usedForTuning` in suites.json are scored apart and never count as evidence. Always exits 0 once the
 * arguments are understood: this is a measurement, not a gate.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkoutOf, lintSuite, pluginVersion, presetOf, readSuites, reportKey, ruleIds } from './lint-suite.mjs';

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'suites-dir': { type: 'string' }, 'list-made': { type: 'boolean' }, preset: { type: 'string' } },
});
if (options['suites-dir'] === undefined || positionals.length === 0) {
  console.error('Usage: node bench/precision/score.mjs --suites-dir <dir> <sample.json>…');
  process.exit(2);
}

const recorded = readSuites();
const labels = ['true', 'false', 'unsure'];
/** The label as one of `labels`, or null when the report is not labelled yet. */
const labelOf = (report) => {
  if (report.label === null || report.label === undefined) return null;
  const label = String(report.label).toLowerCase();
  return labels.includes(label) ? label : 'invalid';
};

const entries = [];
for (const file of positionals) {
  const sample = JSON.parse(readFileSync(file, 'utf8'));
  // `--preset` re-lints every sample with that preset (what `recommended` still makes of a sample drawn with `all`).
  const preset = options.preset ?? presetOf(sample);
  for (const report of sample.reports) entries.push({ sample: path.basename(file, '.json'), preset, report, label: labelOf(report) });
}

// Re-lint, one suite at a time, only the files that hold labelled reports, with the preset each sample was drawn with.
const filesBySuite = new Map();
for (const { report, label, preset } of entries) {
  if (label === null) continue;
  const key = `${preset}\0${report.suite}`;
  if (!filesBySuite.has(key)) filesBySuite.set(key, new Set());
  filesBySuite.get(key).add(report.file);
}
const made = new Map();
const unavailable = new Set();
for (const [key, files] of filesBySuite) {
  const [preset, suite] = key.split('\0');
  let checkout;
  try {
    checkout = checkoutOf(options['suites-dir'], suite);
  } catch (error) {
    console.log(`skipped ${suite}: ${error.message}`);
    unavailable.add(suite);
    continue;
  }
  const linted = await lintSuite(checkout, { files: [...files].sort(), preset });
  for (const report of linted.reports) made.set(`${preset}\0${reportKey({ suite, ...report })}`, report);
  for (const file of linted.missing) console.log(`missing in ${suite}: ${file} (its reports count as gone)`);
  for (const crash of linted.crashes) console.log(`crash: ${suite} ${crash.file} ${crash.rule}: ${crash.error}`);
  for (const { file, line, message } of linted.unparsed) console.log(`did not parse: ${suite} ${file}:${line} ${message}`);
}

const plugin = pluginVersion();
console.log(`precision of ${positionals.join(', ')}`);
console.log(`build: ${plugin.commit ?? 'unknown commit'}${plugin.dirty ? ' with uncommitted changes' : ''}`);

const invalid = entries.filter((entry) => entry.label === 'invalid');
for (const { report } of invalid) console.log(`invalid label ${JSON.stringify(report.label)}: ${where(report)} (use true, false or unsure)`);

const isTuning = (suite) => recorded.get(suite)?.usedForTuning !== undefined;
const scored = entries.filter((entry) => !unavailable.has(entry.report.suite));
const evidence = scored.filter((entry) => !isTuning(entry.report.suite));
const tuning = scored.filter((entry) => isTuning(entry.report.suite));

printTable('evidence (suites never used for tuning)', evidence);
if (tuning.length > 0) printTable('tuning suites (NOT evidence: rules were changed after reading their reports)', tuning);
if (options['list-made']) listMade(scored);

process.exit(0);

function printTable(title, rows) {
  console.log('');
  console.log(`${title}`);
  const header = ['rule', 'sampled', 'unlab.', 'true', 'false', 'unsure', 'still made t/f/u', 'precision', 'gone t/f/u'];
  const widths = [32, 8, 7, 5, 6, 7, 17, 16, 11];
  const line = (cells) => cells.map((cell, index) => (index === 0 ? String(cell).padEnd(widths[0]) : String(cell).padStart(widths[index]))).join(' ');
  console.log(line(header));
  const lost = [];
  const summary = (subset) => {
    const count = (predicate) => subset.filter(predicate).length;
    const by = (label, still) => count((entry) => entry.label === label && (still === undefined || isMade(entry) === still));
    const stillTrue = by('true', true);
    const stillFalse = by('false', true);
    const precision =
      stillTrue + stillFalse === 0 ? 'n/a' : `${((100 * stillTrue) / (stillTrue + stillFalse)).toFixed(1)}% (${stillTrue}/${stillTrue + stillFalse})`;
    return [
      subset.length,
      count((entry) => entry.label === null),
      by('true'),
      by('false'),
      by('unsure'),
      `${stillTrue}/${stillFalse}/${by('unsure', true)}`,
      precision,
      `${by('true', false)}/${by('false', false)}/${by('unsure', false)}`,
    ];
  };
  for (const ruleId of ruleIds) {
    const subset = rows.filter((entry) => entry.report.rule === ruleId);
    if (subset.length === 0) continue;
    console.log(line([ruleId.replace(/^async-test\//, ''), ...summary(subset)]));
    for (const entry of subset) if (entry.label === 'true' && !isMade(entry)) lost.push(entry);
  }
  console.log(line(['all', ...summary(rows)]));
  console.log('precision = true / (true + false) over the labelled reports the current build still makes; unsure counts neither way.');
  if (lost.length > 0) {
    console.log('');
    console.log(`lost recall: ${lost.length} report(s) labelled true that the current build no longer makes`);
    for (const { sample, report } of lost)
      console.log(`  [${sample}] ${where(report)}  ${report.rule} (${report.messageId})  ${report.reason ?? ''}`);
  }
}

/** `--list-made`: each labelled report the current build still makes, with the messageId it is made with now. */
function listMade(rows) {
  console.log('');
  console.log('labelled reports still made (label, rule/messageId now, where, reason)');
  for (const entry of rows) {
    const now = made.get(`${entry.preset}\0${reportKey(entry.report)}`);
    if (now === undefined || entry.label === null) continue;
    const rule = entry.report.rule.replace(/^async-test\//, '');
    console.log(`${entry.label.padEnd(6)} ${rule}/${now.messageId}  ${where(entry.report)}  ${entry.report.reason ?? ''}`);
  }
}

function isMade(entry) {
  return made.has(`${entry.preset}\0${reportKey(entry.report)}`);
}

function where(report) {
  return `${report.suite} ${report.file}:${report.line}:${report.column}`;
}
