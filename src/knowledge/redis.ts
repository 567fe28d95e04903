import type { LibraryKnowledge } from './types';

/** redis: to be described. */
export const redis = {
  name: 'redis',
  modules: ['redis'],
  kinds: {},
} as const satisfies LibraryKnowledge;
