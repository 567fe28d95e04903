import type { LibraryKnowledge } from './types';

const events = {
  on: 'value',
  once: 'value',
  off: 'value',
  addListener: 'value',
  removeListener: 'value',
  removeAllListeners: 'value',
} as const;
const escapes = { escape: 'value', escapeId: 'value', format: 'value' } as const;

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
    PoolConnection: 'Connection',
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
    Connection: { methods: connectionMethods },
    Pool: {
      methods: {
        ...events,
        ...escapes,
        query: 'promise',
        execute: 'promise',
        end: 'promise',
        getConnection: 'promise<Connection>',
        releaseConnection: 'value',
      },
    },
    PoolCluster: {
      methods: {
        ...events,
        query: 'promise',
        execute: 'promise',
        end: 'promise',
        getConnection: 'promise<Connection>',
        of: 'PoolNamespace',
        add: 'value',
        remove: 'value',
      },
    },
    PoolNamespace: { methods: { query: 'promise', execute: 'promise', getConnection: 'promise<Connection>' } },
    PreparedStatement: { methods: { execute: 'promise', close: 'promise' } },
  },
} as const satisfies LibraryKnowledge;
