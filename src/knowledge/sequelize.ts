import type { LibraryKnowledge } from './types';

/** sequelize: to be described. */
export const sequelize = {
  name: 'sequelize',
  modules: ['sequelize'],
  kinds: {},
} as const satisfies LibraryKnowledge;
