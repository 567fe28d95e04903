#!/usr/bin/env node
/**
 * How long ESLint and oxlint (with this plugin as a `jsPlugins` entry, configured as docs/oxlint.md says) take over the
 * same test files: examples/ copied COPIES times into a temporary project, each command run RUNS times, the median wall
 * time printed. The numbers in docs/oxlint.md come from here:
 *
 *   npm run build && node scripts/compare-oxlint-speed.mjs [COPIES=100] [RUNS=5]
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const repository = path.resolve(import.meta.dirname, '..');
const copies = Number(process.argv[2] ?? 100);
const runs = Number(process.argv[3] ?? 5);

const project = mkdtempSync(path.join(os.tmpdir(), 'async-test-speed-'));
try {
  mkdirSync(path.join(project, 'node_modules/@typescript-eslint'), { recursive: true });
  symlinkSync(repository, path.join(project, 'node_modules/eslint-plugin-async-test'), 'dir');
  symlinkSync(path.join(repository, 'node_modules/@typescript-eslint/parser'), path.join(project, 'node_modules/@typescript-eslint/parser'), 'dir');
  for (let copy = 1; copy <= copies; copy++) cpSync(path.join(repository, 'examples'), path.join(project, `suite-${copy}`), { recursive: true });
  const files = readdirSync(project, { recursive: true, encoding: 'utf8' }).filter((file) => /^suite-.*\.[cm]?[jt]sx?$/.test(file)).length;

  writeFileSync(
    path.join(project, 'eslint.config.mjs'),
    `import tsParser from '@typescript-eslint/parser';
import asyncTest from 'eslint-plugin-async-test';

export default [
  { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tsParser } },
  { files: ['**/*.{jsx,tsx}'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
  asyncTest.configs.recommended,
];
`,
  );
  const docs = readFileSync(path.join(repository, 'docs/oxlint.md'), 'utf8');
  const documented = JSON.parse(/<!-- oxlintrc -->\s*```json\n([\s\S]*?)\n```/.exec(docs)[1]);
  writeFileSync(path.join(project, 'documented.json'), JSON.stringify(documented));
  writeFileSync(path.join(project, 'native-only.json'), JSON.stringify({}));

  const eslint = path.join(repository, 'node_modules/eslint/bin/eslint.js');
  const oxlint = path.join(repository, 'node_modules/oxlint/bin/oxlint');
  const commands = [
    ['eslint', [eslint, ...suites()]],
    ['eslint --concurrency 2', [eslint, '--concurrency', '2', ...suites()]],
    ['oxlint, config of docs/oxlint.md', [oxlint, '-c', 'documented.json', ...suites()]],
    ['oxlint, its own default rules only (no JS plugin)', [oxlint, '-c', 'native-only.json', ...suites()]],
  ];

  console.log(`${files} test files (examples/ × ${copies}), median of ${runs} runs, ${os.cpus().length} CPUs, Node.js ${process.version}`);
  for (const [name, args] of commands) {
    const times = [];
    for (let run = 0; run < runs; run++) {
      const start = process.hrtime.bigint();
      const result = spawnSync(process.execPath, args, { cwd: project, encoding: 'utf8', maxBuffer: 1 << 28 });
      times.push(Number(process.hrtime.bigint() - start) / 1e9);
      if (result.status !== 0 && result.status !== 1) throw new Error(`${name} failed:\n${result.stderr}`);
    }
    times.sort((a, b) => a - b);
    console.log(`${name.padEnd(52)} ${times[Math.floor(times.length / 2)].toFixed(2)} s`);
  }
} finally {
  rmSync(project, { recursive: true, force: true });
}

function suites() {
  return Array.from({ length: copies }, (_, index) => `suite-${index + 1}`);
}
