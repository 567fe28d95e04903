import type { LibraryKnowledge } from './types';

/** mongodb: to be described. */
export const mongodb = {
  name: 'mongodb',
  modules: ['mongodb'],
  kinds: {},
} as const satisfies LibraryKnowledge;
