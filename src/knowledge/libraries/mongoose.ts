import { outcomes, type LibraryKnowledge } from '../types';

/** Model statics that start a query; on a query, the same methods change its operation. */
const queryStarters = [
  'find', 'countDocuments', 'estimatedDocumentCount', 'distinct', 'deleteOne', 'deleteMany', 'updateOne', 'updateMany',
  'replaceOne', 'where',
];

/** The statics and query methods that look for one document: awaited, they give it (or null). */
const documentQueryStarters = [
  'findOne', 'findById', 'findOneAndUpdate', 'findByIdAndUpdate', 'findOneAndDelete', 'findByIdAndDelete', 'findOneAndReplace',
];

/**
 * Query setters (mongoose's own and those it inherits from mquery), which return the query. `projection()`, `error()`
 * and `get()` read state and are left out.
 */
const querySetters = [
  'equals', 'eq', 'or', 'nor', 'and', 'gt', 'gte', 'lt', 'lte', 'ne', 'in', 'nin', 'all', 'size', 'regex', 'mod',
  'exists', 'elemMatch', 'within', 'near', 'nearSphere', 'box', 'circle', 'center', 'centerSphere', 'polygon',
  'geometry', 'intersects', 'maxDistance', 'minDistance', 'slice', 'limit', 'skip', 'sort', 'select', 'lean',
  'populate', 'session', 'read', 'readConcern', 'collation', 'comment', 'hint', 'batchSize', 'maxTimeMS',
  'allowDiskUse', 'setOptions', 'set', 'orFail', 'transform', 'tailable', 'merge', 'explain', 'writeConcern', 'w', 'j',
  'wtimeout', 'clone', 'pre', 'post',
];

/** Aggregation stages and options, which return the pipeline. */
const aggregateStages = [
  'append', 'addFields', 'project', 'match', 'group', 'skip', 'limit', 'sort', 'unwind', 'lookup', 'graphLookup',
  'facet', 'count', 'sortByCount', 'sample', 'replaceRoot', 'unionWith', 'redact', 'out', 'densify', 'fill', 'near',
  'search', 'read', 'readConcern', 'allowDiskUse', 'hint', 'session', 'option', 'collation',
];

/** What a query's own methods give: chaining returns the same query, still unrun. */
const queryMethods = {
  ...outcomes('Query', [...queryStarters, ...querySetters]),
  ...outcomes('DocumentQuery', documentQueryStarters),
  ...outcomes('promise', ['exec', 'then', 'catch', 'finally']),
  ...outcomes('value', [
    'getFilter', 'getQuery', 'getOptions', 'getUpdate', 'setQuery', 'setUpdate', 'getPopulatedPaths', 'toConstructor',
    'mongooseOptions', 'cursor', 'isPathSelectedInclusive', 'selectedInclusively', 'selectedExclusively', 'toString',
  ]),
};

/** A query for one document stays one through its setters; `lean()` makes it give a plain object instead. */
const documentQueryMethods = {
  ...queryMethods,
  ...outcomes('DocumentQuery', querySetters),
  lean: 'Query',
  exec: 'promise<Document>',
} as const;

/** An aggregation's stages return the same pipeline, still unrun. */
const aggregateMethods = {
  ...outcomes('Aggregate', aggregateStages),
  ...outcomes('promise', ['exec', 'explain', 'then', 'catch', 'finally']),
  ...outcomes('value', ['pipeline', 'cursor', 'model']),
};

/**
 * Mongoose: a Query (`Model.find()`, `Model.updateOne()`, `doc.deleteOne()`) and an aggregation are lazy thenables
 * that reach the database only when awaited or `exec()`-ed; `Model.create()`, `doc.save()` and the connection
 * methods return eager promises. Before v7 every method took a callback instead, hence `callbackStyle`.
 * `mongoose.connect()` opens the default connection, held by `mongoose` until `mongoose.disconnect()` (or
 * `mongoose.connection.close()`); `createConnection()` opens one of its own, closed with `close()`. Sessions are the
 * driver's (`session.startTransaction()` → `abortTransaction()`).
 */
export const mongoose = {
  name: 'mongoose',
  modules: ['mongoose'],
  moduleObject: 'Mongoose',
  exports: {
    default: 'Mongoose',
    mongoose: 'Mongoose',
    // CommonJS only: the ESM entry leaves it out because setDriver() can replace it.
    connection: 'Connection',
    connect: 'Connect',
    disconnect: 'AsyncFunction',
    createConnection: 'CreateConnection',
    model: 'ModelFactory',
    startSession: 'StartSession',
    syncIndexes: 'AsyncFunction',
  },
  types: {
    Mongoose: 'Mongoose',
    Connection: 'Connection',
    Model: 'Model',
    Query: 'Query',
    Aggregate: 'Aggregate',
    Document: 'Document',
    HydratedDocument: 'Document',
  },
  kinds: {
    Connect: { call: 'promise<Mongoose>', callbackStyle: true },
    AsyncFunction: { call: 'promise', callbackStyle: true },
    StartSession: { call: 'promise<mongodb.ClientSession>', callbackStyle: true },
    CreateConnection: { call: 'Connection', callbackStyle: true },
    ModelFactory: { call: 'Model' },
    Mongoose: {
      callbackStyle: true,
      resource: {
        description: 'MongoDB connection',
        closes: ['disconnect', 'connection.close', 'connection.destroy'],
        openedBy: ['connect'],
      },
      properties: { connection: 'Connection' },
      methods: {
        connect: 'promise<Mongoose>',
        ...outcomes('promise', ['disconnect', 'syncIndexes']),
        startSession: 'promise<mongodb.ClientSession>',
        createConnection: 'Connection',
        model: 'Model',
        ...outcomes('Mongoose', ['set', 'plugin', 'deleteModel']),
        ...outcomes('value', ['get', 'modelNames', 'isValidObjectId', 'isObjectIdOrHexString', 'pluralize']),
      },
    },
    // `getClient()` gives the driver's client the connection already holds.
    Connection: {
      callbackStyle: true,
      resource: { description: 'MongoDB connection', closes: ['close', 'destroy'] },
      returnsExisting: ['getClient'],
      properties: { db: 'mongodb.Db', client: 'mongodb.MongoClient' },
      methods: {
        ...outcomes('promise', [
          'close', 'destroy', 'dropDatabase', 'dropCollection', 'createCollection', 'createCollections',
          'listCollections', 'listDatabases', 'transaction', 'withSession', 'syncIndexes', 'bulkWrite',
        ]),
        startSession: 'promise<mongodb.ClientSession>',
        ...outcomes('promise<Connection>', ['asPromise', 'openUri']),
        model: 'Model',
        useDb: 'Connection',
        collection: 'mongodb.Collection',
        getClient: 'mongodb.MongoClient',
        deleteModel: 'Connection',
        ...outcomes('value', ['modelNames', 'on', 'once', 'off', 'set', 'get', 'plugin', 'watch']),
      },
    },
    /** A model class: its statics build queries or write at once; `new Model()` only builds a document. */
    Model: {
      callbackStyle: true,
      construct: 'Document',
      properties: { db: 'Connection', collection: 'mongodb.Collection' },
      methods: {
        ...outcomes('Query', [...queryStarters, '$where', 'exists']),
        ...outcomes('DocumentQuery', documentQueryStarters),
        aggregate: 'Aggregate',
        ...outcomes('promise<Document>', ['create', 'insertOne']),
        ...outcomes('promise', [
          'insertMany', 'bulkWrite', 'bulkSave', 'init', 'createCollection', 'syncIndexes', 'diffIndexes',
          'cleanIndexes', 'listIndexes', 'ensureIndexes', 'createIndexes', 'createSearchIndex', 'updateSearchIndex',
          'dropSearchIndex', 'listSearchIndexes', 'validate', 'populate',
        ]),
        startSession: 'promise<mongodb.ClientSession>',
        hydrate: 'Document',
        discriminator: 'Model',
        useConnection: 'Model',
        ...outcomes('value', [
          'watch', 'castObject', 'translateAliases', 'applyDefaults', 'applyVirtuals', 'applyTimestamps',
          'buildBulkWriteOperations', 'recompileSchema', 'namespace', 'inspect',
        ]),
      },
    },
    Document: {
      callbackStyle: true,
      methods: {
        save: 'promise<Document>',
        // `populate` is left out: before v6 it returned the document, to be run with `execPopulate()`.
        validate: 'promise',
        // A Query since v7; v6 returned a promise that had already started.
        ...outcomes('Query', ['deleteOne', 'updateOne', 'replaceOne']),
        ...outcomes('Document', ['set', '$set', 'increment', 'overwrite', 'depopulate', 'init']),
        ...outcomes('value', [
          'get', '$get', 'validateSync', 'invalidate', 'toObject', 'toJSON', 'toBSON', 'markModified', 'unmarkModified',
          'isModified', 'isDirectModified', 'modifiedPaths', 'directModifiedPaths', 'isInit', 'isSelected',
          'isDirectSelected', 'populated', 'ownerDocument', 'parent', 'equals', 'getChanges', 'inspect', 'toString',
        ]),
      },
    },
    Query: { thenable: 'lazy', callbackStyle: true, methods: queryMethods },
    DocumentQuery: { thenable: 'lazy', resolvesTo: 'Document', callbackStyle: true, methods: documentQueryMethods },
    Aggregate: { thenable: 'lazy', callbackStyle: true, methods: aggregateMethods },
  },
} as const satisfies LibraryKnowledge;
