import type { LibraryKnowledge } from './types';

/** typeorm: to be described. */
export const typeorm = {
  name: 'typeorm',
  modules: ['typeorm'],
  kinds: {},
} as const satisfies LibraryKnowledge;
