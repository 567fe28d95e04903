import rule from '../../rules/await-async-calls';
import { lateFailuresTester } from '../rule-tester';

const vitest = `import { test, beforeEach, expect } from 'vitest';\n`;

lateFailuresTester.run('await-async-calls: typeorm', rule, {
  valid: [
    {
      name: 'awaited and returned reads and writes',
      code: `${vitest}import { DataSource } from 'typeorm';
const dataSource = new DataSource({ type: 'sqlite', database: ':memory:' });
beforeEach(() => dataSource.initialize());
test('a', async () => {
  await dataSource.getRepository(User).save({ name: 'a' });
  await dataSource.manager.findOneBy(User, { id: 1 });
});
test('b', () => {
  return dataSource.getRepository(User).find();
});`,
    },
    {
      name: 'create, merge and the entity ids are synchronous',
      code: `${vitest}import { DataSource } from 'typeorm';
const dataSource = new DataSource({ type: 'sqlite', database: ':memory:' });
test('a', () => {
  const repo = dataSource.getRepository(User);
  const user = repo.create({ name: 'a' });
  repo.merge(user, { name: 'b' });
  repo.hasId(user);
  repo.getId(user);
  dataSource.manager.create(User, { name: 'c' });
  expect(repo.create({ name: 'd' })).toEqual({ name: 'd' });
});`,
    },
    {
      name: 'a query builder is not a thenable: building one, or reading its SQL, runs nothing',
      code: `${vitest}import { DataSource } from 'typeorm';
const dataSource = new DataSource({ type: 'sqlite', database: ':memory:' });
test('a', () => {
  const qb = dataSource.getRepository(User).createQueryBuilder('u');
  qb.where('u.id = :id', { id: 1 }).orderBy('u.name');
  qb.getQuery();
  qb.getSql();
  expect(qb.getQueryAndParameters()).toBeDefined();
});`,
    },
    {
      name: 'metadata, query runners and managers are obtained synchronously',
      code: `${vitest}import { DataSource } from 'typeorm';
const dataSource = new DataSource({ type: 'sqlite', database: ':memory:' });
test('a', () => {
  dataSource.hasMetadata(User);
  dataSource.getMetadata(User);
  dataSource.createQueryRunner();
  dataSource.createEntityManager();
  dataSource.getTreeRepository(Category);
  dataSource.setOptions({ logging: true });
});`,
    },
    {
      name: 'the SQL-memory switches of a query runner are synchronous',
      code: `${vitest}import { DataSource } from 'typeorm';
const dataSource = new DataSource({ type: 'sqlite', database: ':memory:' });
test('a', async () => {
  const queryRunner = dataSource.createQueryRunner();
  queryRunner.enableSqlMemory();
  await queryRunner.createTable(table);
  queryRunner.disableSqlMemory();
  expect(queryRunner.getMemorySql().upQueries).toHaveLength(1);
});`,
    },
  ],
  invalid: [
    {
      name: 'new DataSource(): initialize in a hook, a repository write in the test',
      code: `${vitest}import { DataSource } from 'typeorm';
const dataSource = new DataSource({ type: 'sqlite', database: ':memory:' });
beforeEach(() => {
  dataSource.initialize();
});
test('saves', () => {
  dataSource.getRepository(User).save({ name: 'a' });
});`,
      output: `${vitest}import { DataSource } from 'typeorm';
const dataSource = new DataSource({ type: 'sqlite', database: ':memory:' });
beforeEach(async () => {
  await dataSource.initialize();
});
test('saves', async () => {
  await dataSource.getRepository(User).save({ name: 'a' });
});`,
      errors: [
        { messageId: 'unawaited', line: 5, column: 3 },
        { messageId: 'unawaited', line: 8, column: 3 },
      ],
    },
    {
      name: 'dataSource.manager and its reads',
      code: `${vitest}import { DataSource } from 'typeorm';
const dataSource = new DataSource({ type: 'sqlite', database: ':memory:' });
test('x', async () => {
  dataSource.manager.delete(User, {});
  dataSource.manager.transaction(async (manager) => {
    await manager.save(user);
  });
});`,
      output: `${vitest}import { DataSource } from 'typeorm';
const dataSource = new DataSource({ type: 'sqlite', database: ':memory:' });
test('x', async () => {
  await dataSource.manager.delete(User, {});
  await dataSource.manager.transaction(async (manager) => {
    await manager.save(user);
  });
});`,
      errors: [
        { messageId: 'unawaited', line: 5 },
        { messageId: 'unawaited', line: 6 },
      ],
    },
    {
      name: 'require; the resolved data source of await initialize()',
      code: `const typeorm = require('typeorm');
it('x', async () => {
  const dataSource = await new typeorm.DataSource({}).initialize();
  dataSource.query('delete from users');
  dataSource.destroy();
});`,
      output: `const typeorm = require('typeorm');
it('x', async () => {
  const dataSource = await new typeorm.DataSource({}).initialize();
  await dataSource.query('delete from users');
  await dataSource.destroy();
});`,
      errors: [
        { messageId: 'unawaited', line: 4 },
        { messageId: 'unawaited', line: 5 },
      ],
    },
    {
      name: 'let repo: Repository<User> assigned in beforeEach',
      code: `${vitest}import { DataSource, Repository } from 'typeorm';
const dataSource = new DataSource({ type: 'sqlite', database: ':memory:' });
let repo: Repository<User>;
beforeEach(() => {
  repo = dataSource.getRepository(User);
});
test('x', async () => {
  repo.clear();
  repo.count();
  repo.upsert({ id: 1 }, ['id']);
});`,
      output: `${vitest}import { DataSource, Repository } from 'typeorm';
const dataSource = new DataSource({ type: 'sqlite', database: ':memory:' });
let repo: Repository<User>;
beforeEach(() => {
  repo = dataSource.getRepository(User);
});
test('x', async () => {
  await repo.clear();
  await repo.count();
  await repo.upsert({ id: 1 }, ['id']);
});`,
      errors: [
        { messageId: 'unawaited', line: 9 },
        { messageId: 'unawaited', line: 10 },
        { messageId: 'unawaited', line: 11 },
      ],
    },
    {
      name: 'query builders run only through getMany(), execute() and the like',
      code: `${vitest}import { DataSource } from 'typeorm';
const dataSource = new DataSource({ type: 'sqlite', database: ':memory:' });
test('x', async () => {
  dataSource.getRepository(User).createQueryBuilder('u').where('u.id = :id', { id: 1 }).getMany();
  dataSource.createQueryBuilder().update(User).set({ name: 'b' }).where('id = 1').execute();
  dataSource.createQueryBuilder().relation(User, 'photos').of(1).add(2);
});`,
      output: `${vitest}import { DataSource } from 'typeorm';
const dataSource = new DataSource({ type: 'sqlite', database: ':memory:' });
test('x', async () => {
  await dataSource.getRepository(User).createQueryBuilder('u').where('u.id = :id', { id: 1 }).getMany();
  await dataSource.createQueryBuilder().update(User).set({ name: 'b' }).where('id = 1').execute();
  await dataSource.createQueryBuilder().relation(User, 'photos').of(1).add(2);
});`,
      errors: [
        { messageId: 'unawaited', line: 5 },
        { messageId: 'unawaited', line: 6 },
        { messageId: 'unawaited', line: 7 },
      ],
    },
    {
      name: 'a query runner: connect and transactions',
      code: `${vitest}import { DataSource } from 'typeorm';
const dataSource = new DataSource({ type: 'sqlite', database: ':memory:' });
test('x', async () => {
  const queryRunner = dataSource.createQueryRunner();
  queryRunner.connect();
  queryRunner.manager.save(user);
  queryRunner.release();
});`,
      output: `${vitest}import { DataSource } from 'typeorm';
const dataSource = new DataSource({ type: 'sqlite', database: ':memory:' });
test('x', async () => {
  const queryRunner = dataSource.createQueryRunner();
  await queryRunner.connect();
  await queryRunner.manager.save(user);
  await queryRunner.release();
});`,
      errors: [
        { messageId: 'unawaited', line: 6 },
        { messageId: 'unawaited', line: 7 },
        { messageId: 'unawaited', line: 8 },
      ],
    },
    {
      name: 'the 0.3 global helpers',
      code: `${vitest}import { createConnection, getRepository } from 'typeorm';
beforeEach(() => {
  createConnection();
});
test('x', () => {
  getRepository(User).clear();
});`,
      output: `${vitest}import { createConnection, getRepository } from 'typeorm';
beforeEach(async () => {
  await createConnection();
});
test('x', async () => {
  await getRepository(User).clear();
});`,
      errors: [
        { messageId: 'unawaited', line: 4 },
        { messageId: 'unawaited', line: 7 },
      ],
    },
    {
      name: 'let manager: EntityManager annotation',
      code: `${vitest}import type { EntityManager } from 'typeorm';
let manager: EntityManager;
test('x', () => {
  manager.getRepository(User).softDelete({ id: 1 });
});`,
      output: `${vitest}import type { EntityManager } from 'typeorm';
let manager: EntityManager;
test('x', async () => {
  await manager.getRepository(User).softDelete({ id: 1 });
});`,
      errors: [{ messageId: 'unawaited', line: 5 }],
    },
  ],
});

lateFailuresTester.run('await-async-calls: sequelize', rule, {
  valid: [
    {
      name: 'awaited and returned queries',
      code: `${vitest}import { Sequelize, DataTypes } from 'sequelize';
const sequelize = new Sequelize('sqlite::memory:');
const User = sequelize.define('User', { name: DataTypes.STRING });
beforeEach(() => sequelize.sync({ force: true }));
test('a', async () => {
  await User.create({ name: 'a' });
  const user = await User.findOne();
  await user.reload();
});
test('b', () => {
  return User.findAll();
});`,
    },
    {
      name: 'define, build and the attribute accessors are synchronous',
      code: `${vitest}import { Sequelize, DataTypes } from 'sequelize';
const sequelize = new Sequelize('sqlite::memory:');
test('a', () => {
  const User = sequelize.define('User', { name: DataTypes.STRING });
  const user = User.build({ name: 'a' });
  user.set('name', 'b');
  user.get('name');
  user.setDataValue('name', 'c');
  user.getDataValue('name');
  user.changed('name');
  user.toJSON();
  User.getTableName();
  User.scope('active');
  sequelize.isDefined('User');
  sequelize.getQueryInterface();
  expect(User.build({ name: 'd' }).get('name')).toBe('d');
});`,
    },
    {
      name: 'regression: define stays synchronous where the file also awaits it',
      code: `${vitest}import { Sequelize } from '@sequelize/core';
const sequelize = new Sequelize({});
test('a', async () => {
  await sequelize.define('Media', {});
  sequelize.define('Media', { title: 'STRING' });
  await sequelize.sync({ alter: true });
});`,
    },
    {
      name: 'SQL fragments and v7 model lookups are synchronous',
      code: `${vitest}import { Sequelize } from '@sequelize/core';
const sequelize = new Sequelize({});
test('a', async () => {
  const User = sequelize.models.getOrThrow('User');
  Sequelize.literal('1');
  sequelize.fn('count', sequelize.col('id'));
  await User.findAll({ attributes: [[sequelize.fn('count', sequelize.col('id')), 'n']] });
});`,
    },
  ],
  invalid: [
    {
      name: 'new Sequelize(): sync in a hook, model statics in the test',
      code: `${vitest}import { Sequelize, DataTypes } from 'sequelize';
const sequelize = new Sequelize('sqlite::memory:');
const User = sequelize.define('User', { name: DataTypes.STRING });
beforeEach(() => {
  sequelize.sync({ force: true });
});
test('x', async () => {
  User.create({ name: 'a' });
  User.bulkCreate([{ name: 'b' }]);
  User.update({ name: 'c' }, { where: {} });
  User.destroy({ where: {} });
});`,
      output: `${vitest}import { Sequelize, DataTypes } from 'sequelize';
const sequelize = new Sequelize('sqlite::memory:');
const User = sequelize.define('User', { name: DataTypes.STRING });
beforeEach(async () => {
  await sequelize.sync({ force: true });
});
test('x', async () => {
  await User.create({ name: 'a' });
  await User.bulkCreate([{ name: 'b' }]);
  await User.update({ name: 'c' }, { where: {} });
  await User.destroy({ where: {} });
});`,
      errors: [
        { messageId: 'unawaited', line: 6 },
        { messageId: 'unawaited', line: 9 },
        { messageId: 'unawaited', line: 10 },
        { messageId: 'unawaited', line: 11 },
        { messageId: 'unawaited', line: 12 },
      ],
    },
    {
      name: 'instances: build then save; the resolved instance of await create()',
      code: `${vitest}import { Sequelize } from 'sequelize';
const sequelize = new Sequelize('sqlite::memory:');
const User = sequelize.define('User', {});
test('x', async () => {
  User.build({ name: 'a' }).save();
  const user = await User.create({ name: 'b' });
  user.update({ name: 'c' });
  user.destroy();
});`,
      output: `${vitest}import { Sequelize } from 'sequelize';
const sequelize = new Sequelize('sqlite::memory:');
const User = sequelize.define('User', {});
test('x', async () => {
  await User.build({ name: 'a' }).save();
  const user = await User.create({ name: 'b' });
  await user.update({ name: 'c' });
  await user.destroy();
});`,
      errors: [
        { messageId: 'unawaited', line: 6 },
        { messageId: 'unawaited', line: 8 },
        { messageId: 'unawaited', line: 9 },
      ],
    },
    {
      name: 'require of the v6 module object; sequelize.models',
      code: `const Sequelize = require('sequelize');
const sequelize = new Sequelize('sqlite::memory:');
it('x', async () => {
  sequelize.models.User.count();
  sequelize.authenticate();
});`,
      output: `const Sequelize = require('sequelize');
const sequelize = new Sequelize('sqlite::memory:');
it('x', async () => {
  await sequelize.models.User.count();
  await sequelize.authenticate();
});`,
      errors: [
        { messageId: 'unawaited', line: 4 },
        { messageId: 'unawaited', line: 5 },
      ],
    },
    {
      name: '@sequelize/core; a transaction from await sequelize.transaction()',
      code: `${vitest}import { Sequelize } from '@sequelize/core';
const sequelize = new Sequelize({});
test('x', async () => {
  const transaction = await sequelize.transaction();
  transaction.rollback();
  sequelize.close();
});`,
      output: `${vitest}import { Sequelize } from '@sequelize/core';
const sequelize = new Sequelize({});
test('x', async () => {
  const transaction = await sequelize.transaction();
  await transaction.rollback();
  await sequelize.close();
});`,
      errors: [
        { messageId: 'unawaited', line: 6 },
        { messageId: 'unawaited', line: 7 },
      ],
    },
    {
      name: 'let User: ModelStatic<UserModel> assigned in beforeEach',
      code: `${vitest}import { Sequelize, type ModelStatic } from 'sequelize';
const sequelize = new Sequelize('sqlite::memory:');
let User: ModelStatic<UserModel>;
beforeEach(() => {
  User = sequelize.define('User', {});
});
test('x', async () => {
  User.truncate();
  User.findByPk(1);
});`,
      output: `${vitest}import { Sequelize, type ModelStatic } from 'sequelize';
const sequelize = new Sequelize('sqlite::memory:');
let User: ModelStatic<UserModel>;
beforeEach(() => {
  User = sequelize.define('User', {});
});
test('x', async () => {
  await User.truncate();
  await User.findByPk(1);
});`,
      errors: [
        { messageId: 'unawaited', line: 9 },
        { messageId: 'unawaited', line: 10 },
      ],
    },
    {
      name: 'the query interface',
      code: `${vitest}import { Sequelize } from 'sequelize';
const sequelize = new Sequelize('sqlite::memory:');
test('x', async () => {
  sequelize.getQueryInterface().bulkInsert('users', [{ name: 'a' }]);
});`,
      output: `${vitest}import { Sequelize } from 'sequelize';
const sequelize = new Sequelize('sqlite::memory:');
test('x', async () => {
  await sequelize.getQueryInterface().bulkInsert('users', [{ name: 'a' }]);
});`,
      errors: [{ messageId: 'unawaited', line: 5 }],
    },
  ],
});

lateFailuresTester.run('await-async-calls: mikro-orm', rule, {
  valid: [
    {
      name: 'awaited init, flush and reads',
      code: `${vitest}import { MikroORM } from '@mikro-orm/sqlite';
test('a', async () => {
  const orm = await MikroORM.init({ dbName: ':memory:' });
  const em = orm.em.fork();
  em.persist(user);
  await em.flush();
  await em.persist(other).flush();
  await em.find(User, {});
  await orm.close();
});`,
    },
    {
      name: 'persist, remove, assign, create, getReference, fork and clear are synchronous',
      code: `${vitest}import { MikroORM } from '@mikro-orm/core';
let orm: MikroORM;
test('a', () => {
  const em = orm.em.fork();
  const user = em.create(User, { name: 'a' });
  em.assign(user, { name: 'b' });
  em.persist(user);
  em.remove(em.getReference(User, 1));
  em.merge(user);
  em.clear();
  const repo = em.getRepository(User);
  repo.create({ name: 'c' });
  repo.assign(user, { name: 'd' });
  expect(em.create(User, { name: 'e' })).toBeDefined();
});`,
    },
    {
      name: 'a query builder runs only through execute() and getResult(): building one runs nothing',
      code: `${vitest}import type { EntityManager } from '@mikro-orm/postgresql';
let em: EntityManager;
test('a', () => {
  const qb = em.createQueryBuilder(User).select('*').where({ id: 1 });
  qb.orderBy({ name: 'asc' });
  qb.getQuery();
  expect(qb.getParams()).toEqual([1]);
});`,
    },
    {
      name: 'new MikroORM() and initSync are synchronous',
      code: `${vitest}import { MikroORM } from '@mikro-orm/sqlite';
test('a', () => {
  const orm = new MikroORM({ dbName: ':memory:' });
  MikroORM.initSync({ dbName: ':memory:' });
  orm.getMetadata();
});`,
    },
    {
      name: 'regression: em.clear() stays synchronous where a hook returns it to the runner',
      code: `${vitest}import { MikroORM } from '@mikro-orm/sqlite';
let orm: MikroORM;
beforeEach(() => orm.em.clear());
test('a', async () => {
  await orm.em.flush();
  orm.em.clear();
});`,
    },
  ],
  invalid: [
    {
      name: 'MikroORM.init in a hook, close in the test',
      code: `${vitest}import { MikroORM } from '@mikro-orm/core';
beforeEach(() => {
  MikroORM.init(config);
});
test('x', async () => {
  const orm = await MikroORM.init(config);
  orm.close(true);
});`,
      output: `${vitest}import { MikroORM } from '@mikro-orm/core';
beforeEach(async () => {
  await MikroORM.init(config);
});
test('x', async () => {
  const orm = await MikroORM.init(config);
  await orm.close(true);
});`,
      errors: [
        { messageId: 'unawaited', line: 4 },
        { messageId: 'unawaited', line: 8 },
      ],
    },
    {
      name: 'let orm: MikroORM assigned in beforeEach: the entity manager and its forks',
      code: `${vitest}import { MikroORM } from '@mikro-orm/postgresql';
let orm: MikroORM;
beforeEach(async () => {
  orm = await MikroORM.init(config);
});
test('x', async () => {
  orm.em.fork().persist(user).flush();
  orm.em.find(User, {});
  orm.em.count(User);
  orm.em.nativeInsert(User, { name: 'a' });
});`,
      output: `${vitest}import { MikroORM } from '@mikro-orm/postgresql';
let orm: MikroORM;
beforeEach(async () => {
  orm = await MikroORM.init(config);
});
test('x', async () => {
  await orm.em.fork().persist(user).flush();
  await orm.em.find(User, {});
  await orm.em.count(User);
  await orm.em.nativeInsert(User, { name: 'a' });
});`,
      errors: [
        { messageId: 'unawaited', line: 8 },
        { messageId: 'unawaited', line: 9 },
        { messageId: 'unawaited', line: 10 },
        { messageId: 'unawaited', line: 11 },
      ],
    },
    {
      name: 'let em: EntityManager annotation; persistAndFlush and remove().flush()',
      code: `${vitest}import type { EntityManager } from '@mikro-orm/mysql';
let em: EntityManager;
test('x', async () => {
  em.persistAndFlush(user);
  em.remove(user).flush();
});`,
      output: `${vitest}import type { EntityManager } from '@mikro-orm/mysql';
let em: EntityManager;
test('x', async () => {
  await em.persistAndFlush(user);
  await em.remove(user).flush();
});`,
      errors: [
        { messageId: 'unawaited', line: 5 },
        { messageId: 'unawaited', line: 6 },
      ],
    },
    {
      name: 'require; repositories, query builders and the schema generator',
      code: `const { MikroORM } = require('@mikro-orm/sqlite');
it('x', async () => {
  const orm = await MikroORM.init(config);
  orm.em.getRepository(User).findAll();
  orm.em.createQueryBuilder(User).where({ id: 1 }).getResultList();
  orm.schema.refreshDatabase();
  orm.getSchemaGenerator().createSchema();
});`,
      output: `const { MikroORM } = require('@mikro-orm/sqlite');
it('x', async () => {
  const orm = await MikroORM.init(config);
  await orm.em.getRepository(User).findAll();
  await orm.em.createQueryBuilder(User).where({ id: 1 }).getResultList();
  await orm.schema.refreshDatabase();
  await orm.getSchemaGenerator().createSchema();
});`,
      errors: [
        { messageId: 'unawaited', line: 4 },
        { messageId: 'unawaited', line: 5 },
        { messageId: 'unawaited', line: 6 },
        { messageId: 'unawaited', line: 7 },
      ],
    },
    {
      name: 'new MikroORM() (v7); transactional runs at once',
      code: `${vitest}import { MikroORM } from '@mikro-orm/sqlite';
const orm = new MikroORM(config);
test('x', () => {
  orm.em.transactional(async (em) => {
    em.persist(user);
  });
});`,
      output: `${vitest}import { MikroORM } from '@mikro-orm/sqlite';
const orm = new MikroORM(config);
test('x', async () => {
  await orm.em.transactional(async (em) => {
    em.persist(user);
  });
});`,
      errors: [{ messageId: 'unawaited', line: 5 }],
    },
  ],
});

lateFailuresTester.run('await-async-calls: mongoose', rule, {
  valid: [
    {
      name: 'awaited, returned and exec()-ed queries',
      code: `${vitest}import mongoose from 'mongoose';
const User = mongoose.model('User', new mongoose.Schema({ name: String }));
beforeEach(() => mongoose.connect('mongodb://localhost/test'));
test('a', async () => {
  await User.find({ name: 'a' }).sort({ name: 1 });
  await User.updateOne({}, { name: 'b' }).exec();
  await User.create({ name: 'c' });
});
test('b', () => {
  return User.findOne({ name: 'a' });
});`,
    },
    {
      name: 'new Model(), and the document accessors are synchronous',
      code: `${vitest}import { model, Schema } from 'mongoose';
const User = model('User', new Schema({ name: String }));
test('a', () => {
  const user = new User({ name: 'a' });
  user.set('name', 'b');
  user.get('name');
  user.isModified('name');
  user.validateSync();
  user.toObject();
  User.hydrate({ name: 'c' });
  expect(new User({ name: 'd' }).toJSON()).toEqual({ name: 'd' });
});`,
    },
    {
      name: 'reading the filter of a query is synchronous',
      code: `${vitest}import mongoose from 'mongoose';
const User = mongoose.model('User', new mongoose.Schema({}));
test('a', () => {
  const query = User.find({ name: 'a' });
  expect(query.getFilter()).toEqual({ name: 'a' });
  return query;
});`,
    },
    {
      name: 'the callback API of mongoose before v7',
      code: `const mongoose = require('mongoose');
const User = mongoose.model('User', new mongoose.Schema({}));
it('a', () => {
  mongoose.connect('mongodb://localhost/test', (err) => {});
  User.find({}, (err, docs) => {});
  new User({}).save((err) => {});
  User.find({}).exec((err, docs) => {});
});`,
    },
    {
      name: 'configuration and model registration are synchronous',
      code: `${vitest}import mongoose from 'mongoose';
test('a', () => {
  mongoose.set('strictQuery', true);
  mongoose.model('User', new mongoose.Schema({}));
  mongoose.modelNames();
  mongoose.createConnection('mongodb://localhost/test').model('Cat', new mongoose.Schema({}));
});`,
    },
    {
      name: 'regression: a stored query or aggregation configured in place, then handed on',
      code: `${vitest}import mongoose from 'mongoose';
const User = mongoose.model('User', new mongoose.Schema({}));
test('a', async () => {
  const query = User.find({});
  query.set('slug', 'x');
  query.where('age').gte(18);
  const aggregate = User.aggregate();
  aggregate.match({ age: 18 });
  aggregate.sort({ name: 1 });
  await aggregate;
  return query;
});`,
    },
    {
      name: 'regression: a stored query that is only inspected never needed to run',
      code: `${vitest}import mongoose from 'mongoose';
const Test = mongoose.model('Test', new mongoose.Schema({ name: String }));
test('a', () => {
  const query = Test.find().sort([['name', 1]]);
  const Query = query.toConstructor();
  expect(new Query().options.sort).toEqual({ name: 1 });
});`,
    },
    {
      name: 'regression: deleteModel stays synchronous where a hook returns it to the runner',
      code: `const mongoose = require('mongoose');
const db = mongoose.createConnection('mongodb://localhost/test');
beforeEach(() => db.deleteModel(/.*/));
it('a', () => {
  db.deleteModel(/Test/);
  db.model('Test', new mongoose.Schema({}));
});`,
    },
  ],
  invalid: [
    {
      name: 'connect in a hook; queries are lazy and never run when dropped',
      code: `${vitest}import mongoose from 'mongoose';
const User = mongoose.model('User', new mongoose.Schema({ name: String }));
beforeEach(() => {
  mongoose.connect('mongodb://localhost/test');
});
test('x', async () => {
  User.deleteMany({});
  User.updateOne({ name: 'a' }, { name: 'b' });
  User.find({ name: 'a' }).sort({ name: 1 }).limit(1);
});`,
      output: `${vitest}import mongoose from 'mongoose';
const User = mongoose.model('User', new mongoose.Schema({ name: String }));
beforeEach(async () => {
  await mongoose.connect('mongodb://localhost/test');
});
test('x', async () => {
  await User.deleteMany({});
  await User.updateOne({ name: 'a' }, { name: 'b' });
  await User.find({ name: 'a' }).sort({ name: 1 }).limit(1);
});`,
      errors: [
        { messageId: 'unawaited', line: 5 },
        { messageId: 'unawaitedLazy', line: 8 },
        { messageId: 'unawaitedLazy', line: 9 },
        { messageId: 'unawaitedLazy', line: 10 },
      ],
    },
    {
      name: 'create, insertMany, exec() and save() run at once',
      code: `${vitest}import mongoose from 'mongoose';
const User = mongoose.model('User', new mongoose.Schema({ name: String }));
test('x', async () => {
  User.create({ name: 'a' });
  User.insertMany([{ name: 'b' }]);
  User.findById(id).exec();
  new User({ name: 'c' }).save();
});`,
      output: `${vitest}import mongoose from 'mongoose';
const User = mongoose.model('User', new mongoose.Schema({ name: String }));
test('x', async () => {
  await User.create({ name: 'a' });
  await User.insertMany([{ name: 'b' }]);
  await User.findById(id).exec();
  await new User({ name: 'c' }).save();
});`,
      errors: [
        { messageId: 'unawaited', line: 5 },
        { messageId: 'unawaited', line: 6 },
        { messageId: 'unawaited', line: 7 },
        { messageId: 'unawaited', line: 8 },
      ],
    },
    {
      name: 'named imports; a document from await create(); aggregations are lazy',
      code: `${vitest}import { model, connect, Schema } from 'mongoose';
const Cat = model('Cat', new Schema({ name: String }));
test('x', async () => {
  connect('mongodb://localhost/test');
  const cat = await Cat.create({ name: 'a' });
  cat.deleteOne();
  Cat.aggregate([{ $match: {} }]).group({ _id: null });
});`,
      output: `${vitest}import { model, connect, Schema } from 'mongoose';
const Cat = model('Cat', new Schema({ name: String }));
test('x', async () => {
  await connect('mongodb://localhost/test');
  const cat = await Cat.create({ name: 'a' });
  await cat.deleteOne();
  await Cat.aggregate([{ $match: {} }]).group({ _id: null });
});`,
      errors: [
        { messageId: 'unawaited', line: 5 },
        { messageId: 'unawaitedLazy', line: 7 },
        { messageId: 'unawaitedLazy', line: 8 },
      ],
    },
    {
      name: 'require; the default connection and its native database',
      code: `const mongoose = require('mongoose');
it('x', async () => {
  mongoose.connection.dropDatabase();
  mongoose.connection.db.dropDatabase();
  mongoose.disconnect();
});`,
      output: `const mongoose = require('mongoose');
it('x', async () => {
  await mongoose.connection.dropDatabase();
  await mongoose.connection.db.dropDatabase();
  await mongoose.disconnect();
});`,
      errors: [
        { messageId: 'unawaited', line: 3 },
        { messageId: 'unawaited', line: 4 },
        { messageId: 'unawaited', line: 5 },
      ],
    },
    {
      name: 'let conn: Connection and let User: Model<IUser> assigned in beforeEach',
      code: `${vitest}import mongoose, { type Connection, type Model } from 'mongoose';
let conn: Connection;
let User: Model<IUser>;
beforeEach(() => {
  conn = mongoose.createConnection('mongodb://localhost/test');
  User = conn.model('User', new mongoose.Schema({}));
});
test('x', async () => {
  User.countDocuments();
  conn.close();
});`,
      output: `${vitest}import mongoose, { type Connection, type Model } from 'mongoose';
let conn: Connection;
let User: Model<IUser>;
beforeEach(() => {
  conn = mongoose.createConnection('mongodb://localhost/test');
  User = conn.model('User', new mongoose.Schema({}));
});
test('x', async () => {
  await User.countDocuments();
  await conn.close();
});`,
      errors: [
        { messageId: 'unawaitedLazy', line: 10 },
        { messageId: 'unawaited', line: 11 },
      ],
    },
  ],
});

lateFailuresTester.run('await-async-calls: mongodb', rule, {
  valid: [
    {
      name: 'awaited commands; db() and collection() are synchronous',
      code: `${vitest}import { MongoClient } from 'mongodb';
const client = new MongoClient('mongodb://localhost');
beforeEach(() => client.connect());
test('a', async () => {
  const users = client.db('test').collection('users');
  await users.insertOne({ name: 'a' });
  await users.find({}).sort({ name: 1 }).toArray();
});`,
    },
    {
      name: 'a cursor is not a thenable: building one runs nothing',
      code: `${vitest}import { MongoClient } from 'mongodb';
const client = new MongoClient('mongodb://localhost');
test('a', () => {
  const cursor = client.db().collection('users').find({}).limit(1);
  cursor.project({ name: 1 });
  client.db().collection('users').aggregate([]).match({});
  client.startSession().startTransaction();
});`,
    },
    {
      name: 'the callback API of the driver before v6',
      code: `const { MongoClient } = require('mongodb');
it('a', () => {
  MongoClient.connect('mongodb://localhost', (err, client) => {
    client.db().collection('users').insertOne({}, (err2) => {});
  });
});`,
    },
  ],
  invalid: [
    {
      name: 'new MongoClient(): connect in a hook, collection commands in the test',
      code: `${vitest}import { MongoClient } from 'mongodb';
const client = new MongoClient('mongodb://localhost');
beforeEach(() => {
  client.connect();
});
test('x', async () => {
  client.db('test').collection('users').insertOne({ name: 'a' });
  client.db('test').collection('users').find({}).toArray();
});`,
      output: `${vitest}import { MongoClient } from 'mongodb';
const client = new MongoClient('mongodb://localhost');
beforeEach(async () => {
  await client.connect();
});
test('x', async () => {
  await client.db('test').collection('users').insertOne({ name: 'a' });
  await client.db('test').collection('users').find({}).toArray();
});`,
      errors: [
        { messageId: 'unawaited', line: 5 },
        { messageId: 'unawaited', line: 8 },
        { messageId: 'unawaited', line: 9 },
      ],
    },
    {
      name: 'require; the client of await MongoClient.connect()',
      code: `const { MongoClient } = require('mongodb');
it('x', async () => {
  const client = await MongoClient.connect('mongodb://localhost');
  client.db().dropDatabase();
  client.close();
});`,
      output: `const { MongoClient } = require('mongodb');
it('x', async () => {
  const client = await MongoClient.connect('mongodb://localhost');
  await client.db().dropDatabase();
  await client.close();
});`,
      errors: [
        { messageId: 'unawaited', line: 4 },
        { messageId: 'unawaited', line: 5 },
      ],
    },
    {
      name: 'let users: Collection assigned in beforeEach',
      code: `${vitest}import { MongoClient, type Collection } from 'mongodb';
const client = new MongoClient('mongodb://localhost');
let users: Collection<User>;
beforeEach(() => {
  users = client.db().collection('users');
});
test('x', async () => {
  users.deleteMany({});
  users.updateOne({}, { $set: { name: 'b' } });
  users.countDocuments();
});`,
      output: `${vitest}import { MongoClient, type Collection } from 'mongodb';
const client = new MongoClient('mongodb://localhost');
let users: Collection<User>;
beforeEach(() => {
  users = client.db().collection('users');
});
test('x', async () => {
  await users.deleteMany({});
  await users.updateOne({}, { $set: { name: 'b' } });
  await users.countDocuments();
});`,
      errors: [
        { messageId: 'unawaited', line: 9 },
        { messageId: 'unawaited', line: 10 },
        { messageId: 'unawaited', line: 11 },
      ],
    },
    {
      name: 'sessions: endSession and withTransaction',
      code: `${vitest}import { MongoClient } from 'mongodb';
const client = new MongoClient('mongodb://localhost');
test('x', async () => {
  const session = client.startSession();
  session.withTransaction(insertUsers, { readConcern: { level: 'majority' } });
  session.endSession();
});`,
      output: `${vitest}import { MongoClient } from 'mongodb';
const client = new MongoClient('mongodb://localhost');
test('x', async () => {
  const session = client.startSession();
  await session.withTransaction(insertUsers, { readConcern: { level: 'majority' } });
  await session.endSession();
});`,
      errors: [
        { messageId: 'unawaited', line: 6 },
        { messageId: 'unawaited', line: 7 },
      ],
    },
  ],
});

lateFailuresTester.run('await-async-calls: model classes declared in the test file', rule, {
  valid: [
    {
      name: 'sequelize: init and build on a subclass of Model are synchronous',
      code: `${vitest}import { Model, Sequelize } from 'sequelize';
class User extends Model {}
test('a', async () => {
  User.init({}, { sequelize: new Sequelize('sqlite::memory:') });
  const user = User.build({ name: 'ada' });
  await user.save();
});`,
    },
    {
      name: 'a class extending something unknown is unknown',
      code: `${vitest}import { Base } from './base';
class User extends Base {}
test('a', () => {
  User.create({ name: 'ada' });
});`,
    },
    {
      name: 'typeorm: create builds an entity in memory',
      code: `${vitest}import { BaseEntity } from 'typeorm';
class User extends BaseEntity {}
test('a', async () => {
  const user = User.create({ name: 'ada' });
  await user.save();
});`,
    },
  ],
  invalid: [
    {
      name: 'objection: a subclass of Model has its query builder, which is lazy',
      code: `${vitest}import { Model } from 'objection';
class Person extends Model {
  static tableName = 'persons';
}
test('a', async () => {
  Person.query().insert({ name: 'ada' });
});`,
      output: `${vitest}import { Model } from 'objection';
class Person extends Model {
  static tableName = 'persons';
}
test('a', async () => {
  await Person.query().insert({ name: 'ada' });
});`,
      errors: [{ messageId: 'unawaitedLazy', line: 7, column: 3 }],
    },
    {
      name: 'sequelize: a static create on a subclass of Model, and a class expression',
      code: `${vitest}import { Model } from 'sequelize';
const User = class extends Model {};
test('a', () => {
  User.create({ name: 'ada' });
});`,
      output: `${vitest}import { Model } from 'sequelize';
const User = class extends Model {};
test('a', async () => {
  await User.create({ name: 'ada' });
});`,
      errors: [{ messageId: 'unawaited', line: 5, column: 3 }],
    },
    {
      name: 'typeorm: active record statics and an entity saving itself',
      code: `${vitest}import { BaseEntity } from 'typeorm';
class User extends BaseEntity {}
test('a', async () => {
  User.delete({});
  new User().save();
});`,
      output: `${vitest}import { BaseEntity } from 'typeorm';
class User extends BaseEntity {}
test('a', async () => {
  await User.delete({});
  await new User().save();
});`,
      errors: [
        { messageId: 'unawaited', line: 5, column: 3 },
        { messageId: 'unawaited', line: 6, column: 3 },
      ],
    },
  ],
});

lateFailuresTester.run('await-async-calls: what awaiting a mongoose query for one document gives', rule, {
  valid: [
    {
      name: 'a lean query gives a plain object; reading a document is synchronous',
      code: `${vitest}import mongoose from 'mongoose';
const User = mongoose.model('User', new mongoose.Schema({ name: String }));
test('a', async () => {
  const plain = await User.findOne({ name: 'a' }).lean();
  plain.save();
  const user = await User.findById('1').populate('posts');
  user.get('name');
  user.toObject();
});`,
    },
  ],
  invalid: [
    {
      name: 'the document from an awaited findOne saves itself: unawaited, it runs late',
      code: `${vitest}import mongoose from 'mongoose';
const User = mongoose.model('User', new mongoose.Schema({ name: String }));
test('a', async () => {
  const user = await User.findOne({ name: 'a' }).sort({ name: 1 });
  user.name = 'b';
  user.save();
});`,
      output: `${vitest}import mongoose from 'mongoose';
const User = mongoose.model('User', new mongoose.Schema({ name: String }));
test('a', async () => {
  const user = await User.findOne({ name: 'a' }).sort({ name: 1 });
  user.name = 'b';
  await user.save();
});`,
      errors: [{ messageId: 'unawaited', line: 7, column: 3 }],
    },
    {
      name: 'exec() on a query for one document gives the document too',
      code: `${vitest}import mongoose from 'mongoose';
const User = mongoose.model('User', new mongoose.Schema({ name: String }));
test('a', async () => {
  const user = await User.findByIdAndUpdate('1', { name: 'b' }).exec();
  user.deleteOne();
});`,
      output: `${vitest}import mongoose from 'mongoose';
const User = mongoose.model('User', new mongoose.Schema({ name: String }));
test('a', async () => {
  const user = await User.findByIdAndUpdate('1', { name: 'b' }).exec();
  await user.deleteOne();
});`,
      errors: [{ messageId: 'unawaitedLazy', line: 6, column: 3 }],
    },
  ],
});
