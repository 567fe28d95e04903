import { outcomes, type LibraryKnowledge } from '../types';

/**
 * PGlite (`@electric-sql/pglite`): PostgreSQL compiled to WebAssembly, running in the test's own process. Every query
 * returns an eager promise; `db.sql\`…\`` is a tag for the same. It holds no event-loop handle: left open, it lets the
 * runner exit (an unclosed in-memory PGlite exits at once, checked on Node 20), so it is no open handle. It has one
 * connection: `query('BEGIN')` (or `exec`) holds a transaction for every later query until `ROLLBACK`, while
 * `transaction(async (tx) => …)` ends with its callback.
 */
export const pglite = {
  name: 'pglite',
  modules: ['@electric-sql/pglite'],
  exports: { PGlite: 'PGliteClass' },
  types: { PGlite: 'PGlite', PGliteInterface: 'PGlite' },
  kinds: {
    PGliteClass: { construct: 'PGlite', methods: { create: 'promise<PGlite>' } },
    PGlite: {
      runsSql: ['query', 'exec'],
      methods: {
        ...outcomes('promise', [
          'query',
          'exec',
          'sql',
          'transaction',
          'close',
          'describeQuery',
          'listen',
          'unlisten',
          'dumpDataDir',
          'refreshArrayTypes',
          'runExclusive',
          'syncToFs',
          'clone',
        ]),
        ...outcomes('value', ['isInTransaction', 'onNotification', 'offNotification']),
      },
    },
  },
} as const satisfies LibraryKnowledge;
