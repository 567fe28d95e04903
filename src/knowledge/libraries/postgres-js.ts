import type { LibraryKnowledge } from '../types';

// What every `sql` has, including the ones a transaction or a reserved connection gets.
const scopedMethods = { unsafe: 'Query', file: 'Query', notify: 'promise', array: 'value', json: 'value', typed: 'value' } as const;

const sqlMethods = {
  ...scopedMethods,
  begin: 'promise',
  reserve: 'promise<ReservedSql>',
  end: 'promise',
  close: 'promise',
  listen: 'promise',
  subscribe: 'promise',
  largeObject: 'promise',
} as const;

/**
 * postgres (postgres.js): `postgres(url)` gives the `sql` tag. A tagged query is a lazy thenable: it is sent only when
 * awaited, `.then`-ed or `.execute()`-d, so one that is dropped never runs. The `sql` of `postgres(url)` holds a
 * connection pool until `sql.end()`; `sql.reserve()` holds one connection until `release()`. Its transactions
 * (`sql.begin(async (sql) => …)`) take a callback.
 */
export const postgresJs = {
  name: 'postgres-js',
  modules: ['postgres'],
  moduleObject: 'Factory',
  exports: { default: 'Factory' },
  types: { Sql: 'Sql', TransactionSql: 'TransactionSql', ReservedSql: 'ReservedSql', PendingQuery: 'Query' },
  kinds: {
    Factory: { call: 'Sql' },
    // A plain call (`sql(obj)`, `sql('name')`) builds a fragment, not a query; the engine reads calls and tags alike.
    // sql`…` is a lazy query; sql(value) only builds a fragment or helper to interpolate.
    Sql: {
      tag: 'Query',
      call: 'value',
      resource: { description: 'postgres.js connection pool', closes: ['end', 'close'] },
      methods: sqlMethods,
    },
    ReservedSql: {
      tag: 'Query',
      call: 'value',
      resource: { description: 'reserved connection', closes: ['release'] },
      methods: { ...scopedMethods, release: 'value' },
    },
    TransactionSql: { tag: 'Query', call: 'value', methods: { ...scopedMethods, savepoint: 'promise', prepare: 'value' } },
    Query: {
      thenable: 'lazy',
      methods: {
        execute: 'promise',
        forEach: 'promise',
        readable: 'promise',
        writable: 'promise',
        simple: 'Query',
        describe: 'Query',
        raw: 'Query',
        values: 'Query',
        cancel: 'value',
      },
    },
  },
} as const satisfies LibraryKnowledge;
