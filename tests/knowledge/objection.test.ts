import { describe, expect, it } from 'vitest';
import { kindAt, resolve, typed } from './helpers';

const query = 'objection.QueryBuilder lazy';

describe('objection', () => {
  it.each([
    ['Model.query()', query, 'Model', ['.query()']],
    ['Model.query().where(c).withGraphFetched(g)', query, 'Model', ['.query()', '.where()', '.withGraphFetched()']],
    ['Model.query().then(fn) runs it', 'promise', 'Model', ['.query()', '.then()']],
    ['Model.query().execute()', 'promise', 'Model', ['.query()', '.execute()']],
    ['Model.query().resultSize()', 'promise', 'Model', ['.query()', '.resultSize()']],
    ['Model.query().toKnexQuery() is read for its SQL', 'value', 'Model', ['.query()', '.toKnexQuery()']],
    ['Model.query().isFind()', 'value', 'Model', ['.query()', '.isFind()']],
    ['Model.relatedQuery("pets")', query, 'Model', ['.relatedQuery()']],
    ['Model.knexQuery()', 'knex.QueryBuilder lazy', 'Model', ['.knexQuery()']],
    ['Model.knex()', 'knex.Knex', 'Model', ['.knex()']],
    ['Model.transaction(fn)', 'promise', 'Model', ['.transaction()']],
    ['Model.startTransaction()', 'promise<knex.Transaction>', 'Model', ['.startTransaction()']],
    ['Model.bindKnex(knex)', 'objection.ModelClass', 'Model', ['.bindKnex()']],
    ['Model.fromJson(json)', 'objection.Model', 'Model', ['.fromJson()']],
    ['new Model().$query()', query, 'Model', ['new', '.$query()']],
    ['model.$relatedQuery("pets").insert(p)', query, 'Model', ['new', '.$relatedQuery()', '.insert()']],
    ['model.$toJson()', 'value', 'Model', ['new', '.$toJson()']],
    ['model.$transaction()', 'promise', 'Model', ['new', '.$transaction()']],
    ['QueryBuilder.forClass(M)', query, 'QueryBuilder', ['.forClass()']],
    ['transaction(knex, fn)', 'promise', 'transaction', ['()']],
    ['transaction.start(knex)', 'promise<knex.Transaction>', 'transaction', ['.start()']],
    ['await transaction.start(knex) is a knex transaction', 'knex.Transaction', 'transaction', ['.start()', 'await']],
    ['initialize(knex, models)', 'promise', 'initialize', ['()']],
  ] as const)('%s gives %s', (_code, gives, name, path) => {
    expect(resolve('objection', name, path)).toBe(gives);
  });

  it.each([
    ['Model', 'objection.Model'],
    ['ModelClass', 'objection.ModelClass'],
    ['QueryBuilder', 'objection.QueryBuilder'],
    ['Transaction', 'knex.Transaction'],
  ] as const)('a value annotated %s is %s', (type, kind) => {
    expect(typed('objection', type)?.id).toBe(kind);
  });

  it.each([
    ['Model.startTransaction()', { startTransaction: 'returned' }, 'Model'],
    ['transaction.start(knex)', { start: 'returned' }, 'transaction'],
  ] as const)('%s leaves a knex transaction open until trx.rollback()', (_code, begins, name) => {
    expect(kindAt('objection', name)?.spec.beginsTransaction).toEqual(begins);
    expect(kindAt('objection', 'transaction', ['.start()', 'await'])?.spec.transaction?.rollback).toEqual(['rollback']);
  });

  it.each([
    ['Model.knex()', ['knex'], 'Model', []],
    ['model.$knex()', ['$knex'], 'Model', ['new']],
    ['query.knex()', ['knex', 'unsafeKnex'], 'Model', ['.query()']],
  ] as const)('%s gives the knex instance opened elsewhere', (_code, existing, name, path) => {
    expect(kindAt('objection', name, path)?.spec.returnsExisting).toEqual(existing);
  });
});
