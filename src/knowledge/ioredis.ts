import type { LibraryKnowledge } from './types';

/** ioredis: to be described. */
export const ioredis = {
  name: 'ioredis',
  modules: ['ioredis'],
  kinds: {},
} as const satisfies LibraryKnowledge;
