/**
 * `node bench/precision/sample.mjs --suites-dir <dir> --seed <n> [--per-rule 25] [--preset recommended] --out bench/precision/samples/<name>.json [suite names…]`
 *
 * Draws a precision sample (see README.md): lints each suite's test files with a preset (`recommended` unless named:
 * the bar is about what it reports) from the current build,
 * one suite at a time, and draws up to `--per-rule` reports per rule per suite at random with a seeded PRNG. The draw
 * for one suite and rule depends only on the seed, the suite, the rule and that suite's reports (sorted by
 * file:line:column:rule), so the same build, checkouts and seed give the same sample, whatever the other suites.
 *
 * Suites must be recorded in suites.json. Without names, the suites no other sample has used are drawn from; a suite
 * another sample has used is refused (its reports have been read: it is no longer fresh) unless `--reuse` is given.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkoutOf, lintSuite, pluginVersion, precisionDir, readSuites, ruleIds } from './lint-suite.mjs';

const usage = 'Usage: node bench/precision/sample.mjs --suites-dir <dir> --seed <n> [--per-rule 25] --out <file.json> [--reuse] [suite names…]';
const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'suites-dir': { type: 'string' },
    seed: { type: 'string' },
    'per-rule': { type: 'string', default: '25' },
    out: { type: 'string' },
    reuse: { type: 'boolean', default: false },
    preset: { type: 'string', default: 'recommended' },
  },
});
const seed = Number(options.seed);
const perRule = Number(options['per-rule']);
if (options['suites-dir'] === undefined || options.out === undefined || !Number.isSafeInteger(seed) || !(perRule > 0)) {
  console.error(usage);
  process.exit(2);
}
const out = path.resolve(options.out);

const recorded = readSuites();
const usedBy = suitesUsedByOtherSamples(out);
const names = positionals.length > 0 ? positionals : [...recorded.keys()].filter((name) => options.reuse || !usedBy.has(name));
for (const name of names) {
  if (!recorded.has(name)) fail(`${name} is not in bench/precision/suites.json: record its commit and runners there first`);
  if (usedBy.has(name) && !options.reuse) fail(`${name} was already used by ${usedBy.get(name)}: it is not a fresh suite (--reuse to draw anyway)`);
}
if (names.length === 0) fail('no suites to draw from');

const plugin = pluginVersion();
if (plugin.dirty) console.error('warning: the plugin code has uncommitted changes; the sample records the commit it is based on and pluginDirty');

const suites = [];
const reports = [];
for (const name of names) {
  const suite = recorded.get(name);
  const checkout = checkoutOf(options['suites-dir'], name);
  const started = Date.now();
  const linted = await lintSuite(checkout, { testRoot: suite.testRoot, preset: options.preset });
  const byRule = new Map(ruleIds.map((ruleId) => [ruleId, []]));
  for (const report of linted.reports) byRule.get(report.rule).push(report);
  const reportsPerRule = {};
  const drawnPerRule = {};
  for (const [ruleId, found] of byRule) {
    const drawn = draw(found, perRule, `${seed}\u0000${name}\u0000${ruleId}`);
    reportsPerRule[ruleId] = found.length;
    drawnPerRule[ruleId] = drawn.length;
    for (const report of drawn) reports.push({ suite: name, ...report, label: null, reason: null });
  }
  suites.push({
    ...suite,
    testFiles: linted.files,
    unparsed: linted.unparsed,
    crashes: linted.crashes,
    reportsPerRule,
    drawnPerRule,
  });
  const total = linted.reports.length;
  console.error(
    `${name}: ${linted.files} test files, ${total} reports, ${linted.unparsed.length} did not parse, ${linted.crashes.length} crashes (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
}

const sample = {
  seed,
  perRule,
  drawnAt: new Date().toISOString(),
  pluginCommit: plugin.commit,
  pluginDirty: plugin.dirty,
  config: `configs.${options.preset}`,
  suites,
  reports,
};
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(sample, null, 2)}\n`);

console.log(`sample: ${path.relative(process.cwd(), out)} (seed ${seed}, up to ${perRule} per rule per suite)`);
console.log(`${'rule'.padEnd(34)} ${'reports'.padStart(8)} ${'drawn'.padStart(6)}`);
for (const ruleId of ruleIds) {
  const found = suites.reduce((sum, suite) => sum + suite.reportsPerRule[ruleId], 0);
  const drawn = suites.reduce((sum, suite) => sum + suite.drawnPerRule[ruleId], 0);
  console.log(`${ruleId.padEnd(34)} ${String(found).padStart(8)} ${String(drawn).padStart(6)}`);
}
console.log(
  `${'all'.padEnd(34)} ${String(suites.reduce((sum, s) => sum + Object.values(s.reportsPerRule).reduce((a, b) => a + b, 0), 0)).padStart(8)} ${String(reports.length).padStart(6)}`,
);

/** `count` reports drawn without replacement, in file order; all of them when there are no more than `count`. */
function draw(sorted, count, key) {
  if (sorted.length <= count) return sorted;
  const random = mulberry32(hash32(key));
  const indexes = sorted.map((_, index) => index);
  // Partial Fisher–Yates: the first `count` places end up a uniform draw.
  for (let place = 0; place < count; place += 1) {
    const pick = place + Math.floor(random() * (indexes.length - place));
    [indexes[place], indexes[pick]] = [indexes[pick], indexes[place]];
  }
  return indexes
    .slice(0, count)
    .sort((a, b) => a - b)
    .map((index) => sorted[index]);
}

/** mulberry32: a small PRNG with 32-bit state, the same numbers on every platform. */
function mulberry32(state) {
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over the key's UTF-16 code units: a 32-bit PRNG state per seed, suite and rule. */
function hash32(text) {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Suite name → the sample file that used it, over samples/ other than the one being written. */
function suitesUsedByOtherSamples(outFile) {
  const used = new Map();
  const dir = path.join(precisionDir, 'samples');
  let entries = [];
  try {
    entries = readdirSync(dir).filter((entry) => entry.endsWith('.json'));
  } catch {
    return used;
  }
  for (const entry of entries) {
    const file = path.join(dir, entry);
    if (file === outFile) continue;
    const sample = JSON.parse(readFileSync(file, 'utf8'));
    for (const suite of sample.suites ?? []) if (!used.has(suite.name)) used.set(suite.name, `samples/${entry}`);
  }
  return used;
}

function fail(message) {
  console.error(`sample: ${message}`);
  process.exit(2);
}
