import type { LibraryKnowledge } from './types';

/** knex: to be described. */
export const knex = {
  name: 'knex',
  modules: ['knex'],
  kinds: {},
} as const satisfies LibraryKnowledge;
