import type { LibraryKnowledge } from './types';

/** objection: to be described. */
export const objection = {
  name: 'objection',
  modules: ['objection'],
  kinds: {},
} as const satisfies LibraryKnowledge;
