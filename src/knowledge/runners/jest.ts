import type { RunnerKnowledge } from '../types';

const testApi = {
  describe: 'Suite',
  fdescribe: 'Suite',
  xdescribe: 'Suite',
  it: 'Test',
  fit: 'Test',
  xit: 'Test',
  test: 'Test',
  xtest: 'Test',
  beforeAll: 'BeforeAll',
  beforeEach: 'BeforeEach',
  afterAll: 'AfterAll',
  afterEach: 'AfterEach',
  expect: 'expect.Expect',
  jest: 'Jest',
} as const;

/** jest (globals or `@jest/globals`): callbacks may take `done`; an async `describe` loses its tests. */
export const jest = {
  name: 'jest',
  framework: 'jest',
  modules: ['@jest/globals'],
  runner: {
    title: 'jest',
    module: '@jest/globals',
    hooks: { beforeAll: 'beforeAll', afterEach: 'afterEach', afterAll: 'afterAll' },
    // jest 30 fails the file: "Returning a Promise from "describe" is not supported" (checked on jest 30.5).
    suitePromise: 'rejected',
    // Every test file gets its own module registry and globals.
    isolatesFiles: true,
    // ...except Node's own modules: `os.cpus = …` in one file was seen by the next file of the worker (checked on jest 30.5).
    sharesBuiltinModules: true,
    // jest 30 in band (one file, one worker, `-i`, `--detectOpenHandles`, or up to 20 files it timed fast) never exits:
    // "Jest did not exit one second after the test run has completed"; with several workers it force-kills them with
    // "A worker process has failed to exit gracefully", after reusing them for later files.
    leftOpenHandles: 'blocksExit',
    testCallback: 'done',
    autoUndoOptions: ['restoreMocks'],
    project: {
      packages: ['jest', 'jest-cli', 'ts-jest', 'babel-jest', 'react-scripts'],
      forceExitOption: 'forceExit',
      command: 'jest',
      configFiles: ['jest.config.js', 'jest.config.ts', 'jest.config.mjs', 'jest.config.cjs', 'jest.config.json'],
      packageJsonKey: 'jest',
      // setupFiles run before the framework is installed: hooks can be registered only from setupFilesAfterEnv.
      setupFilesOptions: ['setupFilesAfterEnv'],
      testFilesOption: 'testMatch',
      defaultTestFiles: ['**/__tests__/**/*.?([mc])[jt]s?(x)', '**/?(*.)+(spec|test).?([mc])[jt]s?(x)'],
      // A project inherits none of the root config's options (checked on jest 30: a root restoreMocks does not reach it).
      projects: { option: 'projects', rootOption: 'rootDir' },
    },
  },
  exports: testApi,
  globals: testApi,
  markerGlobals: ['jest'],
  kinds: {
    Suite: {
      callRole: 'suite',
      properties: { only: 'Suite', skip: 'Suite' },
      methods: { each: 'Suite' },
    },
    Test: {
      callRole: 'test',
      doneParam: 0,
      properties: { only: 'Test', skip: 'Test', todo: 'Test', concurrent: 'Test', failing: 'Test' },
      methods: { each: 'Test' },
    },
    BeforeAll: { callRole: 'beforeAll', doneParam: 0 },
    BeforeEach: { callRole: 'beforeEach', doneParam: 0 },
    AfterAll: { callRole: 'afterAll', doneParam: 0 },
    AfterEach: { callRole: 'afterEach', doneParam: 0 },
    Jest: {
      mocksModules: ['mock'],
      overrides: { spyOn: 'mocks', replaceProperty: 'mocks', useFakeTimers: 'timers', setSystemTime: 'timers', doMock: 'modules' },
      undoes: { restoreAllMocks: ['mocks'], useRealTimers: ['timers'], resetModules: ['modules'], dontMock: ['modules'] },
      methods: {
        spyOn: 'Spy',
        replaceProperty: 'ReplacedProperty',
        advanceTimersByTimeAsync: 'promise',
        advanceTimersToNextTimerAsync: 'promise',
        runAllTimersAsync: 'promise',
        runOnlyPendingTimersAsync: 'promise',
        isolateModulesAsync: 'promise',
      },
      otherMethods: 'value',
    },
    Spy: { undoes: { mockRestore: 'self' }, otherMethods: 'Spy' },
    ReplacedProperty: { undoes: { restore: 'self' }, otherMethods: 'ReplacedProperty' },
  },
  overrideFamilies: {
    mocks: { description: 'spy', undo: 'restoreAllMocks', runnerSetting: 'restoreMocks' },
    timers: { description: 'fake timers', undo: 'useRealTimers' },
    modules: { description: 'module mock', undo: 'resetModules' },
  },
} as const satisfies RunnerKnowledge;
