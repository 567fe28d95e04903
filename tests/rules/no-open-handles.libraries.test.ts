import rule from '../../rules/no-open-handles';
import { ruleTester } from '../rule-tester';

// One block per library of the resource table: the open that is reported (with the close the fix writes) and the
// closes that satisfy the rule, then what opens nothing. The cases run under jest, which cannot exit while a handle
// is open; what each other runner does with one is in no-open-handles.test.ts.

ruleTester.run('no-open-handles: query builders and ORMs', rule, {
  valid: [
    {
      name: 'in-process databases hold no event-loop handle: left open, they let the runner exit',
      code: `import { beforeAll, beforeEach, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { PGlite } from '@electric-sql/pglite';
let file;
let pg;
beforeEach(() => {
  file = new Database('test.db');
});
beforeAll(async () => {
  pg = await PGlite.create();
});
it('a', () => {});`,
    },
    {
      name: 'Kysely destroyed in afterAll; withSchema() shares its pool',
      code: `import { afterAll, it } from '@jest/globals';
import { Kysely, PostgresDialect } from 'kysely';
const db = new Kysely({ dialect: new PostgresDialect({}) });
afterAll(async () => {
  await db.destroy();
});
it('a', async () => {
  const tenant = db.withSchema('tenant_1');
  await tenant.selectFrom('users').selectAll().execute();
});`,
    },
    {
      name: 'Prisma disconnected in afterAll; an extended client shares its engine',
      code: `import { afterAll, it } from '@jest/globals';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
afterAll(() => prisma.$disconnect());
it('a', async () => {
  const extended = prisma.$extends({});
  await extended.user.count();
});`,
    },
    {
      name: 'TypeORM: a data source destroyed in afterAll, its initialize() is the same pool',
      code: `import { afterAll, beforeAll, it } from '@jest/globals';
import { DataSource } from 'typeorm';
const dataSource = new DataSource({ type: 'postgres' });
beforeAll(async () => {
  await dataSource.initialize();
});
afterAll(async () => {
  await dataSource.destroy();
});
it('a', () => {});`,
    },
    {
      name: 'TypeORM: a query runner released in afterEach; getConnection() looks up a pool opened elsewhere',
      code: `import { afterEach, beforeEach, it } from '@jest/globals';
import { getConnection, QueryRunner } from 'typeorm';
let queryRunner: QueryRunner;
beforeEach(async () => {
  queryRunner = getConnection().createQueryRunner();
  await queryRunner.connect();
});
afterEach(async () => {
  await queryRunner.release();
});
it('a', () => {});`,
    },
    {
      name: 'Sequelize closed in afterAll',
      code: `import { afterAll, it } from '@jest/globals';
import { Sequelize } from 'sequelize';
const sequelize = new Sequelize('sqlite::memory:');
afterAll(async () => {
  await sequelize.close();
});
it('a', () => {});`,
    },
    {
      name: 'MikroORM closed in afterAll',
      code: `import { afterAll, beforeAll, it } from '@jest/globals';
import { MikroORM } from '@mikro-orm/postgresql';
let orm;
beforeAll(async () => {
  orm = await MikroORM.init({});
});
afterAll(async () => {
  await orm.close(true);
});
it('a', () => {});`,
    },
    {
      name: 'objection: Model.knex() gives the knex instance opened elsewhere',
      code: `import { beforeAll, it } from '@jest/globals';
import { Model } from 'objection';
beforeAll(async () => {
  await Model.knex().raw('select 1');
});
it('a', () => {});`,
    },
  ],
  invalid: [
    {
      name: 'Kysely never destroyed',
      code: `import { it } from '@jest/globals';
import { Kysely, PostgresDialect } from 'kysely';
const db = new Kysely({ dialect: new PostgresDialect({}) });
it('a', async () => {
  await db.selectFrom('users').selectAll().execute();
});`,
      output: `import { it, afterAll } from '@jest/globals';
import { Kysely, PostgresDialect } from 'kysely';
const db = new Kysely({ dialect: new PostgresDialect({}) });
afterAll(async () => {
  await db.destroy();
});
it('a', async () => {
  await db.selectFrom('users').selectAll().execute();
});`,
      errors: [
        {
          messageId: 'neverClosed',
          line: 3,
          column: 12,
          data: { name: 'new Kysely(…)', article: 'a', what: 'Kysely connection pool', place: 'in afterAll' },
        },
      ],
    },
    {
      name: 'Prisma never disconnected',
      code: `import { it } from '@jest/globals';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
it('a', async () => {
  await prisma.user.count();
});`,
      output: `import { it, afterAll } from '@jest/globals';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
afterAll(async () => {
  await prisma.$disconnect();
});
it('a', async () => {
  await prisma.user.count();
});`,
      errors: [
        {
          messageId: 'neverClosed',
          line: 3,
          data: { name: 'new PrismaClient()', article: 'a', what: 'Prisma client connection pool', place: 'in afterAll' },
        },
      ],
    },
    {
      name: 'TypeORM: a data source initialized in beforeAll, never destroyed',
      code: `import { beforeAll, it } from '@jest/globals';
import { DataSource } from 'typeorm';
let dataSource;
beforeAll(async () => {
  dataSource = await new DataSource({ type: 'postgres' }).initialize();
});
it('a', () => {});`,
      output: `import { beforeAll, it, afterAll } from '@jest/globals';
import { DataSource } from 'typeorm';
let dataSource;
beforeAll(async () => {
  dataSource = await new DataSource({ type: 'postgres' }).initialize();
});
afterAll(async () => {
  await dataSource.destroy();
});
it('a', () => {});`,
      errors: [
        {
          messageId: 'neverClosed',
          line: 5,
          data: { name: 'new DataSource(…)', article: 'a', what: 'TypeORM connection pool', place: 'in afterAll' },
        },
      ],
    },
    {
      name: 'TypeORM: a query runner per test, never released',
      code: `import { afterAll, beforeEach, it } from '@jest/globals';
import { DataSource } from 'typeorm';
const dataSource = new DataSource({ type: 'postgres' });
afterAll(() => dataSource.destroy());
let queryRunner;
beforeEach(() => {
  queryRunner = dataSource.createQueryRunner();
});
it('a', () => {});`,
      output: `import { afterAll, beforeEach, it, afterEach } from '@jest/globals';
import { DataSource } from 'typeorm';
const dataSource = new DataSource({ type: 'postgres' });
afterAll(() => dataSource.destroy());
let queryRunner;
beforeEach(() => {
  queryRunner = dataSource.createQueryRunner();
});
afterEach(async () => {
  await queryRunner.release();
});
it('a', () => {});`,
      errors: [
        {
          messageId: 'neverClosed',
          line: 7,
          data: { name: 'dataSource.createQueryRunner()', article: 'a', what: 'query runner connection', place: 'in afterEach' },
        },
      ],
    },
    {
      name: 'Sequelize never closed',
      code: `import { it } from '@jest/globals';
import { Sequelize } from 'sequelize';
const sequelize = new Sequelize('sqlite::memory:');
it('a', () => {});`,
      output: `import { it, afterAll } from '@jest/globals';
import { Sequelize } from 'sequelize';
const sequelize = new Sequelize('sqlite::memory:');
afterAll(async () => {
  await sequelize.close();
});
it('a', () => {});`,
      errors: [
        {
          messageId: 'neverClosed',
          line: 3,
          data: { name: 'new Sequelize(…)', article: 'a', what: 'Sequelize connection pool', place: 'in afterAll' },
        },
      ],
    },
    {
      name: 'MikroORM.init() never closed',
      code: `import { beforeAll, it } from '@jest/globals';
import { MikroORM } from '@mikro-orm/core';
let orm;
beforeAll(async () => {
  orm = await MikroORM.init({});
});
it('a', () => {});`,
      output: `import { beforeAll, it, afterAll } from '@jest/globals';
import { MikroORM } from '@mikro-orm/core';
let orm;
beforeAll(async () => {
  orm = await MikroORM.init({});
});
afterAll(async () => {
  await orm.close();
});
it('a', () => {});`,
      errors: [
        {
          messageId: 'neverClosed',
          line: 5,
          data: { name: 'MikroORM.init(…)', article: 'a', what: 'MikroORM connection pool', place: 'in afterAll' },
        },
      ],
    },
  ],
});

ruleTester.run('no-open-handles: drivers', rule, {
  valid: [
    {
      name: 'mysql2: a connection ended and a pooled connection released',
      code: `import { afterAll, it } from '@jest/globals';
import mysql from 'mysql2/promise';
const pool = mysql.createPool({});
afterAll(async () => {
  await pool.end();
});
it('a', async () => {
  const connection = await mysql.createConnection({});
  const pooled = await pool.getConnection();
  try {
    await pooled.query('select 1');
  } finally {
    pooled.release();
    await connection.end();
  }
});`,
    },
    {
      name: 'ioredis: quit in afterAll, or disconnect',
      code: `import { afterAll, it } from '@jest/globals';
import Redis from 'ioredis';
const redis = new Redis();
const subscriber = new Redis();
afterAll(async () => {
  await redis.quit();
  subscriber.disconnect();
});
it('a', () => {});`,
    },
    {
      name: 'redis: the client connected in a chain and quit; connect() opens nothing new',
      code: `import { afterAll, beforeAll, it } from '@jest/globals';
import { createClient } from 'redis';
let client;
beforeAll(async () => {
  client = await createClient().on('error', () => {}).connect();
});
afterAll(async () => {
  await client.quit();
});
it('a', () => {});`,
    },
    {
      name: 'redis v5: close() and destroy()',
      code: `import { afterAll, it } from '@jest/globals';
import { createClient, createClientPool } from 'redis';
const client = createClient();
const pool = createClientPool();
afterAll(async () => {
  await client.connect();
  await client.close();
  pool.destroy();
});
it('a', () => {});`,
    },
    {
      name: 'postgres.js: sql.end() in afterAll, a reserved connection released',
      code: `import { afterAll, it } from '@jest/globals';
import postgres from 'postgres';
const sql = postgres(process.env.DATABASE_URL);
afterAll(() => sql.end());
it('a', async () => {
  const reserved = await sql.reserve();
  try {
    await reserved\`select 1\`;
  } finally {
    reserved.release();
  }
});`,
    },
    {
      name: 'better-sqlite3: closed in afterEach; exec() gives the database back',
      code: `import { afterEach, beforeEach, it } from '@jest/globals';
import Database from 'better-sqlite3';
let db;
beforeEach(() => {
  db = new Database(':memory:').exec('create table users (name text)');
});
afterEach(() => db.close());
it('a', () => {});`,
    },
    {
      name: 'MongoDB: a client closed in afterAll; connect() on it opens nothing new',
      code: `import { afterAll, beforeAll, it } from '@jest/globals';
import { MongoClient } from 'mongodb';
const client = new MongoClient(process.env.MONGO_URL);
beforeAll(async () => {
  await client.connect();
});
afterAll(async () => {
  await client.close();
});
it('a', () => {});`,
    },
    {
      name: 'Mongoose: the default connection closed through mongoose.connection',
      code: `import { afterAll, beforeAll, it } from '@jest/globals';
import mongoose from 'mongoose';
beforeAll(async () => {
  await mongoose.connect(process.env.MONGO_URL);
});
afterAll(async () => {
  await mongoose.connection.close();
});
it('a', () => {});`,
    },
    {
      name: 'Mongoose: a connection of its own, opened through asPromise() and closed',
      code: `import { afterAll, beforeAll, it } from '@jest/globals';
import mongoose from 'mongoose';
let connection;
beforeAll(async () => {
  connection = await mongoose.createConnection(process.env.MONGO_URL).asPromise();
});
afterAll(async () => {
  await connection.close();
});
it('a', async () => {
  const client = connection.getClient();
  await client.db().collection('users').countDocuments();
});`,
    },
    {
      name: 'PGlite closed in afterAll',
      code: `import { afterAll, it } from '@jest/globals';
import { PGlite } from '@electric-sql/pglite';
const db = new PGlite();
afterAll(async () => {
  await db.close();
});
it('a', async () => {
  await db.query('select 1');
});`,
    },
  ],
  invalid: [
    {
      name: 'mysql2: a connection never ended',
      code: `import { beforeAll, it } from '@jest/globals';
import mysql from 'mysql2/promise';
let connection;
beforeAll(async () => {
  connection = await mysql.createConnection({ host: 'localhost' });
});
it('a', () => {});`,
      output: `import { beforeAll, it, afterAll } from '@jest/globals';
import mysql from 'mysql2/promise';
let connection;
beforeAll(async () => {
  connection = await mysql.createConnection({ host: 'localhost' });
});
afterAll(async () => {
  await connection.end();
});
it('a', () => {});`,
      errors: [
        {
          messageId: 'neverClosed',
          line: 5,
          data: { name: 'mysql.createConnection(…)', article: 'a', what: 'MySQL connection', place: 'in afterAll' },
        },
      ],
    },
    {
      name: 'mysql2: a pool never ended, and a connection taken per test never released (release() is synchronous)',
      code: `import { beforeEach, it } from '@jest/globals';
import { createPool } from 'mysql2/promise';
const pool = createPool({});
let connection;
beforeEach(async () => {
  connection = await pool.getConnection();
});
it('a', () => {});`,
      output: [
        `import { beforeEach, it, afterAll } from '@jest/globals';
import { createPool } from 'mysql2/promise';
const pool = createPool({});
let connection;
beforeEach(async () => {
  connection = await pool.getConnection();
});
afterAll(async () => {
  await pool.end();
});
it('a', () => {});`,
        `import { beforeEach, it, afterAll, afterEach } from '@jest/globals';
import { createPool } from 'mysql2/promise';
const pool = createPool({});
let connection;
beforeEach(async () => {
  connection = await pool.getConnection();
});
afterAll(async () => {
  await pool.end();
});
afterEach(() => {
  connection.release();
});
it('a', () => {});`,
      ],
      errors: [
        { messageId: 'neverClosed', line: 3, data: { name: 'createPool(…)', article: 'a', what: 'MySQL connection pool', place: 'in afterAll' } },
        {
          messageId: 'neverClosed',
          line: 6,
          data: { name: 'pool.getConnection()', article: 'a', what: 'pooled MySQL connection', place: 'in afterEach' },
        },
      ],
    },
    {
      name: 'ioredis never quit',
      code: `import { it } from '@jest/globals';
import Redis from 'ioredis';
const redis = new Redis();
it('a', async () => {
  await redis.set('k', 'v');
});`,
      output: `import { it, afterAll } from '@jest/globals';
import Redis from 'ioredis';
const redis = new Redis();
afterAll(async () => {
  await redis.quit();
});
it('a', async () => {
  await redis.set('k', 'v');
});`,
      errors: [{ messageId: 'neverClosed', line: 3, data: { name: 'new Redis()', article: 'a', what: 'Redis connection', place: 'in afterAll' } }],
    },
    {
      name: 'redis: a client never quit (quit() is in v4 and v5)',
      code: `import { beforeAll, it } from '@jest/globals';
import { createClient } from 'redis';
const client = createClient({ url: process.env.REDIS_URL });
beforeAll(async () => {
  await client.connect();
});
it('a', () => {});`,
      output: `import { beforeAll, it, afterAll } from '@jest/globals';
import { createClient } from 'redis';
const client = createClient({ url: process.env.REDIS_URL });
beforeAll(async () => {
  await client.connect();
});
afterAll(async () => {
  await client.quit();
});
it('a', () => {});`,
      errors: [
        { messageId: 'neverClosed', line: 3, data: { name: 'createClient(…)', article: 'a', what: 'Redis connection', place: 'in afterAll' } },
      ],
    },
    {
      name: 'postgres.js never ended',
      code: `import { it } from '@jest/globals';
import postgres from 'postgres';
const sql = postgres(process.env.DATABASE_URL);
it('a', async () => {
  await sql\`select 1\`;
});`,
      output: `import { it, afterAll } from '@jest/globals';
import postgres from 'postgres';
const sql = postgres(process.env.DATABASE_URL);
afterAll(async () => {
  await sql.end();
});
it('a', async () => {
  await sql\`select 1\`;
});`,
      errors: [
        { messageId: 'neverClosed', line: 3, data: { name: 'postgres(…)', article: 'a', what: 'postgres.js connection pool', place: 'in afterAll' } },
      ],
    },
    {
      name: 'MongoDB: MongoClient.connect() never closed',
      code: `import { beforeAll, it } from '@jest/globals';
import { MongoClient } from 'mongodb';
let client;
beforeAll(async () => {
  client = await MongoClient.connect(process.env.MONGO_URL);
});
it('a', () => {});`,
      output: `import { beforeAll, it, afterAll } from '@jest/globals';
import { MongoClient } from 'mongodb';
let client;
beforeAll(async () => {
  client = await MongoClient.connect(process.env.MONGO_URL);
});
afterAll(async () => {
  await client.close();
});
it('a', () => {});`,
      errors: [
        { messageId: 'neverClosed', line: 5, data: { name: 'MongoClient.connect(…)', article: 'a', what: 'MongoDB client', place: 'in afterAll' } },
      ],
    },
    {
      name: 'MongoDB: new MongoClient() never closed',
      code: `import { it } from '@jest/globals';
import { MongoClient } from 'mongodb';
const client = new MongoClient(process.env.MONGO_URL);
it('a', () => {});`,
      output: `import { it, afterAll } from '@jest/globals';
import { MongoClient } from 'mongodb';
const client = new MongoClient(process.env.MONGO_URL);
afterAll(async () => {
  await client.close();
});
it('a', () => {});`,
      errors: [
        { messageId: 'neverClosed', line: 3, data: { name: 'new MongoClient(…)', article: 'a', what: 'MongoDB client', place: 'in afterAll' } },
      ],
    },
    {
      name: 'Mongoose: mongoose.connect() never disconnected',
      code: `import { beforeAll, it } from '@jest/globals';
import mongoose from 'mongoose';
beforeAll(async () => {
  await mongoose.connect(process.env.MONGO_URL);
});
it('a', () => {});`,
      output: `import { beforeAll, it, afterAll } from '@jest/globals';
import mongoose from 'mongoose';
beforeAll(async () => {
  await mongoose.connect(process.env.MONGO_URL);
});
afterAll(async () => {
  await mongoose.disconnect();
});
it('a', () => {});`,
      errors: [
        { messageId: 'neverClosed', line: 4, data: { name: 'mongoose.connect(…)', article: 'a', what: 'MongoDB connection', place: 'in afterAll' } },
      ],
    },
    {
      name: 'Mongoose: createConnection() never closed',
      code: `import { it } from '@jest/globals';
import mongoose from 'mongoose';
const connection = mongoose.createConnection(process.env.MONGO_URL);
it('a', () => {});`,
      output: `import { it, afterAll } from '@jest/globals';
import mongoose from 'mongoose';
const connection = mongoose.createConnection(process.env.MONGO_URL);
afterAll(async () => {
  await connection.close();
});
it('a', () => {});`,
      errors: [
        {
          messageId: 'neverClosed',
          line: 3,
          data: { name: 'mongoose.createConnection(…)', article: 'a', what: 'MongoDB connection', place: 'in afterAll' },
        },
      ],
    },
  ],
});

ruleTester.run('no-open-handles: servers and apps', rule, {
  valid: [
    {
      name: 'node:http: a server made but never listening holds nothing',
      code: `import { it } from '@jest/globals';
import http from 'node:http';
import request from 'supertest';
const server = http.createServer((req, res) => res.end('ok'));
it('a', async () => {
  await request(server).get('/');
});`,
    },
    {
      name: 'node:http: a listening server closed in afterAll (close takes a callback)',
      code: `import { afterAll, beforeAll, it } from '@jest/globals';
import { createServer } from 'node:http';
let server;
beforeAll(() => {
  server = createServer((req, res) => res.end('ok')).listen(0);
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
it('a', () => {});`,
    },
    {
      name: 'express: the server app.listen() returns, closed in afterAll',
      code: `import { afterAll, it } from '@jest/globals';
import express from 'express';
const app = express();
const server = app.listen(0);
afterAll(() => {
  server.close();
});
it('a', () => {});`,
    },
    {
      name: 'fastify: an app used only through inject() opens no socket',
      code: `import { it } from '@jest/globals';
import Fastify from 'fastify';
it('a', async () => {
  const app = Fastify();
  app.get('/', async () => 'ok');
  await app.inject({ url: '/' });
});`,
    },
    {
      name: 'fastify: listening, closed in afterAll',
      code: `import { afterAll, beforeAll, it } from '@jest/globals';
import Fastify from 'fastify';
const app = Fastify();
beforeAll(async () => {
  await app.listen({ port: 0 });
});
afterAll(() => app.close());
it('a', () => {});`,
    },
    {
      name: 'NestJS: the app closed in afterAll; the testing module it came from is not reported',
      code: `import { afterAll, beforeAll, it } from '@jest/globals';
import { Test } from '@nestjs/testing';
import { AppModule } from '../src/app.module';
let app;
beforeAll(async () => {
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
  app = moduleRef.createNestApplication();
  await app.init();
});
afterAll(async () => {
  await app.close();
});
it('a', () => {});`,
    },
    {
      name: 'NestJS: a unit module of mocked providers, as the CLI writes them, holds nothing',
      code: `import { beforeEach, it } from '@jest/globals';
import { Test } from '@nestjs/testing';
import { CatsService } from './cats.service';
let service;
beforeEach(async () => {
  const module = await Test.createTestingModule({ providers: [CatsService] }).compile();
  service = module.get(CatsService);
});
it('a', () => {});`,
    },
    {
      name: 'node:test: a server closed in after',
      code: `import { after, before, test } from 'node:test';
import http from 'node:http';
const server = http.createServer(() => {});
before(() => {
  server.listen(0);
});
after(() => {
  server.close();
});
test('a', () => {});`,
    },
    {
      name: 'node:test: the module-level after() called inside a test runs when that test ends',
      code: `import { after, test } from 'node:test';
import { createServer } from 'node:http';
test('a', async () => {
  const server = createServer(() => {});
  after(() => server.close());
  server.listen(0);
});`,
    },
    {
      name: 'node:test: a teardown given the close method bound to the server',
      code: `import { test } from 'node:test';
import { createServer } from 'node:http';
test('a', async (t) => {
  const server = createServer(() => {});
  t.after(server.close.bind(server));
  server.listen(0);
});`,
    },
    {
      name: 'node:test: a teardown given what a helper makes for the server',
      code: `import { test } from 'node:test';
import { createServer } from 'node:http';
import { closeServerAsPromise } from './utils.js';
test('a', async (t) => {
  const server = createServer(() => {});
  t.after(closeServerAsPromise(server));
  server.listen(0);
});`,
    },
    {
      name: 'node:http: a listening server disposed by a later await using',
      code: `import { it } from '@jest/globals';
import http from 'node:http';
it('a', async () => {
  const server = http.createServer(() => {});
  await new Promise((resolve) => server.listen(0, resolve));
  await using _ = server;
});`,
    },
    {
      name: 'node:http: closed in the callback given to listen, which runs after it',
      code: `import { test } from 'node:test';
import { createServer } from 'node:http';
test('a', () => new Promise((resolve) => {
  const server = createServer(() => {}).listen(0, () => {
    server.close();
    resolve();
  });
}));`,
    },
  ],
  invalid: [
    {
      name: 'node:test: binding the close method without handing it to a teardown closes nothing',
      code: `import { test } from 'node:test';
import { createServer } from 'node:http';
test('a', async () => {
  const server = createServer(() => {});
  server.listen(0);
  server.close.bind(server);
});`,
      errors: [
        {
          messageId: 'neverClosed',
          line: 5,
          column: 3,
          data: { name: 'server.listen(…)', article: 'a', what: 'listening HTTP server', place: 'in afterEach' },
        },
      ],
    },
    {
      name: 'node:http: server.listen() with no close; the fix waits for close()',
      code: `import { beforeAll, it } from '@jest/globals';
import http from 'node:http';
const server = http.createServer((req, res) => res.end('ok'));
beforeAll(() => {
  server.listen(0);
});
it('a', () => {});`,
      output: `import { beforeAll, it, afterAll } from '@jest/globals';
import http from 'node:http';
const server = http.createServer((req, res) => res.end('ok'));
beforeAll(() => {
  server.listen(0);
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});
it('a', () => {});`,
      errors: [
        {
          messageId: 'neverClosed',
          line: 5,
          column: 3,
          data: { name: 'server.listen(…)', article: 'a', what: 'listening HTTP server', place: 'in afterAll' },
        },
      ],
    },
    {
      name: 'https: createServer(...).listen() held by a variable; unref() is not a close',
      code: `import { it } from '@jest/globals';
import https from 'node:https';
const server = https.createServer({}, () => {}).listen(8443);
server.unref();
it('a', () => {});`,
      output: `import { it, afterAll } from '@jest/globals';
import https from 'node:https';
const server = https.createServer({}, () => {}).listen(8443);
server.unref();
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});
it('a', () => {});`,
      errors: [
        {
          messageId: 'neverClosed',
          line: 3,
          data: { name: 'https.createServer(…).listen(…)', article: 'a', what: 'listening HTTP server', place: 'in afterAll' },
        },
      ],
    },
    {
      name: 'node:test: the fix writes after() and imports it',
      code: `import { before, test } from 'node:test';
import http from 'node:http';
let server;
before(() => {
  server = http.createServer(() => {});
  server.listen(0);
});
test('a', () => {});`,
      output: `import { before, test, after } from 'node:test';
import http from 'node:http';
let server;
before(() => {
  server = http.createServer(() => {});
  server.listen(0);
});
after(async () => {
  await new Promise((resolve) => server.close(resolve));
});
test('a', () => {});`,
      errors: [
        { messageId: 'neverClosed', line: 6, data: { name: 'server.listen(…)', article: 'a', what: 'listening HTTP server', place: 'in afterAll' } },
      ],
    },
    {
      name: 'express: app.listen() kept in a variable, never closed',
      code: `import { it } from '@jest/globals';
import express from 'express';
const app = express();
const server = app.listen(3000);
it('a', () => {});`,
      output: `import { it, afterAll } from '@jest/globals';
import express from 'express';
const app = express();
const server = app.listen(3000);
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});
it('a', () => {});`,
      errors: [
        { messageId: 'neverClosed', line: 4, data: { name: 'app.listen(…)', article: 'a', what: 'listening HTTP server', place: 'in afterAll' } },
      ],
    },
    {
      name: 'express: app.listen() whose server is dropped cannot be closed: no fix',
      code: `import { beforeAll, it } from '@jest/globals';
import express from 'express';
const app = express();
beforeAll(() => {
  app.listen(3000);
});
it('a', () => {});`,
      errors: [
        { messageId: 'neverClosed', line: 5, data: { name: 'app.listen(…)', article: 'a', what: 'listening HTTP server', place: 'in afterAll' } },
      ],
    },
    {
      name: 'fastify: listening and never closed',
      code: `import { beforeAll, it } from '@jest/globals';
import Fastify from 'fastify';
const app = Fastify();
beforeAll(async () => {
  await app.listen({ port: 0 });
});
it('a', () => {});`,
      output: `import { beforeAll, it, afterAll } from '@jest/globals';
import Fastify from 'fastify';
const app = Fastify();
beforeAll(async () => {
  await app.listen({ port: 0 });
});
afterAll(async () => {
  await app.close();
});
it('a', () => {});`,
      errors: [
        { messageId: 'neverClosed', line: 5, data: { name: 'app.listen(…)', article: 'a', what: 'listening fastify server', place: 'in afterAll' } },
      ],
    },
    {
      name: 'NestJS: the app created per test and never closed',
      code: `import { beforeEach, it } from '@jest/globals';
import { Test, TestingModule } from '@nestjs/testing';
let app;
beforeEach(async () => {
  const moduleRef: TestingModule = await Test.createTestingModule({}).compile();
  app = moduleRef.createNestApplication();
  await app.init();
});
it('a', () => {});`,
      output: `import { beforeEach, it, afterEach } from '@jest/globals';
import { Test, TestingModule } from '@nestjs/testing';
let app;
beforeEach(async () => {
  const moduleRef: TestingModule = await Test.createTestingModule({}).compile();
  app = moduleRef.createNestApplication();
  await app.init();
});
afterEach(async () => {
  await app.close();
});
it('a', () => {});`,
      errors: [
        {
          messageId: 'neverClosed',
          line: 6,
          data: { name: 'moduleRef.createNestApplication()', article: 'a', what: 'NestJS application', place: 'in afterEach' },
        },
      ],
    },
  ],
});

ruleTester.run('no-open-handles: test infrastructure and workers', rule, {
  valid: [
    {
      name: 'mongodb-memory-server stopped in afterAll',
      code: `import { afterAll, beforeAll, it } from '@jest/globals';
import { MongoMemoryServer } from 'mongodb-memory-server';
let mongod;
beforeAll(async () => {
  mongod = await MongoMemoryServer.create();
});
afterAll(async () => {
  await mongod.stop();
});
it('a', () => {});`,
    },
    {
      name: 'mongodb-memory-server made with new starts nothing until start()',
      code: `import { it } from '@jest/globals';
import { MongoMemoryServer } from 'mongodb-memory-server';
const mongod = new MongoMemoryServer();
it('a', () => {
  mongod.getUri();
});`,
    },
    {
      name: 'testcontainers: a container stopped in afterAll; the builder starts nothing',
      code: `import { afterAll, beforeAll, it } from '@jest/globals';
import { GenericContainer } from 'testcontainers';
const builder = new GenericContainer('redis:7').withExposedPorts(6379);
let container;
beforeAll(async () => {
  container = await builder.start();
});
afterAll(async () => {
  await container.stop();
});
it('a', () => {});`,
    },
    {
      name: 'a worker terminated in afterEach',
      code: `import { afterEach, beforeEach, it } from '@jest/globals';
import { Worker } from 'node:worker_threads';
let worker;
beforeEach(() => {
  worker = new Worker('./worker.js');
});
afterEach(async () => {
  await worker.terminate();
});
it('a', () => {});`,
    },
  ],
  invalid: [
    {
      name: 'MongoMemoryServer.create() never stopped',
      code: `import { beforeAll, it } from '@jest/globals';
import { MongoMemoryServer } from 'mongodb-memory-server';
let mongod;
beforeAll(async () => {
  mongod = await MongoMemoryServer.create();
});
it('a', () => {});`,
      output: `import { beforeAll, it, afterAll } from '@jest/globals';
import { MongoMemoryServer } from 'mongodb-memory-server';
let mongod;
beforeAll(async () => {
  mongod = await MongoMemoryServer.create();
});
afterAll(async () => {
  await mongod.stop();
});
it('a', () => {});`,
      errors: [
        {
          messageId: 'neverClosed',
          line: 5,
          data: { name: 'MongoMemoryServer.create()', article: 'a', what: 'MongoDB memory server', place: 'in afterAll' },
        },
      ],
    },
    {
      name: 'new MongoMemoryServer() started and never stopped',
      code: `import { beforeAll, it } from '@jest/globals';
import { MongoMemoryServer } from 'mongodb-memory-server-core';
const mongod = new MongoMemoryServer();
beforeAll(async () => {
  await mongod.start();
});
it('a', () => {});`,
      output: `import { beforeAll, it, afterAll } from '@jest/globals';
import { MongoMemoryServer } from 'mongodb-memory-server-core';
const mongod = new MongoMemoryServer();
beforeAll(async () => {
  await mongod.start();
});
afterAll(async () => {
  await mongod.stop();
});
it('a', () => {});`,
      errors: [
        { messageId: 'neverClosed', line: 5, data: { name: 'mongod.start()', article: 'a', what: 'MongoDB memory server', place: 'in afterAll' } },
      ],
    },
    {
      name: 'testcontainers: a generic container never stopped',
      code: `import { beforeAll, it } from '@jest/globals';
import { GenericContainer } from 'testcontainers';
let container;
beforeAll(async () => {
  container = await new GenericContainer('redis:7').withExposedPorts(6379).start();
});
it('a', () => {});`,
      output: `import { beforeAll, it, afterAll } from '@jest/globals';
import { GenericContainer } from 'testcontainers';
let container;
beforeAll(async () => {
  container = await new GenericContainer('redis:7').withExposedPorts(6379).start();
});
afterAll(async () => {
  await container.stop();
});
it('a', () => {});`,
      errors: [
        {
          messageId: 'neverClosed',
          line: 5,
          data: { name: 'new GenericContainer(…).withExposedPorts(…).start()', article: 'a', what: 'Docker container', place: 'in afterAll' },
        },
      ],
    },
    {
      name: 'testcontainers: a module container (@testcontainers/postgresql) never stopped',
      code: `import { beforeAll, it } from '@jest/globals';
import { PostgreSqlContainer } from '@testcontainers/postgresql';
let postgres;
beforeAll(async () => {
  postgres = await new PostgreSqlContainer('postgres:16').start();
});
it('a', () => {});`,
      output: `import { beforeAll, it, afterAll } from '@jest/globals';
import { PostgreSqlContainer } from '@testcontainers/postgresql';
let postgres;
beforeAll(async () => {
  postgres = await new PostgreSqlContainer('postgres:16').start();
});
afterAll(async () => {
  await postgres.stop();
});
it('a', () => {});`,
      errors: [
        {
          messageId: 'neverClosed',
          line: 5,
          data: { name: 'new PostgreSqlContainer(…).start()', article: 'a', what: 'Docker container', place: 'in afterAll' },
        },
      ],
    },
    {
      name: 'testcontainers: a compose environment never brought down',
      code: `import { beforeAll, it } from '@jest/globals';
import { DockerComposeEnvironment } from 'testcontainers';
let environment;
beforeAll(async () => {
  environment = await new DockerComposeEnvironment('.', 'compose.yml').up();
});
it('a', () => {});`,
      output: `import { beforeAll, it, afterAll } from '@jest/globals';
import { DockerComposeEnvironment } from 'testcontainers';
let environment;
beforeAll(async () => {
  environment = await new DockerComposeEnvironment('.', 'compose.yml').up();
});
afterAll(async () => {
  await environment.down();
});
it('a', () => {});`,
      errors: [
        {
          messageId: 'neverClosed',
          line: 5,
          data: { name: 'new DockerComposeEnvironment(…).up()', article: 'a', what: 'Docker Compose environment', place: 'in afterAll' },
        },
      ],
    },
    {
      name: 'a worker started per test, never terminated',
      code: `import { beforeEach, it } from '@jest/globals';
import { Worker } from 'worker_threads';
let worker;
beforeEach(() => {
  worker = new Worker('./worker.js');
});
it('a', () => {});`,
      output: `import { beforeEach, it, afterEach } from '@jest/globals';
import { Worker } from 'worker_threads';
let worker;
beforeEach(() => {
  worker = new Worker('./worker.js');
});
afterEach(async () => {
  await worker.terminate();
});
it('a', () => {});`,
      errors: [{ messageId: 'neverClosed', line: 5, data: { name: 'new Worker(…)', article: 'a', what: 'worker thread', place: 'in afterEach' } }],
    },
  ],
});

ruleTester.run('no-open-handles: one fix closes everything a hook is missing', rule, {
  valid: [],
  invalid: [
    {
      name: 'clients opened by the file: one afterAll closes them all, in one pass (the in-process database needs none)',
      code: `import { it } from '@jest/globals';
import Database from 'better-sqlite3';
import { PrismaClient } from '@prisma/client';
import Redis from 'ioredis';
const db = new Database('test.db');
const prisma = new PrismaClient();
const redis = new Redis();
it('a', () => {});`,
      output: `import { it, afterAll } from '@jest/globals';
import Database from 'better-sqlite3';
import { PrismaClient } from '@prisma/client';
import Redis from 'ioredis';
const db = new Database('test.db');
const prisma = new PrismaClient();
const redis = new Redis();
afterAll(async () => {
  await prisma.$disconnect();
  await redis.quit();
});
it('a', () => {});`,
      errors: [
        {
          messageId: 'neverClosed',
          line: 6,
          data: { name: 'new PrismaClient()', article: 'a', what: 'Prisma client connection pool', place: 'in afterAll' },
        },
        { messageId: 'neverClosed', line: 7, data: { name: 'new Redis()', article: 'a', what: 'Redis connection', place: 'in afterAll' } },
      ],
    },
    {
      name: 'added to the existing afterAll together, made async',
      code: `import { afterAll, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { Sequelize } from 'sequelize';
const db = new Database('test.db');
const sequelize = new Sequelize('sqlite::memory:');
afterAll(() => {
  db.close();
});
it('a', () => {});`,
      output: `import { afterAll, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { Sequelize } from 'sequelize';
const db = new Database('test.db');
const sequelize = new Sequelize('sqlite::memory:');
afterAll(async () => {
  db.close();
  await sequelize.close();
});
it('a', () => {});`,
      errors: [
        {
          messageId: 'neverClosed',
          line: 5,
          data: { name: 'new Sequelize(…)', article: 'a', what: 'Sequelize connection pool', place: 'in afterAll' },
        },
      ],
    },
  ],
});

const mocha = { 'async-test': { framework: 'mocha' } };

ruleTester.run('no-open-handles: where the opened value is kept', rule, {
  valid: [
    {
      name: 'mocha: kept on this, closed through this in after',
      settings: mocha,
      code: `const express = require('express');
describe('api', function () {
  before(function () {
    this.server = express().listen(0);
  });
  after(function (done) {
    this.server.close(done);
  });
  it('a', function () {});
});`,
    },
    {
      name: 'a value handed to a call is left to what it is given to',
      code: `import { afterAll, beforeAll, it } from '@jest/globals';
import http from 'node:http';
const servers = [];
beforeAll(() => {
  servers.push(http.createServer().listen(0));
});
afterAll(() => servers.forEach((server) => server.close()));
it('a', () => {});`,
    },
  ],
  invalid: [
    {
      name: 'mocha: a pool kept on this and never ended: reported, no fix (a new arrow hook has no mocha this)',
      settings: mocha,
      code: `const { Pool } = require('pg');
describe('db', function () {
  before(function () {
    this.pool = new Pool();
  });
  it('a', function () {});
});`,
      errors: [{ messageId: 'neverClosed', line: 4, data: { name: 'new Pool()', article: 'a', what: 'connection pool', place: 'in afterAll' } }],
    },
    {
      name: 'a worker whose value is dropped can never be terminated: reported, no fix',
      code: `import { it } from '@jest/globals';
import { Worker } from 'node:worker_threads';
it('a', () => {
  new Worker('./worker.js');
});`,
      errors: [{ messageId: 'neverClosed', line: 4, data: { name: 'new Worker(…)', article: 'a', what: 'worker thread', place: 'in afterEach' } }],
    },
  ],
});
