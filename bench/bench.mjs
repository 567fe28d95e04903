/**
 * `npm run bench [-- <folder>] [--files <n>] [--seed <n>] [--typed <n>] [--rounds <n>] [--keep] [--project-only]`
 *
 * Lints the same test files, in one process, with ESLint's `stats: true` under each configuration: the parsers alone,
 * our `recommended`, eslint-plugin-jest's `flat/recommended` and @vitest/eslint-plugin's `recommended`; then, on a
 * typed subset of the TypeScript files, our `recommended-type-checked` against typescript-eslint's
 * `no-floating-promises` alone. Without a folder it lints a generated corpus (bench/generate.mjs) in a temporary
 * folder.
 *
 * Then the project model (src/project/): the same generated files placed in a small monorepo (`writeProjectCorpus`:
 * workspaces, packages naming vitest, jest and mocha, their configs, setup files with root hooks, helper modules),
 * linted by absolute path with the parser alone and with our `recommended`, so that the rules ask the model as they do
 * in a real run; `projectFactsOf` timed over the same files in fresh processes (bench/project-model.mjs), cold and
 * warm; and everything the rules ask of the model (facts, module summaries, libraries reached) timed in a lint of the
 * files in one more fresh process; each against that parse time. With a folder, the model is timed over the folder's own test files. `--project-only`
 * runs only this part.
 *
 * See docs/benchmark.md for how to read the output; its second-to-last line is
 * `bench project: project/parse=<ratio> facts-cold/parse=<ratio> facts-warm/parse=<ratio> facts-rechecked/parse=<ratio>
 * ours/parse=<ratio>` and its last line is always
 * `bench: ours/parse=<ratio> ours/jest=<ratio> typed-ours/no-floating-promises=<ratio>` (with `--project-only`, the
 * project line is the last).
 *
 * Known limits of what the project model can know: ESLint's `--cache` keys a file's results on the file and the
 * ESLint config, not on the package.json, runner config, setup files or helper modules the model read, so a cached
 * file is not linted again when only those change; and a runner config is read as the literals it states: options
 * computed at run time (a call, a spread, a variable from elsewhere, an environment check) are not seen.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import jestPlugin from 'eslint-plugin-jest';
import tseslint from 'typescript-eslint';
import plugin from '../dist/src/index.js';
import { writeCorpus, writeProjectCorpus } from './generate.mjs';
import { languages, testFileGlobs, testFilesUnder, typescriptFiles } from './test-files.mjs';

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    files: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    typed: { type: 'string', default: '200' },
    rounds: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
    'project-only': { type: 'boolean', default: false },
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
const projectOnly = options['project-only'];
const folder = !generated ? path.resolve(positionals[0]) : projectOnly ? undefined : mkdtempSync(path.join(os.tmpdir(), 'async-test-bench-'));
if (generated && !projectOnly) writeCorpus(folder, { files: Number(options.files), seed: Number(options.seed) });
// Runs of the project model, each in a fresh process, of which the fastest counts.
const projectModelRuns = 3;

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

const ratio = (a, b) => (b > 0 ? (a / b).toFixed(2) : 'n/a');
// The last line, and for a folder the test files and the parser-only and our results, which the project part reuses.
let benchLine;
let folderResults;
if (!projectOnly) {
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

  printHeading();
  console.log(`corpus: ${generated ? `generated, seed ${options.seed}, in ${folder}` : folder}`);
  console.log(`files: ${files.length} test files, ${lines.toLocaleString('en-US')} lines; typed subset: ${typedFiles.length} TypeScript files`);
  console.log(
    `each configuration: ${options.rounds} round(s) after a warm-up, interleaved by chunks of 50 files; per chunk the fastest round counts`,
  );
  console.log('');

  const best = await measureInChunks(untyped, files);
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

  const typedRatio = typedResults.length === 2 ? ratio(typedResults[0].ruleMs, typedResults[1].ruleMs) : 'n/a';
  benchLine = `bench: ours/parse=${ratio(ours.ruleMs, parseOnly.parseMs)} ours/jest=${ratio(ours.ruleMs, jest.ruleMs)} typed-ours/no-floating-promises=${typedRatio}`;
  folderResults = { files, parseOnly, ours };
}

const projectLine = await benchProject();
if (generated && !projectOnly && !options.keep) rmSync(folder, { recursive: true, force: true });
console.log(projectLine);
if (benchLine !== undefined) console.log(benchLine);

// ---------------------------------------------------------------------------------------------------------------------

/** The project part: the project model's cost against parse time, on the project-shaped corpus or the given folder. */
async function benchProject() {
  const projectFolder = generated ? mkdtempSync(path.join(os.tmpdir(), 'async-test-bench-project-')) : folder;
  if (generated) writeProjectCorpus(projectFolder, { files: Number(options.files), seed: Number(options.seed) });
  const files = generated ? await testFilesUnder(projectFolder) : (folderResults?.files ?? (await testFilesUnder(folder)));
  if (files.length === 0) {
    console.error(`bench: no test files under ${projectFolder}`);
    process.exit(2);
  }
  if (projectOnly) printHeading();
  console.log(`project: ${generated ? `generated monorepo, seed ${options.seed}, in ${projectFolder}` : folder}; ${files.length} test files`);

  // Parse time and our rules, linted by absolute path as a real run does, so that the rules ask the project model.
  let { parseOnly, ours } = folderResults ?? {};
  if (generated || parseOnly === undefined) {
    const runs = untyped.slice(0, 2).map((run) => ({ ...run, cwd: projectFolder, eslint: undefined }));
    // The earlier runs' ESLint instances (the typed ones hold TypeScript programs) are let go, so that the peak heap is this run's.
    for (const run of [...untyped, ...typed]) run.eslint = undefined;
    globalThis.gc?.();
    const best = await measureInChunks(runs, files);
    [parseOnly, ours] = runs.map((run) => best.get(run));
    printTable(
      ['configuration', 'files', 'parse ms', 'rule ms', 'rules/parse', 'reports', 'crashed', 'peak heap MB'],
      runs.map((run) => row(run.label, best.get(run), parseOnly.parseMs)),
    );
  }

  // The project model alone, in fresh processes: nothing read, parsed or compiled before the cold pass.
  const listFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'async-test-bench-list-')), 'files.json');
  writeFileSync(listFile, JSON.stringify(files));
  const script = fileURLToPath(new URL('project-model.mjs', import.meta.url));
  const measured = Array.from({ length: projectModelRuns }, () =>
    JSON.parse(execFileSync(process.execPath, [script, listFile], { encoding: 'utf8' })),
  );
  // Everything the rules ask of the model in a lint of the same files (module summaries included), in one fresh process.
  const inLint = JSON.parse(execFileSync(process.execPath, [script, listFile, '--lint', projectFolder], { encoding: 'utf8' }));
  rmSync(path.dirname(listFile), { recursive: true, force: true });
  if (generated && !options.keep) rmSync(projectFolder, { recursive: true, force: true });
  const fastest = (key) => Math.min(...measured.map((run) => run[key]));
  const [{ runners, autoUndo, rootHookUndos, readFrom }] = measured;
  const known = Object.values(runners).reduce((sum, count) => sum + count, 0);
  const byRunner = Object.entries(runners).map(([runner, count]) => `${runner} ${count}`);
  console.log(
    `project model: runner known for ${known} of ${files.length} files${byRunner.length > 0 ? ` (${byRunner.join(', ')})` : ''}, ` +
      `auto-undo options for ${autoUndo}, root-hook undos for ${rootHookUndos}; ${readFrom} project files read`,
  );
  const [cold, warm, rechecked] = ['coldMs', 'warmMs', 'recheckedMs'].map(fastest);
  console.log(
    `projectFactsOf over ${files.length} files, fastest of ${projectModelRuns} fresh processes: cold ${cold.toFixed(0)} ms, ` +
      `warm ${warm.toFixed(0)} ms, rechecked ${rechecked.toFixed(0)} ms; parse ${parseOnly.parseMs.toFixed(0)} ms`,
  );
  console.log(
    `project model in a lint of the ${files.length} files with recommended, one fresh process: ${inLint.modelMs.toFixed(0)} ms ` +
      `(facts ${inLint.factsMs.toFixed(0)}, module summaries ${inLint.modulesMs.toFixed(0)}, libraries reached ${inLint.reachMs.toFixed(0)}); ` +
      `the same process's parser-only parse ${inLint.parseMs.toFixed(0)} ms; our rules ${inLint.ruleMs.toFixed(0)} ms`,
  );
  console.log('');
  const share = (ms) => (parseOnly.parseMs > 0 ? (ms / parseOnly.parseMs).toFixed(3) : 'n/a');
  return (
    `bench project: project/parse=${(inLint.modelMs / inLint.parseMs).toFixed(3)} facts-cold/parse=${share(cold)} facts-warm/parse=${share(warm)} ` +
    `facts-rechecked/parse=${share(rechecked)} ours/parse=${ratio(ours.ruleMs, parseOnly.parseMs)}`
  );
}

function printHeading() {
  console.log(`eslint-plugin-async-test bench (ESLint ${ESLint.version}, Node ${process.version}, ${os.cpus().length} CPUs)`);
}

/**
 * Each run over the files, after a warm-up (JIT and module caches, so that the first configuration measured does not
 * pay for them): chunk by chunk, every configuration on the same chunk in turn, so that a burst of load on the machine
 * falls on all of them alike; per chunk and configuration the round with the least time counts.
 */
async function measureInChunks(runs, files) {
  for (const run of runs) await lint(run, evenlySpaced(files, 100));
  const chunks = Array.from({ length: Math.ceil(files.length / 50) }, (_, index) => files.slice(index * 50, index * 50 + 50));
  const best = new Map(runs.map((run) => [run, chunks.map(() => undefined)]));
  for (let round = 0; round < Number(options.rounds); round += 1) {
    for (const [index, chunk] of chunks.entries()) {
      for (const run of runs) {
        const measured = await lint(run, chunk);
        const previous = best.get(run)[index];
        if (previous === undefined || measured.parseMs + measured.ruleMs < previous.parseMs + previous.ruleMs) best.get(run)[index] = measured;
      }
    }
  }
  for (const run of runs) best.set(run, combine(best.get(run)));
  return best;
}

async function lint(run, filePaths) {
  run.eslint ??= new ESLint({
    cwd: run.cwd ?? folder,
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
