import type { LibraryKnowledge } from './types';

/** pg: to be described. */
export const pg = {
  name: 'pg',
  modules: ['pg'],
  kinds: {},
} as const satisfies LibraryKnowledge;
