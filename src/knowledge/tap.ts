import type { LibraryKnowledge } from './types';

/** tap: to be described. */
export const tap = {
  name: 'tap',
  modules: ['tap'],
  kinds: {},
} as const satisfies LibraryKnowledge;
