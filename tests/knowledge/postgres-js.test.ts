import { describe, expect, it } from 'vitest';
import { kindAt, resolve, typed } from './helpers';

const sql = ['()'];
const query = 'postgres-js.Query lazy';

describe('postgres-js', () => {
  it.each([
    ['import postgres from "postgres"', 'postgres-js.Factory', []],
    ['postgres(url)', 'postgres-js.Sql', sql],
    // A tagged query is sent only when awaited, `.then`-ed or `.execute()`-d.
    ['sql`select 1`', query, [...sql, '``']],
    ['sql(obj) builds a fragment, not a query', 'value', [...sql, '()']],
    ['sql`...`.execute()', 'promise', [...sql, '``', '.execute()']],
    ['sql`...`.values() stays lazy', query, [...sql, '``', '.values()']],
    ['sql`...`.cancel()', 'value', [...sql, '``', '.cancel()']],
    ['sql.unsafe(text)', query, [...sql, '.unsafe()']],
    ['sql.file(path)', query, [...sql, '.file()']],
    ['sql.begin(fn)', 'promise', [...sql, '.begin()']],
    ['sql.end()', 'promise', [...sql, '.end()']],
    ['sql.json(v)', 'value', [...sql, '.json()']],
    ['sql.reserve()', 'promise<postgres-js.ReservedSql>', [...sql, '.reserve()']],
    ['reserved`select 1`', query, [...sql, '.reserve()', 'await', '``']],
    ['reserved.release()', 'value', [...sql, '.reserve()', 'await', '.release()']],
    ['reserved.begin is not a reserved connection method', undefined, [...sql, '.reserve()', 'await', '.begin()']],
  ] as const)('%s gives %s', (_code, gives, path) => {
    expect(resolve('postgres', 'default', path)).toBe(gives);
  });

  it.each([
    ['Sql', 'postgres-js.Sql'],
    ['TransactionSql', 'postgres-js.TransactionSql'],
    ['ReservedSql', 'postgres-js.ReservedSql'],
    ['PendingQuery', 'postgres-js.Query'],
  ] as const)('a value annotated %s is %s', (type, kind) => {
    expect(typed('postgres', type)?.id).toBe(kind);
  });

  it('a transaction sql (tx: TransactionSql) tags lazy queries and makes savepoints', () => {
    const tx = typed('postgres', 'TransactionSql');
    expect(tx?.tagged?.kind?.id).toBe('postgres-js.Query');
    expect(tx?.tagged?.awaitable).toBe('lazy');
    expect(tx?.methodResult('savepoint')?.awaitable).toBe('promise');
    expect(tx?.spec.resource).toBe(undefined);
  });

  it.each([
    ['postgres(url)', ['end', 'close'], sql],
    ['await sql.reserve()', ['release'], [...sql, '.reserve()', 'await']],
    ['postgres itself', undefined, []],
  ] as const)('%s is a resource closed by %o', (_code, closes, path) => {
    expect(kindAt('postgres', 'default', path)?.spec.resource?.closes).toEqual(closes);
  });

  it('its transactions take a callback: nothing begins one that a test must roll back', () => {
    expect(kindAt('postgres', 'default', sql)?.spec.beginsTransaction).toBe(undefined);
    expect(kindAt('postgres', 'default', sql)?.spec.runsSql).toBe(undefined);
  });
});
