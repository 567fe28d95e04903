import rule from '../../rules/require-rollback';
import { ruleTester } from '../rule-tester';

// One block per library of the transaction table: the begin that is reported (with the rollback the fix writes), the
// rollbacks that satisfy the rule, a commit in the teardown, and the callback-scoped forms that are never reported.

ruleTester.run('require-rollback: query builders and ORMs', rule, {
  valid: [
    {
      name: 'Kysely: a controlled transaction rolled back with execute() in afterEach',
      code: `import { afterEach, beforeEach, it } from 'vitest';
import { Kysely } from 'kysely';
const db = new Kysely({});
let trx;
beforeEach(async () => {
  trx = await db.startTransaction().setIsolationLevel('serializable').execute();
});
afterEach(async () => {
  await trx.rollback().execute();
});
it('a', () => {});`,
    },
    {
      name: 'Kysely: a callback-scoped transaction ends with its callback',
      code: `import { it } from 'vitest';
import { Kysely } from 'kysely';
const db = new Kysely({});
it('a', async () => {
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('users').values({ name: 'ada' }).execute();
  });
});`,
    },
    {
      name: 'Objection: transaction.start() rolled back in afterEach',
      code: `import { afterEach, beforeEach, it } from 'vitest';
import { Model, transaction } from 'objection';
let trx;
beforeEach(async () => {
  trx = await transaction.start(Model.knex());
});
afterEach(async () => {
  await trx.rollback();
});
it('a', () => {});`,
    },
    {
      name: 'TypeORM: a query runner transaction rolled back, then released',
      code: `import { afterEach, beforeEach, it } from 'vitest';
import { DataSource, QueryRunner } from 'typeorm';
declare const dataSource: DataSource;
let queryRunner: QueryRunner;
beforeEach(async () => {
  queryRunner = dataSource.createQueryRunner();
  await queryRunner.startTransaction();
});
afterEach(async () => {
  await queryRunner.rollbackTransaction();
  await queryRunner.release();
});
it('a', () => {});`,
    },
    {
      name: 'Sequelize: a managed transaction (with a callback) is not reported',
      code: `import { it } from 'vitest';
import { Sequelize } from 'sequelize';
const sequelize = new Sequelize('sqlite::memory:');
it('a', async () => {
  await sequelize.transaction(async (t) => {
    await sequelize.query('select 1', { transaction: t });
  });
});`,
    },
    {
      name: 'Sequelize: an unmanaged transaction rolled back in finally',
      code: `import { it } from 'vitest';
import { Sequelize } from 'sequelize';
const sequelize = new Sequelize('sqlite::memory:');
it('a', async () => {
  const t = await sequelize.transaction();
  try {
    await sequelize.query('select 1', { transaction: t });
  } finally {
    await t.rollback();
  }
});`,
    },
    {
      name: 'MikroORM: a forked manager rolled back in afterEach',
      code: `import { afterEach, beforeEach, it } from 'vitest';
import { EntityManager } from '@mikro-orm/core';
declare const root: EntityManager;
let em;
beforeEach(async () => {
  em = root.fork();
  await em.begin();
});
afterEach(async () => {
  await em.rollback();
});
it('a', () => {});`,
    },
    {
      name: 'MikroORM: a manager reached through a property is matched by its text',
      code: `import { afterEach, beforeEach, it } from 'vitest';
import { MikroORM } from '@mikro-orm/core';
let orm: MikroORM;
beforeEach(async () => {
  await orm.em.begin();
});
afterEach(async () => {
  await orm.em.rollback();
});
it('a', () => {});`,
    },
  ],
  invalid: [
    {
      name: 'Kysely: startTransaction().execute() never rolled back; the fix runs the rollback command',
      code: `import { beforeEach, it } from 'vitest';
import { Kysely } from 'kysely';
const db = new Kysely({});
let trx;
beforeEach(async () => {
  trx = await db.startTransaction().execute();
});
it('a', () => {});`,
      output: `import { beforeEach, it, afterEach } from 'vitest';
import { Kysely } from 'kysely';
const db = new Kysely({});
let trx;
beforeEach(async () => {
  trx = await db.startTransaction().execute();
});
afterEach(async () => {
  await trx.rollback().execute();
});
it('a', () => {});`,
      errors: [{ messageId: 'missingRollback', line: 6, column: 15, data: { name: 'db.startTransaction().execute()', place: 'in afterEach' } }],
    },
    {
      name: 'Kysely: committed in afterEach',
      code: `import { afterEach, beforeEach, it } from 'vitest';
import { Kysely } from 'kysely';
const db = new Kysely({});
let trx;
beforeEach(async () => {
  trx = await db.startTransaction().execute();
});
afterEach(async () => {
  await trx.commit().execute();
});
it('a', () => {});`,
      errors: [{ messageId: 'committed', line: 6, data: { name: 'db.startTransaction().execute()' } }],
    },
    {
      name: 'Objection: transaction.start() never rolled back',
      code: `import { beforeEach, it } from 'vitest';
import { Model, transaction } from 'objection';
let trx;
beforeEach(async () => {
  trx = await transaction.start(Model.knex());
});
it('a', () => {});`,
      output: `import { beforeEach, it, afterEach } from 'vitest';
import { Model, transaction } from 'objection';
let trx;
beforeEach(async () => {
  trx = await transaction.start(Model.knex());
});
afterEach(async () => {
  await trx.rollback();
});
it('a', () => {});`,
      errors: [{ messageId: 'missingRollback', line: 5, data: { name: 'transaction.start(…)', place: 'in afterEach' } }],
    },
    {
      name: 'Objection: Model.startTransaction() never rolled back',
      code: `import { beforeEach, it } from 'vitest';
import { Model } from 'objection';
let trx;
beforeEach(async () => {
  trx = await Model.startTransaction();
});
it('a', () => {});`,
      output: `import { beforeEach, it, afterEach } from 'vitest';
import { Model } from 'objection';
let trx;
beforeEach(async () => {
  trx = await Model.startTransaction();
});
afterEach(async () => {
  await trx.rollback();
});
it('a', () => {});`,
      errors: [{ messageId: 'missingRollback', line: 5, data: { name: 'Model.startTransaction()', place: 'in afterEach' } }],
    },
    {
      name: 'TypeORM: startTransaction() on the query runner, released but never rolled back',
      code: `import { afterEach, beforeEach, it } from 'vitest';
import { DataSource } from 'typeorm';
const dataSource = new DataSource({ type: 'postgres' });
let queryRunner;
beforeEach(async () => {
  queryRunner = dataSource.createQueryRunner();
  await queryRunner.startTransaction();
});
afterEach(async () => {
  await queryRunner.release();
});
it('a', () => {});`,
      output: `import { afterEach, beforeEach, it } from 'vitest';
import { DataSource } from 'typeorm';
const dataSource = new DataSource({ type: 'postgres' });
let queryRunner;
beforeEach(async () => {
  queryRunner = dataSource.createQueryRunner();
  await queryRunner.startTransaction();
});
afterEach(async () => {
  await queryRunner.release();
  await queryRunner.rollbackTransaction();
});
it('a', () => {});`,
      errors: [{ messageId: 'missingRollback', line: 7, data: { name: 'queryRunner.startTransaction()', place: 'in afterEach' } }],
    },
    {
      name: 'TypeORM: commitTransaction() in afterEach',
      code: `import { afterEach, beforeEach, it } from 'vitest';
import { QueryRunner } from 'typeorm';
let queryRunner: QueryRunner;
beforeEach(async () => {
  await queryRunner.startTransaction();
});
afterEach(async () => {
  await queryRunner.commitTransaction();
});
it('a', () => {});`,
      errors: [{ messageId: 'committed', line: 5 }],
    },
    {
      name: 'Sequelize: transaction() without a callback, never rolled back',
      code: `import { beforeEach, it } from 'vitest';
import { Sequelize } from 'sequelize';
const sequelize = new Sequelize('sqlite::memory:');
let t;
beforeEach(async () => {
  t = await sequelize.transaction();
});
it('a', () => {});`,
      output: `import { beforeEach, it, afterEach } from 'vitest';
import { Sequelize } from 'sequelize';
const sequelize = new Sequelize('sqlite::memory:');
let t;
beforeEach(async () => {
  t = await sequelize.transaction();
});
afterEach(async () => {
  await t.rollback();
});
it('a', () => {});`,
      errors: [{ messageId: 'missingRollback', line: 6, data: { name: 'sequelize.transaction()', place: 'in afterEach' } }],
    },
    {
      name: 'Sequelize v7: startUnmanagedTransaction() rolled back only in afterAll',
      code: `import { afterAll, beforeEach, it } from 'vitest';
import { Sequelize } from '@sequelize/core';
const sequelize = new Sequelize({});
let t;
beforeEach(async () => {
  t = await sequelize.startUnmanagedTransaction();
});
afterAll(async () => {
  await t.rollback();
});
it('a', () => {});`,
      errors: [{ messageId: 'rollbackTooLate', line: 6 }],
    },
    {
      name: 'MikroORM: em.begin() never rolled back',
      code: `import { beforeEach, it } from 'vitest';
import { MikroORM } from '@mikro-orm/postgresql';
let orm;
let em;
beforeEach(async () => {
  orm = await MikroORM.init({});
  em = orm.em.fork();
  await em.begin();
});
it('a', () => {});`,
      output: `import { beforeEach, it, afterEach } from 'vitest';
import { MikroORM } from '@mikro-orm/postgresql';
let orm;
let em;
beforeEach(async () => {
  orm = await MikroORM.init({});
  em = orm.em.fork();
  await em.begin();
});
afterEach(async () => {
  await em.rollback();
});
it('a', () => {});`,
      errors: [{ messageId: 'missingRollback', line: 8, data: { name: 'em.begin()', place: 'in afterEach' } }],
    },
    {
      name: 'MikroORM: orm.em.begin() on a property: reported, without a fix',
      code: `import { beforeEach, it } from 'vitest';
import { MikroORM } from '@mikro-orm/core';
let orm: MikroORM;
beforeEach(async () => {
  await orm.em.begin();
});
it('a', () => {});`,
      errors: [{ messageId: 'missingRollback', line: 5, data: { name: 'orm.em.begin()', place: 'in afterEach' } }],
    },
  ],
});

ruleTester.run('require-rollback: drivers', rule, {
  valid: [
    {
      name: 'mysql2: beginTransaction() rolled back in afterEach',
      code: `import { afterEach, beforeEach, it } from 'vitest';
import mysql from 'mysql2/promise';
let connection;
beforeEach(async () => {
  connection = await mysql.createConnection({});
  await connection.beginTransaction();
});
afterEach(async () => {
  await connection.rollback();
  await connection.end();
});
it('a', () => {});`,
    },
    {
      name: 'mysql2: START TRANSACTION on a pooled connection, ROLLBACK in afterEach',
      code: `import { afterEach, beforeEach, it } from 'vitest';
import mysql from 'mysql2/promise';
const pool = mysql.createPool({});
let connection;
beforeEach(async () => {
  connection = await pool.getConnection();
  await connection.query('START TRANSACTION');
});
afterEach(async () => {
  await connection.query('ROLLBACK');
  connection.release();
});
it('a', () => {});`,
    },
    {
      name: 'MongoDB: a session transaction ended with endSession(), which aborts it',
      code: `import { afterEach, beforeEach, it } from 'vitest';
import { MongoClient } from 'mongodb';
const client = new MongoClient(process.env.MONGO_URL);
let session;
beforeEach(() => {
  session = client.startSession();
  session.startTransaction();
});
afterEach(async () => {
  await session.endSession();
});
it('a', () => {});`,
    },
    {
      name: 'MongoDB: withTransaction(callback) ends with its callback',
      code: `import { it } from 'vitest';
import { MongoClient } from 'mongodb';
const client = new MongoClient(process.env.MONGO_URL);
it('a', async () => {
  const session = client.startSession();
  try {
    await session.withTransaction(async () => {});
  } finally {
    await session.endSession();
  }
});`,
    },
    {
      name: 'Mongoose: a session transaction aborted in afterEach',
      code: `import { afterEach, beforeEach, it } from 'vitest';
import mongoose from 'mongoose';
let session;
beforeEach(async () => {
  session = await mongoose.startSession();
  session.startTransaction();
});
afterEach(async () => {
  await session.abortTransaction();
  await session.endSession();
});
it('a', () => {});`,
    },
    {
      name: 'PGlite: BEGIN through exec, ROLLBACK in afterEach',
      code: `import { afterEach, beforeEach, it } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
const db = new PGlite();
beforeEach(async () => {
  await db.exec('BEGIN');
});
afterEach(async () => {
  await db.exec('ROLLBACK');
});
it('a', () => {});`,
    },
    {
      name: 'PGlite: transaction(callback) ends with its callback',
      code: `import { it } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
const db = new PGlite();
it('a', async () => {
  await db.transaction(async (tx) => {
    await tx.query('select 1');
  });
});`,
    },
  ],
  invalid: [
    {
      name: 'mysql2: beginTransaction() never rolled back',
      code: `import { beforeEach, it } from 'vitest';
import mysql from 'mysql2/promise';
let connection;
beforeEach(async () => {
  connection = await mysql.createConnection({});
  await connection.beginTransaction();
});
it('a', () => {});`,
      output: `import { beforeEach, it, afterEach } from 'vitest';
import mysql from 'mysql2/promise';
let connection;
beforeEach(async () => {
  connection = await mysql.createConnection({});
  await connection.beginTransaction();
});
afterEach(async () => {
  await connection.rollback();
});
it('a', () => {});`,
      errors: [{ messageId: 'missingRollback', line: 6, data: { name: 'connection.beginTransaction()', place: 'in afterEach' } }],
    },
    {
      name: 'mysql2: START TRANSACTION, committed in afterEach',
      code: `import { afterEach, beforeEach, it } from 'vitest';
import mysql from 'mysql2/promise';
const pool = mysql.createPool({});
let connection;
beforeEach(async () => {
  connection = await pool.getConnection();
  await connection.query('START TRANSACTION');
});
afterEach(async () => {
  await connection.commit();
  connection.release();
});
it('a', () => {});`,
      errors: [{ messageId: 'committed', line: 7 }],
    },
    {
      name: 'mysql2: START TRANSACTION never rolled back; the fix writes the statement through the same method',
      code: `import { beforeEach, it } from 'vitest';
import mysql from 'mysql2/promise';
let connection;
beforeEach(async () => {
  connection = await mysql.createConnection({});
  await connection.query('START TRANSACTION');
});
it('a', () => {});`,
      output: `import { beforeEach, it, afterEach } from 'vitest';
import mysql from 'mysql2/promise';
let connection;
beforeEach(async () => {
  connection = await mysql.createConnection({});
  await connection.query('START TRANSACTION');
});
afterEach(async () => {
  await connection.query('ROLLBACK');
});
it('a', () => {});`,
      errors: [{ messageId: 'missingRollback', line: 6, data: { name: 'connection.query(…)', place: 'in afterEach' } }],
    },
    {
      name: 'MongoDB: session.startTransaction() never aborted',
      code: `import { beforeEach, it } from 'vitest';
import { MongoClient } from 'mongodb';
const client = new MongoClient(process.env.MONGO_URL);
let session;
beforeEach(() => {
  session = client.startSession();
  session.startTransaction();
});
it('a', () => {});`,
      output: `import { beforeEach, it, afterEach } from 'vitest';
import { MongoClient } from 'mongodb';
const client = new MongoClient(process.env.MONGO_URL);
let session;
beforeEach(() => {
  session = client.startSession();
  session.startTransaction();
});
afterEach(async () => {
  await session.abortTransaction();
});
it('a', () => {});`,
      errors: [{ messageId: 'missingRollback', line: 7, data: { name: 'session.startTransaction()', place: 'in afterEach' } }],
    },
    {
      name: 'MongoDB: committed in afterEach',
      code: `import { afterEach, beforeEach, it } from 'vitest';
import { MongoClient } from 'mongodb';
const client = new MongoClient(process.env.MONGO_URL);
let session;
beforeEach(() => {
  session = client.startSession();
  session.startTransaction();
});
afterEach(async () => {
  await session.commitTransaction();
});
it('a', () => {});`,
      errors: [{ messageId: 'committed', line: 7 }],
    },
    {
      name: 'Mongoose: a session transaction begun in the test, never aborted',
      code: `import { it } from 'vitest';
import mongoose from 'mongoose';
it('a', async () => {
  const session = await mongoose.startSession();
  session.startTransaction();
});`,
      errors: [
        {
          messageId: 'missingRollback',
          line: 5,
          data: { name: 'session.startTransaction()', place: 'in afterEach' },
          suggestions: [
            {
              messageId: 'suggestRollbackWhenTestEnds',
              output: `import { it, onTestFinished } from 'vitest';
import mongoose from 'mongoose';
it('a', async () => {
  const session = await mongoose.startSession();
  session.startTransaction();
  onTestFinished(() => session.abortTransaction());
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'PGlite: BEGIN in beforeEach, never rolled back',
      code: `import { beforeEach, it } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
const db = new PGlite();
beforeEach(async () => {
  await db.query('BEGIN');
});
it('a', () => {});`,
      output: `import { beforeEach, it, afterEach } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
const db = new PGlite();
beforeEach(async () => {
  await db.query('BEGIN');
});
afterEach(async () => {
  await db.query('ROLLBACK');
});
it('a', () => {});`,
      errors: [{ messageId: 'missingRollback', line: 5, data: { name: 'db.query(…)', place: 'in afterEach' } }],
    },
  ],
});

ruleTester.run('require-rollback: where the transaction is kept', rule, {
  valid: [
    {
      name: 'mocha: a knex transaction kept on this, rolled back through this',
      settings: { 'async-test': { framework: 'mocha' } },
      code: `const knex = require('knex');
const db = knex({ client: 'pg' });
describe('users', function () {
  beforeEach(async function () {
    this.trx = await db.transaction();
  });
  afterEach(async function () {
    await this.trx.rollback();
  });
  it('a', function () {});
});`,
    },
    {
      name: 'a transaction handed to a helper is left to it',
      code: `import { beforeEach, it } from 'vitest';
import { Sequelize } from 'sequelize';
const sequelize = new Sequelize('sqlite::memory:');
beforeEach(async () => {
  useTransaction(await sequelize.transaction());
});
it('a', () => {});`,
    },
  ],
  invalid: [
    {
      name: 'mocha: kept on this and never rolled back: reported, no fix',
      settings: { 'async-test': { framework: 'mocha' } },
      code: `const knex = require('knex');
const db = knex({ client: 'pg' });
describe('users', function () {
  beforeEach(async function () {
    this.trx = await db.transaction();
  });
  it('a', function () {});
});`,
      errors: [{ messageId: 'missingRollback', line: 5, data: { name: 'db.transaction()', place: 'in afterEach' } }],
    },
  ],
});

ruleTester.run('require-rollback: a commit whose data a hook clears before the next test', rule, {
  valid: [
    {
      name: 'MikroORM: a test of commit semantics, the schema cleared in beforeEach',
      code: `import { beforeAll, beforeEach, test } from 'vitest';
import { MikroORM } from '@mikro-orm/postgresql';
let orm: MikroORM;
beforeAll(async () => {
  orm = await MikroORM.init({});
});
beforeEach(async () => orm.schema.clear());
test('commits', async () => {
  const em = orm.em.fork();
  await em.begin();
  await em.commit();
});`,
    },
    {
      name: 'knex: the table truncated in afterEach',
      code: `import { afterEach, test } from 'vitest';
import knex from 'knex';
const db = knex({ client: 'pg', connection: url });
afterEach(() => db('users').truncate());
test('commits', async () => {
  const trx = await db.transaction();
  await trx('users').insert({ name: 'ada' });
  await trx.commit();
});`,
    },
    {
      name: 'pg: TRUNCATE in beforeEach',
      code: `import { beforeEach, test } from 'vitest';
import pg from 'pg';
const pool = new pg.Pool();
beforeEach(async () => {
  await pool.query('TRUNCATE users');
});
test('commits', async () => {
  const client = await pool.connect();
  await client.query('BEGIN');
  await client.query('COMMIT');
  client.release();
});`,
    },
  ],
  invalid: [
    {
      name: 'MikroORM: the same test without a hook that clears: the commit stays',
      code: `import { beforeAll, test } from 'vitest';
import { MikroORM } from '@mikro-orm/postgresql';
let orm: MikroORM;
beforeAll(async () => {
  orm = await MikroORM.init({});
});
test('commits', async () => {
  const em = orm.em.fork();
  await em.begin();
  await em.commit();
});`,
      errors: [{ messageId: 'committed', line: 9 }],
    },
    {
      name: 'a beforeEach that only reads does not clear',
      code: `import { beforeEach, test } from 'vitest';
import pg from 'pg';
const pool = new pg.Pool();
beforeEach(async () => {
  await pool.query('SELECT 1');
});
test('commits', async () => {
  const client = await pool.connect();
  await client.query('BEGIN');
  await client.query('COMMIT');
  client.release();
});`,
      errors: [{ messageId: 'committed', line: 9 }],
    },
  ],
});
