import type { LibraryKnowledge } from './types';

/** mysql2/promise: to be described. */
export const mysql2 = {
  name: 'mysql2',
  modules: ['mysql2/promise'],
  kinds: {},
} as const satisfies LibraryKnowledge;
