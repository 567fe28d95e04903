import { outcomes, type LibraryKnowledge } from '../types';

/** The methods that start a query from the knex object itself (`knex.select(...)`, `knex.insert(...)`). */
const queryStarters = outcomes('QueryBuilder', [
  'with', 'withRecursive', 'withMaterialized', 'withNotMaterialized', 'select', 'as', 'columns', 'column', 'from',
  'fromJS', 'fromRaw', 'into', 'withSchema', 'table', 'distinct', 'join', 'joinRaw', 'innerJoin', 'leftJoin',
  'leftOuterJoin', 'rightJoin', 'rightOuterJoin', 'outerJoin', 'fullOuterJoin', 'crossJoin', 'where', 'andWhere',
  'orWhere', 'whereNot', 'orWhereNot', 'whereLike', 'andWhereLike', 'orWhereLike', 'whereILike', 'andWhereILike',
  'orWhereILike', 'whereRaw', 'whereWrapped', 'havingWrapped', 'orWhereRaw', 'whereExists', 'orWhereExists',
  'whereNotExists', 'orWhereNotExists', 'whereIn', 'orWhereIn', 'whereNotIn', 'orWhereNotIn', 'whereNull',
  'orWhereNull', 'whereNotNull', 'orWhereNotNull', 'whereBetween', 'whereNotBetween', 'andWhereBetween',
  'andWhereNotBetween', 'orWhereBetween', 'orWhereNotBetween', 'groupBy', 'groupByRaw', 'orderBy', 'orderByRaw',
  'union', 'unionAll', 'intersect', 'except', 'having', 'havingRaw', 'orHaving', 'orHavingRaw', 'offset', 'limit',
  'count', 'countDistinct', 'min', 'max', 'sum', 'sumDistinct', 'avg', 'avgDistinct', 'increment', 'decrement',
  'first', 'debug', 'pluck', 'clearSelect', 'clearWhere', 'clearGroup', 'clearOrder', 'clearHaving', 'insert',
  'update', 'returning', 'del', 'delete', 'truncate', 'transacting', 'connection', 'jsonExtract', 'jsonSet',
  'jsonInsert', 'jsonRemove', 'queryBuilder',
]);

/** The knex object is an EventEmitter: `knex.on('query', ...)` returns it. */
const knexEvents = {
  ...outcomes('Knex', ['on', 'once', 'off', 'addListener', 'removeListener', 'prependListener', 'removeAllListeners']),
  emit: 'value',
  listeners: 'value',
  listenerCount: 'value',
} as const;

const knexMethods = {
  ...queryStarters,
  ...knexEvents,
  raw: 'Raw',
  batchInsert: 'BatchInsert',
  // With a handler it resolves to the handler's result; without one, to the transaction.
  transaction: 'promise<Transaction>',
  transactionProvider: 'TransactionProvider',
  withUserParams: 'Knex',
  destroy: 'promise',
  initialize: 'value',
  disableProcessing: 'value',
  enableProcessing: 'value',
} as const;

const knexProperties = { schema: 'SchemaBuilder', migrate: 'Migrator', seed: 'Seeder' } as const;

/** What every lazy builder shares: the promise methods run it; the SQL text and streams do not. */
const builderInterface = {
  ...outcomes('promise', ['then', 'catch', 'finally']),
  ...outcomes('value', ['toString', 'toSQL', 'toQuery', 'stream', 'pipe', 'emit', 'listeners', 'listenerCount']),
  // The callback gets the result; the returned promise is a by-product.
  asCallback: 'value',
} as const;

/**
 * knex: the knex object (from `knex(config)`) is callable, `knex('users')` and every query method give a lazy
 * QueryBuilder that runs only when awaited or `.then`-ed; so are `knex.raw()` and `knex.schema` chains. Transactions,
 * migrations, seeds, `batchInsert` and `destroy` run at once and return promises.
 */
export const knex = {
  name: 'knex',
  modules: ['knex'],
  // `require('knex')` is the factory, with itself as `.knex` and `.default`.
  moduleObject: 'Factory',
  exports: { default: 'Factory', knex: 'Factory' },
  // `Knex` is the instance interface and the namespace of the other types (`Knex.Transaction`); before 0.95 the
  // module itself named both (`import Knex from 'knex'` or `import * as Knex from 'knex'`, then `let db: Knex`).
  types: {
    Knex: 'Knex',
    default: 'Knex',
    '*': 'Knex',
    Transaction: 'Transaction',
    QueryBuilder: 'QueryBuilder',
    QueryInterface: 'QueryBuilder',
    SchemaBuilder: 'SchemaBuilder',
    Raw: 'Raw',
    Migrator: 'Migrator',
    Seeder: 'Seeder',
  },
  kinds: {
    Factory: { call: 'Knex', properties: { knex: 'Factory', default: 'Factory' } },
    // `transaction()` without a handler leaves the transaction open until `rollback()` or `commit()`.
    Knex: {
      call: 'QueryBuilder',
      resource: { description: 'knex connection pool', closes: ['destroy'], opensWithOption: 'connection' },
      beginsTransaction: { transaction: 'returned' },
      properties: knexProperties,
      methods: knexMethods,
    },
    /** A transaction is a knex object bound to one connection; `commit` and `rollback` run at once. */
    Transaction: {
      call: 'QueryBuilder',
      transaction: { rollback: ['rollback'], commit: ['commit'] },
      properties: knexProperties,
      methods: {
        ...knexMethods,
        // Events on a transaction give it back, not a new knex instance.
        ...outcomes('Transaction', ['on', 'once', 'off', 'addListener', 'removeListener', 'prependListener', 'removeAllListeners']),
        commit: 'promise',
        rollback: 'promise',
        savepoint: 'promise<Transaction>',
        isCompleted: 'value',
      },
    },
    TransactionProvider: { call: 'promise<Transaction>' },
    QueryBuilder: {
      thenable: 'lazy',
      clearsData: ['del', 'delete', 'truncate'],
      properties: { or: 'QueryBuilder', not: 'QueryBuilder' },
      methods: { ...builderInterface, onConflict: 'OnConflictBuilder' },
      otherMethods: 'QueryBuilder',
    },
    OnConflictBuilder: { methods: { ignore: 'QueryBuilder', merge: 'QueryBuilder' } },
    Raw: { thenable: 'lazy', methods: builderInterface, otherMethods: 'Raw' },
    SchemaBuilder: { thenable: 'lazy', methods: { ...builderInterface, generateDdlCommands: 'promise' }, otherMethods: 'SchemaBuilder' },
    BatchInsert: { thenable: 'promise', methods: { returning: 'BatchInsert', transacting: 'BatchInsert' } },
    Migrator: {
      methods: outcomes('promise', [
        'latest', 'up', 'rollback', 'down', 'to', 'before', 'status', 'currentVersion', 'list', 'forceFreeMigrationsLock', 'make',
      ]),
    },
    Seeder: { methods: { run: 'promise', make: 'promise' } },
  },
} as const satisfies LibraryKnowledge;
