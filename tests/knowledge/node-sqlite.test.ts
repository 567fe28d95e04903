import { describe, expect, it } from 'vitest';
import { kindAt, resolve, typed } from './helpers';

const db = ['new'];

describe('node-sqlite', () => {
  it.each([
    ['new DatabaseSync(file)', 'node-sqlite.Database', 'DatabaseSync', db],
    ['db.prepare(sql)', 'node-sqlite.Statement', 'DatabaseSync', [...db, '.prepare()']],
    ['db.prepare(sql).run() stays synchronous', 'value', 'DatabaseSync', [...db, '.prepare()', '.run()']],
    ['db.prepare(sql).all() stays synchronous', 'value', 'DatabaseSync', [...db, '.prepare()', '.all()']],
    ['db.exec(sql) stays synchronous', 'value', 'DatabaseSync', [...db, '.exec()']],
    ['db.close() stays synchronous', 'value', 'DatabaseSync', [...db, '.close()']],
    ['db.createTagStore()', 'node-sqlite.TagStore', 'DatabaseSync', [...db, '.createTagStore()']],
    ['tags.run`...` runs at once', 'value', 'DatabaseSync', [...db, '.createTagStore()', '.run', '``']],
    ['import { backup }; backup(db, path)', 'promise', 'backup', ['()']],
  ] as const)('%s gives %s', (_code, gives, name, path) => {
    expect(resolve('node:sqlite', name, path)).toBe(gives);
  });

  it.each([
    ['DatabaseSync', 'node-sqlite.Database'],
    ['StatementSync', 'node-sqlite.Statement'],
  ] as const)('a value annotated %s is %s', (type, kind) => {
    expect(typed('node:sqlite', type)?.id).toBe(kind);
  });

  it('a database is no open handle', () => {
    expect(kindAt('node:sqlite', 'DatabaseSync', db)?.spec.resource).toBe(undefined);
  });
});
