import type { LibraryKnowledge } from './types';

const events = {
  on: 'value',
  once: 'value',
  off: 'value',
  addListener: 'value',
  removeListener: 'value',
  removeAllListeners: 'value',
  emit: 'value',
} as const;

// Clients made for other options share the connection and are returned at once.
const clientVariants = { withCommandOptions: 'Client', withTypeMapping: 'Client', withAbortSignal: 'Client', asap: 'Client' } as const;

// Redis Stack modules: `client.json.get(…)`, `client.ft.search(…)`; in a MULTI they queue like any command.
const moduleNames = ['json', 'ft', 'ts', 'bf', 'cf', 'cms', 'topK', 'tDigest'] as const;
const commandModules = Object.fromEntries(moduleNames.map((name) => [name, 'ModuleCommands']));
const multiModules = Object.fromEntries(moduleNames.map((name) => [name, 'MultiModuleCommands']));

/**
 * redis (node-redis v4 and later): `createClient()` returns the client at once; `connect()`, the commands (in either
 * spelling, `get` and `GET`) and `quit`/`close`/`disconnect` return promises. `multi()` queues commands until `exec()`.
 */
export const redis = {
  name: 'redis',
  modules: ['redis', '@redis/client'],
  exports: { createClient: 'ClientFactory', createCluster: 'ClusterFactory', createClientPool: 'PoolFactory' },
  types: { RedisClientType: 'Client', RedisClusterType: 'Cluster', RedisClientPoolType: 'Pool' },
  kinds: {
    ClientFactory: { call: 'Client' },
    ClusterFactory: { call: 'Cluster' },
    PoolFactory: { call: 'Pool' },
    Client: {
      properties: commandModules,
      methods: {
        ...events,
        ...clientVariants,
        connect: 'promise<Client>',
        duplicate: 'Client',
        multi: 'Multi',
        MULTI: 'Multi',
        createPool: 'Pool',
        destroy: 'value',
        ref: 'value',
        unref: 'value',
        legacy: 'value',
        // Async iterators: they send nothing until iterated.
        scanIterator: 'value',
        hScanIterator: 'value',
        sScanIterator: 'value',
        zScanIterator: 'value',
      },
      otherMethods: 'promise',
    },
    Cluster: {
      properties: commandModules,
      methods: {
        ...events,
        withCommandOptions: 'Cluster',
        withTypeMapping: 'Cluster',
        connect: 'promise<Cluster>',
        duplicate: 'Cluster',
        multi: 'Multi',
        MULTI: 'Multi',
        nodeClient: 'promise<Client>',
        getNodeClientForKey: 'promise<Client>',
        destroy: 'value',
        getRandomNode: 'value',
        getSlotRandomNode: 'value',
        getMasters: 'value',
        getSlotMaster: 'value',
      },
      otherMethods: 'promise',
    },
    Pool: {
      properties: commandModules,
      methods: {
        ...events,
        withCommandOptions: 'Pool',
        withTypeMapping: 'Pool',
        withAbortSignal: 'Pool',
        asap: 'Pool',
        connect: 'promise<Pool>',
        multi: 'Multi',
        MULTI: 'Multi',
        destroy: 'value',
      },
      otherMethods: 'promise',
    },
    ModuleCommands: { otherMethods: 'promise' },
    Multi: {
      properties: multiModules,
      methods: { exec: 'promise', EXEC: 'promise', execAsPipeline: 'promise', execTyped: 'promise', execAsPipelineTyped: 'promise' },
      otherMethods: 'Multi',
    },
    MultiModuleCommands: { otherMethods: 'Multi' },
  },
} as const satisfies LibraryKnowledge;
