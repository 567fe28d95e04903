import type { LibraryKnowledge } from '../types';

/** The global `Promise`: `new Promise(...)` and the combinators. */
export const promiseLibrary = {
  name: 'Promise',
  modules: [],
  globals: { Promise: 'PromiseConstructor' },
  kinds: {
    PromiseConstructor: {
      construct: 'promise',
      methods: { all: 'promise', allSettled: 'promise', race: 'promise', any: 'promise', resolve: 'promise', reject: 'promise', try: 'promise' },
      otherMethods: 'value',
    },
  },
} as const satisfies LibraryKnowledge;
