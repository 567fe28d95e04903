import { describe, expect, it } from 'vitest';
import { kindAt, resolve, typed } from './helpers';

const startedServer = 'promise<mongodb-memory-server.StartedServer>';

describe('mongodb-memory-server', () => {
  it.each([
    ['MongoMemoryServer.create()', startedServer, 'mongodb-memory-server', 'MongoMemoryServer', ['.create()']],
    ['MongoMemoryServer.create() from the core package', startedServer, 'mongodb-memory-server-core', 'MongoMemoryServer', ['.create()']],
    ['new MongoMemoryServer() starts nothing', 'mongodb-memory-server.Server', 'mongodb-memory-server', 'MongoMemoryServer', ['new']],
    ['server.start()', 'promise', 'mongodb-memory-server', 'MongoMemoryServer', ['new', '.start()']],
    ['server.stop()', 'promise', 'mongodb-memory-server', 'MongoMemoryServer', ['.create()', 'await', '.stop()']],
    ['server.getUri() stays synchronous', 'value', 'mongodb-memory-server', 'MongoMemoryServer', ['.create()', 'await', '.getUri()']],
    ['MongoMemoryReplSet.create()', 'promise<mongodb-memory-server.StartedReplSet>', 'mongodb-memory-server', 'MongoMemoryReplSet', ['.create()']],
    ['replSet.waitUntilRunning()', 'promise', 'mongodb-memory-server', 'MongoMemoryReplSet', ['new', '.waitUntilRunning()']],
    ['server.getDbPath is not described', undefined, 'mongodb-memory-server', 'MongoMemoryServer', ['new', '.getDbPath()']],
  ] as const)('%s gives %s', (_code, gives, module, name, path) => {
    expect(resolve(module, name, path)).toBe(gives);
  });

  it.each([
    ['MongoMemoryServer.create()', ['stop'], undefined, 'MongoMemoryServer', ['.create()', 'await']],
    ['new MongoMemoryServer()', ['stop'], ['start'], 'MongoMemoryServer', ['new']],
    ['MongoMemoryReplSet.create()', ['stop'], undefined, 'MongoMemoryReplSet', ['.create()', 'await']],
    ['new MongoMemoryReplSet()', ['stop'], ['start'], 'MongoMemoryReplSet', ['new']],
  ] as const)('%s spawns a mongod closed by %o, opened by %o', (_code, closes, openedBy, name, path) => {
    const resource = kindAt('mongodb-memory-server', name, path)?.spec.resource;
    expect(resource?.closes).toEqual(closes);
    expect(resource?.openedBy).toEqual(openedBy);
  });

  it('a value annotated MongoMemoryServer is one that start() opens', () => {
    expect(typed('mongodb-memory-server', 'MongoMemoryServer')?.id).toBe('mongodb-memory-server.Server');
    expect(typed('mongodb-memory-server', 'MongoMemoryReplSet')?.id).toBe('mongodb-memory-server.ReplSet');
  });
});
