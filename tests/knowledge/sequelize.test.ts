import { describe, expect, it } from 'vitest';
import { describeValue, follow, kindAt, resolve, typed } from './helpers';

const db = ['new'];
const model = [...db, '.define()'];

describe('sequelize', () => {
  it.each([
    ['new Sequelize(url) (default export)', 'sequelize.Sequelize', 'sequelize', 'default', db],
    ['import { Sequelize }; new Sequelize(url)', 'sequelize.Sequelize', '@sequelize/core', 'Sequelize', db],
    ['new (require("sequelize"))(url)', 'sequelize.Sequelize', 'sequelize', '*', db],
    ['Sequelize.fn("count", ...) builds SQL', 'value', 'sequelize', 'Sequelize', ['.fn()']],
    ['sequelize.authenticate()', 'promise', 'sequelize', 'Sequelize', [...db, '.authenticate()']],
    ['sequelize.sync({ force: true })', 'promise', 'sequelize', 'Sequelize', [...db, '.sync()']],
    ['sequelize.close()', 'promise', 'sequelize', 'Sequelize', [...db, '.close()']],
    ['sequelize.query(sql)', 'promise', 'sequelize', 'Sequelize', [...db, '.query()']],
    ['sequelize.literal(sql)', 'value', 'sequelize', 'Sequelize', [...db, '.literal()']],
    ['sequelize.transaction()', 'promise<sequelize.Transaction>', 'sequelize', 'Sequelize', [...db, '.transaction()']],
    [
      'sequelize.startUnmanagedTransaction() (v7)',
      'promise<sequelize.Transaction>',
      '@sequelize/core',
      'Sequelize',
      [...db, '.startUnmanagedTransaction()'],
    ],
    ['t.rollback()', 'promise', 'sequelize', 'Sequelize', [...db, '.transaction()', 'await', '.rollback()']],
    ['t.afterCommit(fn)', 'sequelize.Transaction', 'sequelize', 'Sequelize', [...db, '.transaction()', 'await', '.afterCommit()']],
    ['sequelize.define("User", attrs)', 'sequelize.ModelStatic', 'sequelize', 'Sequelize', model],
    ['sequelize.models.User', 'sequelize.ModelStatic', 'sequelize', 'Sequelize', [...db, '.models', '.User']],
    ['sequelize.models.get("User") (v7)', 'sequelize.ModelStatic', '@sequelize/core', 'Sequelize', [...db, '.models', '.get()']],
    ['User.findAll()', 'promise', 'sequelize', 'Sequelize', [...model, '.findAll()']],
    ['User.findByPk(id)', 'promise<sequelize.Model>', 'sequelize', 'Sequelize', [...model, '.findByPk()']],
    ['User.create(data)', 'promise<sequelize.Model>', 'sequelize', 'Sequelize', [...model, '.create()']],
    ['User.build(data) stays in memory', 'sequelize.Model', 'sequelize', 'Sequelize', [...model, '.build()']],
    ['User.scope("active").findAll()', 'promise', 'sequelize', 'Sequelize', [...model, '.scope()', '.findAll()']],
    ['User.hasMany(Post) stays synchronous', 'value', 'sequelize', 'Sequelize', [...model, '.hasMany()']],
    ['user.save()', 'promise<sequelize.Model>', 'sequelize', 'Sequelize', [...model, '.build()', '.save()']],
    ['user.destroy()', 'promise', 'sequelize', 'Sequelize', [...model, '.build()', '.destroy()']],
    ['user.get("name") stays synchronous', 'value', 'sequelize', 'Sequelize', [...model, '.build()', '.get()']],
    ['user.set("name", v) gives the instance', 'sequelize.Model', 'sequelize', 'Sequelize', [...model, '.build()', '.set()']],
    ['sequelize.getQueryInterface().bulkInsert(t, rows)', 'promise', 'sequelize', 'Sequelize', [...db, '.getQueryInterface()', '.bulkInsert()']],
    ['Model.findAll() (class User extends Model)', 'promise', 'sequelize', 'Model', ['.findAll()']],
  ] as const)('%s gives %s', (_code, gives, module, name, path) => {
    expect(resolve(module, name, path)).toBe(gives);
  });

  it.each([
    ['Sequelize', 'sequelize.Sequelize'],
    ['ModelStatic', 'sequelize.ModelStatic'],
    ['ModelCtor', 'sequelize.ModelStatic'],
    ['Model', 'sequelize.Model'],
    ['Transaction', 'sequelize.Transaction'],
    ['QueryInterface', 'sequelize.QueryInterface'],
  ] as const)('a value annotated %s is %s', (type, kind) => {
    expect(typed('sequelize', type)?.id).toBe(kind);
  });

  it('an instance holds a pool until close()', () => {
    expect(kindAt('sequelize', 'Sequelize', db)?.spec.resource?.closes).toEqual(['close']);
    expect(kindAt('sequelize', 'Sequelize', model)?.spec.resource).toBe(undefined);
  });

  it('transaction() without a callback leaves a transaction open until rollback() or commit()', () => {
    expect(kindAt('sequelize', 'Sequelize', db)?.spec.beginsTransaction).toEqual({
      transaction: 'returned',
      startUnmanagedTransaction: 'returned',
    });
    const ends = typed('sequelize', 'Transaction')?.spec.transaction;
    expect(ends?.rollback).toEqual(['rollback']);
    expect(ends?.commit).toEqual(['commit']);
  });

  it.each([
    ['sequelize.drop() / truncate()', ['drop', 'truncate'], db],
    ['User.truncate() / destroy() / drop()', ['truncate', 'destroy', 'drop'], model],
  ] as const)('%s empties the data', (_code, clears, path) => {
    expect(kindAt('sequelize', 'Sequelize', path)?.spec.clearsData).toEqual(clears);
  });

  it('a model annotated ModelStatic<User> queries like a defined one', () => {
    expect(describeValue(follow(typed('sequelize', 'ModelStatic'), ['.findOne()']))).toBe('promise<sequelize.Model>');
  });
});
