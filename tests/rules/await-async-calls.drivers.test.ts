import rule from '../../rules/await-async-calls';
import { lateFailuresTester } from '../rule-tester';

const vitest = `import { test, beforeEach, expect } from 'vitest';\n`;

lateFailuresTester.run('await-async-calls: pg', rule, {
  valid: [
    {
      name: 'a mocked module: its calls return what the mock says, not what the library does',
      code: `import { it, vi } from 'vitest';\nimport Redis from 'ioredis';\nvi.mock('ioredis');\nconst redis = new Redis();\nit('a', () => {\n  redis.set('a', '1');\n});`,
    },
    {
      name: 'query awaited',
      code: `${vitest}import pg from 'pg';\nconst pool = new pg.Pool();\ntest('a', async () => { await pool.query('select 1'); });`,
    },
    {
      name: 'a submittable given to query is returned, not a promise',
      code: `${vitest}import { Client } from 'pg';\nimport Cursor from 'pg-cursor';\nconst client = new Client();\ntest('a', async () => {\n  const cursor = client.query(new Cursor('select 1'));\n  const stream = new QueryStream('select 2');\n  client.query(stream);\n  expect(cursor.read).toBeDefined();\n});`,
    },
    {
      name: 'query returned',
      code: `${vitest}import { Pool } from 'pg';\nconst pool = new Pool();\ntest('a', () => { return pool.query('select 1'); });`,
    },
    {
      name: 'query with a callback is callback style',
      code: `${vitest}import { Pool } from 'pg';\nconst pool = new Pool();\ntest('a', () => { pool.query('select 1', (err, res) => {}); });`,
    },
    {
      name: 'connect with a callback is callback style',
      code: `${vitest}import { Pool } from 'pg';\nconst pool = new Pool();\ntest('a', () => { pool.connect((err, client, release) => release()); });`,
    },
    {
      name: 'escaping, events and release are synchronous',
      code: `${vitest}import { Pool, Client, escapeIdentifier } from 'pg';\nconst pool = new Pool();\ntest('a', async () => {\n  pool.on('error', () => {});\n  const client = await pool.connect();\n  client.escapeIdentifier('user');\n  client.escapeLiteral("it's");\n  escapeIdentifier('x');\n  client.release();\n});`,
    },
    {
      name: 'a client awaited into a variable',
      code: `${vitest}import { Client } from 'pg';\ntest('a', async () => { const client = new Client(); await client.connect(); await client.end(); });`,
    },
  ],
  invalid: [
    {
      name: 'default import, new pg.Pool()',
      code: `${vitest}import pg from 'pg';\nconst pool = new pg.Pool();\ntest('reads', () => {\n  pool.query('select 1');\n});`,
      output: `${vitest}import pg from 'pg';\nconst pool = new pg.Pool();\ntest('reads', async () => {\n  await pool.query('select 1');\n});`,
      errors: [{ messageId: 'unawaited', line: 5, column: 3, data: { expression: 'pool.query(…)' } }],
    },
    {
      name: 'named import, new Client() connected in a hook',
      code: `${vitest}import { Client } from 'pg';\nconst client = new Client();\nbeforeEach(() => {\n  client.connect();\n});\ntest('x', async () => {\n  client.end();\n});`,
      output: `${vitest}import { Client } from 'pg';\nconst client = new Client();\nbeforeEach(async () => {\n  await client.connect();\n});\ntest('x', async () => {\n  await client.end();\n});`,
      errors: [
        { messageId: 'unawaited', line: 5 },
        { messageId: 'unawaited', line: 8 },
      ],
    },
    {
      name: 'require, and pg.native',
      code: `const pg = require('pg');\nconst { Pool } = require('pg');\nit('x', async () => {\n  new Pool().end();\n  new pg.native.Client().connect();\n});`,
      output: `const pg = require('pg');\nconst { Pool } = require('pg');\nit('x', async () => {\n  await new Pool().end();\n  await new pg.native.Client().connect();\n});`,
      errors: [
        { messageId: 'unawaited', line: 4 },
        { messageId: 'unawaited', line: 5 },
      ],
    },
    {
      name: 'a pool client from await pool.connect()',
      code: `${vitest}import { Pool } from 'pg';\nconst pool = new Pool();\ntest('x', async () => {\n  const client = await pool.connect();\n  client.query('begin');\n});`,
      output: `${vitest}import { Pool } from 'pg';\nconst pool = new Pool();\ntest('x', async () => {\n  const client = await pool.connect();\n  await client.query('begin');\n});`,
      errors: [{ messageId: 'unawaited', line: 6 }],
    },
    {
      name: 'let client: PoolClient assigned in beforeEach',
      code: `${vitest}import { Pool, type PoolClient } from 'pg';\nconst pool = new Pool();\nlet client: PoolClient;\nbeforeEach(async () => {\n  client = await pool.connect();\n});\ntest('x', () => {\n  client.query('delete from users');\n});`,
      output: `${vitest}import { Pool, type PoolClient } from 'pg';\nconst pool = new Pool();\nlet client: PoolClient;\nbeforeEach(async () => {\n  client = await pool.connect();\n});\ntest('x', async () => {\n  await client.query('delete from users');\n});`,
      errors: [{ messageId: 'unawaited', line: 9 }],
    },
    {
      name: 'let pool: pg.Pool, a qualified type',
      code: `${vitest}import pg from 'pg';\nlet pool: pg.Pool;\ntest('x', () => {\n  pool.end();\n});`,
      output: `${vitest}import pg from 'pg';\nlet pool: pg.Pool;\ntest('x', async () => {\n  await pool.end();\n});`,
      errors: [{ messageId: 'unawaited', line: 5 }],
    },
  ],
});

lateFailuresTester.run('await-async-calls: mysql2 (promise API)', rule, {
  valid: [
    {
      name: 'query awaited',
      code: `${vitest}import mysql from 'mysql2/promise';\nconst pool = mysql.createPool({});\ntest('a', async () => { const [rows] = await pool.query('select 1'); });`,
    },
    {
      name: 'createPool is synchronous',
      code: `${vitest}import { createPool } from 'mysql2/promise';\ntest('a', () => { const pool = createPool({}); expect(pool).toBeDefined(); });`,
    },
    {
      name: 'escaping, format, release and destroy are synchronous',
      code: `${vitest}import mysql from 'mysql2/promise';\nconst pool = mysql.createPool({});\ntest('a', async () => {\n  pool.escape('x');\n  pool.format('select ?', [1]);\n  mysql.escapeId('t');\n  const conn = await pool.getConnection();\n  conn.release();\n  conn.destroy();\n});`,
    },
    {
      name: 'the callback API of mysql2 is not promise-based',
      code: `${vitest}import mysql from 'mysql2';\nconst connection = mysql.createConnection({});\ntest('a', () => {\n  connection.query('select 1');\n  connection.execute('select ?', [1], (err, rows) => {});\n});`,
    },
  ],
  invalid: [
    {
      name: 'default import, createPool, query and execute',
      code: `${vitest}import mysql from 'mysql2/promise';\nconst pool = mysql.createPool({});\ntest('x', async () => {\n  pool.query('delete from t');\n  pool.execute('insert into t values (?)', [1]);\n});`,
      output: `${vitest}import mysql from 'mysql2/promise';\nconst pool = mysql.createPool({});\ntest('x', async () => {\n  await pool.query('delete from t');\n  await pool.execute('insert into t values (?)', [1]);\n});`,
      errors: [
        { messageId: 'unawaited', line: 5 },
        { messageId: 'unawaited', line: 6 },
      ],
    },
    {
      name: 'createConnection is a promise, and resolves to a connection',
      code: `${vitest}import { createConnection } from 'mysql2/promise';\ntest('x', async () => {\n  createConnection({});\n  const conn = await createConnection({});\n  conn.beginTransaction();\n  conn.end();\n});`,
      output: `${vitest}import { createConnection } from 'mysql2/promise';\ntest('x', async () => {\n  await createConnection({});\n  const conn = await createConnection({});\n  await conn.beginTransaction();\n  await conn.end();\n});`,
      errors: [
        { messageId: 'unawaited', line: 4 },
        { messageId: 'unawaited', line: 6 },
        { messageId: 'unawaited', line: 7 },
      ],
    },
    {
      name: 'require, and a connection from the pool',
      code: `const mysql = require('mysql2/promise');\nconst pool = mysql.createPool({});\nit('x', async () => {\n  const conn = await pool.getConnection();\n  conn.rollback();\n  pool.end();\n});`,
      output: `const mysql = require('mysql2/promise');\nconst pool = mysql.createPool({});\nit('x', async () => {\n  const conn = await pool.getConnection();\n  await conn.rollback();\n  await pool.end();\n});`,
      errors: [
        { messageId: 'unawaited', line: 5 },
        { messageId: 'unawaited', line: 6 },
      ],
    },
    {
      name: 'let conn: mysql.Connection assigned in beforeEach',
      code: `${vitest}import mysql from 'mysql2/promise';\nlet conn: mysql.Connection;\nbeforeEach(async () => {\n  conn = await mysql.createConnection({});\n});\ntest('x', () => {\n  conn.query('truncate t');\n});`,
      output: `${vitest}import mysql from 'mysql2/promise';\nlet conn: mysql.Connection;\nbeforeEach(async () => {\n  conn = await mysql.createConnection({});\n});\ntest('x', async () => {\n  await conn.query('truncate t');\n});`,
      errors: [{ messageId: 'unawaited', line: 8 }],
    },
    {
      name: 'a let assigned in beforeEach, and a prepared statement',
      code: `${vitest}import mysql from 'mysql2/promise';\nlet conn;\nbeforeEach(async () => {\n  conn = await mysql.createConnection({});\n});\ntest('x', async () => {\n  const statement = await conn.prepare('select ?');\n  statement.execute([1]);\n});`,
      output: `${vitest}import mysql from 'mysql2/promise';\nlet conn;\nbeforeEach(async () => {\n  conn = await mysql.createConnection({});\n});\ntest('x', async () => {\n  const statement = await conn.prepare('select ?');\n  await statement.execute([1]);\n});`,
      errors: [{ messageId: 'unawaited', line: 9 }],
    },
  ],
});

lateFailuresTester.run('await-async-calls: postgres.js', rule, {
  valid: [
    {
      name: 'sql(value) builds a fragment, not a query',
      code: `${vitest}import postgres from 'postgres';\nconst sql = postgres();\ntest('a', async () => {\n  const columns = sql(['name', 'email']);\n  sql({ name: 'ada' }, 'name');\n  await sql\`select \${columns} from users\`;\n});`,
    },
    {
      name: 'a tagged query awaited',
      code: `${vitest}import postgres from 'postgres';\nconst sql = postgres('postgres://');\ntest('a', async () => { const rows = await sql\`select 1\`; });`,
    },
    {
      name: 'a tagged query returned',
      code: `${vitest}import postgres from 'postgres';\nconst sql = postgres();\ntest('a', () => sql\`select 1\`);`,
    },
    {
      name: 'a query handed on with .then runs; the test awaits something after it',
      code: `${vitest}import postgres from 'postgres';\nconst sql = postgres();\ntest('a', async () => { sql\`select 1\`.then((rows) => rows); await sql\`select 2\`; });`,
    },
    {
      name: 'parameter helpers are synchronous',
      code: `${vitest}import postgres from 'postgres';\nconst sql = postgres();\ntest('a', async () => {\n  sql.json({ a: 1 });\n  sql.array([1, 2]);\n  await sql\`insert into t \${sql({ a: 1 })}\`;\n});`,
    },
    {
      name: 'a reserved connection is released synchronously',
      code: `${vitest}import postgres from 'postgres';\nconst sql = postgres();\ntest('a', async () => {\n  const reserved = await sql.reserve();\n  await reserved\`select 1\`;\n  reserved.release();\n});`,
    },
  ],
  invalid: [
    {
      name: 'a dropped tagged query never runs',
      code: `${vitest}import postgres from 'postgres';\nconst sql = postgres('postgres://localhost/test');\ntest('x', () => {\n  sql\`delete from users\`;\n});`,
      output: `${vitest}import postgres from 'postgres';\nconst sql = postgres('postgres://localhost/test');\ntest('x', async () => {\n  await sql\`delete from users\`;\n});`,
      errors: [{ messageId: 'unawaitedLazy', line: 5, column: 3, data: { expression: 'sql`…`' } }],
    },
    {
      name: 'unsafe, file and chained modifiers are lazy too',
      code: `${vitest}import postgres from 'postgres';\nconst sql = postgres();\ntest('x', async () => {\n  sql.unsafe('truncate t');\n  sql.file('seed.sql');\n  sql\`select 1\`.values();\n});`,
      output: `${vitest}import postgres from 'postgres';\nconst sql = postgres();\ntest('x', async () => {\n  await sql.unsafe('truncate t');\n  await sql.file('seed.sql');\n  await sql\`select 1\`.values();\n});`,
      errors: [
        { messageId: 'unawaitedLazy', line: 5 },
        { messageId: 'unawaitedLazy', line: 6 },
        { messageId: 'unawaitedLazy', line: 7 },
      ],
    },
    {
      name: 'execute() starts the query: a plain promise',
      code: `${vitest}import postgres from 'postgres';\nconst sql = postgres();\ntest('x', async () => {\n  sql\`insert into t values (1)\`.execute();\n});`,
      output: `${vitest}import postgres from 'postgres';\nconst sql = postgres();\ntest('x', async () => {\n  await sql\`insert into t values (1)\`.execute();\n});`,
      errors: [{ messageId: 'unawaited', line: 5 }],
    },
    {
      name: 'begin and end are promises',
      code: `const postgres = require('postgres');\nconst sql = postgres();\nit('x', async () => {\n  sql.begin(async (tx) => {});\n  sql.end();\n});`,
      output: `const postgres = require('postgres');\nconst sql = postgres();\nit('x', async () => {\n  await sql.begin(async (tx) => {});\n  await sql.end();\n});`,
      errors: [
        { messageId: 'unawaited', line: 4 },
        { messageId: 'unawaited', line: 5 },
      ],
    },
    {
      name: 'let sql: Sql assigned in beforeEach',
      code: `${vitest}import postgres, { type Sql } from 'postgres';\nlet sql: Sql;\nbeforeEach(() => {\n  sql = postgres();\n});\ntest('x', () => {\n  sql\`truncate users\`;\n});`,
      output: `${vitest}import postgres, { type Sql } from 'postgres';\nlet sql: Sql;\nbeforeEach(() => {\n  sql = postgres();\n});\ntest('x', async () => {\n  await sql\`truncate users\`;\n});`,
      errors: [{ messageId: 'unawaitedLazy', line: 8 }],
    },
    {
      name: 'a reserved connection from await sql.reserve()',
      code: `${vitest}import postgres from 'postgres';\nconst sql = postgres();\ntest('x', async () => {\n  const reserved = await sql.reserve();\n  reserved\`select 1\`;\n});`,
      output: `${vitest}import postgres from 'postgres';\nconst sql = postgres();\ntest('x', async () => {\n  const reserved = await sql.reserve();\n  await reserved\`select 1\`;\n});`,
      errors: [{ messageId: 'unawaitedLazy', line: 6 }],
    },
  ],
});

lateFailuresTester.run('await-async-calls: ioredis', rule, {
  valid: [
    {
      name: 'a command awaited',
      code: `${vitest}import Redis from 'ioredis';\nconst redis = new Redis();\ntest('a', async () => { await redis.set('k', 'v'); });`,
    },
    {
      name: 'a command with a callback is callback style',
      code: `${vitest}import Redis from 'ioredis';\nconst redis = new Redis();\ntest('a', () => { redis.get('k', (err, value) => {}); });`,
    },
    {
      name: 'pipeline, multi and their queued commands are synchronous until exec',
      code: `${vitest}import Redis from 'ioredis';\nconst redis = new Redis();\ntest('a', async () => {\n  const pipeline = redis.pipeline();\n  pipeline.set('a', 1).incr('a');\n  redis.multi().get('a');\n  await pipeline.exec();\n});`,
    },
    {
      name: 'events, disconnect, duplicate and scan streams are synchronous',
      code: `${vitest}import Redis from 'ioredis';\nconst redis = new Redis();\ntest('a', () => {\n  redis.on('error', () => {});\n  redis.duplicate();\n  redis.scanStream({ match: 'k*' });\n  redis.defineCommand('echo', { lua: 'return 1', numberOfKeys: 0 });\n  redis.disconnect();\n});`,
    },
    {
      name: 'exec of a transaction opened inside a pipeline only queues EXEC',
      code: `${vitest}import Redis from 'ioredis';\nconst redis = new Redis();\ntest('a', () => {\n  const pipeline = redis.pipeline().multi().set('a', 1).exec();\n  expect(pipeline.length).toBe(3);\n});`,
    },
    {
      name: 'sendCommand hands back the promise the Command already holds',
      code: `${vitest}import Redis, { Command } from 'ioredis';\nconst redis = new Redis();\ntest('a', () => {\n  const command = new Command('get', ['k']);\n  redis.sendCommand(command);\n  command.resolve('v');\n});`,
    },
  ],
  invalid: [
    {
      name: 'default import, new Redis(), a command',
      code: `${vitest}import Redis from 'ioredis';\nconst redis = new Redis();\ntest('x', () => {\n  redis.set('k', 'v');\n});`,
      output: `${vitest}import Redis from 'ioredis';\nconst redis = new Redis();\ntest('x', async () => {\n  await redis.set('k', 'v');\n});`,
      errors: [{ messageId: 'unawaited', line: 5, data: { expression: 'redis.set(…)' } }],
    },
    {
      name: 'exec of a pipeline and of a multi',
      code: `${vitest}import { Redis } from 'ioredis';\nconst redis = new Redis();\ntest('x', async () => {\n  redis.pipeline().set('a', 1).get('a').exec();\n  redis.multi().incr('n').exec();\n});`,
      output: `${vitest}import { Redis } from 'ioredis';\nconst redis = new Redis();\ntest('x', async () => {\n  await redis.pipeline().set('a', 1).get('a').exec();\n  await redis.multi().incr('n').exec();\n});`,
      errors: [
        { messageId: 'unawaited', line: 5 },
        { messageId: 'unawaited', line: 6 },
      ],
    },
    {
      name: 'require, Redis.Cluster and a duplicate',
      code: `const Redis = require('ioredis');\nconst cluster = new Redis.Cluster([{ port: 7000 }]);\nit('x', async () => {\n  cluster.flushall();\n  new Redis().duplicate().subscribe('news');\n});`,
      output: `const Redis = require('ioredis');\nconst cluster = new Redis.Cluster([{ port: 7000 }]);\nit('x', async () => {\n  await cluster.flushall();\n  await new Redis().duplicate().subscribe('news');\n});`,
      errors: [
        { messageId: 'unawaited', line: 4 },
        { messageId: 'unawaited', line: 5 },
      ],
    },
    {
      name: 'let redis: Redis assigned in beforeEach',
      code: `${vitest}import Redis from 'ioredis';\nlet redis: Redis;\nbeforeEach(() => {\n  redis = new Redis();\n  redis.flushdb();\n});\ntest('x', () => {\n  redis.quit();\n});`,
      output: `${vitest}import Redis from 'ioredis';\nlet redis: Redis;\nbeforeEach(async () => {\n  redis = new Redis();\n  await redis.flushdb();\n});\ntest('x', async () => {\n  await redis.quit();\n});`,
      errors: [
        { messageId: 'unawaited', line: 6 },
        { messageId: 'unawaited', line: 9 },
      ],
    },
  ],
});

lateFailuresTester.run('await-async-calls: redis', rule, {
  valid: [
    {
      name: 'a command awaited',
      code: `${vitest}import { createClient } from 'redis';\nconst client = createClient();\ntest('a', async () => { await client.set('k', 'v'); });`,
    },
    {
      name: 'createClient, events, multi queueing, duplicate and destroy are synchronous',
      code: `${vitest}import { createClient } from 'redis';\ntest('a', async () => {\n  const client = createClient();\n  client.on('error', () => {});\n  const multi = client.multi().set('a', '1');\n  multi.incr('b');\n  client.duplicate();\n  client.destroy();\n  await multi.exec();\n});`,
    },
    {
      name: 'scan iterators send nothing until iterated',
      code: `${vitest}import { createClient } from 'redis';\nconst client = createClient();\ntest('a', async () => {\n  for await (const keys of client.scanIterator()) expect(keys).toBeDefined();\n});`,
    },
  ],
  invalid: [
    {
      name: 'connect in a hook, commands in either spelling',
      code: `${vitest}import { createClient } from 'redis';\nconst client = createClient();\nbeforeEach(() => {\n  client.connect();\n});\ntest('x', async () => {\n  client.set('k', 'v');\n  client.HSET('h', 'f', 'v');\n});`,
      output: `${vitest}import { createClient } from 'redis';\nconst client = createClient();\nbeforeEach(async () => {\n  await client.connect();\n});\ntest('x', async () => {\n  await client.set('k', 'v');\n  await client.HSET('h', 'f', 'v');\n});`,
      errors: [
        { messageId: 'unawaited', line: 5 },
        { messageId: 'unawaited', line: 8 },
        { messageId: 'unawaited', line: 9 },
      ],
    },
    {
      name: 'multi exec, a module command, and a client from await connect()',
      code: `${vitest}import { createClient } from 'redis';\ntest('x', async () => {\n  const client = await createClient().connect();\n  client.multi().set('a', '1').incr('b').exec();\n  client.json.set('doc', '$', {});\n  client.quit();\n});`,
      output: `${vitest}import { createClient } from 'redis';\ntest('x', async () => {\n  const client = await createClient().connect();\n  await client.multi().set('a', '1').incr('b').exec();\n  await client.json.set('doc', '$', {});\n  await client.quit();\n});`,
      errors: [
        { messageId: 'unawaited', line: 5 },
        { messageId: 'unawaited', line: 6 },
        { messageId: 'unawaited', line: 7 },
      ],
    },
    {
      name: 'require of @redis/client, and a cluster',
      code: `const { createClient, createCluster } = require('@redis/client');\nconst cluster = createCluster({ rootNodes: [] });\nit('x', async () => {\n  createClient().disconnect();\n  cluster.close();\n});`,
      output: `const { createClient, createCluster } = require('@redis/client');\nconst cluster = createCluster({ rootNodes: [] });\nit('x', async () => {\n  await createClient().disconnect();\n  await cluster.close();\n});`,
      errors: [
        { messageId: 'unawaited', line: 4 },
        { messageId: 'unawaited', line: 5 },
      ],
    },
    {
      name: 'let client: RedisClientType assigned in beforeEach',
      code: `${vitest}import { createClient, type RedisClientType } from 'redis';\nlet client: RedisClientType;\nbeforeEach(async () => {\n  client = createClient();\n  await client.connect();\n});\ntest('x', () => {\n  client.flushAll();\n});`,
      output: `${vitest}import { createClient, type RedisClientType } from 'redis';\nlet client: RedisClientType;\nbeforeEach(async () => {\n  client = createClient();\n  await client.connect();\n});\ntest('x', async () => {\n  await client.flushAll();\n});`,
      errors: [{ messageId: 'unawaited', line: 9 }],
    },
  ],
});

lateFailuresTester.run('await-async-calls: better-sqlite3 and node:sqlite', rule, {
  valid: [
    {
      name: 'better-sqlite3 is synchronous',
      code: `${vitest}import Database from 'better-sqlite3';\nconst db = new Database(':memory:');\ntest('a', () => {\n  db.exec('create table t (id int)');\n  db.prepare('insert into t values (?)').run(1);\n  const row = db.prepare('select * from t').get();\n  db.pragma('journal_mode = WAL');\n  const insertMany = db.transaction((ids: number[]) => {});\n  insertMany([1, 2]);\n  insertMany.immediate([3]);\n  db.close();\n});`,
    },
    {
      name: 'better-sqlite3, even where the file awaits a same-named call',
      code: `${vitest}import Database from 'better-sqlite3';\nconst db = new Database(':memory:');\ntest('a', async () => { await db.exec('create table t (id int)'); });\ntest('b', () => { db.exec('delete from t'); });`,
    },
    {
      name: 'better-sqlite3 required and called without new, typed as Database.Database',
      code: `${vitest}const Database = require('better-sqlite3');\nimport type BetterSqlite3 from 'better-sqlite3';\nlet db: BetterSqlite3.Database;\nbeforeEach(() => {\n  db = Database(':memory:');\n});\ntest('a', async () => {\n  await db.exec('select 1');\n  db.exec('select 2');\n  Database(':memory:').prepare('select 1').all();\n});`,
    },
    {
      name: 'node:sqlite is synchronous, tag stores too',
      code: `${vitest}import { DatabaseSync } from 'node:sqlite';\nconst db = new DatabaseSync(':memory:');\ntest('a', async () => {\n  await db.exec('select 1');\n  db.exec('create table t (id int)');\n  db.prepare('insert into t values (?)').run(1);\n  const sql = db.createTagStore();\n  sql.run\`insert into t values (2)\`;\n  db.close();\n});`,
    },
  ],
  invalid: [
    {
      name: 'better-sqlite3 backup is a promise',
      code: `${vitest}import Database from 'better-sqlite3';\nconst db = new Database(':memory:');\ntest('x', () => {\n  db.backup('copy.db');\n});`,
      output: `${vitest}import Database from 'better-sqlite3';\nconst db = new Database(':memory:');\ntest('x', async () => {\n  await db.backup('copy.db');\n});`,
      errors: [{ messageId: 'unawaited', line: 5 }],
    },
    {
      name: 'node:sqlite backup is a promise',
      code: `${vitest}import { DatabaseSync, backup } from 'node:sqlite';\nconst db = new DatabaseSync(':memory:');\ntest('x', () => {\n  backup(db, 'copy.db');\n});`,
      output: `${vitest}import { DatabaseSync, backup } from 'node:sqlite';\nconst db = new DatabaseSync(':memory:');\ntest('x', async () => {\n  await backup(db, 'copy.db');\n});`,
      errors: [{ messageId: 'unawaited', line: 5 }],
    },
  ],
});

lateFailuresTester.run('await-async-calls: ava', rule, {
  valid: [
    { name: 'throwsAsync awaited', code: `import test from 'ava';\ntest('a', async (t) => { await t.throwsAsync(load()); });` },
    { name: 'notThrowsAsync returned', code: `import test from 'ava';\ntest('a', (t) => t.notThrowsAsync(load()));` },
    {
      name: 'synchronous assertions, log, plan and timeout',
      code: `import test from 'ava';\ntest('a', (t) => {\n  t.plan(2);\n  t.is(1, 1);\n  t.throws(() => { throw new Error('x'); });\n  t.log('done');\n  t.timeout(100);\n});`,
    },
    { name: 'a todo has no callback', code: `const test = require('ava');\ntest.todo('later');` },
  ],
  invalid: [
    {
      name: 'throwsAsync and notThrowsAsync are assertions',
      code: `import test from 'ava';\ntest('x', async (t) => {\n  t.throwsAsync(load());\n  t.notThrowsAsync(save());\n});`,
      output: `import test from 'ava';\ntest('x', async (t) => {\n  await t.throwsAsync(load());\n  await t.notThrowsAsync(save());\n});`,
      errors: [
        { messageId: 'unawaitedAssertion', line: 3 },
        { messageId: 'unawaitedAssertion', line: 4 },
      ],
    },
    {
      name: 'modifiers and hooks pass the context',
      code: `const test = require('ava');\ntest.serial.only('x', async (t) => {\n  t.throwsAsync(load());\n});\ntest.beforeEach((t) => {\n  t.notThrowsAsync(seed());\n});\ntest.after.always((t) => {\n  t.notThrowsAsync(drop());\n});`,
      output: `const test = require('ava');\ntest.serial.only('x', async (t) => {\n  await t.throwsAsync(load());\n});\ntest.beforeEach(async (t) => {\n  await t.notThrowsAsync(seed());\n});\ntest.after.always(async (t) => {\n  await t.notThrowsAsync(drop());\n});`,
      errors: [
        { messageId: 'unawaitedAssertion', line: 3 },
        { messageId: 'unawaitedAssertion', line: 6 },
        { messageId: 'unawaitedAssertion', line: 9 },
      ],
    },
    {
      name: 't.try is a promise, and its attempt gets a context',
      code: `import test from 'ava';\ntest('x', async (t) => {\n  t.try((tt) => {\n    tt.throwsAsync(load());\n  });\n});`,
      output: `import test from 'ava';\ntest('x', async (t) => {\n  await t.try(async (tt) => {\n    await tt.throwsAsync(load());\n  });\n});`,
      errors: [
        { messageId: 'unawaited', line: 3 },
        { messageId: 'unawaitedAssertion', line: 4 },
      ],
    },
    {
      name: 'a teardown callback is a context of its own',
      code: `import test from 'ava';\ntest('x', async (t) => {\n  t.teardown(() => {\n    fetch('http://localhost/reset');\n  });\n});`,
      output: `import test from 'ava';\ntest('x', async (t) => {\n  t.teardown(async () => {\n    await fetch('http://localhost/reset');\n  });\n});`,
      errors: [{ messageId: 'unawaited', line: 4 }],
    },
  ],
});

lateFailuresTester.run('await-async-calls: tap', rule, {
  valid: [
    { name: 'rejects awaited', code: `import t from 'tap';\nt.test('a', async (t) => { await t.rejects(load()); });` },
    { name: 'resolves returned', code: `import { test } from 'tap';\ntest('a', (t) => t.resolves(load()));` },
    {
      name: 'subtests are queued by tap, synchronous assertions',
      code: `import t from 'tap';\nt.test('a', (t) => {\n  t.test('b', async (t) => { t.equal(1, 1); });\n  t.ok(true);\n  t.end();\n});`,
    },
  ],
  invalid: [
    {
      name: 'rejects and resolves in a subtest of the root t',
      code: `import t from 'tap';\nt.test('x', async (t) => {\n  t.rejects(load());\n  t.resolves(save());\n});`,
      output: `import t from 'tap';\nt.test('x', async (t) => {\n  await t.rejects(load());\n  await t.resolves(save());\n});`,
      errors: [
        { messageId: 'unawaitedAssertion', line: 3 },
        { messageId: 'unawaitedAssertion', line: 4 },
      ],
    },
    {
      name: 'named test, and resolveMatch in a nested subtest',
      code: `import { test } from 'tap';\ntest('outer', async (t) => {\n  t.test('inner', (t) => {\n    t.resolveMatch(load(), { id: 1 });\n  });\n});`,
      output: `import { test } from 'tap';\ntest('outer', async (t) => {\n  t.test('inner', async (t) => {\n    await t.resolveMatch(load(), { id: 1 });\n  });\n});`,
      errors: [{ messageId: 'unawaitedAssertion', line: 4 }],
    },
    {
      name: 'require, named rejects, and hooks',
      code: `const tap = require('tap');\nconst { rejects } = require('tap');\ntap.beforeEach((t) => {\n  t.resolves(seed());\n});\ntap.test('x', async () => {\n  rejects(load());\n});`,
      output: `const tap = require('tap');\nconst { rejects } = require('tap');\ntap.beforeEach(async (t) => {\n  await t.resolves(seed());\n});\ntap.test('x', async () => {\n  await rejects(load());\n});`,
      errors: [
        { messageId: 'unawaitedAssertion', line: 4 },
        { messageId: 'unawaitedAssertion', line: 7 },
      ],
    },
  ],
});
