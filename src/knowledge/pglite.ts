import { outcomes, type LibraryKnowledge } from './types';

/**
 * PGlite (`@electric-sql/pglite`): PostgreSQL compiled to WebAssembly, running in the test's own process. Every query
 * returns an eager promise; `db.sql\`…\`` is a tag for the same. The database stays open (its memory, and the lock on
 * its data directory) until `close()`. It has one connection: `query('BEGIN')` (or `exec`) holds a transaction for
 * every later query until `ROLLBACK`, while `transaction(async (tx) => …)` ends with its callback.
 */
export const pglite = {
  name: 'pglite',
  modules: ['@electric-sql/pglite'],
  exports: { PGlite: 'PGliteClass' },
  types: { PGlite: 'PGlite', PGliteInterface: 'PGlite' },
  kinds: {
    PGliteClass: { construct: 'PGlite', methods: { create: 'promise<PGlite>' } },
    PGlite: {
      resource: { description: 'embedded PostgreSQL database', closes: ['close'] },
      runsSql: ['query', 'exec'],
      methods: {
        ...outcomes('promise', [
          'query', 'exec', 'sql', 'transaction', 'close', 'describeQuery', 'listen', 'unlisten', 'dumpDataDir',
          'refreshArrayTypes', 'runExclusive', 'syncToFs', 'clone',
        ]),
        ...outcomes('value', ['isInTransaction', 'onNotification', 'offNotification']),
      },
    },
  },
} as const satisfies LibraryKnowledge;
