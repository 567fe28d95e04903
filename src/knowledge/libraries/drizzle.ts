import { outcomes, type KindName, type LibraryKnowledge } from '../types';

const driverModules = (drivers: readonly string[], suffix = '') => drivers.map((driver) => `drizzle-orm/${driver}${suffix}`);

const pgDrivers = [
  'node-postgres',
  'postgres-js',
  'pglite',
  'neon-http',
  'neon-serverless',
  'vercel-postgres',
  'xata-http',
  'pg-proxy',
  'aws-data-api/pg',
  'bun-sql',
  'netlify-db',
  'gel',
];
const mysqlDrivers = ['mysql2', 'planetscale-serverless', 'tidb-serverless', 'mysql-proxy', 'singlestore', 'singlestore-proxy'];
const asyncSqliteDrivers = [
  'libsql',
  'libsql/node',
  'libsql/web',
  'libsql/http',
  'libsql/ws',
  'libsql/wasm',
  'libsql/sqlite3',
  'd1',
  'sqlite-proxy',
  'op-sqlite',
];
const syncSqliteDrivers = ['better-sqlite3', 'bun-sqlite', 'sql-js', 'expo-sqlite', 'durable-sqlite'];

/** What starts a statement on a database or transaction of any dialect. */
const statementStarters = {
  ...outcomes('SelectBuilder', ['select', 'selectDistinct', 'selectDistinctOn']),
  insert: 'InsertBuilder',
  update: 'UpdateBuilder',
  delete: 'Delete',
  with: 'With',
  $with: 'value',
  $count: 'lazy',
  refreshMaterializedView: 'RefreshMaterializedView',
  // Only the async drivers (libsql, D1, neon-http) batch.
  batch: 'promise',
} as const;

const databaseProperties = { query: 'RelationalQueries', _query: 'RelationalQueries' } as const;

/**
 * A query is a thenable that runs only when awaited (drizzle's QueryPromise); `execute()` runs it at once. SQLite's
 * `run()`, `all()`, `get()` and `values()` are synchronous with better-sqlite3 and promises with libsql: taken as
 * values, never reported.
 */
const query = <Self extends KindName>(self: Self) =>
  ({
    thenable: 'lazy',
    methods: {
      ...outcomes('promise', ['then', 'catch', 'finally', 'execute']),
      ...outcomes('value', ['toSQL', 'getSQL', 'getQuery', 'getSelectedFields', 'getUsedTables', 'as', 'iterator']),
      ...outcomes('value', ['run', 'all', 'get', 'values']),
      prepare: 'PreparedQuery',
    },
    otherMethods: self,
  }) as const;

/**
 * Drizzle ORM: `drizzle(client)` from a driver entry point gives a database; its `select().from()`, `insert().values()`,
 * `update().set()`, `delete()` and `db.query.users.findMany()` are lazy queries. Each driver's entry point gives the
 * database of its dialect (`moduleExports`), which says whether `transaction()`, `run()` and `all()` are synchronous;
 * so does an annotation with the driver's class (`BetterSQLite3Database`, `LibSQLDatabase`). The queries themselves
 * are shared by the dialects, so their `run()` is taken as a value everywhere.
 */
export const drizzle = {
  name: 'drizzle',
  modules: [
    'drizzle-orm',
    ...['pg-core', 'mysql-core', 'sqlite-core', 'singlestore-core', 'gel-core'].map((core) => `drizzle-orm/${core}`),
    ...driverModules([...pgDrivers, ...mysqlDrivers, ...asyncSqliteDrivers, ...syncSqliteDrivers]),
    // Only the async migrators: better-sqlite3's, bun-sqlite's and sql.js's `migrate` is synchronous (Gel has none).
    ...driverModules(
      [
        ...pgDrivers.filter((driver) => driver !== 'gel'),
        ...mysqlDrivers,
        ...['libsql', 'd1', 'sqlite-proxy', 'op-sqlite', 'expo-sqlite', 'durable-sqlite'],
      ],
      '/migrator',
    ),
  ],
  exports: { drizzle: 'Drizzle', migrate: 'Migrate' },
  // Each driver's entry point knows its dialect, and whether SQLite runs in process (synchronously).
  moduleExports: Object.fromEntries([
    ...driverModules(pgDrivers).map((module) => [module, { drizzle: 'DrizzlePg' }]),
    ...driverModules(mysqlDrivers).map((module) => [module, { drizzle: 'DrizzleMySql' }]),
    ...driverModules(asyncSqliteDrivers).map((module) => [module, { drizzle: 'DrizzleSQLiteAsync' }]),
    ...driverModules(syncSqliteDrivers).map((module) => [module, { drizzle: 'DrizzleSQLiteSync' }]),
  ]),
  // Gel's database has Postgres's shape, SingleStore's MySQL's.
  types: {
    ...outcomes('PgDatabase', [
      'PgDatabase',
      'NodePgDatabase',
      'PostgresJsDatabase',
      'PgliteDatabase',
      'NeonHttpDatabase',
      'NeonDatabase',
      'VercelPgDatabase',
      'XataHttpDatabase',
      'PgRemoteDatabase',
      'AwsDataApiPgDatabase',
      'BunSQLDatabase',
      'NetlifyDbDatabase',
      'GelDatabase',
      'GelJsDatabase',
    ]),
    ...outcomes('MySqlDatabase', [
      'MySqlDatabase',
      'MySql2Database',
      'PlanetScaleDatabase',
      'TiDBServerlessDatabase',
      'MySqlRemoteDatabase',
      'SingleStoreDatabase',
      'SingleStoreDriverDatabase',
      'SingleStoreRemoteDatabase',
    ]),
    ...outcomes('SQLiteSyncDatabase', [
      'BetterSQLite3Database',
      'BunSQLiteDatabase',
      'SQLJsDatabase',
      'ExpoSQLiteDatabase',
      'DrizzleSqliteDODatabase',
    ]),
    ...outcomes('SQLiteAsyncDatabase', ['LibSQLDatabase', 'DrizzleD1Database', 'SqliteRemoteDatabase', 'OPSQLiteDatabase']),
    ...outcomes('PgTransaction', [
      'PgTransaction',
      'NodePgTransaction',
      'PostgresJsTransaction',
      'PgliteTransaction',
      'NeonTransaction',
      'VercelPgTransaction',
      'XataTransaction',
      'PgProxyTransaction',
      'AwsDataApiTransaction',
      'BunSQLTransaction',
      'NetlifyDbTransaction',
    ]),
    ...outcomes('MySqlTransaction', [
      'MySqlTransaction',
      'MySql2Transaction',
      'MySqlProxyTransaction',
      'PlanetScaleTransaction',
      'TiDBServerlessTransaction',
    ]),
    ...outcomes('SQLiteSyncTransaction', [
      'BetterSQLiteTransaction',
      'SQLiteBunTransaction',
      'SQLJsTransaction',
      'ExpoSQLiteTransaction',
      'SQLiteDOTransaction',
    ]),
    ...outcomes('SQLiteAsyncTransaction', ['LibSQLTransaction', 'D1Transaction', 'SQLiteProxyTransaction', 'OPSQLiteTransaction']),
  },
  kinds: {
    Drizzle: { call: 'Database', methods: { mock: 'Database' } },
    DrizzlePg: { call: 'PgDatabase', methods: { mock: 'PgDatabase' } },
    DrizzleMySql: { call: 'MySqlDatabase', methods: { mock: 'MySqlDatabase' } },
    DrizzleSQLiteAsync: { call: 'SQLiteAsyncDatabase', methods: { mock: 'SQLiteAsyncDatabase' } },
    DrizzleSQLiteSync: { call: 'SQLiteSyncDatabase', methods: { mock: 'SQLiteSyncDatabase' } },
    Migrate: { call: 'promise' },
    /**
     * A database from `drizzle()`, dialect unknown: `transaction()` is synchronous with better-sqlite3, and `execute()`
     * is lazy with Postgres but eager with MySQL (taken as a promise, the weaker claim).
     */
    Database: { properties: databaseProperties, methods: { ...statementStarters, execute: 'promise' } },
    PgDatabase: { properties: databaseProperties, methods: { ...statementStarters, execute: 'lazy', transaction: 'promise' } },
    MySqlDatabase: { properties: databaseProperties, methods: { ...statementStarters, execute: 'promise', transaction: 'promise' } },
    /** BaseSQLiteDatabase<'sync'>: better-sqlite3 and the other in-process drivers. */
    SQLiteSyncDatabase: {
      properties: databaseProperties,
      methods: { ...statementStarters, ...outcomes('value', ['run', 'all', 'get', 'values', 'transaction']) },
    },
    /** BaseSQLiteDatabase<'async'>: libsql, D1 and the remote drivers. */
    SQLiteAsyncDatabase: {
      properties: databaseProperties,
      methods: { ...statementStarters, ...outcomes('lazy', ['run', 'all', 'get', 'values']), transaction: 'promise' },
    },
    // `tx.rollback()` throws at once, to abort the transaction callback.
    PgTransaction: {
      properties: databaseProperties,
      methods: { ...statementStarters, execute: 'lazy', transaction: 'promise', setTransaction: 'promise', rollback: 'value' },
    },
    MySqlTransaction: {
      properties: databaseProperties,
      methods: { ...statementStarters, execute: 'promise', transaction: 'promise', rollback: 'value' },
    },
    SQLiteSyncTransaction: {
      properties: databaseProperties,
      methods: { ...statementStarters, ...outcomes('value', ['run', 'all', 'get', 'values', 'transaction', 'rollback']) },
    },
    SQLiteAsyncTransaction: {
      properties: databaseProperties,
      methods: {
        ...statementStarters,
        ...outcomes('lazy', ['run', 'all', 'get', 'values']),
        transaction: 'promise',
        rollback: 'value',
      },
    },
    /** `db.with(sq)`: the same statements, over common table expressions. */
    With: {
      methods: {
        ...outcomes('SelectBuilder', ['select', 'selectDistinct', 'selectDistinctOn']),
        insert: 'InsertBuilder',
        update: 'UpdateBuilder',
        delete: 'Delete',
      },
    },
    // `db.select()`, `db.insert(t)` and `db.update(t)` are not queries yet: nothing runs before `.from()`, `.values()`
    // or `.set()`.
    SelectBuilder: { methods: { from: 'Select' } },
    InsertBuilder: { methods: { values: 'Insert', select: 'Insert', overridingSystemValue: 'InsertBuilder' } },
    UpdateBuilder: { methods: { set: 'Update' } },
    Select: query('Select'),
    Insert: query('Insert'),
    Update: query('Update'),
    Delete: query('Delete'),
    RefreshMaterializedView: query('RefreshMaterializedView'),
    /** `db.query.users`: the relational query builder of one table. */
    RelationalQueries: { otherProperties: 'RelationalQueryBuilder' },
    RelationalQueryBuilder: { methods: { findMany: 'RelationalQuery', findFirst: 'RelationalQuery' } },
    RelationalQuery: {
      thenable: 'lazy',
      methods: {
        ...outcomes('promise', ['then', 'catch', 'finally', 'execute']),
        ...outcomes('value', ['toSQL', 'getSQL', 'getQuery', 'sync', 'executeRaw']),
        prepare: 'PreparedQuery',
        setToken: 'RelationalQuery',
      },
    },
    // With better-sqlite3 a prepared query's `execute()` is a lazy thenable, elsewhere a promise.
    PreparedQuery: {
      methods: { execute: 'promise', ...outcomes('value', ['run', 'all', 'get', 'values', 'iterator', 'getQuery', 'mapResult']) },
    },
  },
} as const satisfies LibraryKnowledge;
