import type { LibraryKnowledge } from './types';

/** ava: to be described. */
export const ava = {
  name: 'ava',
  modules: ['ava'],
  kinds: {},
} as const satisfies LibraryKnowledge;
