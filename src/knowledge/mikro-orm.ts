import type { LibraryKnowledge } from './types';

/** @mikro-orm/core: to be described. */
export const mikroOrm = {
  name: 'mikro-orm',
  modules: ['@mikro-orm/core'],
  kinds: {},
} as const satisfies LibraryKnowledge;
