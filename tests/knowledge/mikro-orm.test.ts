import { describe, expect, it } from 'vitest';
import { kindAt, resolve, typed } from './helpers';

const orm = ['.init()', 'await'];
const em = [...orm, '.em'];
const repo = [...em, '.getRepository()'];
const qb = [...em, '.createQueryBuilder()'];

describe('mikro-orm', () => {
  it.each([
    ['MikroORM.init(config)', 'promise<mikro-orm.MikroORM>', '@mikro-orm/core', ['.init()']],
    ['MikroORM.init(config) from a driver package', 'promise<mikro-orm.MikroORM>', '@mikro-orm/postgresql', ['.init()']],
    ['MikroORM.initSync(config)', 'mikro-orm.MikroORM', '@mikro-orm/sqlite', ['.initSync()']],
    ['new MikroORM(config)', 'mikro-orm.MikroORM', '@mikro-orm/core', ['new']],
    ['orm.em', 'mikro-orm.EntityManager', '@mikro-orm/core', em],
    ['orm.close()', 'promise', '@mikro-orm/core', [...orm, '.close()']],
    ['em.fork() is synchronous', 'mikro-orm.EntityManager', '@mikro-orm/core', [...em, '.fork()']],
    ['em.find(User, q)', 'promise', '@mikro-orm/core', [...em, '.find()']],
    ['em.nativeDelete(User, q)', 'promise', '@mikro-orm/core', [...em, '.nativeDelete()']],
    // persist() only schedules work and returns the manager: persist(x).flush() is one promise.
    ['em.persist(x)', 'mikro-orm.EntityManager', '@mikro-orm/core', [...em, '.persist()']],
    ['em.persist(x).flush()', 'promise', '@mikro-orm/core', [...em, '.persist()', '.flush()']],
    ['em.create(User, data) touches only the identity map', 'value', '@mikro-orm/core', [...em, '.create()']],
    ['em.getReference(User, id)', 'value', '@mikro-orm/core', [...em, '.getReference()']],
    ['em.clear()', 'value', '@mikro-orm/core', [...em, '.clear()']],
    ['em.begin()', 'promise', '@mikro-orm/core', [...em, '.begin()']],
    ['em.rollback()', 'promise', '@mikro-orm/core', [...em, '.rollback()']],
    ['em.transactional(fn)', 'promise', '@mikro-orm/core', [...em, '.transactional()']],
    ['em.getRepository(User)', 'mikro-orm.EntityRepository', '@mikro-orm/core', repo],
    ['repo.findOne(q)', 'promise', '@mikro-orm/core', [...repo, '.findOne()']],
    ['repo.create(data)', 'value', '@mikro-orm/core', [...repo, '.create()']],
    // The query builder is awaitable in v5 and v6 but not in v7: only its executing methods count.
    ['em.createQueryBuilder(User)', 'mikro-orm.QueryBuilder', '@mikro-orm/core', qb],
    ['qb.select("*").where(q)', 'mikro-orm.QueryBuilder', '@mikro-orm/core', [...qb, '.select()', '.where()']],
    ['qb.getResultList()', 'promise', '@mikro-orm/core', [...qb, '.getResultList()']],
    ['qb.getQuery()', 'value', '@mikro-orm/core', [...qb, '.getQuery()']],
    ['qb.stream() is an async generator', 'value', '@mikro-orm/core', [...qb, '.stream()']],
    ['orm.schema.refreshDatabase()', 'promise', '@mikro-orm/core', [...orm, '.schema', '.refreshDatabase()']],
    ['orm.migrator.up()', 'promise', '@mikro-orm/core', [...orm, '.migrator', '.up()']],
    ['orm.seeder.seed(S)', 'promise', '@mikro-orm/core', [...orm, '.seeder', '.seed()']],
  ] as const)('%s gives %s', (_code, gives, module, path) => {
    expect(resolve(module, 'MikroORM', path)).toBe(gives);
  });

  it('RequestContext.getEntityManager() gives a manager', () => {
    expect(resolve('@mikro-orm/core', 'RequestContext', ['.getEntityManager()'])).toBe('mikro-orm.EntityManager');
  });

  it.each([
    ['MikroORM', 'mikro-orm.MikroORM'],
    ['EntityManager', 'mikro-orm.EntityManager'],
    ['SqlEntityManager', 'mikro-orm.EntityManager'],
    ['MongoEntityManager', 'mikro-orm.EntityManager'],
    ['EntityRepository', 'mikro-orm.EntityRepository'],
    ['QueryBuilder', 'mikro-orm.QueryBuilder'],
  ] as const)('a value annotated %s is %s', (type, kind) => {
    expect(typed('@mikro-orm/core', type)?.id).toBe(kind);
  });

  it('the ORM holds a pool until close(); its managers hold nothing', () => {
    expect(kindAt('@mikro-orm/core', 'MikroORM', orm)?.spec.resource?.closes).toEqual(['close']);
    expect(kindAt('@mikro-orm/core', 'MikroORM', em)?.spec.resource).toBe(undefined);
  });

  it('em.begin() opens a transaction on that manager until em.rollback() or em.commit()', () => {
    const spec = kindAt('@mikro-orm/core', 'MikroORM', em)?.spec;
    expect(spec?.beginsTransaction).toEqual({ begin: 'receiver' });
    expect(spec?.transaction?.rollback).toEqual(['rollback']);
    expect(spec?.transaction?.commit).toEqual(['commit']);
  });

  it('orm.schema empties the data', () => {
    expect(kindAt('@mikro-orm/core', 'MikroORM', [...orm, '.schema'])?.spec.clearsData).toEqual([
      'clear',
      'clearDatabase',
      'refresh',
      'refreshDatabase',
      'drop',
      'dropSchema',
      'dropDatabase',
    ]);
  });
});
