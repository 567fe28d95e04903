/**
 * The built plugin under ESLint 9 (latest 9.x, installed in tests/eslint9 by `npm ci --prefix tests/eslint9`) and
 * ESLint 10 (the root's): every preset finds the same problems under both, and the `eslint` command gives the same
 * findings with `--concurrency 2` (worker threads) and with `--cache` (a cold and a warm run) as without.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ESLint as ESLintClass, Linter } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { built, copyExamples, eslintFindings, exampleFiles, repository, temporaryProject, type Project } from './workspace';

interface EslintInstall {
  readonly name: string;
  readonly folder: string;
}

const eslint10: EslintInstall = { name: 'ESLint 10', folder: repository };
const eslint9: EslintInstall = { name: 'ESLint 9', folder: path.join(repository, 'tests/eslint9') };
const eslint9Installed = existsSync(path.join(eslint9.folder, 'node_modules/eslint/package.json'));
if (!eslint9Installed) {
  console.warn('Skipping the ESLint 9 runs: tests/eslint9 is not installed (run `npm ci --prefix tests/eslint9`).');
}

function load(install: EslintInstall): { ESLint: typeof ESLintClass } {
  return createRequire(path.join(install.folder, 'package.json'))('eslint') as { ESLint: typeof ESLintClass };
}

function eslintBin(install: EslintInstall): string {
  return path.join(install.folder, 'node_modules/eslint/bin/eslint.js');
}

const plugin = built.plugin();
const typedProject = path.join(repository, 'tests/fixtures/typed-project');
const parsers: Linter.Config[] = [
  { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tsParser } },
  { files: ['**/*.{jsx,tsx}'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
];

/** What each preset finds, linted by one install's `ESLint` class. */
async function presetFindings(install: EslintInstall): Promise<Record<string, string[]>> {
  const { ESLint } = load(install);
  const lint = async (cwd: string, config: Linter.Config[], pattern: string) =>
    eslintFindings(cwd, await new ESLint({ cwd, overrideConfigFile: true, overrideConfig: config }).lintFiles([pattern]));
  return {
    version: [ESLint.version],
    'async-test-lint config': await lint(repository, built.cliConfig(), 'examples'),
    all: await lint(repository, [...parsers, plugin.configs.all], 'examples'),
    strict: await lint(repository, [...parsers, plugin.configs.strict], 'examples'),
    recommended: await lint(typedProject, [...parsers, plugin.configs.recommended], '.'),
    'recommended-type-checked': await lint(
      typedProject,
      [plugin.configs['recommended-type-checked'], { languageOptions: { parserOptions: { tsconfigRootDir: typedProject } } }],
      '.',
    ),
  };
}

describe.skipIf(!eslint9Installed)('ESLint 9 and ESLint 10', () => {
  it('find the same problems with every preset', async () => {
    const [nine, ten] = [await presetFindings(eslint9), await presetFindings(eslint10)];
    expect(nine.version![0]).toMatch(/^9\./);
    expect(ten.version![0]).toMatch(/^10\./);
    const { version: _nine, ...findings9 } = nine;
    const { version: _ten, ...findings10 } = ten;
    expect(findings9).toEqual(findings10);

    expect(findings10['async-test-lint config']!.length).toBeGreaterThan(0);
    // Type information finds the unawaited `store.save(…)`, which nothing in its name gives away.
    expect(findings10['recommended']).toEqual([]);
    expect(findings10['recommended-type-checked']).toEqual(['users.test.ts:6 async-test/await-async-calls']);
  });
});

describe('the eslint command: --concurrency and --cache', () => {
  let project: Project;

  beforeAll(() => {
    project = temporaryProject('eslint-modes', ['@typescript-eslint/parser']);
    copyExamples(project);
    writeFileSync(
      project.path('eslint.config.mjs'),
      [
        "import tsParser from '@typescript-eslint/parser';",
        "import asyncTest from 'eslint-plugin-async-test';",
        '',
        'export default [',
        "  { files: ['**/*.{ts,tsx}'], languageOptions: { parser: tsParser } },",
        "  { files: ['**/*.{jsx,tsx}'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },",
        '  asyncTest.configs.recommended,',
        '];',
        '',
      ].join('\n'),
    );
  });

  afterAll(() => project?.remove());

  function run(install: EslintInstall, args: string[]): string[] {
    const result = spawnSync(process.execPath, [eslintBin(install), '--format', 'json', ...args, 'examples'], {
      cwd: project.folder,
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).toBe(1); // the examples have errors
    return eslintFindings(project.folder, JSON.parse(result.stdout) as Parameters<typeof eslintFindings>[1]);
  }

  for (const install of [eslint10, eslint9]) {
    it.skipIf(install === eslint9 && !eslint9Installed)(
      `${install.name}: the same findings plain, with 2 workers, and cold and warm from the cache`,
      () => {
        const plain = run(install, []);
        expect(plain.length).toBeGreaterThan(0);
        expect(run(install, ['--concurrency', '2'])).toEqual(plain);

        const cache = project.path(`.eslintcache-${install.name.replace(' ', '')}`);
        expect(run(install, ['--cache', '--cache-location', cache])).toEqual(plain);
        // The cold run stored each file's results (messages included), which the warm run then reads instead of linting.
        const stored = readFileSync(cache, 'utf8');
        for (const file of exampleFiles()) expect(stored).toContain(project.path('examples', file));
        expect(run(install, ['--cache', '--cache-location', cache])).toEqual(plain);
      },
    );
  }
});
