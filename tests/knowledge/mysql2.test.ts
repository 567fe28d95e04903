import { describe, expect, it } from 'vitest';
import { kindAt, resolve, typed } from './helpers';

const connection = ['()', 'await'];
const pool = ['()'];
const pooled = ['()', '.getConnection()', 'await'];

describe('mysql2', () => {
  it.each([
    ['createConnection(opts)', 'promise<mysql2.Connection>', 'createConnection', ['()']],
    ['await createConnection(opts)', 'mysql2.Connection', 'createConnection', connection],
    ['mysql.createConnection(opts)', 'promise<mysql2.Connection>', 'default', ['.createConnection()']],
    ['connection.query(sql)', 'promise', 'createConnection', [...connection, '.query()']],
    ['connection.execute(sql, params)', 'promise', 'createConnection', [...connection, '.execute()']],
    ['connection.beginTransaction()', 'promise', 'createConnection', [...connection, '.beginTransaction()']],
    ['connection.rollback()', 'promise', 'createConnection', [...connection, '.rollback()']],
    ['connection.prepare(sql)', 'promise<mysql2.PreparedStatement>', 'createConnection', [...connection, '.prepare()']],
    ['statement.close()', 'promise', 'createConnection', [...connection, '.prepare()', 'await', '.close()']],
    ['connection.destroy() stays synchronous', 'value', 'createConnection', [...connection, '.destroy()']],
    ['connection.escape(v)', 'value', 'createConnection', [...connection, '.escape()']],
    ['createPool(opts) returns the pool at once', 'mysql2.Pool', 'createPool', pool],
    ['pool.query(sql)', 'promise', 'createPool', [...pool, '.query()']],
    ['pool.getConnection()', 'promise<mysql2.PoolConnection>', 'createPool', [...pool, '.getConnection()']],
    ['pooledConnection.release()', 'value', 'createPool', [...pooled, '.release()']],
    ['pool.releaseConnection(c)', 'value', 'createPool', [...pool, '.releaseConnection()']],
    ['createPoolCluster()', 'mysql2.PoolCluster', 'createPoolCluster', ['()']],
    ['cluster.of(pattern).getConnection()', 'promise<mysql2.PoolConnection>', 'createPoolCluster', ['()', '.of()', '.getConnection()']],
  ] as const)('%s gives %s', (_code, gives, name, path) => {
    expect(resolve('mysql2/promise', name, path)).toBe(gives);
  });

  it('leaves the callback API of "mysql2" undescribed', () => {
    expect(resolve('mysql2', 'createConnection')).toBe(undefined);
  });

  it.each([
    ['Connection', 'mysql2.Connection'],
    ['PoolConnection', 'mysql2.PoolConnection'],
    ['Pool', 'mysql2.Pool'],
    ['PoolCluster', 'mysql2.PoolCluster'],
    ['PreparedStatementInfo', 'mysql2.PreparedStatement'],
  ] as const)('a value annotated %s is %s', (type, kind) => {
    expect(typed('mysql2/promise', type)?.id).toBe(kind);
  });

  it.each([
    ['a connection', ['end', 'destroy'], 'createConnection', connection],
    ['a pooled connection', ['release', 'end', 'destroy'], 'createPool', pooled],
    ['a pool', ['end'], 'createPool', pool],
    ['a pool cluster', ['end'], 'createPoolCluster', ['()']],
    ['a prepared statement is no resource', undefined, 'createConnection', [...connection, '.prepare()', 'await']],
  ] as const)('%s is a resource closed by %o', (_code, closes, name, path) => {
    expect(kindAt('mysql2/promise', name, path)?.spec.resource?.closes).toEqual(closes);
  });

  it.each([
    ['a connection', 'createConnection', connection],
    ['a pooled connection', 'createPool', pooled],
  ] as const)('%s holds the transaction beginTransaction() begins, until rollback() or commit()', (_code, name, path) => {
    const spec = kindAt('mysql2/promise', name, path)?.spec;
    expect(spec?.beginsTransaction).toEqual({ beginTransaction: 'receiver' });
    expect(spec?.transaction?.rollback).toEqual(['rollback']);
    expect(spec?.transaction?.commit).toEqual(['commit']);
    expect(spec?.runsSql).toEqual(['query']);
  });

  it('a pool begins no transaction of its own', () => {
    const spec = kindAt('mysql2/promise', 'createPool', pool)?.spec;
    expect(spec?.beginsTransaction).toBe(undefined);
    expect(spec?.runsSql).toBe(undefined);
  });
});
