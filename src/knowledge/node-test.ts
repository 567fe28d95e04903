import type { FrameworkKnowledge } from './types';

/**
 * node:test: top-level `test()` returns a promise that belongs to the runner; `t.test()` inside a test returns the
 * subtest's promise. Node 20 and 22 cancel (and fail) a subtest still running when its parent ends; Node 24 waits for
 * it, but its failure is then reported apart from the code that started it.
 */
export const nodeTest = {
  name: 'node:test',
  framework: 'node',
  modules: ['node:test', 'test'],
  moduleObject: 'TestFn',
  exports: {
    default: 'TestFn',
    test: 'TestFn',
    it: 'TestFn',
    describe: 'Suite',
    suite: 'Suite',
    before: 'BeforeAll',
    beforeEach: 'BeforeEach',
    after: 'AfterAll',
    afterEach: 'AfterEach',
  },
  kinds: {
    TestFn: {
      callRole: 'test',
      callbackContext: 'Context',
      doneParam: 1,
      properties: {
        only: 'TestFn',
        skip: 'TestFn',
        todo: 'TestFn',
        test: 'TestFn',
        it: 'TestFn',
        describe: 'Suite',
        suite: 'Suite',
        before: 'BeforeAll',
        beforeEach: 'BeforeEach',
        after: 'AfterAll',
        afterEach: 'AfterEach',
      },
    },
    Suite: { callRole: 'suite', properties: { only: 'Suite', skip: 'Suite', todo: 'Suite' } },
    BeforeAll: { callRole: 'beforeAll', callbackContext: 'Context', doneParam: 1 },
    BeforeEach: { callRole: 'beforeEach', callbackContext: 'Context', doneParam: 1 },
    AfterAll: { callRole: 'afterAll', callbackContext: 'Context', doneParam: 1 },
    AfterEach: { callRole: 'afterEach', callbackContext: 'Context', doneParam: 1 },
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
  },
} as const satisfies FrameworkKnowledge;
