import type { LibraryKnowledge } from './types';

/** drizzle-orm: to be described. */
export const drizzle = {
  name: 'drizzle',
  modules: ['drizzle-orm'],
  kinds: {},
} as const satisfies LibraryKnowledge;
