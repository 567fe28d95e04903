import type { LibraryKnowledge } from '../types';

const events = {
  on: 'value',
  once: 'value',
  off: 'value',
  addListener: 'value',
  removeListener: 'value',
  removeAllListeners: 'value',
} as const;
const escapes = { escape: 'value', escapeId: 'value', format: 'value' } as const;

/** What a connection of its own and a pooled one share: a transaction on the connection, and SQL that begins one. */
const connectionTransactions = {
  beginsTransaction: { beginTransaction: 'receiver' },
  transaction: { rollback: ['rollback'], commit: ['commit'] },
  runsSql: ['query'],
} as const;

const connectionMethods = {
  ...events,
  ...escapes,
  query: 'promise',
  execute: 'promise',
  end: 'promise',
  connect: 'promise',
  ping: 'promise',
  reset: 'promise',
  changeUser: 'promise',
  beginTransaction: 'promise',
  commit: 'promise',
  rollback: 'promise',
  prepare: 'promise<PreparedStatement>',
  unprepare: 'value',
  close: 'value',
  destroy: 'value',
  pause: 'value',
  resume: 'value',
  release: 'value',
} as const;

/**
 * mysql2/promise: `createConnection` resolves to a connection once connected, `createPool` returns the pool at once.
 * The plain `mysql2` module is the callback API (its `query` returns a Query emitter), so it is not listed here.
 * Connections, pools and clusters stay open until `end()`; a connection taken from a pool until `release()`. A
 * connection holds a transaction from `beginTransaction()` (or `query('START TRANSACTION')`) until `rollback()` or
 * `commit()`.
 */
export const mysql2 = {
  name: 'mysql2',
  modules: ['mysql2/promise'],
  moduleObject: 'Module',
  exports: {
    default: 'Module',
    createConnection: 'ConnectionFactory',
    createPool: 'PoolFactory',
    createPoolCluster: 'PoolClusterFactory',
  },
  types: {
    Connection: 'Connection',
    PoolConnection: 'PoolConnection',
    Pool: 'Pool',
    PoolCluster: 'PoolCluster',
    PreparedStatementInfo: 'PreparedStatement',
  },
  kinds: {
    Module: {
      properties: { createConnection: 'ConnectionFactory', createPool: 'PoolFactory', createPoolCluster: 'PoolClusterFactory' },
      methods: { ...escapes, raw: 'value' },
    },
    ConnectionFactory: { call: 'promise<Connection>' },
    PoolFactory: { call: 'Pool' },
    PoolClusterFactory: { call: 'PoolCluster' },
    Connection: {
      ...connectionTransactions,
      resource: { description: 'MySQL connection', closes: ['end', 'destroy'] },
      methods: connectionMethods,
    },
    // Its `end()` only warns and releases it, in mysql2 3.
    PoolConnection: {
      ...connectionTransactions,
      resource: { description: 'pooled MySQL connection', closes: ['release', 'end', 'destroy'] },
      methods: connectionMethods,
    },
    Pool: {
      resource: { description: 'MySQL connection pool', closes: ['end'] },
      methods: {
        ...events,
        ...escapes,
        query: 'promise',
        execute: 'promise',
        end: 'promise',
        getConnection: 'promise<PoolConnection>',
        releaseConnection: 'value',
      },
    },
    PoolCluster: {
      resource: { description: 'MySQL pool cluster', closes: ['end'] },
      methods: {
        ...events,
        query: 'promise',
        execute: 'promise',
        end: 'promise',
        getConnection: 'promise<PoolConnection>',
        of: 'PoolNamespace',
        add: 'value',
        remove: 'value',
      },
    },
    PoolNamespace: { methods: { query: 'promise', execute: 'promise', getConnection: 'promise<PoolConnection>' } },
    PreparedStatement: { methods: { execute: 'promise', close: 'promise' } },
  },
} as const satisfies LibraryKnowledge;
