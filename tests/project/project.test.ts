/**
 * The project model over fixture projects of real shapes: which runner runs a file that neither imports nor names it,
 * what its config says about undoing overrides, and the reports that follow.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Linter } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index';
import { projectFactsOf } from '../../src/project/project';

const projects = path.resolve(import.meta.dirname, '../fixtures/projects');
const fixture = (relative: string) => path.join(projects, relative);

function reportsOf(relative: string): string[] {
  const file = fixture(relative);
  const linter = new Linter({ cwd: projects });
  const config = [
    { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
    { files: ['**/*.js'], languageOptions: { sourceType: 'commonjs' as const } },
    // A package with "type": "module", configured as its users would.
    { files: ['jest-esm/**/*.js'], languageOptions: { sourceType: 'module' as const } },
    { files: ['**/*.{js,ts}'], plugins: { 'async-test': plugin }, rules: plugin.configs.all.rules },
  ];
  return linter
    .verify(readFileSync(file, 'utf8'), config as Linter.Config[], { filename: file })
    .map((message) => `${message.line}:${message.column} ${message.ruleId ?? 'fatal'} ${message.messageId ?? message.message}`);
}

describe('the runner of a file, from its project', () => {
  it.each([
    { file: 'jest-globals/test/users.test.js', framework: 'jest', why: 'jest installed, the file in its default testMatch' },
    { file: 'jest-esm/test/users.test.js', framework: 'jest', why: 'an ES-module package that lists jest' },
    { file: 'vitest-restore/test/logger.test.ts', framework: 'vitest', why: 'vitest installed, the file in the config include' },
    { file: 'two-runners/src/a.test.ts', framework: 'vitest', why: 'only the vitest include takes it' },
    { file: 'two-runners/e2e/b.e2e.js', framework: 'jest', why: "only jest's testMatch takes it" },
    { file: 'monorepo/packages/api/test/server.spec.js', framework: 'mocha', why: 'the workspace root installs mocha' },
    {
      file: 'monorepo/packages/api/test/unit/routes.spec.js',
      framework: 'mocha',
      why: 'past package.json files that only set "type", to the workspace root',
    },
  ])('$file: $framework ($why)', ({ file, framework }) => {
    expect(projectFactsOf(fixture(file)).framework).toBe(framework);
  });

  it.each([
    { file: 'jest-globals/src/users.js', why: 'a source file no test pattern takes' },
    { file: 'two-runners/e2e/c.test.js', why: "vitest's include is src/ only and jest's testMatch wants .e2e.js" },
    { file: 'relative/file.test.ts', why: 'a path that is not absolute (stdin)' },
    { file: 'monorepo/packages/docs/tests/example.test.js', why: "its package runs its tests with tap, not the workspace root's mocha" },
  ])('$file: no runner ($why)', ({ file }) => {
    expect(projectFactsOf(file.startsWith('relative') ? file : fixture(file)).framework).toBeUndefined();
  });

  it('reads the auto-undo options of the config that runs the file, and where it read them', () => {
    expect(projectFactsOf(fixture('vitest-restore/test/logger.test.ts'))).toEqual({
      framework: 'vitest',
      autoUndo: { restoreMocks: true },
      rootHookUndos: new Set(),
      readFrom: [fixture('vitest-restore/package.json'), fixture('vitest-restore/vitest.config.ts')],
    });
    expect(projectFactsOf(fixture('vitest-plain/test/logger.test.ts')).autoUndo).toEqual({});
    expect(projectFactsOf(fixture('vitest-plain/test/logger.test.ts')).isolatesFiles).toBeUndefined();
    expect(projectFactsOf(fixture('vitest-shared/test/env.test.ts')).isolatesFiles).toBe(false);
    expect(projectFactsOf(fixture('two-runners/e2e/b.e2e.js')).autoUndo).toEqual({ restoreMocks: true });
  });
});

describe('reports that follow from the project', () => {
  it('a jest project on globals: jest rejects the async describe', () => {
    expect(reportsOf('jest-globals/test/users.test.js')).toEqual(['3:19 async-test/no-lost-tests asyncSuiteRejected']);
  });

  it('an ES-module jest project: the tests after a top-level await run (checked on jest 30.5), nothing is reported', () => {
    expect(reportsOf('jest-esm/test/users.test.js')).toEqual([]);
  });

  it('a mocha workspace package: the async describe loses its test', () => {
    expect(reportsOf('monorepo/packages/api/test/server.spec.js')).toEqual([
      '3:20 async-test/no-lost-tests asyncSuite',
      '5:3 async-test/no-lost-tests registeredAfterAwait',
    ]);
  });

  it('vitest with restoreMocks: the runner restores the spy, nothing is reported; without it the spy leaks', () => {
    expect(reportsOf('vitest-restore/test/logger.test.ts')).toEqual([]);
    expect(reportsOf('vitest-plain/test/logger.test.ts')).toEqual(['2:15 async-test/no-leaked-overrides leaks']);
  });

  it('vitest with isolate: false: a file-level patch reaches later files of the worker; isolated, it stays in its file', () => {
    expect(reportsOf('vitest-shared/test/env.test.ts')).toEqual(['1:1 async-test/no-leaked-overrides leaksIntoLaterFiles']);
    expect(reportsOf('vitest-plain/test/env.test.ts')).toEqual([]);
  });

  it('a mocha root hook plugin that restores sinon: the stub cannot reach a later test; without it, it leaks', () => {
    expect(projectFactsOf(fixture('mocha-root-hooks/test/api.spec.js')).rootHookUndos).toEqual(new Set(['sinon#restore']));
    expect(reportsOf('mocha-root-hooks/test/api.spec.js')).toEqual([]);
    expect(reportsOf('mocha-no-hooks/test/api.spec.js')).toEqual(['6:5 async-test/no-leaked-overrides leaksIntoLaterFiles']);
  });

  it("a vitest setup file's afterEach restores every spy", () => {
    expect(projectFactsOf(fixture('vitest-setup/test/logger.test.ts')).readFrom).toEqual([
      fixture('vitest-setup/package.json'),
      fixture('vitest-setup/vitest.config.ts'),
      fixture('vitest-setup/test/setup.ts'),
    ]);
    expect(reportsOf('vitest-setup/test/logger.test.ts')).toEqual([]);
  });
});
