import type { LibraryKnowledge } from '../types';

const events = {
  on: 'value',
  once: 'value',
  off: 'value',
  addListener: 'value',
  removeListener: 'value',
  removeAllListeners: 'value',
} as const;

const clientMethods = {
  ...events,
  connect: 'promise',
  query: 'promise',
  end: 'promise',
  escapeIdentifier: 'value',
  escapeLiteral: 'value',
  setTypeParser: 'value',
  getTypeParser: 'value',
  getTransactionStatus: 'value',
  ref: 'value',
  unref: 'value',
} as const;

/**
 * pg (node-postgres): `query`, `connect` and `end` return a promise unless given a callback (the callback style).
 * `client.query(submittable)` (pg-cursor, pg-query-stream) returns the submittable instead, which a table keyed on the
 * method name cannot tell apart: such calls are taken for promises too.
 */
export const pg = {
  name: 'pg',
  modules: ['pg'],
  moduleObject: 'Module',
  exports: { default: 'Module', Pool: 'PoolClass', Client: 'ClientClass', escapeIdentifier: 'Escape', escapeLiteral: 'Escape' },
  types: { Pool: 'Pool', Client: 'Client', PoolClient: 'PoolClient', ClientBase: 'Client' },
  kinds: {
    // `pg.native` is the same API over libpq.
    Module: {
      properties: { Pool: 'PoolClass', Client: 'ClientClass', native: 'Module' },
      methods: { escapeIdentifier: 'value', escapeLiteral: 'value' },
    },
    PoolClass: { construct: 'Pool' },
    ClientClass: { construct: 'Client' },
    Escape: { call: 'value' },
    Pool: {
      callbackStyle: true,
      resource: { description: 'connection pool', closes: ['end'] },
      returnsConstructedArgument: ['query'],
      methods: { ...events, connect: 'promise<PoolClient>', query: 'promise', end: 'promise' },
    },
    // A submittable (`new Cursor(...)`, `new QueryStream(...)`) given to `query` is returned as is, not a promise.
    // `query('BEGIN')` makes the connection hold a transaction until `query('ROLLBACK')` or `query('COMMIT')`.
    Client: {
      callbackStyle: true,
      resource: { description: 'database connection', closes: ['end'] },
      runsSql: ['query'],
      returnsConstructedArgument: ['query'],
      methods: clientMethods,
    },
    PoolClient: {
      callbackStyle: true,
      resource: { description: 'pooled connection', closes: ['release'] },
      runsSql: ['query'],
      returnsConstructedArgument: ['query'],
      methods: { ...clientMethods, release: 'value' },
    },
  },
} as const satisfies LibraryKnowledge;
