import { outcomes, type KindName, type LibraryKnowledge } from '../types';

/** Clients are EventEmitters: `createClient().on('error', log)` returns the client. */
const events = <Self extends KindName>(self: Self) =>
  ({
    on: self,
    once: self,
    off: self,
    addListener: self,
    removeListener: self,
    removeAllListeners: self,
    emit: 'value',
  }) as const;

// Clients made for other options share the connection and are returned at once.
const clientVariants = { withCommandOptions: 'Client', withTypeMapping: 'Client', withAbortSignal: 'Client', asap: 'Client' } as const;

// Redis Stack modules: `client.json.get(…)`, `client.ft.search(…)`; in a MULTI they queue like any command.
const moduleNames = ['json', 'ft', 'ts', 'bf', 'cf', 'cms', 'topK', 'tDigest'] as const;
const commandModules = outcomes('ModuleCommands', moduleNames);
const multiModules = outcomes('MultiModuleCommands', moduleNames);

/**
 * redis (node-redis v4 and later): `createClient()` returns the client at once; `connect()`, the commands (in either
 * spelling, `get` and `GET`) and `quit`/`close`/`disconnect` return promises. `multi()` queues commands until `exec()`.
 * A client keeps its socket open until v4's `quit()`/`disconnect()` or v5's `close()`/`destroy()` (v5 still has the
 * v4 names, deprecated); the fix writes `quit()`, which both versions have.
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
      resource: { description: 'Redis connection', closes: ['quit', 'QUIT', 'close', 'disconnect', 'destroy'] },
      properties: commandModules,
      methods: {
        ...events('Client'),
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
    // `nodeClient()` and `getNodeClientForKey()` give the cluster's own client for a node.
    Cluster: {
      resource: { description: 'Redis cluster connection', closes: ['quit', 'QUIT', 'close', 'disconnect', 'destroy'] },
      returnsExisting: ['nodeClient', 'getNodeClientForKey'],
      properties: commandModules,
      methods: {
        ...events('Cluster'),
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
    // v5 only: `close()` waits for the commands in flight, `destroy()` does not.
    Pool: {
      resource: { description: 'Redis connection pool', closes: ['close', 'destroy'] },
      properties: commandModules,
      methods: {
        ...events('Pool'),
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
