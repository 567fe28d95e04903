import type { LibraryKnowledge } from '../types';

/**
 * chai, with chai-as-promised: `.eventually`, `.fulfilled`, `.rejected`, `.rejectedWith()` and `.become()` make the
 * assertion a promise, which settles only when awaited or returned.
 */
export const chai = {
  name: 'chai',
  modules: ['chai', 'chai-as-promised'],
  exports: { expect: 'Expect', assert: 'Assert' },
  valueProperties: { should: 'Assertion' },
  kinds: {
    Expect: { call: 'Assertion' },
    Assertion: {
      asserts: true,
      properties: { eventually: 'AsyncAssertion', fulfilled: 'AsyncAssertion', rejected: 'AsyncAssertion' },
      otherProperties: 'Assertion',
      methods: { rejectedWith: 'AsyncAssertion', become: 'AsyncAssertion' },
      otherMethods: 'Assertion',
    },
    AsyncAssertion: {
      thenable: 'promise',
      assertion: true,
      otherProperties: 'AsyncAssertion',
      otherMethods: 'AsyncAssertion',
    },
    Assert: {
      asserts: true,
      properties: { eventually: 'AssertEventually' },
      methods: { isFulfilled: 'AsyncAssertion', isRejected: 'AsyncAssertion', becomes: 'AsyncAssertion', doesNotBecome: 'AsyncAssertion' },
      otherMethods: 'value',
    },
    AssertEventually: { otherMethods: 'AsyncAssertion' },
  },
} as const satisfies LibraryKnowledge;
