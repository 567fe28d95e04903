import type { LibraryKnowledge } from './types';

/** node:sqlite: to be described. */
export const nodeSqlite = {
  name: 'node-sqlite',
  modules: ['node:sqlite'],
  kinds: {},
} as const satisfies LibraryKnowledge;
