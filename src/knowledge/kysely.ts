import type { LibraryKnowledge } from './types';

/** kysely: to be described. */
export const kysely = {
  name: 'kysely',
  modules: ['kysely'],
  kinds: {},
} as const satisfies LibraryKnowledge;
