import type { LibraryKnowledge } from '../types';

const testModifiers = { only: 'Test', skip: 'Test', serial: 'Test', failing: 'Test', todo: 'Test' } as const;
const hooks = { before: 'Before', after: 'After', beforeEach: 'BeforeEach', afterEach: 'AfterEach' } as const;

/**
 * ava: every test and hook receives the execution context `t`, whose assertions are synchronous except
 * `t.throwsAsync` and `t.notThrowsAsync`; those settle only when awaited, so a dropped one can never fail the test.
 */
export const ava = {
  name: 'ava',
  modules: ['ava'],
  moduleObject: 'Test',
  exports: { default: 'Test', test: 'Test' },
  types: { ExecutionContext: 'Context' },
  kinds: {
    Test: {
      callRole: 'test',
      callbackContext: 'Context',
      properties: { ...testModifiers, ...hooks },
      methods: { macro: 'value' },
    },
    Before: { callRole: 'beforeAll', callbackContext: 'Context', properties: { skip: 'Before' } },
    // `.always` hooks run even when a test failed.
    After: { callRole: 'afterAll', callbackContext: 'Context', properties: { always: 'After', skip: 'After' } },
    BeforeEach: { callRole: 'beforeEach', callbackContext: 'Context', properties: { skip: 'BeforeEach' } },
    AfterEach: { callRole: 'afterEach', callbackContext: 'Context', properties: { always: 'AfterEach', skip: 'AfterEach' } },
    Context: {
      asserts: true,
      assertionCounters: ['plan'],
      properties: { try: 'Attempt', teardown: 'Teardown' },
      methods: { throwsAsync: 'AsyncAssertion', notThrowsAsync: 'AsyncAssertion' },
      otherMethods: 'value',
    },
    AsyncAssertion: { thenable: 'promise', assertion: true },
    // `t.try(fn)` runs an attempt with its own context and resolves to a result to commit or discard.
    Attempt: { callRole: 'step', call: 'promise', callbackContext: 'Context' },
    Teardown: { callRole: 'teardown' },
  },
} as const satisfies LibraryKnowledge;
