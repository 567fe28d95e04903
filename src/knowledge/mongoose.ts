import type { LibraryKnowledge } from './types';

/** mongoose: to be described. */
export const mongoose = {
  name: 'mongoose',
  modules: ['mongoose'],
  kinds: {},
} as const satisfies LibraryKnowledge;
