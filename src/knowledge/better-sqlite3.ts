import type { LibraryKnowledge } from './types';

/** better-sqlite3: to be described. */
export const betterSqlite3 = {
  name: 'better-sqlite3',
  modules: ['better-sqlite3'],
  kinds: {},
} as const satisfies LibraryKnowledge;
