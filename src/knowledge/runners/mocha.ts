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
    losesTestsAfterModuleAwait: true,
    // Every spec file runs in one process and shares its globals.
    isolatesFiles: false,
    // mocha 12 without `--exit` never exits, and prints nothing about it; `--exit` ends it at once.
    leftOpenHandles: 'blocksExit',
    testCallback: 'done',
    // A beforeEach outside any describe joins the root suite, and runs before the tests of every file (checked on mocha 12).
    fileHooksRunForEveryFile: true,
    autoUndoOptions: [],
    project: {
      packages: ['mocha'],
      command: 'mocha',
      configFiles: ['.mocharc.js', '.mocharc.cjs', '.mocharc.json'],
      packageJsonKey: 'mocha',
      // `--require` loads root hook plugins (`mochaHooks`); `--file` files' top-level hooks are root hooks.
      setupFilesOptions: ['require', 'file'],
      testFilesOption: 'spec',
      // mocha's own default is ./test/*.{js,cjs,mjs}; scripts often pass other folders or --recursive, which are not read.
      defaultTestFiles: ['test/**/*.?(c|m)[jt]s?(x)', 'tests/**/*.?(c|m)[jt]s?(x)', 'spec/**/*.?(c|m)[jt]s?(x)', '**/*.{test,spec}.?(c|m)[jt]s?(x)'],
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
