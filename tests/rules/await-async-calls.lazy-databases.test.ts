import rule from '../../rules/await-async-calls';
import { lateFailuresTester } from '../rule-tester';

const vitest = `import { test, beforeEach, expect } from 'vitest';\n`;

lateFailuresTester.run('await-async-calls: knex', rule, {
  valid: [
    {
      name: 'awaited and returned queries',
      code: `${vitest}import knex from 'knex';
const db = knex({ client: 'pg' });
test('a', async () => {
  await db('users').where({ id: 1 }).del();
  await db.schema.dropTableIfExists('users');
});
test('b', () => {
  return db.raw('select 1');
});`,
    },
    {
      name: 'SQL text, streams and callbacks do not run the query as a promise',
      code: `${vitest}import knex from 'knex';
const db = knex({ client: 'pg' });
test('a', () => {
  expect(db('users').where('id', 1).toString()).toBe('x');
  db('users').toSQL();
  db('users').toQuery();
  db.raw('select 1').toSQL();
  db.schema.createTable('users', (table) => table.increments()).toString();
  db('users').stream();
  db('users').asCallback((error, rows) => {});
});`,
    },
    {
      name: 'events, initialize and isCompleted are synchronous',
      code: `${vitest}import knex from 'knex';
const db = knex({ client: 'pg' });
test('a', async () => {
  db.on('query', () => {});
  db.initialize();
  const trx = await db.transaction();
  trx.isCompleted();
  await trx.rollback();
});`,
    },
    {
      name: 'every synchronous method of the knex object and its builders',
      code: `${vitest}import knex from 'knex';
const db = knex({ client: 'pg' });
test('a', async () => {
  db('users').pipe(output);
  db('users').emit('query');
  db('users').listeners('query');
  db('users').listenerCount('query');
  db.raw('select 1').toString();
  db.raw('select 1').toQuery();
  db.schema.dropTable('users').toSQL();
  db.schema.dropTable('users').toQuery();
  db.emit('query');
  db.listeners('query');
  db.listenerCount('query');
  db.once('query', () => {});
  db.off('query', () => {});
  db.removeAllListeners();
  db.disableProcessing();
  db.enableProcessing();
});`,
    },
    {
      name: 'a query builder passed on',
      code: `${vitest}import knex from 'knex';
const db = knex({ client: 'pg' });
test('a', async () => {
  await Promise.all([db('users').del(), db('posts').del()]);
});`,
    },
    {
      name: 'a handler transaction awaited',
      code: `${vitest}import { knex } from 'knex';
const db = knex({ client: 'pg' });
test('a', async () => {
  await db.transaction(async (trx) => {
    await trx('users').insert({ name: 'a' });
  });
});`,
    },
  ],
  invalid: [
    {
      name: 'default import, factory call, callable instance',
      code: `${vitest}import knex from 'knex';
const db = knex({ client: 'pg' });
test('inserts', () => {
  db('users').insert({ name: 'a' });
});`,
      output: `${vitest}import knex from 'knex';
const db = knex({ client: 'pg' });
test('inserts', async () => {
  await db('users').insert({ name: 'a' });
});`,
      errors: [{ messageId: 'unawaitedLazy', line: 5, column: 3, data: { expression: 'db(…).insert(…)' } }],
    },
    {
      name: 'named import; query methods on the instance, raw and schema chains',
      code: `${vitest}import { knex } from 'knex';
const db = knex({ client: 'sqlite3' });
test('x', async () => {
  db.select('*').from('users').where('id', 1).orWhere('id', 2);
  db.raw('truncate users');
  db.schema.createTable('users', (table) => table.increments()).dropTableIfExists('posts');
  db('users').insert({ id: 1 }).onConflict('id').merge();
});`,
      output: `${vitest}import { knex } from 'knex';
const db = knex({ client: 'sqlite3' });
test('x', async () => {
  await db.select('*').from('users').where('id', 1).orWhere('id', 2);
  await db.raw('truncate users');
  await db.schema.createTable('users', (table) => table.increments()).dropTableIfExists('posts');
  await db('users').insert({ id: 1 }).onConflict('id').merge();
});`,
      errors: [
        { messageId: 'unawaitedLazy', line: 5 },
        { messageId: 'unawaitedLazy', line: 6 },
        { messageId: 'unawaitedLazy', line: 7 },
        { messageId: 'unawaitedLazy', line: 8 },
      ],
    },
    {
      name: 'require, then the factory; eager migrations, seeds, batch inserts and destroy',
      code: `const Knex = require('knex');
const db = Knex({ client: 'pg' });
it('x', async () => {
  db.migrate.latest();
  db.seed.run();
  db.batchInsert('users', [{ id: 1 }]);
  db.destroy();
});`,
      output: `const Knex = require('knex');
const db = Knex({ client: 'pg' });
it('x', async () => {
  await db.migrate.latest();
  await db.seed.run();
  await db.batchInsert('users', [{ id: 1 }]);
  await db.destroy();
});`,
      errors: [
        { messageId: 'unawaited', line: 4 },
        { messageId: 'unawaited', line: 5 },
        { messageId: 'unawaited', line: 6 },
        { messageId: 'unawaited', line: 7 },
      ],
    },
    {
      name: 'a transaction handler runs at once',
      code: `${vitest}import knex from 'knex';
const db = knex({ client: 'pg' });
test('x', () => {
  db.transaction(async (trx) => {
    await trx('users').del();
  });
});`,
      output: `${vitest}import knex from 'knex';
const db = knex({ client: 'pg' });
test('x', async () => {
  await db.transaction(async (trx) => {
    await trx('users').del();
  });
});`,
      errors: [{ messageId: 'unawaited', line: 5 }],
    },
    {
      name: 'a transaction from await db.transaction(): queries, commit and rollback',
      code: `${vitest}import knex from 'knex';
const db = knex({ client: 'pg' });
test('x', async () => {
  const trx = await db.transaction();
  trx('users').insert({ id: 1 });
  trx.commit();
});`,
      output: `${vitest}import knex from 'knex';
const db = knex({ client: 'pg' });
test('x', async () => {
  const trx = await db.transaction();
  await trx('users').insert({ id: 1 });
  await trx.commit();
});`,
      errors: [
        { messageId: 'unawaitedLazy', line: 6 },
        { messageId: 'unawaited', line: 7 },
      ],
    },
    {
      name: 'let db: Knex assigned in beforeEach',
      code: `${vitest}import knex, { type Knex } from 'knex';
let db: Knex;
beforeEach(() => {
  db = knex({ client: 'pg' });
});
test('x', () => {
  db('users').del();
});`,
      output: `${vitest}import knex, { type Knex } from 'knex';
let db: Knex;
beforeEach(() => {
  db = knex({ client: 'pg' });
});
test('x', async () => {
  await db('users').del();
});`,
      errors: [{ messageId: 'unawaitedLazy', line: 8 }],
    },
    {
      name: 'let trx: Knex.Transaction assigned in beforeEach',
      code: `${vitest}import { afterEach } from 'vitest';
import knex, { type Knex } from 'knex';
const db = knex({ client: 'pg' });
let trx: Knex.Transaction;
beforeEach(async () => {
  trx = await db.transaction();
});
afterEach(() => {
  trx.rollback();
});`,
      output: `${vitest}import { afterEach } from 'vitest';
import knex, { type Knex } from 'knex';
const db = knex({ client: 'pg' });
let trx: Knex.Transaction;
beforeEach(async () => {
  trx = await db.transaction();
});
afterEach(async () => {
  await trx.rollback();
});`,
      errors: [{ messageId: 'unawaited', line: 10 }],
    },
    {
      name: 'before knex 0.95 the module named the instance type: import * as Knex, let db: Knex',
      code: `${vitest}import * as Knex from 'knex';
let db: Knex;
test('x', () => {
  db.raw('truncate users');
});`,
      output: `${vitest}import * as Knex from 'knex';
let db: Knex;
test('x', async () => {
  await db.raw('truncate users');
});`,
      errors: [{ messageId: 'unawaitedLazy', line: 5 }],
    },
    {
      name: 'a let assigned from the factory in a hook, without annotation',
      code: `const Knex = require('knex');
let db;
beforeEach(() => {
  db = Knex({ client: 'sqlite3' });
});
it('x', () => {
  db.schema.dropTable('users');
});`,
      output: `const Knex = require('knex');
let db;
beforeEach(() => {
  db = Knex({ client: 'sqlite3' });
});
it('x', async () => {
  await db.schema.dropTable('users');
});`,
      errors: [{ messageId: 'unawaitedLazy', line: 7 }],
    },
  ],
});

lateFailuresTester.run('await-async-calls: kysely', rule, {
  valid: [
    {
      name: 'executed and awaited',
      code: `${vitest}import { Kysely } from 'kysely';
const db = new Kysely<DB>({ dialect });
test('a', async () => {
  await db.selectFrom('person').selectAll().execute();
  const person = await db.selectFrom('person').selectAll().executeTakeFirstOrThrow();
  expect(person).toBeDefined();
});`,
    },
    {
      name: 'a builder is not a thenable: dropping one is not an unawaited promise',
      code: `${vitest}import { Kysely } from 'kysely';
const db = new Kysely<DB>({ dialect });
test('a', () => {
  db.selectFrom('person').selectAll();
  db.insertInto('person').values({ name: 'a' });
});`,
    },
    {
      name: 'compile and toOperationNode are synchronous',
      code: `${vitest}import { Kysely, sql } from 'kysely';
const db = new Kysely<DB>({ dialect });
test('a', () => {
  db.selectFrom('person').selectAll().compile();
  db.deleteFrom('person').where('id', '=', 1).toOperationNode();
  db.schema.createTable('person').addColumn('id', 'integer').compile();
  sql\`select 1\`.compile(db);
});`,
    },
    {
      name: 'every synchronous method of Kysely and its builders',
      code: `${vitest}import { Kysely, sql } from 'kysely';
const db = new Kysely<DB>({ dialect });
test('a', async () => {
  db.selectFrom('person').selectAll().stream();
  db.selectFrom('person').selectAll().as('p');
  db.selectFrom('person').$call((qb) => qb.selectAll());
  db.getExecutor();
  db.case();
  sql\`select 1\`.toOperationNode();
});`,
    },
  ],
  invalid: [
    {
      name: 'new Kysely(); execute, executeTakeFirst, executeTakeFirstOrThrow',
      code: `${vitest}import { Kysely } from 'kysely';
const db = new Kysely<DB>({ dialect });
test('x', async () => {
  db.insertInto('person').values({ name: 'a' }).execute();
  db.updateTable('person').set({ name: 'b' }).where('id', '=', 1).executeTakeFirst();
  db.deleteFrom('person').where('id', '=', 1).executeTakeFirstOrThrow();
});`,
      output: `${vitest}import { Kysely } from 'kysely';
const db = new Kysely<DB>({ dialect });
test('x', async () => {
  await db.insertInto('person').values({ name: 'a' }).execute();
  await db.updateTable('person').set({ name: 'b' }).where('id', '=', 1).executeTakeFirst();
  await db.deleteFrom('person').where('id', '=', 1).executeTakeFirstOrThrow();
});`,
      errors: [
        { messageId: 'unawaited', line: 5, data: { expression: 'db.insertInto(…).values(…).execute()' } },
        { messageId: 'unawaited', line: 6 },
        { messageId: 'unawaited', line: 7 },
      ],
    },
    {
      name: 'schema builders, raw sql, db.with, the introspector and destroy',
      code: `${vitest}import { Kysely, sql } from 'kysely';
const db = new Kysely<DB>({ dialect });
test('x', async () => {
  db.schema.createTable('person').addColumn('id', 'integer').execute();
  db.schema.alterTable('person').addColumn('age', 'integer').execute();
  sql\`truncate person\`.execute(db);
  sql.raw('truncate pet').execute(db);
  db.with('p', (qb) => qb.selectFrom('person').selectAll()).selectFrom('p').selectAll().execute();
  db.introspection.getTables();
  db.destroy();
});`,
      output: `${vitest}import { Kysely, sql } from 'kysely';
const db = new Kysely<DB>({ dialect });
test('x', async () => {
  await db.schema.createTable('person').addColumn('id', 'integer').execute();
  await db.schema.alterTable('person').addColumn('age', 'integer').execute();
  await sql\`truncate person\`.execute(db);
  await sql.raw('truncate pet').execute(db);
  await db.with('p', (qb) => qb.selectFrom('person').selectAll()).selectFrom('p').selectAll().execute();
  await db.introspection.getTables();
  await db.destroy();
});`,
      errors: [5, 6, 7, 8, 9, 10, 11].map((line) => ({ messageId: 'unawaited' as const, line })),
    },
    {
      name: 'transactions: execute runs at once; a controlled transaction from await',
      code: `${vitest}import { Kysely } from 'kysely';
const db = new Kysely<DB>({ dialect });
test('x', async () => {
  db.transaction().setIsolationLevel('serializable').execute(async (trx) => {});
  const trx = await db.startTransaction().execute();
  trx.insertInto('person').values({ name: 'a' }).execute();
  trx.rollback().execute();
});`,
      output: `${vitest}import { Kysely } from 'kysely';
const db = new Kysely<DB>({ dialect });
test('x', async () => {
  await db.transaction().setIsolationLevel('serializable').execute(async (trx) => {});
  const trx = await db.startTransaction().execute();
  await trx.insertInto('person').values({ name: 'a' }).execute();
  await trx.rollback().execute();
});`,
      errors: [
        { messageId: 'unawaited', line: 5 },
        { messageId: 'unawaited', line: 7 },
        { messageId: 'unawaited', line: 8 },
      ],
    },
    {
      name: 'let db: Kysely<DB> assigned in beforeEach; the migrator',
      code: `${vitest}import { Kysely, Migrator } from 'kysely';
let db: Kysely<DB>;
beforeEach(() => {
  db = new Kysely<DB>({ dialect });
  new Migrator({ db, provider }).migrateToLatest();
});
test('x', () => {
  db.deleteFrom('person').execute();
});`,
      output: `${vitest}import { Kysely, Migrator } from 'kysely';
let db: Kysely<DB>;
beforeEach(async () => {
  db = new Kysely<DB>({ dialect });
  await new Migrator({ db, provider }).migrateToLatest();
});
test('x', async () => {
  await db.deleteFrom('person').execute();
});`,
      errors: [
        { messageId: 'unawaited', line: 6 },
        { messageId: 'unawaited', line: 9 },
      ],
    },
    {
      name: 'require, then new',
      code: `const { Kysely } = require('kysely');
const db = new Kysely({ dialect });
it('x', async () => {
  db.selectFrom('person').selectAll().execute();
});`,
      output: `const { Kysely } = require('kysely');
const db = new Kysely({ dialect });
it('x', async () => {
  await db.selectFrom('person').selectAll().execute();
});`,
      errors: [{ messageId: 'unawaited', line: 4 }],
    },
    {
      name: 'let trx: Transaction<DB> annotation',
      code: `${vitest}import type { Transaction } from 'kysely';
let trx: Transaction<DB>;
test('x', () => {
  trx.selectFrom('person').selectAll().execute();
});`,
      output: `${vitest}import type { Transaction } from 'kysely';
let trx: Transaction<DB>;
test('x', async () => {
  await trx.selectFrom('person').selectAll().execute();
});`,
      errors: [{ messageId: 'unawaited', line: 5 }],
    },
  ],
});

lateFailuresTester.run('await-async-calls: drizzle', rule, {
  valid: [
    {
      name: 'awaited and returned queries',
      code: `${vitest}import { drizzle } from 'drizzle-orm/node-postgres';
const db = drizzle(pool);
test('a', async () => {
  await db.insert(users).values({ name: 'a' });
  const rows = await db.select().from(users).where(eq(users.id, 1));
  expect(rows).toHaveLength(1);
});
test('b', () => {
  return db.query.users.findMany();
});`,
    },
    {
      name: 'unfinished statements are not queries yet; SQL text and prepare are synchronous',
      code: `${vitest}import { drizzle } from 'drizzle-orm/node-postgres';
const db = drizzle(pool);
test('a', async () => {
  db.insert(users);
  db.update(users);
  db.select();
  db.select().from(users).toSQL();
  db.delete(users).getSQL();
  db.query.users.findFirst().toSQL();
  const prepared = db.select().from(users).prepare('all_users');
  await prepared.execute();
  const sq = db.select().from(users).as('sq');
  db.$with('sq').as(db.select().from(users));
});`,
    },
    {
      name: 'better-sqlite3: run, all, get, values, sync and the transaction are synchronous',
      code: `${vitest}import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
let db: BetterSQLite3Database;
beforeEach(() => {
  db = drizzle(sqlite);
});
test('a', () => {
  db.insert(users).values({ name: 'a' }).run();
  db.select().from(users).all();
  db.select().from(users).get();
  db.select().from(users).values();
  db.run(sql\`delete from users\`);
  db.query.users.findMany().sync();
  db.transaction((tx) => {
    tx.insert(users).values({ name: 'b' }).run();
  });
});`,
    },
    {
      name: 'every other synchronous method of queries, relational queries and prepared queries',
      code: `${vitest}import { drizzle } from 'drizzle-orm/mysql2';
const db = drizzle(pool, { schema, mode: 'default' });
test('a', async () => {
  db.select().from(users).getSelectedFields();
  db.select().from(users).getUsedTables();
  db.select().from(users).iterator();
  db.query.users.findMany().getSQL();
  db.query.users.findMany().getQuery();
  db.query.users.findMany().executeRaw();
  db.query.users.findMany().prepare().getQuery();
  db.select().from(users).prepare().iterator();
  db.select().from(users).prepare().mapResult([]);
});`,
    },
    {
      name: 'a prepared SQLite query runs synchronously with run, all, get and values',
      code: `${vitest}import { drizzle } from 'drizzle-orm/bun-sqlite';
const db = drizzle(sqlite);
test('a', () => {
  const insert = db.insert(users).values({ name: sql.placeholder('name') }).prepare();
  insert.run({ name: 'a' });
  insert.all({ name: 'b' });
  insert.get({ name: 'c' });
  insert.values({ name: 'd' });
});`,
    },
    {
      name: "better-sqlite3's migrator is synchronous",
      code: `${vitest}import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
const db = drizzle(sqlite);
beforeEach(() => {
  migrate(db, { migrationsFolder: './drizzle' });
});`,
    },
    {
      name: 'tx.rollback() throws at once',
      code: `${vitest}import type { PgTransaction } from 'drizzle-orm/pg-core';
let tx: PgTransaction<any>;
test('a', () => {
  tx.rollback();
});`,
    },
  ],
  invalid: [
    {
      name: 'drizzle() from a driver entry point: insert, select, update, delete',
      code: `${vitest}import { drizzle } from 'drizzle-orm/node-postgres';
const db = drizzle(pool);
test('x', async () => {
  db.insert(users).values({ name: 'a' }).returning();
  db.select().from(users).where(eq(users.id, 1)).limit(1);
  db.update(users).set({ name: 'b' }).where(eq(users.id, 1));
  db.delete(users);
});`,
      output: `${vitest}import { drizzle } from 'drizzle-orm/node-postgres';
const db = drizzle(pool);
test('x', async () => {
  await db.insert(users).values({ name: 'a' }).returning();
  await db.select().from(users).where(eq(users.id, 1)).limit(1);
  await db.update(users).set({ name: 'b' }).where(eq(users.id, 1));
  await db.delete(users);
});`,
      errors: [
        { messageId: 'unawaitedLazy', line: 5, data: { expression: 'db.insert(…).values(…).returning()' } },
        { messageId: 'unawaitedLazy', line: 6 },
        { messageId: 'unawaitedLazy', line: 7 },
        { messageId: 'unawaitedLazy', line: 8 },
      ],
    },
    {
      name: 'relational queries, $count, with, and execute()',
      code: `${vitest}import { drizzle } from 'drizzle-orm/pglite';
const db = drizzle(client, { schema });
test('x', async () => {
  db.query.users.findMany({ with: { posts: true } });
  db.$count(users);
  db.with(sq).select().from(sq);
  db.select().from(users).execute();
  db.execute(sql\`truncate users\`);
});`,
      output: `${vitest}import { drizzle } from 'drizzle-orm/pglite';
const db = drizzle(client, { schema });
test('x', async () => {
  await db.query.users.findMany({ with: { posts: true } });
  await db.$count(users);
  await db.with(sq).select().from(sq);
  await db.select().from(users).execute();
  await db.execute(sql\`truncate users\`);
});`,
      errors: [
        { messageId: 'unawaitedLazy', line: 5 },
        { messageId: 'unawaitedLazy', line: 6 },
        { messageId: 'unawaitedLazy', line: 7 },
        { messageId: 'unawaited', line: 8 },
        // The pglite entry point gives a Postgres database, whose execute() is a query (PgRaw) like the others.
        { messageId: 'unawaitedLazy', line: 9 },
      ],
    },
    {
      name: 'better-sqlite3 queries are thenables too: without run() or await nothing runs',
      code: `${vitest}import { drizzle } from 'drizzle-orm/better-sqlite3';
const db = drizzle(sqlite);
test('x', () => {
  db.insert(users).values({ name: 'a' });
});`,
      output: `${vitest}import { drizzle } from 'drizzle-orm/better-sqlite3';
const db = drizzle(sqlite);
test('x', async () => {
  await db.insert(users).values({ name: 'a' });
});`,
      errors: [{ messageId: 'unawaitedLazy', line: 5 }],
    },
    {
      name: 'an async migrator; require of a driver',
      code: `const { drizzle } = require('drizzle-orm/postgres-js');
const { migrate } = require('drizzle-orm/postgres-js/migrator');
const db = drizzle(sql);
beforeEach(() => {
  migrate(db, { migrationsFolder: './drizzle' });
});`,
      output: `const { drizzle } = require('drizzle-orm/postgres-js');
const { migrate } = require('drizzle-orm/postgres-js/migrator');
const db = drizzle(sql);
beforeEach(async () => {
  await migrate(db, { migrationsFolder: './drizzle' });
});`,
      errors: [{ messageId: 'unawaited', line: 5 }],
    },
    {
      name: 'let db: NodePgDatabase assigned in beforeEach: execute is lazy, transaction eager',
      code: `${vitest}import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
let db: NodePgDatabase<typeof schema>;
beforeEach(() => {
  db = drizzle(pool, { schema });
});
test('x', async () => {
  db.execute(sql\`truncate users\`);
  db.transaction(async (tx) => {});
});`,
      output: `${vitest}import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
let db: NodePgDatabase<typeof schema>;
beforeEach(() => {
  db = drizzle(pool, { schema });
});
test('x', async () => {
  await db.execute(sql\`truncate users\`);
  await db.transaction(async (tx) => {});
});`,
      errors: [
        { messageId: 'unawaitedLazy', line: 8 },
        { messageId: 'unawaited', line: 9 },
      ],
    },
    {
      name: 'let db: LibSQLDatabase: run is lazy',
      code: `${vitest}import type { LibSQLDatabase } from 'drizzle-orm/libsql';
let db: LibSQLDatabase;
test('x', () => {
  db.run(sql\`delete from users\`);
});`,
      output: `${vitest}import type { LibSQLDatabase } from 'drizzle-orm/libsql';
let db: LibSQLDatabase;
test('x', async () => {
  await db.run(sql\`delete from users\`);
});`,
      errors: [{ messageId: 'unawaitedLazy', line: 5 }],
    },
    {
      name: 'drizzle.mock() and a MySQL database',
      code: `${vitest}import { drizzle, type MySql2Database } from 'drizzle-orm/mysql2';
const mock = drizzle.mock();
let db: MySql2Database;
test('x', async () => {
  mock.delete(users);
  db.execute(sql\`truncate users\`);
});`,
      output: `${vitest}import { drizzle, type MySql2Database } from 'drizzle-orm/mysql2';
const mock = drizzle.mock();
let db: MySql2Database;
test('x', async () => {
  await mock.delete(users);
  await db.execute(sql\`truncate users\`);
});`,
      errors: [
        { messageId: 'unawaitedLazy', line: 6 },
        { messageId: 'unawaited', line: 7 },
      ],
    },
  ],
});

lateFailuresTester.run('await-async-calls: prisma', rule, {
  valid: [
    {
      name: 'awaited, returned and batched queries',
      code: `${vitest}import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
test('a', async () => {
  await prisma.user.deleteMany();
  await prisma.$transaction([prisma.user.create({ data: {} }), prisma.post.deleteMany()]);
  const users = await Promise.all([prisma.user.findMany(), prisma.post.count()]);
  expect(users).toHaveLength(2);
});
test('b', () => {
  return prisma.$executeRaw\`truncate users\`;
});`,
    },
    {
      name: '$on, $use and $extends are synchronous',
      code: `${vitest}import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
test('a', () => {
  prisma.$on('query', (event) => {});
  prisma.$use(async (params, next) => next(params));
  prisma.$extends({ name: 'x' });
});`,
    },
    {
      name: 'mocked delegates: reading and configuring a method is not a call to it',
      code: `${vitest}import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
test('a', () => {
  prisma.user.create.mockResolvedValue({ id: 1 });
  expect(prisma.user.create).toHaveBeenCalled();
});`,
    },
  ],
  invalid: [
    {
      name: 'new PrismaClient(); model delegates are lazy',
      code: `${vitest}import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
test('x', async () => {
  prisma.user.create({ data: { email: 'a@b.c' } });
  prisma.post.deleteMany();
  prisma.user.findUnique({ where: { id: 1 } }).posts();
});`,
      output: `${vitest}import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
test('x', async () => {
  await prisma.user.create({ data: { email: 'a@b.c' } });
  await prisma.post.deleteMany();
  await prisma.user.findUnique({ where: { id: 1 } }).posts();
});`,
      errors: [
        { messageId: 'unawaitedLazy', line: 5, data: { expression: 'prisma.user.create(…)' } },
        { messageId: 'unawaitedLazy', line: 6 },
        { messageId: 'unawaitedLazy', line: 7 },
      ],
    },
    {
      name: 'raw queries, as tags and as calls',
      code: `${vitest}import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
beforeEach(async () => {
  prisma.$executeRaw\`truncate users\`;
  prisma.$executeRawUnsafe('truncate posts');
  prisma.$queryRaw\`select 1\`;
});`,
      output: `${vitest}import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
beforeEach(async () => {
  await prisma.$executeRaw\`truncate users\`;
  await prisma.$executeRawUnsafe('truncate posts');
  await prisma.$queryRaw\`select 1\`;
});`,
      errors: [
        { messageId: 'unawaitedLazy', line: 5 },
        { messageId: 'unawaitedLazy', line: 6 },
        { messageId: 'unawaitedLazy', line: 7 },
      ],
    },
    {
      name: 'require; $connect, $transaction and $disconnect run at once',
      code: `const { PrismaClient } = require('@prisma/client');
const prisma = new PrismaClient();
it('x', async () => {
  prisma.$connect();
  prisma.$transaction(async (tx) => {});
  prisma.$disconnect();
});`,
      output: `const { PrismaClient } = require('@prisma/client');
const prisma = new PrismaClient();
it('x', async () => {
  await prisma.$connect();
  await prisma.$transaction(async (tx) => {});
  await prisma.$disconnect();
});`,
      errors: [
        { messageId: 'unawaited', line: 4 },
        { messageId: 'unawaited', line: 5 },
        { messageId: 'unawaited', line: 6 },
      ],
    },
    {
      name: 'let prisma: PrismaClient assigned in beforeEach; an extended client',
      code: `${vitest}import { PrismaClient } from '@prisma/client';
let prisma: PrismaClient;
beforeEach(() => {
  prisma = new PrismaClient();
});
test('x', async () => {
  prisma.user.deleteMany();
  prisma.$extends({ name: 'x' }).post.deleteMany();
});`,
      output: `${vitest}import { PrismaClient } from '@prisma/client';
let prisma: PrismaClient;
beforeEach(() => {
  prisma = new PrismaClient();
});
test('x', async () => {
  await prisma.user.deleteMany();
  await prisma.$extends({ name: 'x' }).post.deleteMany();
});`,
      errors: [
        { messageId: 'unawaitedLazy', line: 8 },
        { messageId: 'unawaitedLazy', line: 9 },
      ],
    },
    {
      name: 'an interactive transaction client annotated Prisma.TransactionClient',
      code: `${vitest}import { Prisma } from '@prisma/client';
let tx: Prisma.TransactionClient;
test('x', () => {
  tx.user.update({ where: { id: 1 }, data: {} });
});`,
      output: `${vitest}import { Prisma } from '@prisma/client';
let tx: Prisma.TransactionClient;
test('x', async () => {
  await tx.user.update({ where: { id: 1 }, data: {} });
});`,
      errors: [{ messageId: 'unawaitedLazy', line: 5 }],
    },
  ],
});

lateFailuresTester.run('await-async-calls: objection', rule, {
  valid: [
    {
      name: 'awaited queries; knex bound to the models',
      code: `${vitest}import { Model } from 'objection';
import knex from 'knex';
Model.knex(knex({ client: 'pg' }));
test('a', async () => {
  await Model.query().insert({ name: 'a' });
  const count = await Model.query().resultSize();
  expect(count).toBe(1);
});`,
    },
    {
      name: 'inspecting a builder and its SQL is synchronous',
      code: `${vitest}import { Model } from 'objection';
test('a', () => {
  Model.query().where('id', 1).toKnexQuery().toSQL();
  Model.query().isFind();
  Model.query().hasWheres();
  Model.query().toString();
});`,
    },
    {
      name: 'toKnexQuery() compiles the SQL and is not run: building it to see it throw',
      code: `${vitest}import { Model } from 'objection';
test('a', () => {
  expect(() => {
    Model.query().where('id', undefined).toKnexQuery();
  }).toThrow();
});`,
    },
    {
      name: 'every inspection method of the query builder, and the synchronous statics',
      code: `${vitest}import { Model } from 'objection';
test('a', () => {
  Model.query().toSql();
  Model.query().isInsert();
  Model.query().isUpdate();
  Model.query().isDelete();
  Model.query().isRelate();
  Model.query().isUnrelate();
  Model.query().isInternal();
  Model.query().isPartial();
  Model.query().isExecutable();
  Model.query().isExplicitlyResolvedOrRejected();
  Model.query().isSelectAll();
  Model.query().has('where');
  Model.query().hasSelects();
  Model.query().hasWithGraph();
  Model.query().hasSelection('id');
  Model.query().hasSelectionAs('id', 'x');
  Model.query().findSelection('id');
  Model.query().findAllSelections();
  Model.query().findOperation('where');
  Model.query().findLastOperation('where');
  Model.query().forEachOperation(/where/, () => {});
  Model.query().everyOperation(/where/, () => true);
  Model.query().callOperationMethod(op, 'onBuild', []);
  Model.query().modelClass();
  Model.query().resultModelClass();
  Model.query().parentQuery();
  Model.query().internalContext();
  Model.query().internalOptions();
  Model.query().tableName();
  Model.query().tableNameFor(Model);
  Model.query().tableRef();
  Model.query().tableRefFor(Model);
  Model.query().alias();
  Model.query().aliasFor(Model);
  Model.query().fullIdColumn();
  Model.query().fullIdColumnFor(Model);
  Model.query().graphExpressionObject();
  Model.query().graphModifiersAtPath([]);
  Model.query().allowedGraphExpression();
  Model.tableMetadata();
  Model.getTableName();
  Model.getIdColumn();
  Model.getRelations();
  Model.getRelation('pets');
  Model.traverse(models, () => {});
});`,
    },
    {
      name: 'instance methods that only touch the model',
      code: `${vitest}import type { Model } from 'objection';
let person: Model;
test('a', () => {
  person.$set({ name: 'a' });
  person.$toJson();
  person.$validate();
});`,
    },
    {
      name: 'every other synchronous instance method',
      code: `${vitest}import type { Model } from 'objection';
let person: Model;
test('a', () => {
  person.$id();
  person.$hasId();
  person.$hasProps(['id']);
  person.$setJson({});
  person.$setDatabaseJson({});
  person.$setRelated('pets', []);
  person.$appendRelated('pets', []);
  person.$toDatabaseJson();
  person.$clone();
  person.$values();
  person.$propKey(['id']);
  person.$idKey();
  person.$traverse(() => {});
  person.$omitFromJson(['id']);
  person.$omitFromDatabaseJson(['id']);
  person.$formatJson({});
  person.$parseJson({});
  person.$formatDatabaseJson({});
  person.$parseDatabaseJson({});
});`,
    },
  ],
  invalid: [
    {
      name: 'Model.query() is a lazy builder; execute and resultSize run at once',
      code: `${vitest}import { Model } from 'objection';
test('x', async () => {
  Model.query().insert({ name: 'a' });
  Model.query().findById(1).patch({ name: 'b' });
  Model.query().execute();
  Model.query().resultSize();
});`,
      output: `${vitest}import { Model } from 'objection';
test('x', async () => {
  await Model.query().insert({ name: 'a' });
  await Model.query().findById(1).patch({ name: 'b' });
  await Model.query().execute();
  await Model.query().resultSize();
});`,
      errors: [
        { messageId: 'unawaitedLazy', line: 4, data: { expression: 'Model.query().insert(…)' } },
        { messageId: 'unawaitedLazy', line: 5 },
        { messageId: 'unawaited', line: 6 },
        { messageId: 'unawaited', line: 7 },
      ],
    },
    {
      name: 'let person: Model assigned in beforeEach: $query and $relatedQuery',
      code: `${vitest}import { Model } from 'objection';
let person: Model;
beforeEach(async () => {
  person = await Model.query().findById(1);
});
test('x', async () => {
  person.$query().patch({ name: 'a' });
  person.$relatedQuery('pets').relate(1);
});`,
      output: `${vitest}import { Model } from 'objection';
let person: Model;
beforeEach(async () => {
  person = await Model.query().findById(1);
});
test('x', async () => {
  await person.$query().patch({ name: 'a' });
  await person.$relatedQuery('pets').relate(1);
});`,
      errors: [
        { messageId: 'unawaitedLazy', line: 8 },
        { messageId: 'unawaitedLazy', line: 9 },
      ],
    },
    {
      name: 'require; transactions are knex transactions',
      code: `const { Model, transaction } = require('objection');
it('x', async () => {
  transaction(Model.knex(), async (trx) => {});
  const trx = await transaction.start(Model.knex());
  Model.query(trx).delete();
  trx.rollback();
});`,
      output: `const { Model, transaction } = require('objection');
it('x', async () => {
  await transaction(Model.knex(), async (trx) => {});
  const trx = await transaction.start(Model.knex());
  await Model.query(trx).delete();
  await trx.rollback();
});`,
      errors: [
        { messageId: 'unawaited', line: 3 },
        { messageId: 'unawaitedLazy', line: 5 },
        { messageId: 'unawaited', line: 6 },
      ],
    },
    {
      name: 'Model.startTransaction() and Model.knex() in a hook',
      code: `${vitest}import { Model } from 'objection';
beforeEach(async () => {
  const trx = await Model.startTransaction();
  trx.commit();
  Model.knex().raw('truncate persons');
});`,
      output: `${vitest}import { Model } from 'objection';
beforeEach(async () => {
  const trx = await Model.startTransaction();
  await trx.commit();
  await Model.knex().raw('truncate persons');
});`,
      errors: [
        { messageId: 'unawaited', line: 5 },
        { messageId: 'unawaitedLazy', line: 6 },
      ],
    },
  ],
});

lateFailuresTester.run("await-async-calls: drizzle's driver entry points know their dialect", rule, {
  valid: [
    {
      name: 'better-sqlite3: transaction() and run() are synchronous without an annotation',
      code: `${vitest}import { drizzle } from 'drizzle-orm/better-sqlite3';
const db = drizzle(':memory:');
test('a', () => {
  db.transaction((tx) => {
    tx.insert(users).values({ name: 'ada' }).run();
  });
  db.insert(users).values({ name: 'grace' }).run();
});`,
    },
    {
      name: 'the same from a namespace import',
      code: `${vitest}import * as sqlite from 'drizzle-orm/bun-sqlite';
const db = sqlite.drizzle();
test('a', () => {
  db.transaction((tx) => tx.delete(users).run());
});`,
    },
  ],
  invalid: [
    {
      name: 'node-postgres: transaction() is a promise',
      code: `${vitest}import { drizzle } from 'drizzle-orm/node-postgres';
const db = drizzle(process.env.DATABASE_URL);
test('a', async () => {
  db.transaction(async (tx) => {
    await tx.insert(users).values({ name: 'ada' });
  });
});`,
      output: `${vitest}import { drizzle } from 'drizzle-orm/node-postgres';
const db = drizzle(process.env.DATABASE_URL);
test('a', async () => {
  await db.transaction(async (tx) => {
    await tx.insert(users).values({ name: 'ada' });
  });
});`,
      errors: [{ messageId: 'unawaited', line: 5, column: 3 }],
    },
    {
      name: "libsql: the database's run() is a query that runs only when awaited",
      code: `${vitest}import { drizzle } from 'drizzle-orm/libsql';
const db = drizzle({ connection: { url: 'file:local.db' } });
test('a', async () => {
  db.run(sql\`delete from users\`);
});`,
      output: `${vitest}import { drizzle } from 'drizzle-orm/libsql';
const db = drizzle({ connection: { url: 'file:local.db' } });
test('a', async () => {
  await db.run(sql\`delete from users\`);
});`,
      errors: [{ messageId: 'unawaitedLazy', line: 5, column: 3 }],
    },
  ],
});
