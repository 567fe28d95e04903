import { describe, expect, it } from 'vitest';
import { kindAt, resolve, typed } from './helpers';

const db = ['new'];
const controlled = [...db, '.startTransaction()', '.execute()', 'await'];

describe('kysely', () => {
  it.each([
    ['new Kysely(config)', 'kysely.Kysely', 'Kysely', db],
    // Builders are not thenables: only execute() and its variants run them.
    ['db.selectFrom("t")', 'kysely.SelectQueryBuilder', 'Kysely', [...db, '.selectFrom()']],
    ['db.selectFrom("t").where(...).selectAll()', 'kysely.SelectQueryBuilder', 'Kysely', [...db, '.selectFrom()', '.where()', '.selectAll()']],
    ['db.selectFrom("t").execute()', 'promise', 'Kysely', [...db, '.selectFrom()', '.execute()']],
    [
      'db.insertInto("t").values(v).executeTakeFirstOrThrow()',
      'promise',
      'Kysely',
      [...db, '.insertInto()', '.values()', '.executeTakeFirstOrThrow()'],
    ],
    ['db.deleteFrom("t").compile() builds only', 'value', 'Kysely', [...db, '.deleteFrom()', '.compile()']],
    ['db.with("x", ...).selectFrom("x")', 'kysely.SelectQueryBuilder', 'Kysely', [...db, '.with()', '.selectFrom()']],
    ['db.withSchema("s") shares the pool', 'kysely.Kysely', 'Kysely', [...db, '.withSchema()']],
    ['db.schema.createTable("t").addColumn(...)', 'kysely.CreateTableBuilder', 'Kysely', [...db, '.schema', '.createTable()', '.addColumn()']],
    ['db.schema.dropTable("t").execute()', 'promise', 'Kysely', [...db, '.schema', '.dropTable()', '.execute()']],
    ['db.introspection.getTables()', 'promise', 'Kysely', [...db, '.introspection', '.getTables()']],
    ['db.transaction().execute(fn)', 'promise', 'Kysely', [...db, '.transaction()', '.execute()']],
    ['db.startTransaction().execute()', 'promise<kysely.ControlledTransaction>', 'Kysely', [...db, '.startTransaction()', '.execute()']],
    ['trx.rollback() only builds the command', 'kysely.Command', 'Kysely', [...controlled, '.rollback()']],
    ['trx.rollback().execute()', 'promise', 'Kysely', [...controlled, '.rollback()', '.execute()']],
    ['trx.selectFrom("t").execute()', 'promise', 'Kysely', [...controlled, '.selectFrom()', '.execute()']],
    ['db.connection().execute(fn)', 'promise', 'Kysely', [...db, '.connection()', '.execute()']],
    ['db.destroy()', 'promise', 'Kysely', [...db, '.destroy()']],
    ['sql`...`', 'kysely.RawBuilder', 'sql', ['()']],
    ['sql`...`.execute(db)', 'promise', 'sql', ['()', '.execute()']],
    ['sql.raw(text)', 'kysely.RawBuilder', 'sql', ['.raw()']],
    ['new Migrator(opts).migrateToLatest()', 'promise', 'Migrator', ['new', '.migrateToLatest()']],
  ] as const)('%s gives %s', (_code, gives, name, path) => {
    expect(resolve('kysely', name, path)).toBe(gives);
  });

  it.each([
    ['Kysely', 'kysely.Kysely'],
    ['Transaction', 'kysely.Transaction'],
    ['ControlledTransaction', 'kysely.ControlledTransaction'],
    ['SelectQueryBuilder', 'kysely.SelectQueryBuilder'],
    ['RawBuilder', 'kysely.RawBuilder'],
    ['Migrator', 'kysely.Migrator'],
  ] as const)('a value annotated %s is %s', (type, kind) => {
    expect(typed('kysely', type)?.id).toBe(kind);
  });

  it('the instance holds a pool until destroy(); a transaction holds none', () => {
    expect(kindAt('kysely', 'Kysely', db)?.spec.resource?.closes).toEqual(['destroy']);
    expect(kindAt('kysely', 'Kysely', controlled)?.spec.resource).toBe(undefined);
  });

  it('startTransaction().execute() begins a transaction held open until trx.rollback().execute()', () => {
    expect(kindAt('kysely', 'Kysely', [...db, '.startTransaction()'])?.spec.beginsTransaction).toEqual({ execute: 'returned' });
    expect(kindAt('kysely', 'Kysely', controlled)?.spec.transaction).toEqual({
      rollback: ['rollback'],
      commit: ['commit'],
      rollbackStatement: '{{holder}}.rollback().execute()',
    });
  });

  it('db.transaction() takes a callback: it begins nothing left open', () => {
    expect(kindAt('kysely', 'Kysely', [...db, '.transaction()'])?.spec.beginsTransaction).toBe(undefined);
    expect(kindAt('kysely', 'Kysely', db)?.spec.beginsTransaction).toBe(undefined);
  });
});
