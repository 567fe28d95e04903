import { describe, expect, it } from 'vitest';
import { kindAt, resolve, typed } from './helpers';

const db = ['()'];
const trx = [...db, '.transaction()', 'await'];
const query = 'knex.QueryBuilder lazy';

describe('knex', () => {
  it.each([
    ['import knex from "knex"', 'knex.Factory', 'default', []],
    ['import { knex }', 'knex.Factory', 'knex', []],
    ['require("knex").knex', 'knex.Factory', '*', ['.knex']],
    ['knex(config)', 'knex.Knex', 'default', db],
    // Query builders run only when awaited or `.then`-ed.
    ['db("users")', query, 'default', [...db, '()']],
    ['db("users").where(...).first()', query, 'default', [...db, '()', '.where()', '.first()']],
    ['db.select("*").from("users")', query, 'default', [...db, '.select()', '.from()']],
    ['db("users").insert(row).onConflict("id").merge()', query, 'default', [...db, '()', '.insert()', '.onConflict()', '.merge()']],
    ['db("users").then(fn) runs it', 'promise', 'default', [...db, '()', '.then()']],
    ['db("users").toSQL() builds text only', 'value', 'default', [...db, '()', '.toSQL()']],
    ['db("users").stream() is no promise', 'value', 'default', [...db, '()', '.stream()']],
    ['db.raw(sql)', 'knex.Raw lazy', 'default', [...db, '.raw()']],
    ['db.schema.createTable(...)', 'knex.SchemaBuilder lazy', 'default', [...db, '.schema', '.createTable()']],
    ['db.migrate.latest()', 'promise', 'default', [...db, '.migrate', '.latest()']],
    ['db.seed.run()', 'promise', 'default', [...db, '.seed', '.run()']],
    ['db.batchInsert(t, rows) runs at once', 'knex.BatchInsert promise', 'default', [...db, '.batchInsert()']],
    ['db.destroy()', 'promise', 'default', [...db, '.destroy()']],
    ['db.on("query", fn) gives the knex object back', 'knex.Knex', 'default', [...db, '.on()']],
    ['db.transaction()', 'promise<knex.Transaction>', 'default', [...db, '.transaction()']],
    ['db.transactionProvider()()', 'promise<knex.Transaction>', 'default', [...db, '.transactionProvider()', '()']],
    ['trx("users")', query, 'default', [...trx, '()']],
    ['trx.commit()', 'promise', 'default', [...trx, '.commit()']],
    ['trx.rollback()', 'promise', 'default', [...trx, '.rollback()']],
    ['trx.savepoint()', 'promise<knex.Transaction>', 'default', [...trx, '.savepoint()']],
    ['trx.isCompleted()', 'value', 'default', [...trx, '.isCompleted()']],
  ] as const)('%s gives %s', (_code, gives, name, path) => {
    expect(resolve('knex', name, path)).toBe(gives);
  });

  it.each([
    ['Knex', 'knex.Knex'],
    // Before 0.95 the module itself named the instance type: `import Knex from 'knex'` or `import * as Knex`.
    ['default', 'knex.Knex'],
    ['*', 'knex.Knex'],
    ['Transaction', 'knex.Transaction'],
    ['QueryBuilder', 'knex.QueryBuilder'],
    ['SchemaBuilder', 'knex.SchemaBuilder'],
    ['Migrator', 'knex.Migrator'],
  ] as const)('a value annotated %s is %s', (type, kind) => {
    expect(typed('knex', type)?.id).toBe(kind);
  });

  it('the knex object holds a pool until destroy(), when its config has a connection', () => {
    const resource = kindAt('knex', 'default', db)?.spec.resource;
    expect(resource?.closes).toEqual(['destroy']);
    expect(resource?.opensWithOption).toBe('connection');
    expect(kindAt('knex', 'default', trx)?.spec.resource).toBe(undefined);
  });

  it('transaction() without a handler returns a transaction held open until rollback() or commit()', () => {
    expect(kindAt('knex', 'default', db)?.spec.beginsTransaction).toEqual({ transaction: 'returned' });
    const ends = kindAt('knex', 'default', trx)?.spec.transaction;
    expect(ends?.rollback).toEqual(['rollback']);
    expect(ends?.commit).toEqual(['commit']);
    expect(ends?.rollbackStatement).toBe(undefined);
  });

  it('del(), delete() and truncate() empty tables', () => {
    expect(kindAt('knex', 'default', [...db, '()'])?.spec.clearsData).toEqual(['del', 'delete', 'truncate']);
  });

  it('schema.dropTable() and dropTableIfExists() drop what a table held', () => {
    expect(kindAt('knex', 'default', [...db, '.schema'])?.spec.clearsData).toEqual(['dropTable', 'dropTableIfExists']);
  });
});
