import { describe, expect, it } from 'vitest';
import { kindAt, resolve, typed } from './helpers';

const client = ['new'];
const pipeline = [...client, '.pipeline()'];

describe('ioredis', () => {
  it.each([
    ['new Redis(url) (default export)', 'ioredis.Redis', 'default', client],
    ['import { Redis }; new Redis()', 'ioredis.Redis', 'Redis', client],
    ['new (require("ioredis"))()', 'ioredis.Redis', '*', client],
    ['new Cluster(nodes)', 'ioredis.Cluster', 'Cluster', client],
    ['redis.get(key)', 'promise', 'default', [...client, '.get()']],
    ['redis.set(key, v)', 'promise', 'default', [...client, '.set()']],
    ['redis.myCustomCommand() (defineCommand)', 'promise', 'default', [...client, '.myCustomCommand()']],
    ['redis.connect()', 'promise', 'default', [...client, '.connect()']],
    ['redis.quit()', 'promise', 'default', [...client, '.quit()']],
    ['redis.disconnect() stays synchronous', 'value', 'default', [...client, '.disconnect()']],
    ['redis.on("error", fn)', 'value', 'default', [...client, '.on()']],
    ['redis.scanStream()', 'value', 'default', [...client, '.scanStream()']],
    ['redis.duplicate()', 'ioredis.Redis', 'default', [...client, '.duplicate()']],
    // pipeline() and multi() queue commands synchronously; only exec() sends them.
    ['redis.pipeline()', 'ioredis.Pipeline', 'default', pipeline],
    ['redis.pipeline().set(k, v).get(k)', 'ioredis.Pipeline', 'default', [...pipeline, '.set()', '.get()']],
    ['redis.pipeline().exec()', 'promise', 'default', [...pipeline, '.exec()']],
    ['redis.multi().incr(k).exec()', 'promise', 'default', [...client, '.multi()', '.incr()', '.exec()']],
    ['pipeline.multi().exec() only queues EXEC', 'ioredis.Pipeline', 'default', [...pipeline, '.multi()', '.exec()']],
    ['cluster.nodes() stays synchronous', 'value', 'Cluster', [...client, '.nodes()']],
    ['cluster.get(key)', 'promise', 'Cluster', [...client, '.get()']],
  ] as const)('%s gives %s', (_code, gives, name, path) => {
    expect(resolve('ioredis', name, path)).toBe(gives);
  });

  it.each([
    ['Redis', 'ioredis.Redis'],
    ['default', 'ioredis.Redis'],
    ['Cluster', 'ioredis.Cluster'],
    ['ChainableCommander', 'ioredis.Pipeline'],
  ] as const)('a value annotated %s is %s', (type, kind) => {
    expect(typed('ioredis', type)?.id).toBe(kind);
  });

  it.each([
    ['a client', ['quit', 'disconnect', 'end'], 'default'],
    ['a cluster', ['quit', 'disconnect'], 'Cluster'],
  ] as const)('%s keeps its connection until %o', (_code, closes, name) => {
    expect(kindAt('ioredis', name, client)?.spec.resource?.closes).toEqual(closes);
    expect(kindAt('ioredis', name, client)?.spec.callbackStyle).toBe(true);
  });

  it('a pipeline holds nothing', () => {
    expect(kindAt('ioredis', 'default', pipeline)?.spec.resource).toBe(undefined);
  });
});
