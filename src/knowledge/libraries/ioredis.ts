import type { LibraryKnowledge } from '../types';

const events = {
  on: 'value',
  once: 'value',
  off: 'value',
  addListener: 'value',
  removeListener: 'value',
  removeAllListeners: 'value',
  prependListener: 'value',
  emit: 'value',
  setMaxListeners: 'value',
  listenerCount: 'value',
} as const;

const streams = {
  scanStream: 'value',
  scanBufferStream: 'value',
  sscanStream: 'value',
  sscanBufferStream: 'value',
  hscanStream: 'value',
  hscanBufferStream: 'value',
  zscanStream: 'value',
  zscanBufferStream: 'value',
} as const;

// Everything a client has besides its commands; every command (built in, or added by `defineCommand`) is a promise.
const clientMethods = {
  ...events,
  ...streams,
  connect: 'promise',
  quit: 'promise',
  disconnect: 'value',
  pipeline: 'Pipeline',
  multi: 'Pipeline',
  // Returns `command.promise`, which the caller already holds through the Command it passed.
  sendCommand: 'value',
  defineCommand: 'value',
  addBuiltinCommand: 'value',
  createBuiltinCommand: 'value',
  getBuiltinCommands: 'value',
} as const;

/**
 * ioredis: every command returns a promise (or calls the callback given last, the callback style). `pipeline()` and
 * `multi()` queue commands synchronously; only their `exec()` sends them. A client keeps its connection (and the
 * process) alive until `quit()` or `disconnect()`.
 */
export const ioredis = {
  name: 'ioredis',
  modules: ['ioredis'],
  moduleObject: 'RedisClass',
  exports: { default: 'RedisClass', Redis: 'RedisClass', Cluster: 'ClusterClass' },
  types: { default: 'Redis', Redis: 'Redis', Cluster: 'Cluster', Pipeline: 'Pipeline', ChainableCommander: 'Pipeline' },
  kinds: {
    RedisClass: { construct: 'Redis', properties: { Redis: 'RedisClass', Cluster: 'ClusterClass', default: 'RedisClass' } },
    ClusterClass: { construct: 'Cluster' },
    Redis: {
      callbackStyle: true,
      // `end()` is the old name of `disconnect()`.
      resource: { description: 'Redis connection', closes: ['quit', 'disconnect', 'end'] },
      methods: { ...clientMethods, duplicate: 'Redis', monitor: 'promise', end: 'value' },
      otherMethods: 'promise',
    },
    Cluster: {
      callbackStyle: true,
      resource: { description: 'Redis cluster connection', closes: ['quit', 'disconnect'] },
      methods: { ...clientMethods, duplicate: 'Cluster', nodes: 'value', refreshSlotsCache: 'value' },
      otherMethods: 'promise',
    },
    Pipeline: {
      callbackStyle: true,
      methods: { exec: 'promise', execBuffer: 'promise', multi: 'PipelineTransaction' },
      otherMethods: 'Pipeline',
    },
    // `pipeline.multi()` opens a transaction inside the pipeline: its `exec()` only queues EXEC and returns the pipeline.
    PipelineTransaction: { methods: { exec: 'Pipeline', execBuffer: 'Pipeline' }, otherMethods: 'PipelineTransaction' },
  },
} as const satisfies LibraryKnowledge;
