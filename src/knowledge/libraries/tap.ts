import type { LibraryKnowledge } from '../types';

const subtests = { test: 'Subtest', only: 'Subtest', skip: 'Subtest', todo: 'Subtest' } as const;
const hooks = { before: 'Before', beforeEach: 'BeforeEach', after: 'After', afterEach: 'AfterEach', teardown: 'Teardown' } as const;
const asyncAssertions = {
  rejects: 'AsyncAssertion',
  resolves: 'AsyncAssertion',
  resolveMatch: 'AsyncAssertion',
  resolveMatchOnly: 'AsyncAssertion',
  resolveMatchStrict: 'AsyncAssertion',
  resolveMatchSnapshot: 'AsyncAssertion',
} as const;

/**
 * tap: the root `t` (the default export, and `t` in tap 18) and each subtest's `t` have the same API. Subtests are
 * queued by tap itself, so an unawaited `t.test()` is fine; `t.rejects`, `t.resolves` and `t.resolveMatch*` are
 * assertions that settle later and should be awaited.
 */
export const tap = {
  name: 'tap',
  modules: ['tap'],
  moduleObject: 'Test',
  exports: {
    default: 'Test',
    t: 'Test',
    ...subtests,
    ...hooks,
    rejects: 'AsyncAssertFn',
    resolves: 'AsyncAssertFn',
    resolveMatch: 'AsyncAssertFn',
    resolveMatchSnapshot: 'AsyncAssertFn',
  },
  types: { Test: 'Test' },
  kinds: {
    Test: {
      asserts: true,
      // Checked with tap 21: `t.equal(1, 2)` marks the test failed and the next statement runs.
      assertsWithoutThrowing: true,
      assertionCounters: ['plan'],
      properties: { ...subtests, ...hooks },
      methods: { ...asyncAssertions, mockImport: 'promise' },
    },
    Subtest: { callRole: 'test', callbackContext: 'Test' },
    Before: { callRole: 'beforeAll' },
    BeforeEach: { callRole: 'beforeEach', callbackContext: 'Test' },
    After: { callRole: 'afterAll' },
    AfterEach: { callRole: 'afterEach', callbackContext: 'Test' },
    Teardown: { callRole: 'teardown' },
    AsyncAssertion: { thenable: 'promise', assertion: true },
    AsyncAssertFn: { call: 'AsyncAssertion' },
  },
} as const satisfies LibraryKnowledge;
