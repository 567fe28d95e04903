import { describe, expect, it } from 'vitest';
import { kindAt, resolve, typed } from './helpers';

const db = ['new'];

describe('better-sqlite3', () => {
  it.each([
    ['import Database from "better-sqlite3"', 'better-sqlite3.DatabaseClass', 'default', []],
    ['new Database(file)', 'better-sqlite3.Database', 'default', db],
    ['Database(file) without new', 'better-sqlite3.Database', 'default', ['()']],
    ['const Database = require("better-sqlite3"); new Database()', 'better-sqlite3.Database', '*', db],
    ['db.prepare(sql)', 'better-sqlite3.Statement', 'default', [...db, '.prepare()']],
    // Synchronous driver: these must stay plain values even when the file awaits a same-named method elsewhere.
    ['db.prepare(sql).run() stays synchronous', 'value', 'default', [...db, '.prepare()', '.run()']],
    ['db.prepare(sql).get() stays synchronous', 'value', 'default', [...db, '.prepare()', '.get()']],
    ['db.prepare(sql).all() stays synchronous', 'value', 'default', [...db, '.prepare()', '.all()']],
    ['db.close() stays synchronous', 'value', 'default', [...db, '.close()']],
    ['db.exec(sql) returns the database', 'better-sqlite3.Database', 'default', [...db, '.exec()']],
    ['db.pragma(p)', 'value', 'default', [...db, '.pragma()']],
    ['db.backup(file) is the one async method', 'promise', 'default', [...db, '.backup()']],
    ['db.transaction(fn)', 'better-sqlite3.Transaction', 'default', [...db, '.transaction()']],
    ['db.transaction(fn)() runs at once', 'value', 'default', [...db, '.transaction()', '()']],
    ['db.transaction(fn).immediate()', 'value', 'default', [...db, '.transaction()', '.immediate', '()']],
  ] as const)('%s gives %s', (_code, gives, name, path) => {
    expect(resolve('better-sqlite3', name, path)).toBe(gives);
  });

  it.each([
    ['Database', 'better-sqlite3.Database'],
    ['Statement', 'better-sqlite3.Statement'],
  ] as const)('a value annotated %s is %s', (type, kind) => {
    expect(typed('better-sqlite3', type)?.id).toBe(kind);
  });

  it('an open database holds a file descriptor, no event-loop handle: no resource, and no transaction to roll back', () => {
    const spec = kindAt('better-sqlite3', 'default', db)?.spec;
    expect(spec?.resource).toBe(undefined);
    expect(spec?.beginsTransaction).toBe(undefined);
    expect(spec?.runsSql).toBe(undefined);
  });
});
