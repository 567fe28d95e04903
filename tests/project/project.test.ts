/**
 * The project model over fixture projects of real shapes: which runner runs a file that neither imports nor names it,
 * what its config says about undoing overrides, and the reports that follow.
 */
import { describe, expect, it } from 'vitest';
import { projectFactsOf } from '../../src/project/project';
import { fixture, reportsOf } from './helpers';

describe('the runner of a file, from its project', () => {
  it.each([
    { file: 'jest-globals/test/users.test.js', framework: 'jest', why: 'jest installed, the file in its default testMatch' },
    { file: 'jest-esm/test/users.test.js', framework: 'jest', why: 'an ES-module package that lists jest' },
    { file: 'vitest-restore/test/logger.test.ts', framework: 'vitest', why: 'vitest installed, the file in the config include' },
    { file: 'two-runners/src/a.test.ts', framework: 'vitest', why: 'only the vitest include takes it' },
    { file: 'two-runners/e2e/b.e2e.js', framework: 'jest', why: "only jest's testMatch takes it" },
    { file: 'monorepo/packages/api/test/server.spec.js', framework: 'mocha', why: "the workspace root runs mocha over the packages' tests" },
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
      config: fixture('vitest-restore/vitest.config.ts'),
    });
    expect(projectFactsOf(fixture('vitest-plain/test/logger.test.ts')).autoUndo).toEqual({});
    expect(projectFactsOf(fixture('vitest-plain/test/logger.test.ts')).isolatesFiles).toBeUndefined();
    expect(projectFactsOf(fixture('vitest-shared/test/env.test.ts')).isolatesFiles).toBe(false);
    expect(projectFactsOf(fixture('two-runners/e2e/b.e2e.js')).autoUndo).toEqual({ restoreMocks: true });
  });
});

describe('mocha as mocha reads it', () => {
  it.each([
    { file: 'mocha-yaml/test/unit/api.spec.js', why: '.mocharc.yml spec, read before .mocharc.json' },
    { file: 'mocha-jsonc/spec/a.js', why: 'a folder spec in .mocharc.jsonc, its files with the extensions' },
    { file: 'mocha-jsonc/spec/b.ts', why: 'the extension option adds .ts' },
    { file: 'mocha-scripts/test/unit/deep/api.spec.js', why: 'the test script: a folder, --recursive' },
    { file: 'mocha-scripts/test/int/db.int.js', why: 'the test:int script: --config names the file with the spec' },
    { file: 'mocha-scripts/test/int/bootstrap.js', why: "the test:int config's file option: loaded in the run" },
    { file: 'mocha-default/test/a.js', why: "mocha's default: the files of ./test" },
    { file: 'mocha-default/test/a.spec.mjs', why: "mocha's default: .mjs is one of its extensions" },
  ])('$file: mocha ($why)', ({ file }) => {
    expect(projectFactsOf(fixture(file)).framework).toBe('mocha');
  });

  it.each([
    { file: 'mocha-yaml/test/fixtures/data.spec.js', why: 'outside the spec of .mocharc.yml' },
    { file: 'mocha-yaml/never/read.js', why: 'the spec of .mocharc.json, which mocha does not read beside a .mocharc.yml' },
    { file: 'mocha-jsonc/spec/nested/c.js', why: 'a sub-folder, without recursive' },
    { file: 'mocha-jsonc/spec/.hidden.js', why: 'a hidden file in a spec folder' },
    { file: 'mocha-jsonc/spec/d.cjs', why: 'the extension option replaces the default extensions' },
    { file: 'mocha-scripts/src/util.test.js', why: 'named like a test, but no script runs it' },
    { file: 'mocha-scripts/test/int/helpers.js', why: 'beside the integration tests, but not *.int.js' },
    { file: 'mocha-default/test/sub/b.js', why: "a sub-folder of ./test: mocha's default is not recursive" },
    { file: 'mocha-default/test/c.ts', why: 'not one of the default extensions' },
    { file: 'mocha-default/src/d.spec.js', why: 'named like a test, outside ./test' },
  ])('$file: no mocha facts ($why)', ({ file }) => {
    const facts = projectFactsOf(fixture(file));
    expect(facts.framework).toBeUndefined();
    expect(facts.autoUndo).toEqual({});
  });

  it('merges package.json "mocha" into .mocharc.yml: its require loads the root hook plugin', () => {
    expect(projectFactsOf(fixture('mocha-yaml/test/unit/api.spec.js'))).toEqual({
      framework: 'mocha',
      autoUndo: {},
      rootHookUndos: new Set(['sinon#restore']),
      readFrom: [fixture('mocha-yaml/package.json'), fixture('mocha-yaml/.mocharc.yml'), fixture('mocha-yaml/test/hooks.js')],
      config: fixture('mocha-yaml/.mocharc.yml'),
    });
  });

  it('gives each file the setup files of the scripts that run it: -r for the unit tests, none for the integration tests', () => {
    expect(projectFactsOf(fixture('mocha-scripts/test/unit/deep/api.spec.js'))).toEqual({
      framework: 'mocha',
      autoUndo: {},
      rootHookUndos: new Set(['sinon#restore']),
      readFrom: [fixture('mocha-scripts/package.json'), fixture('mocha-scripts/test/setup.js')],
    });
    expect(projectFactsOf(fixture('mocha-scripts/test/int/db.int.js'))).toEqual({
      framework: 'mocha',
      autoUndo: {},
      rootHookUndos: new Set(),
      readFrom: [
        fixture('mocha-scripts/package.json'),
        fixture('mocha-scripts/test/int/mocharc.json'),
        fixture('mocha-scripts/test/int/bootstrap.js'),
      ],
      config: fixture('mocha-scripts/test/int/mocharc.json'),
    });
  });

  it('the stub restored by the root hook of the script that runs the file is no leak; the other script has none', () => {
    expect(reportsOf('mocha-yaml/test/unit/api.spec.js')).toEqual([]);
    expect(reportsOf('mocha-scripts/test/unit/deep/api.spec.js')).toEqual([]);
    expect(reportsOf('mocha-scripts/test/int/db.int.js')).toEqual(['6:5 async-test/no-leaked-overrides leaksIntoLaterFiles']);
  });
});

describe('projects: each file gets the options of the project that runs it', () => {
  const noFacts = { autoUndo: {}, rootHookUndos: new Set(), readFrom: [] };

  it('a vitest 3 workspace file lists the packages; each package config is its project', () => {
    expect(projectFactsOf(fixture('vitest-workspace/packages/api/test/client.test.ts'))).toEqual({
      framework: 'vitest',
      autoUndo: { restoreMocks: true },
      rootHookUndos: new Set(),
      readFrom: [
        fixture('vitest-workspace/package.json'),
        fixture('vitest-workspace/vitest.workspace.ts'),
        fixture('vitest-workspace/packages/api/vitest.config.ts'),
      ],
      config: fixture('vitest-workspace/vitest.workspace.ts'),
    });
    expect(projectFactsOf(fixture('vitest-workspace/packages/web/src/clock.spec.ts'))).toMatchObject({ framework: 'vitest', autoUndo: {} });
    // The web project's include is src/**/*.spec.ts: its test/ folder is not run.
    expect(projectFactsOf(fixture('vitest-workspace/packages/web/test/old.test.ts'))).toMatchObject({ runByNone: true, autoUndo: {} });
    expect(projectFactsOf(fixture('vitest-workspace/packages/web/test/old.test.ts')).framework).toBeUndefined();
    expect(reportsOf('vitest-workspace/packages/api/test/client.test.ts')).toEqual([]);
    expect(reportsOf('vitest-workspace/packages/web/src/clock.spec.ts')).toEqual(['2:15 async-test/no-leaked-overrides leaks']);
  });

  it("vitest 4 test.projects: an inline project inherits the root's restoreMocks only with extends: true; a folder project has its own setup file", () => {
    expect(projectFactsOf(fixture('vitest-projects/src/logger.test.ts'))).toEqual({
      framework: 'vitest',
      autoUndo: {},
      rootHookUndos: new Set(),
      readFrom: [fixture('vitest-projects/package.json'), fixture('vitest-projects/vitest.config.ts')],
      config: fixture('vitest-projects/vitest.config.ts'),
    });
    expect(projectFactsOf(fixture('vitest-projects/dom/button.test.ts')).autoUndo).toEqual({ restoreMocks: true });
    expect(projectFactsOf(fixture('vitest-projects/e2e/login.test.ts'))).toEqual({
      framework: 'vitest',
      autoUndo: {},
      rootHookUndos: new Set(['vitest#restoreAllMocks']),
      readFrom: [
        fixture('vitest-projects/package.json'),
        fixture('vitest-projects/vitest.config.ts'),
        fixture('vitest-projects/e2e/vitest.config.ts'),
        fixture('vitest-projects/e2e/setup.ts'),
      ],
      config: fixture('vitest-projects/vitest.config.ts'),
    });
    // No project takes it, and the root config's own include no longer runs anything.
    expect(projectFactsOf(fixture('vitest-projects/other/extra.test.ts'))).toEqual(noFacts);
    expect(reportsOf('vitest-projects/src/logger.test.ts')).toEqual(['2:15 async-test/no-leaked-overrides leaks']);
    expect(reportsOf('vitest-projects/dom/button.test.ts')).toEqual([]);
    expect(reportsOf('vitest-projects/e2e/login.test.ts')).toEqual([]);
  });

  it("jest projects inherit none of the root config's options: inline ones with a testMatch or a rootDir, folders with their config or package.json", () => {
    expect(projectFactsOf(fixture('jest-projects/unit/logger.test.js'))).toMatchObject({ framework: 'jest', autoUndo: {} });
    expect(projectFactsOf(fixture('jest-projects/api/client.test.js'))).toMatchObject({ framework: 'jest', autoUndo: { restoreMocks: true } });
    expect(projectFactsOf(fixture('jest-projects/packages/ui/button.test.js'))).toEqual({
      framework: 'jest',
      autoUndo: {},
      rootHookUndos: new Set(['jest#restoreAllMocks']),
      readFrom: [
        fixture('jest-projects/package.json'),
        fixture('jest-projects/jest.config.js'),
        fixture('jest-projects/packages/ui/jest.config.js'),
        fixture('jest-projects/packages/ui/setup.js'),
      ],
      config: fixture('jest-projects/jest.config.js'),
    });
    expect(projectFactsOf(fixture('jest-projects/packages/lib/format.test.js'))).toEqual({
      framework: 'jest',
      autoUndo: { restoreMocks: true },
      rootHookUndos: new Set(),
      readFrom: [fixture('jest-projects/package.json'), fixture('jest-projects/jest.config.js'), fixture('jest-projects/packages/lib/package.json')],
      config: fixture('jest-projects/jest.config.js'),
    });
    expect(projectFactsOf(fixture('jest-projects/other/extra.test.js'))).toEqual(noFacts);
    expect(reportsOf('jest-projects/unit/logger.test.js')).toEqual(['2:15 async-test/no-leaked-overrides leaks']);
    expect(reportsOf('jest-projects/api/client.test.js')).toEqual([]);
    expect(reportsOf('jest-projects/packages/ui/button.test.js')).toEqual([]);
    expect(reportsOf('jest-projects/packages/lib/format.test.js')).toEqual([]);
  });
});

describe('configs computed at run time: the facts leave what they compute to the file, and say so', () => {
  it('a spread and a computed restoreMocks: the spy is reported, as the file shows it', () => {
    expect(projectFactsOf(fixture('jest-computed/test/logger.test.js'))).toEqual({
      framework: 'jest',
      autoUndo: {},
      rootHookUndos: new Set(),
      readFrom: [fixture('jest-computed/package.json'), fixture('jest-computed/jest.config.js')],
      config: fixture('jest-computed/jest.config.js'),
      // coverageReporters is computed too, but nothing here reads it.
      unread: [{ file: fixture('jest-computed/jest.config.js'), options: ['…', 'restoreMocks'] }],
    });
    expect(reportsOf('jest-computed/test/logger.test.js')).toEqual(['2:15 async-test/no-leaked-overrides leaks']);
  });

  it("a computed project list: the runner's default test files, and none of the root's options (projects do not inherit them)", () => {
    expect(projectFactsOf(fixture('vitest-computed-projects/packages/api/logger.test.ts'))).toMatchObject({
      framework: 'vitest',
      autoUndo: {},
      unread: [{ file: fixture('vitest-computed-projects/vitest.config.ts'), options: ['test.projects'] }],
    });
  });

  it('a config made by a call: all of it is unread', () => {
    expect(projectFactsOf(fixture('vitest-unreadable/test/logger.test.ts'))).toMatchObject({
      framework: 'vitest',
      autoUndo: {},
      unread: [{ file: fixture('vitest-unreadable/vitest.config.ts'), options: [] }],
    });
  });

  it('mocha run over what the shell finds: no runner from the project, and the script named as the reason', () => {
    expect(projectFactsOf(fixture('mocha-computed/test/api.spec.js'))).toEqual({
      autoUndo: {},
      rootHookUndos: new Set(),
      readFrom: [],
      unread: [{ file: fixture('mocha-computed/package.json'), options: ['scripts.test'] }],
    });
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

describe('files no run executes', () => {
  it('a *.test-d.ts file and one the config does not include get no report; the included one does', () => {
    expect(reportsOf('vitest-typecheck/src/sum.test.ts')).toEqual(['4:3 async-test/no-lost-tests registeredInTest']);
    expect(reportsOf('vitest-typecheck/src/sum.test-d.ts')).toEqual([]);
    expect(reportsOf('vitest-typecheck/test/old.test.ts')).toEqual([]);
    expect(projectFactsOf(fixture('vitest-typecheck/test/old.test.ts')).runByNone).toBe(true);
    expect(projectFactsOf(fixture('vitest-typecheck/src/sum.test.ts')).runByNone).toBeUndefined();
  });
});

describe('a run that exits when it is over', () => {
  it('mocha --exit cannot hang on a server left listening; without it, mocha waits for it', () => {
    expect(projectFactsOf(fixture('mocha-exit/test/server.spec.js')).forcesExit).toBe(true);
    expect(reportsOf('mocha-exit/test/server.spec.js')).toEqual([]);
    expect(projectFactsOf(fixture('mocha-no-exit/test/server.spec.js')).forcesExit).toBeUndefined();
    expect(reportsOf('mocha-no-exit/test/server.spec.js')).toEqual(['3:16 async-test/no-open-handles neverClosed']);
  });
});
