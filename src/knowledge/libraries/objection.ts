import { outcomes, type LibraryKnowledge } from '../types';

/** Query builder methods that inspect it or read its state instead of refining the query. */
const builderInspection = outcomes('value', [
  'toString',
  'toSql',
  'isFind',
  'isInsert',
  'isUpdate',
  'isDelete',
  'isRelate',
  'isUnrelate',
  'isInternal',
  'isPartial',
  'isExecutable',
  'isExplicitlyResolvedOrRejected',
  'isSelectAll',
  'has',
  'hasWheres',
  'hasSelects',
  'hasWithGraph',
  'hasSelection',
  'hasSelectionAs',
  'findSelection',
  'findAllSelections',
  'findOperation',
  'findLastOperation',
  'forEachOperation',
  'everyOperation',
  'callOperationMethod',
  'modelClass',
  'resultModelClass',
  'parentQuery',
  'internalContext',
  'internalOptions',
  'tableName',
  'tableNameFor',
  'tableRef',
  'tableRefFor',
  'alias',
  'aliasFor',
  'fullIdColumn',
  'fullIdColumnFor',
  'graphExpressionObject',
  'graphModifiersAtPath',
  'allowedGraphExpression',
]);

/**
 * Objection: a QueryBuilder (`Model.query()`, `model.$query()`, `$relatedQuery()`) is a lazy thenable that runs only
 * when awaited, `.then`-ed or `execute()`-d. Transactions are knex's. A model class written in the test file
 * (`class Person extends Model`) or imported from the project is not followed; `Model` itself and annotations are.
 */
export const objection = {
  name: 'objection',
  modules: ['objection'],
  exports: { Model: 'ModelClass', QueryBuilder: 'QueryBuilderClass', transaction: 'TransactionFn', initialize: 'Initialize' },
  types: { Model: 'Model', ModelClass: 'ModelClass', QueryBuilder: 'QueryBuilder', Transaction: 'knex.Transaction' },
  kinds: {
    // `Model.startTransaction()`, like `transaction.start(knex)`, leaves a knex transaction open until `trx.rollback()`.
    // `Model.knex()` (and `$knex()`, `query.knex()`) gives the knex instance the models are bound to: opened elsewhere.
    ModelClass: {
      construct: 'Model',
      beginsTransaction: { startTransaction: 'returned' },
      returnsExisting: ['knex'],
      methods: {
        ...outcomes('QueryBuilder', ['query', 'relatedQuery', 'fetchGraph']),
        knexQuery: 'knex.QueryBuilder',
        knex: 'knex.Knex',
        transaction: 'promise',
        startTransaction: 'promise<knex.Transaction>',
        ...outcomes('promise', ['fetchTableMetadata', 'traverseAsync']),
        ...outcomes('ModelClass', ['bindKnex', 'bindTransaction']),
        ...outcomes('Model', ['fromJson', 'fromDatabaseJson']),
        ...outcomes('value', ['tableMetadata', 'getTableName', 'getIdColumn', 'getRelations', 'getRelation', 'traverse']),
      },
    },
    Model: {
      returnsExisting: ['$knex'],
      methods: {
        ...outcomes('QueryBuilder', ['$query', '$relatedQuery', '$fetchGraph']),
        $knex: 'knex.Knex',
        $transaction: 'promise',
        $traverseAsync: 'promise',
        ...outcomes('value', [
          '$id',
          '$hasId',
          '$hasProps',
          '$set',
          '$setJson',
          '$setDatabaseJson',
          '$setRelated',
          '$appendRelated',
          '$toJson',
          '$toDatabaseJson',
          '$clone',
          '$validate',
          '$values',
          '$propKey',
          '$idKey',
          '$traverse',
          '$omitFromJson',
          '$omitFromDatabaseJson',
          '$formatJson',
          '$parseJson',
          '$formatDatabaseJson',
          '$parseDatabaseJson',
        ]),
      },
    },
    QueryBuilderClass: { methods: { forClass: 'QueryBuilder' } },
    QueryBuilder: {
      thenable: 'lazy',
      returnsExisting: ['knex', 'unsafeKnex'],
      methods: {
        ...builderInspection,
        ...outcomes('promise', ['then', 'catch', 'finally', 'execute', 'resultSize']),
        // The knex query it compiles to is read for its SQL, never run: taken as a value.
        toKnexQuery: 'value',
        knex: 'knex.Knex',
        unsafeKnex: 'knex.Knex',
      },
      otherMethods: 'QueryBuilder',
    },
    /** `transaction(knex, async (trx) => ...)` runs at once; `transaction.start(knex)` resolves to the transaction. */
    TransactionFn: { call: 'promise', beginsTransaction: { start: 'returned' }, methods: { start: 'promise<knex.Transaction>' } },
    Initialize: { call: 'promise' },
  },
} as const satisfies LibraryKnowledge;
