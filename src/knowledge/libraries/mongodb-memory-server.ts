import type { LibraryKnowledge } from '../types';

const serverMethods = {
  start: 'promise',
  stop: 'promise',
  cleanup: 'promise',
  ensureInstance: 'promise',
  createAuth: 'promise',
  waitUntilRunning: 'promise',
  getUri: 'value',
  getInstanceInfo: 'value',
} as const;

/**
 * mongodb-memory-server: `MongoMemoryServer.create()` (and `MongoMemoryReplSet.create()`) spawns a `mongod` child
 * process, which keeps the runner alive until `stop()`. `new MongoMemoryServer()` starts nothing until `start()`.
 */
export const mongodbMemoryServer = {
  name: 'mongodb-memory-server',
  modules: ['mongodb-memory-server', 'mongodb-memory-server-core'],
  exports: { MongoMemoryServer: 'ServerClass', MongoMemoryReplSet: 'ReplSetClass' },
  types: { MongoMemoryServer: 'Server', MongoMemoryReplSet: 'ReplSet' },
  kinds: {
    ServerClass: { construct: 'Server', methods: { create: 'promise<StartedServer>' } },
    ReplSetClass: { construct: 'ReplSet', methods: { create: 'promise<StartedReplSet>' } },
    Server: { resource: { description: 'MongoDB memory server', closes: ['stop'], openedBy: ['start'] }, methods: serverMethods },
    StartedServer: { resource: { description: 'MongoDB memory server', closes: ['stop'] }, methods: serverMethods },
    ReplSet: { resource: { description: 'MongoDB memory replica set', closes: ['stop'], openedBy: ['start'] }, methods: serverMethods },
    StartedReplSet: { resource: { description: 'MongoDB memory replica set', closes: ['stop'] }, methods: serverMethods },
  },
} as const satisfies LibraryKnowledge;
