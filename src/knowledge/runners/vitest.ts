import type { RunnerKnowledge } from '../types';

const testApi = {
  describe: 'Suite',
  suite: 'Suite',
  it: 'Test',
  test: 'Test',
  beforeAll: 'BeforeAll',
  beforeEach: 'BeforeEach',
  afterAll: 'AfterAll',
  afterEach: 'AfterEach',
  onTestFinished: 'Teardown',
  onTestFailed: 'Teardown',
  expect: 'expect.Expect',
  vi: 'Vi',
  vitest: 'Vi',
} as const;

const modifiers = { only: 'Test', skip: 'Test', todo: 'Test', concurrent: 'Test', sequential: 'Test', fails: 'Test', shuffle: 'Test' } as const;
const callModifiers = { each: 'Test', for: 'Test', skipIf: 'Test', runIf: 'Test' } as const;

/** vitest: the test callback receives the test context (never a `done` function); vitest 4 accepts an async `describe`. */
export const vitest = {
  name: 'vitest',
  framework: 'vitest',
  modules: ['vitest'],
  runner: {
    title: 'vitest',
    module: 'vitest',
    hooks: { beforeAll: 'beforeAll', afterEach: 'afterEach', afterAll: 'afterAll' },
    // vitest 4 waits for an async suite callback before running its tests.
    suitePromise: 'awaited',
    isolatesFiles: true,
    // vitest 4.1 ends the file's worker (threads and forks pools) without waiting: a server, interval or socket left
    // open passes and the run exits 0 in about two seconds, with no warning. With `isolate: false` the worker runs later files.
    leftOpenHandles: 'closedWithWorker',
    testCallback: 'context',
    perTestTeardown: { function: 'onTestFinished' },
    disposableSpies: true,
    stubEnv: { object: 'vi', method: 'stubEnv' },
    autoUndoOptions: ['restoreMocks', 'unstubEnvs', 'unstubGlobals'],
    project: {
      packages: ['vitest'],
      command: 'vitest',
      configFiles: [
        'vitest.config.ts',
        'vitest.config.mts',
        'vitest.config.cts',
        'vitest.config.js',
        'vitest.config.mjs',
        'vitest.config.cjs',
        'vite.config.ts',
        'vite.config.mts',
        'vite.config.cts',
        'vite.config.js',
        'vite.config.mjs',
        'vite.config.cjs',
      ],
      optionsKey: 'test',
      setupFilesOptions: ['setupFiles'],
      testFilesOption: 'include',
      defaultTestFiles: ['**/*.{test,spec}.?(c|m)[jt]s?(x)'],
      // Files then share one module registry and globals per worker.
      isolationOff: { option: 'isolate', value: false },
      // An inline project inherits the root config's options only with `extends: true` (checked on vitest 4.1). vitest 4
      // reads no workspace file; vitest 3 projects still list theirs there.
      projects: {
        option: 'projects',
        listFiles: [
          'vitest.workspace.ts',
          'vitest.workspace.mts',
          'vitest.workspace.cts',
          'vitest.workspace.js',
          'vitest.workspace.mjs',
          'vitest.workspace.cjs',
          'vitest.workspace.json',
        ],
        configFileName: '^vite(st)?(\\.[\\w-]+)?\\.config\\.',
        rootOption: 'root',
        extendsOption: 'extends',
      },
    },
  },
  exports: testApi,
  globals: testApi,
  markerGlobals: ['vi'],
  kinds: {
    Suite: {
      callRole: 'suite',
      properties: { only: 'Suite', skip: 'Suite', todo: 'Suite', concurrent: 'Suite', sequential: 'Suite', shuffle: 'Suite' },
      methods: { each: 'Suite', for: 'Suite', skipIf: 'Suite', runIf: 'Suite' },
    },
    Test: {
      callRole: 'test',
      callbackContext: 'Context',
      properties: { ...modifiers, extend: 'Extend' },
      methods: { ...callModifiers, scoped: 'value', override: 'value' },
    },
    Extend: { callRole: 'fixtures', call: 'Test', callbackContext: 'Context' },
    BeforeAll: { callRole: 'beforeAll' },
    BeforeEach: { callRole: 'beforeEach', callbackContext: 'Context' },
    AfterAll: { callRole: 'afterAll' },
    AfterEach: { callRole: 'afterEach', callbackContext: 'Context' },
    Teardown: { callRole: 'teardown' },
    Context: {
      properties: { expect: 'expect.Expect', onTestFinished: 'Teardown', onTestFailed: 'Teardown' },
    },
    Vi: {
      mocksModules: ['mock'],
      overrides: {
        spyOn: 'mocks',
        stubEnv: 'env',
        stubGlobal: 'globals',
        useFakeTimers: 'timers',
        setSystemTime: 'timers',
        doMock: 'modules',
      },
      undoes: {
        restoreAllMocks: ['mocks'],
        unstubAllEnvs: ['env'],
        unstubAllGlobals: ['globals'],
        useRealTimers: ['timers'],
        resetModules: ['modules'],
        doUnmock: ['modules'],
      },
      methods: {
        spyOn: 'Spy',
        waitFor: 'promise',
        waitUntil: 'promise',
        dynamicImportSettled: 'promise',
        importActual: 'promise',
        importMock: 'promise',
        advanceTimersByTimeAsync: 'promise',
        advanceTimersToNextTimerAsync: 'promise',
        runAllTimersAsync: 'promise',
        runOnlyPendingTimersAsync: 'promise',
      },
      otherMethods: 'value',
    },
    Spy: { undoes: { mockRestore: 'self' }, otherMethods: 'Spy' },
  },
  overrideFamilies: {
    mocks: { description: 'spy', undo: 'restoreAllMocks', runnerSetting: 'restoreMocks' },
    env: { description: 'stubbed environment variable', undo: 'unstubAllEnvs', runnerSetting: 'unstubEnvs' },
    globals: { description: 'stubbed global', undo: 'unstubAllGlobals', runnerSetting: 'unstubGlobals' },
    timers: { description: 'fake timers', undo: 'useRealTimers' },
    modules: { description: 'module mock', undo: 'resetModules' },
  },
} as const satisfies RunnerKnowledge;
