import { outcomes, type KindName, type LibraryKnowledge } from '../types';

/** The statements a Kysely instance, a transaction or `db.with(...)` can start. */
const queryStarters = {
  selectFrom: 'SelectQueryBuilder',
  selectNoFrom: 'SelectQueryBuilder',
  insertInto: 'InsertQueryBuilder',
  replaceInto: 'InsertQueryBuilder',
  updateTable: 'UpdateQueryBuilder',
  deleteFrom: 'DeleteQueryBuilder',
  mergeInto: 'MergeQueryBuilder',
  with: 'QueryCreator',
  withRecursive: 'QueryCreator',
} as const;

/** Methods that return a copy of the instance or transaction with other plugins, schema or table types. */
const variants = ['withPlugin', 'withoutPlugins', 'withSchema', 'withTables', '$extendTables', '$omitTables', '$pickTables'];

/** What a Kysely instance and a transaction share. */
const sessionMethods = {
  ...queryStarters,
  executeQuery: 'promise',
  getExecutor: 'value',
  case: 'value',
} as const;

const kyselyMethods = {
  ...sessionMethods,
  ...outcomes('Kysely', variants),
  transaction: 'TransactionBuilder',
  startTransaction: 'ControlledTransactionBuilder',
  connection: 'ConnectionBuilder',
  destroy: 'promise',
} as const;

const kyselyProperties = { schema: 'SchemaModule', introspection: 'DatabaseIntrospector' } as const;

/**
 * A builder is not a thenable (awaiting it does nothing): only `execute()` and its variants run it. The other methods
 * refine the statement and return a builder.
 */
const builder = (self: KindName) =>
  ({
    methods: {
      ...outcomes('promise', ['execute', 'executeTakeFirst', 'executeTakeFirstOrThrow', 'explain']),
      ...outcomes('value', ['compile', 'toOperationNode', 'stream', 'as', '$call']),
    },
    otherMethods: self,
  }) as const;

/** What `db.schema` builds: each builder runs with `execute()`. */
const schemaBuilders = {
  createTable: 'CreateTableBuilder',
  dropTable: 'DropTableBuilder',
  alterTable: 'AlterTableBuilder',
  createIndex: 'CreateIndexBuilder',
  dropIndex: 'DropIndexBuilder',
  createSchema: 'CreateSchemaBuilder',
  dropSchema: 'DropSchemaBuilder',
  createView: 'CreateViewBuilder',
  dropView: 'DropViewBuilder',
  createType: 'CreateTypeBuilder',
  dropType: 'DropTypeBuilder',
  alterType: 'AlterTypeBuilder',
  refreshMaterializedView: 'RefreshMaterializedViewBuilder',
} as const;

/**
 * Kysely: `new Kysely(...)` (or a transaction) starts statements whose builders are not thenables; `execute()`,
 * `executeTakeFirst()` and `executeTakeFirstOrThrow()` run them at once and return promises, as do a raw `sql` template's
 * `execute(db)`, the migrator and `destroy()`. A controlled transaction's `commit()` and `rollback()` are commands that
 * run on `execute()`. The instance holds a connection pool until `destroy()`; `withSchema()` and the other variants share
 * it. `db.startTransaction().execute()` leaves its transaction open until `trx.rollback().execute()`.
 */
export const kysely = {
  name: 'kysely',
  modules: ['kysely'],
  exports: { Kysely: 'KyselyClass', Migrator: 'MigratorClass', sql: 'Sql' },
  types: {
    Kysely: 'Kysely',
    Transaction: 'Transaction',
    ControlledTransaction: 'ControlledTransaction',
    QueryCreator: 'QueryCreator',
    SelectQueryBuilder: 'SelectQueryBuilder',
    InsertQueryBuilder: 'InsertQueryBuilder',
    UpdateQueryBuilder: 'UpdateQueryBuilder',
    DeleteQueryBuilder: 'DeleteQueryBuilder',
    RawBuilder: 'RawBuilder',
    Migrator: 'Migrator',
  },
  kinds: {
    KyselyClass: { construct: 'Kysely' },
    Kysely: {
      resource: { description: 'Kysely connection pool', closes: ['destroy'] },
      properties: kyselyProperties,
      methods: kyselyMethods,
    },
    /**
     * The `trx` of `db.transaction().execute(async (trx) => ...)`: a Kysely bound to the transaction's connection (its
     * `transaction()`, `connection()` and `destroy()` throw).
     */
    Transaction: {
      properties: kyselyProperties,
      methods: { ...sessionMethods, ...outcomes('Transaction', variants) },
    },
    QueryCreator: { methods: { ...queryStarters, ...outcomes('QueryCreator', ['withPlugin', 'withoutPlugins', 'withSchema']) } },
    TransactionBuilder: { methods: { setAccessMode: 'TransactionBuilder', setIsolationLevel: 'TransactionBuilder', execute: 'promise' } },
    ControlledTransactionBuilder: {
      beginsTransaction: { execute: 'returned' },
      methods: {
        setAccessMode: 'ControlledTransactionBuilder',
        setIsolationLevel: 'ControlledTransactionBuilder',
        execute: 'promise<ControlledTransaction>',
      },
    },
    // `trx.rollback()` only builds the command: the fix writes the `execute()` that runs it.
    ControlledTransaction: {
      transaction: { rollback: ['rollback'], commit: ['commit'], rollbackStatement: '{{holder}}.rollback().execute()' },
      properties: kyselyProperties,
      methods: {
        ...sessionMethods,
        ...outcomes('ControlledTransaction', variants),
        ...outcomes('Command', ['commit', 'rollback', 'savepoint', 'rollbackToSavepoint', 'releaseSavepoint']),
      },
    },
    Command: { methods: { execute: 'promise' } },
    ConnectionBuilder: { methods: { execute: 'promise' } },
    SelectQueryBuilder: builder('SelectQueryBuilder'),
    InsertQueryBuilder: builder('InsertQueryBuilder'),
    UpdateQueryBuilder: builder('UpdateQueryBuilder'),
    DeleteQueryBuilder: builder('DeleteQueryBuilder'),
    MergeQueryBuilder: builder('MergeQueryBuilder'),
    SchemaModule: { methods: { ...schemaBuilders, ...outcomes('SchemaModule', ['withPlugin', 'withoutPlugins', 'withSchema']) } },
    ...Object.fromEntries(Object.values(schemaBuilders).map((name) => [name, builder(name)])),
    DatabaseIntrospector: { methods: outcomes('promise', ['getSchemas', 'getTables']) },
    /** `sql` is a tag; `sql.raw()`, `sql.ref()` and the like build the same RawBuilder. */
    Sql: { call: 'RawBuilder', methods: outcomes('RawBuilder', ['raw', 'ref', 'table', 'id', 'lit', 'val', 'join']) },
    RawBuilder: builder('RawBuilder'),
    MigratorClass: { construct: 'Migrator' },
    Migrator: { methods: outcomes('promise', ['migrateToLatest', 'migrateTo', 'migrateUp', 'migrateDown', 'getMigrations']) },
  },
} as const satisfies LibraryKnowledge;
