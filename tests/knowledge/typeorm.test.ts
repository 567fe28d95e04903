import { describe, expect, it } from 'vitest';
import { kindAt, resolve, typed } from './helpers';

const dataSource = ['new'];
const runner = [...dataSource, '.createQueryRunner()'];
const repo = [...dataSource, '.getRepository()'];

describe('typeorm', () => {
  it.each([
    ['new DataSource(opts)', 'typeorm.DataSource', 'DataSource', dataSource],
    ['new Connection(opts) (0.2)', 'typeorm.DataSource', 'Connection', dataSource],
    ['dataSource.initialize()', 'promise<typeorm.DataSource>', 'DataSource', [...dataSource, '.initialize()']],
    ['dataSource.destroy()', 'promise', 'DataSource', [...dataSource, '.destroy()']],
    ['dataSource.manager', 'typeorm.EntityManager', 'DataSource', [...dataSource, '.manager']],
    ['dataSource.getRepository(User)', 'typeorm.Repository', 'DataSource', repo],
    // Reads and writes run at once: eager promises.
    ['repo.find()', 'promise', 'DataSource', [...repo, '.find()']],
    ['repo.save(entity)', 'promise', 'DataSource', [...repo, '.save()']],
    ['repo.clear()', 'promise', 'DataSource', [...repo, '.clear()']],
    ['repo.create(data) builds in memory', 'value', 'DataSource', [...repo, '.create()']],
    ['repo.merge(a, b) builds in memory', 'value', 'DataSource', [...repo, '.merge()']],
    ['manager.transaction(fn)', 'promise', 'DataSource', [...dataSource, '.manager', '.transaction()']],
    // Query builders are no thenables: only getMany(), execute() and the like run them.
    ['repo.createQueryBuilder("u")', 'typeorm.SelectQueryBuilder', 'DataSource', [...repo, '.createQueryBuilder()']],
    [
      'qb.where(c).orderBy(o).take(1)',
      'typeorm.SelectQueryBuilder',
      'DataSource',
      [...repo, '.createQueryBuilder()', '.where()', '.orderBy()', '.take()'],
    ],
    ['qb.getMany()', 'promise', 'DataSource', [...repo, '.createQueryBuilder()', '.getMany()']],
    ['qb.getSql() builds text only', 'value', 'DataSource', [...repo, '.createQueryBuilder()', '.getSql()']],
    [
      'qb.insert().into(T).values(v)',
      'typeorm.InsertQueryBuilder',
      'DataSource',
      [...repo, '.createQueryBuilder()', '.insert()', '.into()', '.values()'],
    ],
    ['qb.delete().from(T).execute()', 'promise', 'DataSource', [...repo, '.createQueryBuilder()', '.delete()', '.from()', '.execute()']],
    ['qb.relation(T, "r").of(id).add(x)', 'promise', 'DataSource', [...repo, '.createQueryBuilder()', '.relation()', '.of()', '.add()']],
    ['dataSource.createQueryRunner()', 'typeorm.QueryRunner', 'DataSource', runner],
    ['runner.connect()', 'promise', 'DataSource', [...runner, '.connect()']],
    ['runner.startTransaction()', 'promise', 'DataSource', [...runner, '.startTransaction()']],
    ['runner.rollbackTransaction()', 'promise', 'DataSource', [...runner, '.rollbackTransaction()']],
    ['runner.release()', 'promise', 'DataSource', [...runner, '.release()']],
    ['runner.getMemorySql() stays synchronous', 'value', 'DataSource', [...runner, '.getMemorySql()']],
    ['createConnection(opts) (0.2)', 'promise<typeorm.DataSource>', 'createConnection', ['()']],
    ['getConnection()', 'typeorm.DataSource', 'getConnection', ['()']],
    ['getRepository(User).findOneBy(q)', 'promise', 'getRepository', ['()', '.findOneBy()']],
    ['User.findOneBy(q) (BaseEntity statics)', 'promise', 'BaseEntity', ['.findOneBy()']],
    ['User.create(data)', 'typeorm.BaseEntity', 'BaseEntity', ['.create()']],
    ['User.create(data).save()', 'promise', 'BaseEntity', ['.create()', '.save()']],
    ['user.hasId()', 'value', 'BaseEntity', ['new', '.hasId()']],
  ] as const)('%s gives %s', (_code, gives, name, path) => {
    expect(resolve('typeorm', name, path)).toBe(gives);
  });

  it.each([
    ['DataSource', 'typeorm.DataSource'],
    ['Connection', 'typeorm.DataSource'],
    ['EntityManager', 'typeorm.EntityManager'],
    ['Repository', 'typeorm.Repository'],
    ['TreeRepository', 'typeorm.TreeRepository'],
    ['QueryRunner', 'typeorm.QueryRunner'],
    ['SelectQueryBuilder', 'typeorm.SelectQueryBuilder'],
  ] as const)('a value annotated %s is %s', (type, kind) => {
    expect(typed('typeorm', type)?.id).toBe(kind);
  });

  it.each([
    ['new DataSource(opts)', ['destroy', 'close'], 'DataSource', dataSource],
    ['dataSource.createQueryRunner()', ['release'], 'DataSource', runner],
    ['a repository holds nothing', undefined, 'DataSource', repo],
  ] as const)('%s is a resource closed by %o', (_code, closes, name, path) => {
    expect(kindAt('typeorm', name, path)?.spec.resource?.closes).toEqual(closes);
  });

  it('getConnection() looks up a data source opened (and closed) elsewhere', () => {
    expect(kindAt('typeorm', 'getConnection')?.spec.returnsExisting).toEqual(['()']);
    expect(kindAt('typeorm', 'createConnection')?.spec.returnsExisting).toBe(undefined);
  });

  it('a query runner holds the transaction startTransaction() begins, until rollbackTransaction() or commitTransaction()', () => {
    const spec = kindAt('typeorm', 'DataSource', runner)?.spec;
    expect(spec?.beginsTransaction).toEqual({ startTransaction: 'receiver' });
    expect(spec?.transaction?.rollback).toEqual(['rollbackTransaction']);
    expect(spec?.transaction?.commit).toEqual(['commitTransaction']);
    expect(spec?.runsSql).toEqual(['query']);
  });

  it('the data source and manager take their transactions as callbacks: nothing left open', () => {
    expect(kindAt('typeorm', 'DataSource', dataSource)?.spec.beginsTransaction).toBe(undefined);
    expect(kindAt('typeorm', 'DataSource', [...dataSource, '.manager'])?.spec.beginsTransaction).toBe(undefined);
  });

  it.each([
    ['dataSource.dropDatabase()', ['dropDatabase'], dataSource],
    ['repo.clear()', ['clear'], repo],
    ['manager.clear(T)', ['clear'], [...dataSource, '.manager']],
  ] as const)('%s empties the data', (_code, clears, path) => {
    expect(kindAt('typeorm', 'DataSource', path)?.spec.clearsData).toEqual(clears);
  });
});
