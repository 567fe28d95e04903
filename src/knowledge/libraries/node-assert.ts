import type { LibraryKnowledge } from '../types';

/** node:assert: `rejects` and `doesNotReject` return a promise; the assertion fails only when it is awaited. */
export const nodeAssert = {
  name: 'node-assert',
  modules: ['assert', 'node:assert', 'assert/strict', 'node:assert/strict'],
  moduleObject: 'Assert',
  exports: { default: 'Assert', strict: 'Assert', rejects: 'AsyncAssertFn', doesNotReject: 'AsyncAssertFn' },
  kinds: {
    Assert: {
      asserts: true,
      call: 'value',
      properties: { strict: 'Assert' },
      methods: { rejects: 'Result', doesNotReject: 'Result' },
      otherMethods: 'value',
    },
    AsyncAssertFn: { call: 'Result' },
    Result: { thenable: 'promise', assertion: true },
  },
} as const satisfies LibraryKnowledge;
