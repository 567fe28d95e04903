import type { LibraryKnowledge } from '../types';

/**
 * node:sqlite: `DatabaseSync` and its statements are synchronous. Only the module's `backup()` returns a promise.
 */
export const nodeSqlite = {
  name: 'node-sqlite',
  modules: ['node:sqlite'],
  exports: { DatabaseSync: 'DatabaseClass', backup: 'Backup' },
  types: { DatabaseSync: 'Database', StatementSync: 'Statement' },
  kinds: {
    DatabaseClass: { construct: 'Database' },
    Backup: { call: 'promise' },
    Database: { methods: { prepare: 'Statement', createTagStore: 'TagStore' }, otherMethods: 'value' },
    Statement: { otherMethods: 'value' },
    // `sql.run\`…\``, `sql.get\`…\``: tagged templates that run at once.
    TagStore: { otherMethods: 'value' },
  },
} as const satisfies LibraryKnowledge;
