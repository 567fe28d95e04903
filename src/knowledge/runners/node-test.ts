import type { RunnerKnowledge } from '../types';

/** The module's API, which the default export (the `test` function) also carries as properties. */
const testApi = {
  test: 'TestFn',
  it: 'TestFn',
  describe: 'Suite',
  suite: 'Suite',
  before: 'BeforeAll',
  beforeEach: 'BeforeEach',
  after: 'AfterAll',
  afterEach: 'AfterEach',
  mock: 'MockTracker',
} as const;

/**
 * node:test: top-level `test()` returns a promise that belongs to the runner; `t.test()` inside a test returns the
 * subtest's promise. Node 20 and 22 cancel (and fail) a subtest still running when its parent ends; Node 24 waits for
 * it, but its failure is then reported apart from the code that started it.
 */
export const nodeTest = {
  name: 'node:test',
  framework: 'node',
  modules: ['node:test', 'test'],
  runner: {
    title: 'node:test',
    module: 'node:test',
    hooks: { beforeAll: 'before', afterEach: 'afterEach', afterAll: 'after' },
    noGlobals: true,
    suitePromise: 'awaited',
    registersAtAnyTime: true,
    // `node --test` runs every file in a process of its own.
    isolatesFiles: true,
    // On Node 20, the file's process never exits, and `node --test` waits for it without a timeout.
    leftOpenHandles: 'blocksExit',
    testCallback: 'context, done',
    perTestTeardown: { contextMethod: 'after' },
    failsOnUnhandledRejection: true,
    autoUndoOptions: [],
  },
  moduleObject: 'TestFn',
  exports: { default: 'TestFn', ...testApi },
  kinds: {
    TestFn: {
      callRole: 'test',
      callbackContext: 'Context',
      doneParam: 1,
      properties: { only: 'TestFn', skip: 'TestFn', todo: 'TestFn', ...testApi },
    },
    Suite: { callRole: 'suite', properties: { only: 'Suite', skip: 'Suite', todo: 'Suite' } },
    // Inside a running test (its body or any callback it starts) the module-level hooks register on that test, as
    // `t.after()` and the subtest hooks do (checked on Node 20: such an `after` runs when that test ends).
    BeforeAll: { callRole: 'beforeAll', callbackContext: 'Context', doneParam: 1, inRunningTest: 'SubtestBeforeAll' },
    BeforeEach: { callRole: 'beforeEach', callbackContext: 'Context', doneParam: 1, inRunningTest: 'SubtestBeforeEach' },
    AfterAll: { callRole: 'afterAll', callbackContext: 'Context', doneParam: 1, inRunningTest: 'Teardown' },
    AfterEach: { callRole: 'afterEach', callbackContext: 'Context', doneParam: 1, inRunningTest: 'SubtestAfterEach' },
    Context: {
      assertionCounters: ['plan'],
      properties: {
        test: 'Subtest',
        after: 'Teardown',
        before: 'SubtestBeforeAll',
        beforeEach: 'SubtestBeforeEach',
        afterEach: 'SubtestAfterEach',
        assert: 'node-assert.Assert',
      },
      methods: { waitFor: 'promise' },
      otherMethods: 'value',
    },
    Subtest: { callRole: 'test', call: 'promise', callbackContext: 'Context', doneParam: 1, fromRunningTest: true },
    SubtestBeforeAll: { callRole: 'beforeAll', callbackContext: 'Context', doneParam: 1, fromRunningTest: true },
    SubtestBeforeEach: { callRole: 'beforeEach', callbackContext: 'Context', doneParam: 1, fromRunningTest: true },
    SubtestAfterEach: { callRole: 'afterEach', callbackContext: 'Context', doneParam: 1, fromRunningTest: true },
    Teardown: { callRole: 'teardown' },
    // The module-level tracker (`import { mock } from 'node:test'`) is never reset by the runner, unlike `t.mock`,
    // which is not described here so that nothing made through it is ever reported. `mock.fn()` replaces nothing.
    MockTracker: {
      overrides: { method: 'mocks', getter: 'mocks', setter: 'mocks', property: 'mocks', module: 'modules' },
      undoes: { restoreAll: ['mocks', 'modules'], reset: ['mocks', 'modules', 'timers'] },
      properties: { timers: 'MockTimers' },
      methods: { method: 'MockFunction', getter: 'MockFunction', setter: 'MockFunction', fn: 'MockFunction', module: 'MockModule' },
      otherMethods: 'value',
    },
    MockTimers: { overrides: { enable: 'timers' }, undoes: { reset: ['timers'] }, otherMethods: 'value' },
    MockFunction: { properties: { mock: 'MockFunctionContext' } },
    MockFunctionContext: { undoes: { restore: 'self' }, otherMethods: 'value' },
    MockModule: { undoes: { restore: 'self' } },
  },
  overrideFamilies: {
    mocks: { description: 'mock', undo: 'restoreAll', target: 'member' },
    modules: { description: 'module mock', undo: 'restoreAll' },
    timers: { description: 'mocked timers', undo: 'reset' },
  },
} as const satisfies RunnerKnowledge;
