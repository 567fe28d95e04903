import { outcomes, type LibraryKnowledge } from '../types';

/** Reads and native writes, on the EntityManager and on repositories: each runs at once and returns a promise. */
const queries = outcomes('promise', [
  'find', 'findAll', 'findOne', 'findOneOrFail', 'findAndCount', 'findByCursor', 'count', 'countBy', 'upsert',
  'upsertMany', 'insert', 'insertMany', 'nativeInsert', 'nativeUpdate', 'nativeDelete', 'populate', 'persistAndFlush',
  'removeAndFlush', 'aggregate',
]);

/** Building entities and references only touches the identity map. */
const inMemory = outcomes('value', ['create', 'assign', 'merge', 'getReference', 'map', 'canPopulate']);

/**
 * MikroORM: `MikroORM.init()` resolves to the ORM; `orm.em`, `em.fork()` and `em.getRepository()` are synchronous.
 * `persist`/`remove` only schedule work and return the manager, so `em.persist(x).flush()` is one promise. The query
 * builder is awaitable in v5 and v6 but not in v7, so only its executing methods count. The ORM holds its connection
 * pool until `orm.close()`; `em.begin()` opens a transaction on that manager until `em.rollback()` or `em.commit()`.
 */
export const mikroOrm = {
  name: 'mikro-orm',
  // The drivers re-export the core with their own MikroORM and EntityManager.
  modules: [
    '@mikro-orm/core', '@mikro-orm/sql', '@mikro-orm/knex', '@mikro-orm/postgresql', '@mikro-orm/mysql',
    '@mikro-orm/mariadb', '@mikro-orm/sqlite', '@mikro-orm/better-sqlite', '@mikro-orm/libsql', '@mikro-orm/mssql',
    '@mikro-orm/oracledb', '@mikro-orm/pglite', '@mikro-orm/mongodb',
  ],
  exports: { MikroORM: 'MikroORMClass', RequestContext: 'RequestContext' },
  types: {
    MikroORM: 'MikroORM',
    EntityManager: 'EntityManager',
    SqlEntityManager: 'EntityManager',
    MongoEntityManager: 'EntityManager',
    EntityRepository: 'EntityRepository',
    SqlEntityRepository: 'EntityRepository',
    MongoEntityRepository: 'EntityRepository',
    QueryBuilder: 'QueryBuilder',
  },
  kinds: {
    MikroORMClass: { construct: 'MikroORM', methods: { init: 'promise<MikroORM>', initSync: 'MikroORM' } },
    RequestContext: { methods: { getEntityManager: 'EntityManager' } },
    MikroORM: {
      resource: { description: 'MikroORM connection pool', closes: ['close'] },
      properties: { em: 'EntityManager', schema: 'SchemaGenerator', migrator: 'Migrator', seeder: 'Seeder' },
      methods: {
        ...outcomes('promise', ['connect', 'reconnect', 'isConnected', 'checkConnection', 'close', 'discoverEntities']),
        getSchemaGenerator: 'SchemaGenerator',
        getMigrator: 'Migrator',
        getSeeder: 'Seeder',
        getMetadata: 'value',
        discoverEntity: 'value',
        discoverEntitiesSync: 'value',
      },
    },
    EntityManager: {
      beginsTransaction: { begin: 'receiver' },
      transaction: { rollback: ['rollback'], commit: ['commit'] },
      methods: {
        ...queries,
        ...inMemory,
        ...outcomes('promise', [
          'flush', 'tryFlush', 'refresh', 'refreshOrFail', 'transactional', 'begin', 'commit', 'rollback', 'lock',
          'execute', 'clone', 'callRoutine', 'clearCache', 'refreshMaterializedView',
        ]),
        ...outcomes('EntityManager', ['persist', 'remove', 'fork', 'getContext']),
        getRepository: 'EntityRepository',
        repo: 'EntityRepository',
        createQueryBuilder: 'QueryBuilder',
        qb: 'QueryBuilder',
        ...outcomes('value', [
          'clear', 'persistLater', 'removeLater', 'getConnection', 'getDriver', 'getPlatform', 'getMetadata',
          'getUnitOfWork', 'getEntityFactory', 'getEventManager', 'getComparator', 'isInTransaction',
          'getTransactionContext', 'setTransactionContext', 'resetTransactionContext', 'addFilter', 'setFilterParams',
          'getFilterParams', 'setFlushMode', 'getKnex', 'getKysely', 'getCollection', 'stream', 'setLoggerContext',
          'getLoggerContext',
        ]),
      },
    },
    EntityRepository: {
      methods: {
        ...queries,
        ...inMemory,
        // v5 only: the repository forwarded the unit of work to its manager.
        flush: 'promise',
        persist: 'EntityManager',
        remove: 'EntityManager',
        getEntityManager: 'EntityManager',
        createQueryBuilder: 'QueryBuilder',
        qb: 'QueryBuilder',
        getEntityName: 'value',
      },
    },
    QueryBuilder: {
      methods: {
        ...outcomes('QueryBuilder', [
          'select', 'addSelect', 'distinct', 'distinctOn', 'insert', 'update', 'delete', 'truncate', 'count', 'join',
          'innerJoin', 'leftJoin', 'joinAndSelect', 'innerJoinAndSelect', 'leftJoinAndSelect', 'innerJoinLateral',
          'leftJoinLateral', 'where', 'andWhere', 'orWhere', 'orderBy', 'andOrderBy', 'groupBy', 'having', 'andHaving',
          'orHaving', 'onConflict', 'ignore', 'merge', 'returning', 'populate', 'limit', 'offset', 'withSchema',
          'setLockMode', 'setFlushMode', 'setFlag', 'unsetFlag', 'cache', 'indexHint', 'comment', 'hintComment', 'from',
          'withSubQuery', 'clone', 'with', 'withRecursive', 'collation', 'union', 'unionAll', 'insertFrom',
          'innerJoinLateralAndSelect', 'leftJoinLateralAndSelect',
        ]),
        ...outcomes('promise', [
          'execute', 'getResult', 'getResultList', 'getSingleResult', 'getCount', 'getResultAndCount',
        ]),
        ...outcomes('value', [
          'getQuery', 'getParams', 'getFormattedQuery', 'getKnexQuery', 'getNativeQuery', 'toQuery', 'toRaw', 'hasFlag',
          'getAliasForJoinPath',
        ]),
        // An async generator: consumed with `for await`, never awaited itself.
        stream: 'value',
      },
    },
    /** `orm.schema` (v6 names, then v7 names). */
    SchemaGenerator: {
      clearsData: ['clear', 'clearDatabase', 'refresh', 'refreshDatabase', 'drop', 'dropSchema', 'dropDatabase'],
      methods: outcomes('promise', [
        'createSchema', 'dropSchema', 'updateSchema', 'refreshDatabase', 'clearDatabase', 'create', 'drop', 'update',
        'refresh', 'clear', 'execute', 'ensureDatabase', 'createDatabase', 'dropDatabase', 'ensureIndexes',
        'getCreateSchemaSQL', 'getDropSchemaSQL', 'getUpdateSchemaSQL', 'getUpdateSchemaMigrationSQL',
        'dropTableIfExists', 'createNamespace', 'dropNamespace',
      ]),
    },
    Migrator: {
      methods: outcomes('promise', [
        'up', 'down', 'createMigration', 'createInitialMigration', 'getPendingMigrations', 'getExecutedMigrations',
        'checkMigrationNeeded', 'create', 'createInitial', 'getPending', 'getExecuted', 'checkSchema', 'rollup',
      ]),
    },
    Seeder: { methods: outcomes('promise', ['seed', 'seedString', 'createSeeder', 'create']) },
  },
} as const satisfies LibraryKnowledge;
