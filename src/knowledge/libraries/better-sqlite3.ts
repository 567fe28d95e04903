import { outcomes, type LibraryKnowledge } from '../types';

/**
 * better-sqlite3: a synchronous driver. Knowing its values keeps their calls from being taken for promises, even when
 * the file awaits a same-named method elsewhere. Only `backup()` is asynchronous. An open database holds a file
 * descriptor, not an event-loop handle, so it does not keep the runner from exiting: it is no open handle.
 */
export const betterSqlite3 = {
  name: 'better-sqlite3',
  modules: ['better-sqlite3'],
  moduleObject: 'DatabaseClass',
  exports: { default: 'DatabaseClass' },
  types: { Database: 'Database', Statement: 'Statement' },
  kinds: {
    // Calling the constructor without `new` also opens a database.
    DatabaseClass: { call: 'Database', construct: 'Database' },
    // `exec()` and the definition methods return the database itself.
    Database: {
      methods: {
        prepare: 'Statement',
        transaction: 'Transaction',
        backup: 'promise',
        ...outcomes('Database', ['exec', 'function', 'aggregate', 'table', 'loadExtension', 'defaultSafeIntegers', 'unsafeMode']),
      },
      otherMethods: 'value',
    },
    Statement: { otherMethods: 'value' },
    Transaction: {
      call: 'value',
      properties: { deferred: 'Transaction', immediate: 'Transaction', exclusive: 'Transaction' },
    },
  },
} as const satisfies LibraryKnowledge;
