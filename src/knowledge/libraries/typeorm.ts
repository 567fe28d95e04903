import { outcomes, type LibraryKnowledge } from '../types';

/** Reads and writes of EntityManager and Repository: each runs at once and returns a promise. */
const entityOperations = outcomes('promise', [
  'find', 'findBy', 'findAndCount', 'findAndCountBy', 'findOne', 'findOneBy', 'findOneOrFail', 'findOneByOrFail',
  'findByIds', 'save', 'remove', 'softRemove', 'recover', 'insert', 'update', 'updateAll', 'upsert', 'delete',
  'deleteAll', 'softDelete', 'restore', 'count', 'countBy', 'exists', 'existsBy', 'sum', 'average', 'minimum',
  'maximum', 'increment', 'decrement', 'clear', 'preload', 'query', 'sql',
]);

/** `create` and `merge` only build entities in memory; the ids are read from them. */
const entityBuilders = {
  ...outcomes('value', ['create', 'merge', 'hasId', 'getId']),
  createQueryBuilder: 'SelectQueryBuilder',
} as const;

/** What every query builder shares: switching to another statement, parameters, and the SQL text. */
const queryBuilderBase = {
  select: 'SelectQueryBuilder',
  insert: 'InsertQueryBuilder',
  update: 'UpdateQueryBuilder',
  delete: 'DeleteQueryBuilder',
  softDelete: 'SoftDeleteQueryBuilder',
  restore: 'SoftDeleteQueryBuilder',
  relation: 'RelationQueryBuilder',
  createQueryBuilder: 'SelectQueryBuilder',
  execute: 'promise',
  getQuery: 'value',
  getSql: 'value',
  getQueryAndParameters: 'value',
  getParameters: 'value',
  hasParameter: 'value',
  escape: 'value',
} as const;

/** Methods that configure a builder and return it. */
const builderChain = [
  'setParameter', 'setParameters', 'setQueryRunner', 'callListeners', 'useTransaction', 'comment', 'clone',
  'disableEscaping', 'addCommonTableExpression',
];
const whereChain = ['where', 'andWhere', 'orWhere', 'whereInIds', 'andWhereInIds', 'orWhereInIds'];
const writeChain = [...builderChain, 'returning', 'output', 'updateEntity'];

/** QueryRunner: every schema and transaction operation is async; the SQL-memory switches are not. */
const queryRunnerOperations = outcomes('promise', [
  'connect', 'release', 'clearDatabase', 'startTransaction', 'commitTransaction', 'rollbackTransaction', 'query', 'sql',
  'stream', 'getDatabases', 'getSchemas', 'getTable', 'getTables', 'getView', 'getViews', 'hasDatabase',
  'getCurrentDatabase', 'hasSchema', 'getCurrentSchema', 'hasTable', 'hasColumn', 'createDatabase', 'dropDatabase',
  'createSchema', 'dropSchema', 'createTable', 'dropTable', 'createView', 'dropView', 'renameTable', 'addColumn',
  'addColumns', 'renameColumn', 'changeColumn', 'changeColumns', 'dropColumn', 'dropColumns', 'createPrimaryKey',
  'updatePrimaryKeys', 'dropPrimaryKey', 'createUniqueConstraint', 'createUniqueConstraints', 'dropUniqueConstraint',
  'dropUniqueConstraints', 'createCheckConstraint', 'createCheckConstraints', 'dropCheckConstraint',
  'dropCheckConstraints', 'createExclusionConstraint', 'createExclusionConstraints', 'dropExclusionConstraint',
  'dropExclusionConstraints', 'changeTableComment', 'beforeMigration', 'afterMigration', 'createForeignKey',
  'createForeignKeys', 'dropForeignKey', 'dropForeignKeys', 'createIndex', 'createIndices', 'dropIndex', 'dropIndices',
  'clearTable', 'executeMemoryUpSql', 'executeMemoryDownSql',
]);

/**
 * TypeORM: a DataSource (built with `new DataSource(...)`, or the 0.3 global helpers), its EntityManager and
 * Repositories, whose reads and writes return eager promises, and query builders, which are not thenables: only
 * `getMany()`, `execute()` and the like run them. A data source holds its pool until `destroy()`, a query runner its
 * connection until `release()`.
 */
export const typeorm = {
  name: 'typeorm',
  modules: ['typeorm'],
  exports: {
    DataSource: 'DataSourceClass',
    Connection: 'DataSourceClass',
    createConnection: 'CreateConnection',
    getConnection: 'GetDataSource',
    getManager: 'GetEntityManager',
    getRepository: 'GetRepository',
    getTreeRepository: 'GetTreeRepository',
    getCustomRepository: 'GetRepository',
    createQueryBuilder: 'CreateQueryBuilder',
    BaseEntity: 'BaseEntityClass',
  },
  types: {
    DataSource: 'DataSource',
    Connection: 'DataSource',
    EntityManager: 'EntityManager',
    Repository: 'Repository',
    TreeRepository: 'TreeRepository',
    QueryRunner: 'QueryRunner',
    SelectQueryBuilder: 'SelectQueryBuilder',
    InsertQueryBuilder: 'InsertQueryBuilder',
    UpdateQueryBuilder: 'UpdateQueryBuilder',
    DeleteQueryBuilder: 'DeleteQueryBuilder',
  },
  kinds: {
    DataSourceClass: { construct: 'DataSource' },
    CreateConnection: { call: 'promise<DataSource>' },
    // It looks up the connection made (and closed) elsewhere.
    GetDataSource: { call: 'DataSource', returnsExisting: ['()'] },
    GetEntityManager: { call: 'EntityManager' },
    GetRepository: { call: 'Repository' },
    GetTreeRepository: { call: 'TreeRepository' },
    CreateQueryBuilder: { call: 'SelectQueryBuilder' },
    // `new DataSource(...)` opens a connection pool, held until `destroy()`.
    DataSource: {
      clearsData: ['dropDatabase'],
      resource: { description: 'TypeORM connection pool', closes: ['destroy', 'close'] },
      properties: { manager: 'EntityManager' },
      methods: {
        initialize: 'promise<DataSource>',
        connect: 'promise<DataSource>',
        destroy: 'promise',
        close: 'promise',
        synchronize: 'promise',
        dropDatabase: 'promise',
        runMigrations: 'promise',
        undoLastMigration: 'promise',
        showMigrations: 'promise',
        transaction: 'promise',
        query: 'promise',
        sql: 'promise',
        setOptions: 'DataSource',
        getRepository: 'Repository',
        getTreeRepository: 'TreeRepository',
        createQueryBuilder: 'SelectQueryBuilder',
        createQueryRunner: 'QueryRunner',
        createEntityManager: 'EntityManager',
        hasMetadata: 'value',
        getMetadata: 'value',
        getManyToManyMetadata: 'value',
      },
    },
    EntityManager: {
      clearsData: ['clear'],
      properties: { connection: 'DataSource', queryRunner: 'QueryRunner' },
      methods: {
        ...entityOperations,
        ...entityBuilders,
        transaction: 'promise',
        release: 'promise',
        getRepository: 'Repository',
        getTreeRepository: 'TreeRepository',
        withRepository: 'Repository',
        getCustomRepository: 'Repository',
      },
    },
    Repository: {
      clearsData: ['clear'],
      properties: { manager: 'EntityManager', queryRunner: 'QueryRunner' },
      methods: { ...entityOperations, ...entityBuilders, extend: 'Repository' },
    },
    // Active record: `class User extends BaseEntity {}` has the repository's operations as statics
    // (`User.findOneBy(…)`, `User.create(…)`), and each entity saves and removes itself.
    BaseEntityClass: {
      construct: 'BaseEntity',
      methods: { ...entityOperations, ...entityBuilders, create: 'BaseEntity', getRepository: 'Repository', useDataSource: 'value' },
    },
    BaseEntity: {
      methods: { ...outcomes('promise', ['save', 'remove', 'softRemove', 'recover', 'reload']), hasId: 'value' },
    },
    TreeRepository: {
      properties: { manager: 'EntityManager', queryRunner: 'QueryRunner' },
      methods: {
        ...entityOperations,
        ...entityBuilders,
        ...outcomes('promise', [
          'findTrees', 'findRoots', 'findDescendants', 'findDescendantsTree', 'countDescendants', 'findAncestors',
          'findAncestorsTree', 'countAncestors',
        ]),
        createDescendantsQueryBuilder: 'SelectQueryBuilder',
        createAncestorsQueryBuilder: 'SelectQueryBuilder',
      },
    },
    // A query runner holds one connection of the pool until `release()`, and a transaction from `startTransaction()`
    // until `rollbackTransaction()` or `commitTransaction()` (`release()` does not end it).
    QueryRunner: {
      resource: { description: 'query runner connection', closes: ['release'] },
      beginsTransaction: { startTransaction: 'receiver' },
      transaction: { rollback: ['rollbackTransaction'], commit: ['commitTransaction'] },
      runsSql: ['query'],
      properties: { manager: 'EntityManager', connection: 'DataSource' },
      methods: {
        ...queryRunnerOperations,
        getReplicationMode: 'value',
        enableSqlMemory: 'value',
        disableSqlMemory: 'value',
        clearSqlMemory: 'value',
        getMemorySql: 'value',
      },
    },
    SelectQueryBuilder: {
      methods: {
        ...queryBuilderBase,
        ...outcomes('SelectQueryBuilder', [
          ...builderChain, ...whereChain, 'addSelect', 'from', 'addFrom', 'distinct', 'distinctOn', 'subQuery',
          'innerJoin', 'leftJoin', 'innerJoinAndSelect', 'leftJoinAndSelect', 'innerJoinAndMapOne',
          'innerJoinAndMapMany', 'leftJoinAndMapOne', 'leftJoinAndMapMany', 'loadRelationIdAndMap',
          'loadRelationCountAndMap', 'loadAllRelationIds', 'whereExists', 'andWhereExists', 'orWhereExists', 'orderBy',
          'addOrderBy', 'groupBy', 'addGroupBy', 'having', 'andHaving', 'orHaving', 'limit', 'offset', 'skip', 'take',
          'cache', 'setLock', 'setOnLocked', 'withDeleted', 'useIndex', 'maxExecutionTime', 'setFindOptions',
          'setOption', 'timeTravelQuery', 'fromDummy',
        ]),
        ...outcomes('promise', [
          'getMany', 'getOne', 'getOneOrFail', 'getRawMany', 'getRawOne', 'getRawAndEntities', 'getManyAndCount',
          'getCount', 'getExists', 'stream',
        ]),
      },
    },
    InsertQueryBuilder: {
      methods: {
        ...queryBuilderBase,
        ...outcomes('InsertQueryBuilder', [
          ...writeChain, 'into', 'values', 'valuesFromSelect', 'orIgnore', 'orUpdate',
        ]),
      },
    },
    UpdateQueryBuilder: {
      methods: {
        ...queryBuilderBase,
        ...outcomes('UpdateQueryBuilder', [
          ...writeChain, ...whereChain, 'set', 'whereEntity', 'orderBy', 'addOrderBy', 'limit',
        ]),
      },
    },
    DeleteQueryBuilder: {
      methods: { ...queryBuilderBase, ...outcomes('DeleteQueryBuilder', [...writeChain, ...whereChain, 'from']) },
    },
    SoftDeleteQueryBuilder: {
      methods: {
        ...queryBuilderBase,
        ...outcomes('SoftDeleteQueryBuilder', [
          ...writeChain, ...whereChain, 'from', 'whereEntity', 'orderBy', 'addOrderBy', 'limit',
        ]),
      },
    },
    RelationQueryBuilder: {
      methods: {
        of: 'RelationQueryBuilder',
        ...outcomes('promise', ['set', 'add', 'remove', 'addAndRemove', 'loadOne', 'loadMany']),
        getQuery: 'value',
      },
    },
  },
} as const satisfies LibraryKnowledge;
