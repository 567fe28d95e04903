import { outcomes, type LibraryKnowledge } from '../types';

/** SQL fragments for queries, built synchronously (`Sequelize.fn('count', ...)`, `sequelize.literal(...)`). */
const sqlHelpers = outcomes('value', ['literal', 'col', 'fn', 'where', 'cast', 'and', 'or', 'json']);

/**
 * Sequelize (v6 `sequelize`, v7 `@sequelize/core`): `new Sequelize(...)`, the models it defines, and their instances.
 * Every query runs at once and returns a promise; `build` and the attribute accessors are synchronous. A model class
 * declared with `class User extends Model` or imported from another file is not followed: only `sequelize.define`,
 * `sequelize.models.X` and annotations (`let User: ModelStatic<UserModel>`) give a model its kind. The instance holds a
 * connection pool until `close()`; `transaction()` without a callback (v7: `startUnmanagedTransaction()`) leaves the
 * transaction open until `t.rollback()` or `t.commit()`.
 */
export const sequelize = {
  name: 'sequelize',
  modules: ['sequelize', '@sequelize/core'],
  // v6 exports the Sequelize class itself, with the other exports as its properties.
  moduleObject: 'SequelizeClass',
  // `Model` is the base of every model class: `class User extends Model {}` has its statics.
  exports: { default: 'SequelizeClass', Sequelize: 'SequelizeClass', Model: 'ModelStatic' },
  types: {
    Sequelize: 'Sequelize',
    ModelStatic: 'ModelStatic',
    ModelCtor: 'ModelStatic',
    ModelDefined: 'ModelStatic',
    Model: 'Model',
    Transaction: 'Transaction',
    QueryInterface: 'QueryInterface',
  },
  kinds: {
    SequelizeClass: {
      construct: 'Sequelize',
      properties: { Sequelize: 'SequelizeClass', Model: 'ModelStatic' },
      methods: sqlHelpers,
    },
    Sequelize: {
      clearsData: ['drop', 'truncate'],
      resource: { description: 'Sequelize connection pool', closes: ['close'] },
      beginsTransaction: { transaction: 'returned', startUnmanagedTransaction: 'returned' },
      properties: { models: 'Models' },
      methods: {
        ...outcomes('promise', [
          'authenticate', 'sync', 'close', 'query', 'queryRaw', 'drop', 'truncate', 'createSchema', 'dropSchema',
          'dropAllSchemas', 'showAllSchemas', 'databaseVersion', 'fetchDatabaseVersion', 'destroyAll', 'withConnection',
          'validate',
        ]),
        transaction: 'promise<Transaction>',
        startUnmanagedTransaction: 'promise<Transaction>',
        define: 'ModelStatic',
        model: 'ModelStatic',
        getQueryInterface: 'QueryInterface',
        isDefined: 'value',
        getDialect: 'value',
        getDatabaseName: 'value',
        escape: 'value',
        isClosed: 'value',
        ...sqlHelpers,
      },
    },
    /** `sequelize.models.User`, and v7's `sequelize.models.get('User')`. */
    Models: { otherProperties: 'ModelStatic', methods: { get: 'ModelStatic', getOrThrow: 'ModelStatic' } },
    /** A model class: its static methods query the table. */
    ModelStatic: {
      clearsData: ['truncate', 'destroy', 'drop'],
      construct: 'Model',
      properties: { sequelize: 'Sequelize', queryInterface: 'QueryInterface' },
      methods: {
        ...outcomes('promise', [
          'findAll', 'findAndCountAll', 'findOrCreate', 'findOrBuild', 'findCreateFind', 'count', 'max', 'min', 'sum',
          'aggregate', 'bulkCreate', 'update', 'upsert', 'destroy', 'restore', 'truncate', 'increment', 'decrement',
          'sync', 'drop', 'describe',
        ]),
        ...outcomes('promise<Model>', ['create', 'findOne', 'findByPk']),
        build: 'Model',
        bulkBuild: 'value',
        ...outcomes('ModelStatic', [
          'init', 'scope', 'unscoped', 'schema', 'withSchema', 'withScope', 'withoutScope', 'withInitialScope',
          'getInitialModel',
        ]),
        ...outcomes('value', [
          'getTableName', 'getAttributes', 'hasMany', 'hasOne', 'belongsTo', 'belongsToMany', 'addScope',
          'removeAttribute', 'getAssociation', 'getAssociations',
        ]),
      },
    },
    /** A model instance. */
    Model: {
      methods: {
        ...outcomes('promise<Model>', ['save', 'reload', 'update', 'increment', 'decrement']),
        ...outcomes('promise', ['destroy', 'restore', 'validate']),
        set: 'Model',
        setAttributes: 'Model',
        ...outcomes('value', [
          'get', 'getDataValue', 'setDataValue', 'changed', 'previous', 'toJSON', 'equals', 'equalsOneOf',
          'isSoftDeleted', 'where',
        ]),
      },
    },
    Transaction: {
      transaction: { rollback: ['rollback'], commit: ['commit'] },
      methods: { commit: 'promise', rollback: 'promise', afterCommit: 'Transaction', afterRollback: 'Transaction' },
    },
    QueryInterface: {
      methods: {
        ...outcomes('promise', [
          'createTable', 'dropTable', 'dropAllTables', 'renameTable', 'tableExists', 'showAllTables', 'listTables',
          'describeTable', 'addColumn', 'removeColumn', 'changeColumn', 'renameColumn', 'addIndex', 'removeIndex',
          'showIndex', 'addConstraint', 'removeConstraint', 'showConstraints', 'createSchema', 'dropSchema',
          'showAllSchemas', 'dropAllSchemas', 'createDatabase', 'dropDatabase', 'bulkInsert', 'bulkUpdate',
          'bulkDelete', 'insert', 'upsert', 'update', 'select', 'rawSelect', 'increment', 'decrement', 'truncate',
          'createFunction', 'dropFunction', 'createTrigger', 'dropTrigger', 'dropAllEnums',
        ]),
        quoteIdentifier: 'value',
        quoteIdentifiers: 'value',
      },
    },
  },
} as const satisfies LibraryKnowledge;
