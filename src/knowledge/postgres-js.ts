import type { LibraryKnowledge } from './types';

/** postgres: to be described. */
export const postgresJs = {
  name: 'postgres-js',
  modules: ['postgres'],
  kinds: {},
} as const satisfies LibraryKnowledge;
