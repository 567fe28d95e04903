import type { LibraryKnowledge } from '../types';

/**
 * The jest-compatible `expect` (the `expect` package, and the same shape in vitest and bun): `.resolves`/`.rejects`
 * turn every matcher into a promise; `expect.poll` and `expect.element` (vitest) retry until they settle.
 */
export const expectLibrary = {
  name: 'expect',
  modules: ['expect'],
  exports: { expect: 'Expect', default: 'Expect' },
  kinds: {
    Expect: {
      call: 'Assertion',
      assertionCounters: ['assertions', 'hasAssertions'],
      methods: { poll: 'AsyncAssertion', element: 'AsyncAssertion', soft: 'Assertion' },
      otherMethods: 'value',
    },
    Assertion: {
      matchesSubject: true,
      properties: { not: 'Assertion', resolves: 'AsyncAssertion', rejects: 'AsyncAssertion' },
      methods: { toMatchFileSnapshot: 'AssertionResult' },
      otherMethods: 'value',
    },
    AsyncAssertion: {
      properties: { not: 'AsyncAssertion', resolves: 'AsyncAssertion', rejects: 'AsyncAssertion' },
      otherMethods: 'AssertionResult',
    },
    AssertionResult: { thenable: 'promise', assertion: true },
  },
} as const satisfies LibraryKnowledge;
