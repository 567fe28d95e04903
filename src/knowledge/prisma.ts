import type { LibraryKnowledge } from './types';

/** @prisma/client: to be described. */
export const prisma = {
  name: 'prisma',
  modules: ['@prisma/client'],
  kinds: {},
} as const satisfies LibraryKnowledge;
