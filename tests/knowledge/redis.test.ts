import { describe, expect, it } from 'vitest';
import { kindAt, resolve, typed } from './helpers';

const client = ['()'];

describe('redis', () => {
  it.each([
    ['createClient(opts) returns the client at once', 'redis.Client', 'redis', 'createClient', client],
    ['createClient from @redis/client', 'redis.Client', '@redis/client', 'createClient', client],
    ['client.connect()', 'promise<redis.Client>', 'redis', 'createClient', [...client, '.connect()']],
    ['client.get(key)', 'promise', 'redis', 'createClient', [...client, '.get()']],
    ['client.GET(key)', 'promise', 'redis', 'createClient', [...client, '.GET()']],
    ['client.quit()', 'promise', 'redis', 'createClient', [...client, '.quit()']],
    ['client.close() (v5)', 'promise', 'redis', 'createClient', [...client, '.close()']],
    ['client.destroy() stays synchronous', 'value', 'redis', 'createClient', [...client, '.destroy()']],
    ['client.on("error", fn) gives the client', 'redis.Client', 'redis', 'createClient', [...client, '.on()']],
    ['client.duplicate()', 'redis.Client', 'redis', 'createClient', [...client, '.duplicate()']],
    ['client.withTypeMapping(m)', 'redis.Client', 'redis', 'createClient', [...client, '.withTypeMapping()']],
    ['client.scanIterator() sends nothing until iterated', 'value', 'redis', 'createClient', [...client, '.scanIterator()']],
    ['client.json.get(key)', 'promise', 'redis', 'createClient', [...client, '.json', '.get()']],
    // multi() queues commands until exec().
    ['client.multi().set(k, v).get(k)', 'redis.Multi', 'redis', 'createClient', [...client, '.multi()', '.set()', '.get()']],
    ['client.multi().exec()', 'promise', 'redis', 'createClient', [...client, '.multi()', '.exec()']],
    ['client.multi().json.set(k, p, v)', 'redis.Multi', 'redis', 'createClient', [...client, '.multi()', '.json', '.set()']],
    ['client.multi().execAsPipeline()', 'promise', 'redis', 'createClient', [...client, '.multi()', '.execAsPipeline()']],
    ['createCluster(opts)', 'redis.Cluster', 'redis', 'createCluster', client],
    ['cluster.nodeClient(node)', 'promise<redis.Client>', 'redis', 'createCluster', [...client, '.nodeClient()']],
    ['cluster.getMasters()', 'value', 'redis', 'createCluster', [...client, '.getMasters()']],
    ['createClientPool(opts) (v5)', 'redis.Pool', 'redis', 'createClientPool', client],
    ['pool.get(key)', 'promise', 'redis', 'createClientPool', [...client, '.get()']],
  ] as const)('%s gives %s', (_code, gives, module, name, path) => {
    expect(resolve(module, name, path)).toBe(gives);
  });

  it.each([
    ['RedisClientType', 'redis.Client'],
    ['RedisClusterType', 'redis.Cluster'],
    ['RedisClientPoolType', 'redis.Pool'],
  ] as const)('a value annotated %s is %s', (type, kind) => {
    expect(typed('redis', type)?.id).toBe(kind);
  });

  it.each([
    ['a client', ['quit', 'QUIT', 'close', 'disconnect', 'destroy'], 'createClient'],
    ['a cluster', ['quit', 'QUIT', 'close', 'disconnect', 'destroy'], 'createCluster'],
    ['a pool', ['close', 'destroy'], 'createClientPool'],
  ] as const)('%s keeps its socket open until %o', (_code, closes, name) => {
    expect(kindAt('redis', name, client)?.spec.resource?.closes).toEqual(closes);
  });

  it("a cluster's node clients are its own, opened elsewhere", () => {
    expect(kindAt('redis', 'createCluster', client)?.spec.returnsExisting).toEqual(['nodeClient', 'getNodeClientForKey']);
  });
});
