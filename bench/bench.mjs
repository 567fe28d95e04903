/**
 * `npm run bench [-- <folder>] [--files <n>] [--seed <n>] [--typed <n>] [--rounds <n>] [--keep]`
 *
 * Lints the same test files, in one process, with ESLint's `stats: true` under each configuration: the parsers alone,
 * our `recommended`, eslint-plugin-jest's `flat/recommended` and @vitest/eslint-plugin's `recommended`; then, on a
 * typed subset of the TypeScript files, our `recommended-type-checked` against typescript-eslint's
 * `no-floating-promises` alone. Without a folder it lints a generated corpus (bench/generate.mjs) in a temporary
 * folder. See docs/benchmark.md for how to read the output; its last line is always
 * `bench: ours/parse=<ratio> ours/jest=<ratio> typed-ours/no-floating-promises=<ratio>`.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import jestPlugin from 'eslint-plugin-jest';
import tseslint from 'typescript-eslint';
import plugin from '../dist/src/index.js';
import { writeCorpus } from './generate.mjs';
import { languages, testFileGlobs, testFilesUnder, typescriptFiles } from './test-files.mjs';

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    files: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    typed: { type: 'string', default: '200' },
    rounds: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
  },
});

// @vitest/eslint-plugin 1.6.28 and later need Node 22; 1.6.27 (pinned in package.json) runs on Node 20.
let vitestPlugin;
let vitestMissing;
try {
  vitestPlugin = (await import('@vitest/eslint-plugin')).default;
} catch (error) {
  vitestMissing = error instanceof Error ? error.message.split('\n')[0] : String(error);
}

const generated = positionals.length === 0;
const folder = generated ? mkdtempSync(path.join(os.tmpdir(), 'async-test-bench-')) : path.resolve(positionals[0]);
if (generated) writeCorpus(folder, { files: Number(options.files), seed: Number(options.seed) });

const onTestFiles = (config) => ({ ...config, files: testFileGlobs });

const untyped = [
  { label: 'parser only', prefix: undefined, config: [] },
  { label: 'async-test recommended', prefix: 'async-test/', config: [plugin.configs.recommended] },
  {
    label: 'eslint-plugin-jest flat/recommended',
    prefix: 'jest/',
    config: [onTestFiles({ ...jestPlugin.configs['flat/recommended'], settings: { jest: { version: 29 } } })],
  },
];
if (vitestPlugin !== undefined) {
  untyped.push({ label: '@vitest/eslint-plugin recommended', prefix: 'vitest/', config: [onTestFiles(vitestPlugin.configs.recommended)] });
}
const projectOptions = { languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: folder } } };
const typed = [
  {
    label: 'async-test recommended-type-checked',
    prefix: 'async-test/',
    config: [plugin.configs['recommended-type-checked'], { files: [typescriptFiles], ...projectOptions }],
  },
  {
    label: '@typescript-eslint/no-floating-promises',
    prefix: '@typescript-eslint/',
    config: [
      {
        files: [typescriptFiles],
        plugins: { '@typescript-eslint': tseslint.plugin },
        rules: { '@typescript-eslint/no-floating-promises': 'error' },
        ...projectOptions,
      },
    ],
  },
];

const files = await testFilesUnder(folder);
if (files.length === 0) {
  console.error(`bench: no test files under ${folder}`);
  process.exit(2);
}
const typedFiles = evenlySpaced(
  files.filter((file) => /\.[cm]?tsx?$/.test(file)),
  Number(options.typed),
);
const lines = files.reduce((sum, file) => sum + readFileSync(file, 'utf8').split('\n').length, 0);

console.log(`eslint-plugin-async-test bench (ESLint ${ESLint.version}, Node ${process.version}, ${os.cpus().length} CPUs)`);
console.log(`corpus: ${generated ? `generated, seed ${options.seed}, in ${folder}` : folder}`);
console.log(`files: ${files.length} test files, ${lines.toLocaleString('en-US')} lines; typed subset: ${typedFiles.length} TypeScript files`);
console.log(`each configuration: ${options.rounds} round(s) after a warm-up, interleaved by chunks of 50 files; per chunk the fastest round counts`);
console.log('');

// Warm-up: JIT and module caches, so that the first configuration measured does not pay for them.
for (const run of untyped) await lint(run, evenlySpaced(files, 100));

// Measured: chunk by chunk, every configuration on the same chunk in turn, so that a burst of load on the machine falls
// on all of them alike; per chunk and configuration the round with the least time counts.
const chunks = Array.from({ length: Math.ceil(files.length / 50) }, (_, index) => files.slice(index * 50, index * 50 + 50));
const best = new Map(untyped.map((run) => [run, chunks.map(() => undefined)]));
for (let round = 0; round < Number(options.rounds); round += 1) {
  for (const [index, chunk] of chunks.entries()) {
    for (const run of untyped) {
      const measured = await lint(run, chunk);
      const previous = best.get(run)[index];
      if (previous === undefined || measured.parseMs + measured.ruleMs < previous.parseMs + previous.ruleMs) best.get(run)[index] = measured;
    }
  }
}
for (const run of untyped) best.set(run, combine(best.get(run)));
const parseOnly = best.get(untyped[0]);
const ours = best.get(untyped[1]);
const jest = best.get(untyped[2]);

printTable(
  ['configuration', 'files', 'parse ms', 'rule ms', 'rules/parse', 'reports', 'crashed', 'peak heap MB'],
  untyped.map((run) => row(run.label, best.get(run), parseOnly.parseMs)),
);
if (vitestMissing !== undefined) console.log(`@vitest/eslint-plugin recommended: left out, it does not load here (${vitestMissing})`);
console.log('');
for (const run of untyped.slice(1)) printRules(run.label, best.get(run), run.prefix === 'async-test/' ? Infinity : 8);
printSlowestFiles(ours);

// Typed: each configuration builds its own TypeScript program (caches cleared), so neither inherits the other's
// type-checking work.
const typedResults = [];
if (typedFiles.length > 0) {
  for (const run of typed) {
    tsParser.clearCaches();
    // With --expose-gc (npm run bench sets it) each typed run starts from a clean heap, so its peak is its own. (The
    // untyped chunks are not collected in between: a forced collection every 50 files slows parsing down twofold.)
    globalThis.gc?.();
    typedResults.push(await lint(run, typedFiles));
  }
  tsParser.clearCaches();
  console.log(
    `typed: ${typedFiles.length} TypeScript files, projectService over ${generated ? 'the generated tsconfig.json' : 'the nearest tsconfig.json of each file'}`,
  );
  printTable(
    ['configuration', 'files', 'parse ms', 'rule ms', 'rules/parse', 'reports', 'crashed', 'peak heap MB'],
    typed.map((run, index) => row(run.label, typedResults[index], typedResults[index].parseMs)),
  );
  const unparsed = typedResults[0].fatal;
  if (unparsed > 0) console.log(`(${unparsed} of the typed files did not parse with type information, e.g. not in any tsconfig)`);
  console.log('');
  printRules(typed[0].label, typedResults[0], Infinity);
}

if (generated && !options.keep) rmSync(folder, { recursive: true, force: true });

const ratio = (a, b) => (b > 0 ? (a / b).toFixed(2) : 'n/a');
const typedRatio = typedResults.length === 2 ? ratio(typedResults[0].ruleMs, typedResults[1].ruleMs) : 'n/a';
console.log(
  `bench: ours/parse=${ratio(ours.ruleMs, parseOnly.parseMs)} ours/jest=${ratio(ours.ruleMs, jest.ruleMs)} typed-ours/no-floating-promises=${typedRatio}`,
);

// ---------------------------------------------------------------------------------------------------------------------

async function lint(run, filePaths) {
  run.eslint ??= new ESLint({
    cwd: folder,
    overrideConfigFile: true,
    overrideConfig: [...languages, ...run.config],
    stats: true,
    warnIgnored: false,
  });
  const eslint = run.eslint;
  let peak = process.memoryUsage().heapUsed;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 5);
  let results;
  const crashes = [];
  try {
    results = await eslint.lintFiles(filePaths);
  } catch {
    // A crash stops ESLint's run; lint file by file so the others are still measured (npm run corpus names the rule).
    results = [];
    for (const file of filePaths) {
      try {
        results.push(...(await eslint.lintFiles([file])));
      } catch (error) {
        crashes.push({ file, error });
      }
    }
  } finally {
    clearInterval(sampler);
  }
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  const rules = new Map();
  const perFile = [];
  let parseMs = 0;
  let fatal = 0;
  let reports = 0;
  for (const result of results) {
    if (result.fatalErrorCount > 0) fatal += 1;
    reports += result.messages.filter((message) => !message.fatal && (run.prefix === undefined || message.ruleId?.startsWith(run.prefix))).length;
    let fileRuleMs = 0;
    for (const pass of result.stats?.times.passes ?? []) {
      parseMs += pass.parse?.total ?? 0;
      for (const [ruleId, time] of Object.entries(pass.rules ?? {})) {
        rules.set(ruleId, (rules.get(ruleId) ?? 0) + time.total);
        fileRuleMs += time.total;
      }
    }
    perFile.push({ file: result.filePath, ruleMs: fileRuleMs, parseMs: result.stats?.times.passes[0]?.parse?.total ?? 0 });
  }
  const ruleMs = [...rules.values()].reduce((sum, time) => sum + time, 0);
  return { files: results.length, parseMs, ruleMs, rules, perFile, fatal, reports, crashes, peakMb: peak / 2 ** 20 };
}

/** The sums of several runs' measurements (the peak is the highest). */
function combine(parts) {
  const rules = new Map();
  for (const part of parts) for (const [ruleId, time] of part.rules) rules.set(ruleId, (rules.get(ruleId) ?? 0) + time);
  const sum = (key) => parts.reduce((total, part) => total + part[key], 0);
  return {
    files: sum('files'),
    parseMs: sum('parseMs'),
    ruleMs: sum('ruleMs'),
    rules,
    perFile: parts.flatMap((part) => part.perFile),
    fatal: sum('fatal'),
    reports: sum('reports'),
    crashes: parts.flatMap((part) => part.crashes),
    peakMb: Math.max(...parts.map((part) => part.peakMb)),
  };
}

function row(label, result, parseMs) {
  return [
    label,
    String(result.files),
    result.parseMs.toFixed(0),
    result.ruleMs.toFixed(0),
    result.ruleMs === 0 ? '—' : (result.ruleMs / parseMs).toFixed(3),
    String(result.reports),
    String(result.crashes.length),
    result.peakMb.toFixed(0),
  ];
}

function printRules(label, result, limit) {
  const entries = [...result.rules].sort((a, b) => b[1] - a[1]);
  console.log(`rule ms per rule, ${label}:`);
  const shown = entries.slice(0, limit);
  printTable(
    ['rule', 'ms', 'share'],
    shown.map(([ruleId, time]) => [`  ${ruleId}`, time.toFixed(1), `${((100 * time) / result.ruleMs).toFixed(0)}%`]),
  );
  if (entries.length > shown.length) {
    const rest = entries.slice(limit).reduce((sum, [, time]) => sum + time, 0);
    console.log(`  … ${entries.length - shown.length} more rules: ${rest.toFixed(1)} ms`);
  }
  for (const crash of result.crashes) console.log(`  crash in ${path.relative(folder, crash.file)}: ${String(crash.error?.message).split('\n')[0]}`);
  console.log('');
}

function printSlowestFiles(result) {
  const slowest = [...result.perFile].sort((a, b) => b.ruleMs - a.ruleMs).slice(0, 5);
  console.log('slowest files for our rules (rule ms / parse ms):');
  for (const file of slowest) console.log(`  ${path.relative(folder, file.file)}: ${file.ruleMs.toFixed(1)} / ${file.parseMs.toFixed(1)}`);
  console.log('');
}

function printTable(head, rows) {
  const widths = head.map((title, column) => Math.max(title.length, ...rows.map((cells) => cells[column].length)));
  const format = (cells) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  console.log(format(head));
  for (const cells of rows) console.log(format(cells));
}

/** `count` files spread over the sorted list, so that a subset covers every runner folder. */
function evenlySpaced(list, count) {
  if (list.length <= count) return list;
  return Array.from({ length: count }, (_, index) => list[Math.floor((index * list.length) / count)]);
}
