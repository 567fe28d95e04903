import type { RunnerKnowledge } from '../types';

const testApi = {
  describe: 'Suite',
  context: 'Suite',
  suite: 'Suite',
  xdescribe: 'Suite',
  xcontext: 'Suite',
  it: 'Test',
  specify: 'Test',
  test: 'Test',
  xit: 'Test',
  xspecify: 'Test',
  before: 'BeforeAll',
  suiteSetup: 'BeforeAll',
  beforeEach: 'BeforeEach',
  setup: 'BeforeEach',
  after: 'AfterAll',
  suiteTeardown: 'AfterAll',
  afterEach: 'AfterEach',
  teardown: 'AfterEach',
} as const;

/** mocha (BDD and TDD interfaces): callbacks may take `done`; an async `describe` loses its tests. */
export const mocha = {
  name: 'mocha',
  framework: 'mocha',
  modules: ['mocha'],
  runner: {
    title: 'mocha',
    module: 'mocha',
    hooks: { beforeAll: 'before', afterEach: 'afterEach', afterAll: 'after' },
    // mocha 12 runs the tests an async suite registers before its first await (checked): only later ones are lost.
    suitePromise: 'ignored',
    // Every spec file runs in one process and shares its globals.
    isolatesFiles: false,
    // mocha 12 without `--exit` never exits, and prints nothing about it; `--exit` ends it at once.
    leftOpenHandles: 'blocksExit',
    testCallback: 'done',
    // A beforeEach outside any describe joins the root suite, and runs before the tests of every file (checked on mocha 12).
    fileHooksRunForEveryFile: true,
    // mocha 10 and 12 hand a rejection from test code back to the process with their own listener removed, and none is
    // left: the run passes and exits 0, also when the rejection comes while its test still runs (checked).
    losesUnawaitedRejections: true,
    // Under `--delay` the root suite waits for the file to call the global `run()` (checked on mocha 10.8).
    endsCollectionWith: 'run',
    autoUndoOptions: [],
    project: {
      packages: ['mocha'],
      // With `--exit`, mocha 12 exits about a second after the run with a server still listening (checked).
      forceExitOption: 'exit',
      command: 'mocha',
      // mocha 12 reads the first of these it finds; a .json may hold comments like a .jsonc.
      configFiles: ['.mocharc.cjs', '.mocharc.js', '.mocharc.mjs', '.mocharc.yaml', '.mocharc.yml', '.mocharc.jsonc', '.mocharc.json'],
      packageJsonKey: 'mocha',
      // The command line, the config file and package.json "mocha" all apply: lists (spec, require) add up.
      mergesPackageJsonKey: true,
      // `--require` loads root hook plugins (`mochaHooks`); `--file` files' top-level hooks are root hooks.
      setupFilesOptions: ['require', 'file'],
      testFilesOption: 'spec',
      // Without a spec, mocha runs the files directly in ./test with its extensions (checked on mocha 12).
      defaultTestFiles: ['test'],
      testPaths: {
        extensionsOption: 'extension',
        defaultExtensions: ['js', 'cjs', 'mjs'],
        recursiveOption: 'recursive',
        ignoreOption: 'ignore',
        filesOption: 'file',
      },
      commandLine: {
        positionalOption: 'spec',
        valueOptions: [
          ...['extension', 'file', 'global', 'ignore', 'node-option', 'reporter-option', 'require', 'spec', 'watch-files', 'watch-ignore'],
          ...['config', 'fgrep', 'grep', 'package', 'reporter', 'ui', 'slow', 'timeout', 'retries', 'jobs'],
        ],
        aliases: {
          A: 'async-only',
          b: 'bail',
          c: 'color',
          colors: 'color',
          f: 'fgrep',
          globals: 'global',
          g: 'grep',
          exclude: 'ignore',
          i: 'invert',
          j: 'jobs',
          C: 'no-colors',
          n: 'node-option',
          p: 'parallel',
          R: 'reporter',
          'reporter-options': 'reporter-option',
          O: 'reporter-option',
          r: 'require',
          s: 'slow',
          S: 'sort',
          t: 'timeout',
          timeouts: 'timeout',
          u: 'ui',
          w: 'watch',
        },
        listOptions: ['extension', 'file', 'global', 'ignore', 'node-option', 'reporter-option', 'require', 'spec', 'watch-files', 'watch-ignore'],
        globListOptions: ['spec', 'ignore'],
        configOption: 'config',
        packageOption: 'package',
      },
    },
  },
  exports: testApi,
  globals: testApi,
  markerGlobals: ['before', 'after', 'context', 'specify'],
  kinds: {
    Suite: { callRole: 'suite', properties: { only: 'Suite', skip: 'Suite' } },
    Test: { callRole: 'test', doneParam: 0, properties: { only: 'Test', skip: 'Test' } },
    BeforeAll: { callRole: 'beforeAll', doneParam: 0 },
    BeforeEach: { callRole: 'beforeEach', doneParam: 0 },
    AfterAll: { callRole: 'afterAll', doneParam: 0 },
    AfterEach: { callRole: 'afterEach', doneParam: 0 },
  },
} as const satisfies RunnerKnowledge;
