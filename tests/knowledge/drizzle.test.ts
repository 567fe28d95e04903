import { describe, expect, it } from 'vitest';
import { describeValue, follow, kindAt, resolve, typed } from './helpers';

const db = ['()'];

describe('drizzle', () => {
  it.each([
    ['drizzle(pool) from node-postgres', 'drizzle.PgDatabase', 'drizzle-orm/node-postgres'],
    ['drizzle(sql) from postgres-js', 'drizzle.PgDatabase', 'drizzle-orm/postgres-js'],
    ['drizzle(client) from pglite', 'drizzle.PgDatabase', 'drizzle-orm/pglite'],
    ['drizzle(conn) from mysql2', 'drizzle.MySqlDatabase', 'drizzle-orm/mysql2'],
    ['drizzle(client) from libsql', 'drizzle.SQLiteAsyncDatabase', 'drizzle-orm/libsql'],
    ['drizzle(env.DB) from d1', 'drizzle.SQLiteAsyncDatabase', 'drizzle-orm/d1'],
    ['drizzle(sqlite) from better-sqlite3', 'drizzle.SQLiteSyncDatabase', 'drizzle-orm/better-sqlite3'],
    ['drizzle(sqlite) from bun-sqlite', 'drizzle.SQLiteSyncDatabase', 'drizzle-orm/bun-sqlite'],
    ['drizzle(...) from a core module: dialect unknown', 'drizzle.Database', 'drizzle-orm/pg-core'],
  ] as const)('%s gives %s', (_code, gives, module) => {
    expect(resolve(module, 'drizzle', db)).toBe(gives);
  });

  it('drizzle.mock() gives the same database as drizzle(client)', () => {
    expect(resolve('drizzle-orm/node-postgres', 'drizzle', ['.mock()'])).toBe('drizzle.PgDatabase');
  });

  describe('queries (the same in every dialect)', () => {
    const pg = (path: readonly string[]) => resolve('drizzle-orm/node-postgres', 'drizzle', [...db, ...path]);

    it.each([
      ['db.select() is no query before .from()', 'drizzle.SelectBuilder', ['.select()']],
      ['db.select().from(t)', 'drizzle.Select lazy', ['.select()', '.from()']],
      ['db.select().from(t).where(c).limit(1)', 'drizzle.Select lazy', ['.select()', '.from()', '.where()', '.limit()']],
      ['db.insert(t) is no query before .values()', 'drizzle.InsertBuilder', ['.insert()']],
      ['db.insert(t).values(v).returning()', 'drizzle.Insert lazy', ['.insert()', '.values()', '.returning()']],
      ['db.update(t).set(v)', 'drizzle.Update lazy', ['.update()', '.set()']],
      ['db.delete(t)', 'drizzle.Delete lazy', ['.delete()']],
      ['db.delete(t).execute() runs at once', 'promise', ['.delete()', '.execute()']],
      ['db.select().from(t).toSQL()', 'value', ['.select()', '.from()', '.toSQL()']],
      ['db.select().from(t).prepare("q").execute()', 'promise', ['.select()', '.from()', '.prepare()', '.execute()']],
      // SQLite's run() is synchronous with better-sqlite3 and a promise with libsql: taken as a value everywhere.
      ['db.delete(t).run()', 'value', ['.delete()', '.run()']],
      ['db.$count(t)', 'lazy', ['.$count()']],
      ['db.with(sq).select().from(sq)', 'drizzle.Select lazy', ['.with()', '.select()', '.from()']],
      ['db.query.users.findMany()', 'drizzle.RelationalQuery lazy', ['.query', '.users', '.findMany()']],
      ['db.query.users.findFirst().toSQL()', 'value', ['.query', '.users', '.findFirst()', '.toSQL()']],
    ] as const)('%s gives %s', (_code, gives, path) => {
      expect(pg(path)).toBe(gives);
    });
  });

  it.each([
    ['pg db.execute(sql) is lazy', 'lazy', 'drizzle-orm/node-postgres', ['.execute()']],
    ['mysql db.execute(sql) runs at once', 'promise', 'drizzle-orm/mysql2', ['.execute()']],
    ['dialect unknown: db.execute(sql) is taken as a promise', 'promise', 'drizzle-orm', ['.execute()']],
    ['pg db.transaction(fn)', 'promise', 'drizzle-orm/node-postgres', ['.transaction()']],
    ['mysql db.transaction(fn)', 'promise', 'drizzle-orm/mysql2', ['.transaction()']],
    ['libsql db.transaction(fn)', 'promise', 'drizzle-orm/libsql', ['.transaction()']],
    ['better-sqlite3 db.transaction(fn) stays synchronous', 'value', 'drizzle-orm/better-sqlite3', ['.transaction()']],
    ['better-sqlite3 db.run(sql) stays synchronous', 'value', 'drizzle-orm/better-sqlite3', ['.run()']],
    ['libsql db.run(sql) is lazy', 'lazy', 'drizzle-orm/libsql', ['.run()']],
    ['libsql db.batch([...])', 'promise', 'drizzle-orm/libsql', ['.batch()']],
  ] as const)('%s: %s', (_code, gives, module, path) => {
    expect(resolve(module, 'drizzle', [...db, ...path])).toBe(gives);
  });

  it.each([
    ['drizzle-orm/node-postgres/migrator', 'promise'],
    ['drizzle-orm/libsql/migrator', 'promise'],
    // better-sqlite3's migrate is synchronous: its migrator is not listed.
    ['drizzle-orm/better-sqlite3/migrator', undefined],
  ] as const)('migrate(db, opts) from %s gives %s', (module, gives) => {
    expect(resolve(module, 'migrate', ['()'])).toBe(gives);
  });

  it.each([
    ['NodePgDatabase', 'drizzle.PgDatabase'],
    ['PostgresJsDatabase', 'drizzle.PgDatabase'],
    ['MySql2Database', 'drizzle.MySqlDatabase'],
    ['BetterSQLite3Database', 'drizzle.SQLiteSyncDatabase'],
    ['LibSQLDatabase', 'drizzle.SQLiteAsyncDatabase'],
    ['NodePgTransaction', 'drizzle.PgTransaction'],
    ['BetterSQLiteTransaction', 'drizzle.SQLiteSyncTransaction'],
    ['LibSQLTransaction', 'drizzle.SQLiteAsyncTransaction'],
  ] as const)('a value annotated %s is %s', (type, kind) => {
    expect(typed('drizzle-orm', type)?.id).toBe(kind);
  });

  it.each([
    // `tx.rollback()` throws at once to abort the transaction callback.
    ['pg tx.rollback()', 'value', 'NodePgTransaction', ['.rollback()']],
    ['pg tx.setTransaction(config)', 'promise', 'NodePgTransaction', ['.setTransaction()']],
    ['pg tx.select().from(t)', 'drizzle.Select lazy', 'NodePgTransaction', ['.select()', '.from()']],
    ['better-sqlite3 tx.transaction(fn)', 'value', 'BetterSQLiteTransaction', ['.transaction()']],
    ['libsql tx.all(sql)', 'lazy', 'LibSQLTransaction', ['.all()']],
  ] as const)('%s gives %s', (_code, gives, type, path) => {
    expect(describeValue(follow(typed('drizzle-orm', type), path))).toBe(gives);
  });

  it('holds no resource of its own (the client given to it does) and leaves no transaction open', () => {
    for (const module of ['drizzle-orm/node-postgres', 'drizzle-orm/mysql2', 'drizzle-orm/better-sqlite3']) {
      const spec = kindAt(module, 'drizzle', db)?.spec;
      expect(spec?.resource).toBe(undefined);
      expect(spec?.beginsTransaction).toBe(undefined);
    }
  });
});
