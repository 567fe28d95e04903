import { describe, expect, it } from 'vitest';
import { kindAt, resolve, typed } from './helpers';

const db = ['new'];

describe('pglite', () => {
  it.each([
    ['new PGlite()', 'pglite.PGlite', db],
    ['PGlite.create()', 'promise<pglite.PGlite>', ['.create()']],
    ['await PGlite.create()', 'pglite.PGlite', ['.create()', 'await']],
    ['db.query(sql) is an eager promise', 'promise', [...db, '.query()']],
    ['db.exec(sql)', 'promise', [...db, '.exec()']],
    ['db.sql`...`', 'promise', [...db, '.sql', '``']],
    ['db.transaction(fn)', 'promise', [...db, '.transaction()']],
    ['db.close()', 'promise', [...db, '.close()']],
    ['db.isInTransaction() stays synchronous', 'value', [...db, '.isInTransaction()']],
    ['db.onNotification(fn)', 'value', [...db, '.onNotification()']],
    ['db.waitReady is not described', undefined, [...db, '.waitReady()']],
  ] as const)('%s gives %s', (_code, gives, path) => {
    expect(resolve('@electric-sql/pglite', 'PGlite', path)).toBe(gives);
  });

  it.each([
    ['PGlite', 'pglite.PGlite'],
    ['PGliteInterface', 'pglite.PGlite'],
  ] as const)('a value annotated %s is %s', (type, kind) => {
    expect(typed('@electric-sql/pglite', type)?.id).toBe(kind);
  });

  it("holds no event-loop handle, and query('BEGIN') or exec('BEGIN') holds a transaction on its one connection", () => {
    const spec = kindAt('@electric-sql/pglite', 'PGlite', db)?.spec;
    expect(spec?.resource).toBe(undefined);
    expect(spec?.runsSql).toEqual(['query', 'exec']);
    expect(spec?.beginsTransaction).toBe(undefined);
  });
});
