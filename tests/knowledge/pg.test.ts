import { describe, expect, it } from 'vitest';
import { kindAt, resolve, typed } from './helpers';

const pooled = ['new', '.connect()', 'await'];

describe('pg', () => {
  it.each([
    ['import { Pool }', 'pg.PoolClass', 'Pool', []],
    ['new Pool()', 'pg.Pool', 'Pool', ['new']],
    ['import pg; new pg.Pool()', 'pg.Pool', 'default', ['.Pool', 'new']],
    ['new pg.native.Client()', 'pg.Client', '*', ['.native', '.Client', 'new']],
    ['pool.query(sql)', 'promise', 'Pool', ['new', '.query()']],
    ['pool.connect()', 'promise<pg.PoolClient>', 'Pool', ['new', '.connect()']],
    ['await pool.connect()', 'pg.PoolClient', 'Pool', pooled],
    ['pool.end()', 'promise', 'Pool', ['new', '.end()']],
    ['pool.on(event, fn)', 'value', 'Pool', ['new', '.on()']],
    ['client.query(sql)', 'promise', 'Pool', [...pooled, '.query()']],
    ['client.release() stays synchronous', 'value', 'Pool', [...pooled, '.release()']],
    ['client.escapeLiteral(s)', 'value', 'Pool', [...pooled, '.escapeLiteral()']],
    ['new Client()', 'pg.Client', 'Client', ['new']],
    ['client.connect()', 'promise', 'Client', ['new', '.connect()']],
    ['client.end()', 'promise', 'Client', ['new', '.end()']],
    ['client.getTransactionStatus()', 'value', 'Client', ['new', '.getTransactionStatus()']],
    ['a Client has no release()', undefined, 'Client', ['new', '.release()']],
    ['import { escapeIdentifier }; escapeIdentifier(s)', 'value', 'escapeIdentifier', ['()']],
  ] as const)('%s gives %s', (_code, gives, name, path) => {
    expect(resolve('pg', name, path)).toBe(gives);
  });

  it.each([
    ['Pool', 'pg.Pool'],
    ['Client', 'pg.Client'],
    ['ClientBase', 'pg.Client'],
    ['PoolClient', 'pg.PoolClient'],
  ] as const)('a value annotated %s is %s', (type, kind) => {
    expect(typed('pg', type)?.id).toBe(kind);
  });

  it.each([
    ['new Pool()', ['end'], 'Pool', ['new']],
    ['new Client()', ['end'], 'Client', ['new']],
    ['await pool.connect()', ['release'], 'Pool', pooled],
    ['the Pool class itself', undefined, 'Pool', []],
  ] as const)('%s is a resource closed by %o', (_code, closes, name, path) => {
    expect(kindAt('pg', name, path)?.spec.resource?.closes).toEqual(closes);
  });

  it.each([
    // `query('BEGIN')` holds a transaction on the connection until `query('ROLLBACK')`.
    ['client.query (Client)', ['query'], 'Client', ['new']],
    ['client.query (PoolClient)', ['query'], 'Pool', pooled],
    ['pool.query runs on any connection: no transaction', undefined, 'Pool', ['new']],
  ] as const)('%s runs SQL that begins transactions: %o', (_code, runsSql, name, path) => {
    const kind = kindAt('pg', name, path);
    expect(kind?.spec.runsSql).toEqual(runsSql);
    expect(kind?.spec.beginsTransaction).toBe(undefined);
  });

  it('query(new Cursor(...)) gives back the cursor, and the callback forms give no promise', () => {
    for (const path of [['new'], pooled]) {
      expect(kindAt('pg', 'Pool', path)?.spec.returnsConstructedArgument).toEqual(['query']);
      expect(kindAt('pg', 'Pool', path)?.spec.callbackStyle).toBe(true);
    }
  });
});
