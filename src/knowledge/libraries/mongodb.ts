import { outcomes, type LibraryKnowledge } from '../types';

/** What every cursor shares: reading runs a command, configuring returns the cursor. */
const cursorReads = outcomes('promise', ['toArray', 'next', 'hasNext', 'tryNext', 'close']);
const cursorOptions = ['batchSize', 'map', 'maxTimeMS', 'addCursorFlag', 'withReadPreference', 'withReadConcern', 'clone'];
const events = outcomes('value', ['on', 'once', 'off', 'addListener', 'removeListener', 'removeAllListeners', 'listeners', 'emit']);
const cursorLocals = {
  ...events,
  ...outcomes('value', ['rewind', 'stream', 'bufferedCount', 'readBufferedDocuments']),
};

/**
 * The MongoDB driver: `new MongoClient()`, `client.db()` and `db.collection()` are synchronous; every command returns
 * a promise. `find()` and `aggregate()` give cursors, which are not thenables: `toArray()`, `next()` and the like run
 * them. Before v6 the methods took a callback instead, hence `callbackStyle`. `cursor.forEach(fn)` is left out: in
 * v3 a single function argument was the iterator of a callback-style call. A client (`new MongoClient(url)` or
 * `await MongoClient.connect(url)`) keeps its connection pool until `close()`; `session.startTransaction()` opens a
 * transaction on the session until `abortTransaction()` or `commitTransaction()` (`endSession()` aborts it too).
 */
export const mongodb = {
  name: 'mongodb',
  modules: ['mongodb'],
  exports: { MongoClient: 'MongoClientClass' },
  types: {
    MongoClient: 'MongoClient',
    Db: 'Db',
    Collection: 'Collection',
    FindCursor: 'FindCursor',
    AggregationCursor: 'AggregationCursor',
    ClientSession: 'ClientSession',
    ChangeStream: 'ChangeStream',
  },
  kinds: {
    MongoClientClass: { callbackStyle: true, construct: 'MongoClient', methods: { connect: 'promise<MongoClient>' } },
    MongoClient: {
      callbackStyle: true,
      resource: { description: 'MongoDB client', closes: ['close'] },
      methods: {
        connect: 'promise<MongoClient>',
        close: 'promise',
        withSession: 'promise',
        bulkWrite: 'promise',
        db: 'Db',
        startSession: 'ClientSession',
        watch: 'ChangeStream',
        appendMetadata: 'value',
        ...events,
      },
    },
    Db: {
      callbackStyle: true,
      methods: {
        collection: 'Collection',
        admin: 'Admin',
        ...outcomes('AbstractCursor', ['listCollections', 'runCursorCommand']),
        aggregate: 'AggregationCursor',
        watch: 'ChangeStream',
        ...outcomes('promise<Collection>', ['createCollection', 'renameCollection']),
        ...outcomes('promise', [
          'command',
          'dropCollection',
          'dropDatabase',
          'collections',
          'stats',
          'createIndex',
          'indexInformation',
          'profilingLevel',
          'setProfilingLevel',
          'removeUser',
        ]),
      },
    },
    Collection: {
      callbackStyle: true,
      methods: {
        ...outcomes('promise', [
          'insertOne',
          'insertMany',
          'bulkWrite',
          'updateOne',
          'updateMany',
          'replaceOne',
          'deleteOne',
          'deleteMany',
          'findOne',
          'findOneAndUpdate',
          'findOneAndDelete',
          'findOneAndReplace',
          'countDocuments',
          'estimatedDocumentCount',
          'count',
          'distinct',
          'createIndex',
          'createIndexes',
          'dropIndex',
          'dropIndexes',
          'indexes',
          'indexExists',
          'indexInformation',
          'drop',
          'options',
          'isCapped',
          'createSearchIndex',
          'createSearchIndexes',
          'dropSearchIndex',
          'updateSearchIndex',
        ]),
        rename: 'promise<Collection>',
        find: 'FindCursor',
        aggregate: 'AggregationCursor',
        listSearchIndexes: 'AggregationCursor',
        listIndexes: 'AbstractCursor',
        watch: 'ChangeStream',
        initializeOrderedBulkOp: 'BulkOperation',
        initializeUnorderedBulkOp: 'BulkOperation',
      },
    },
    FindCursor: {
      callbackStyle: true,
      methods: {
        ...cursorReads,
        ...cursorLocals,
        ...outcomes('promise', ['count', 'explain']),
        ...outcomes('FindCursor', [
          ...cursorOptions,
          'sort',
          'limit',
          'skip',
          'project',
          'filter',
          'hint',
          'min',
          'max',
          'comment',
          'maxAwaitTimeMS',
          'collation',
          'addQueryModifier',
          'allowDiskUse',
          'returnKey',
          'showRecordId',
        ]),
      },
    },
    AggregationCursor: {
      callbackStyle: true,
      methods: {
        ...cursorReads,
        ...cursorLocals,
        explain: 'promise',
        ...outcomes('AggregationCursor', [
          ...cursorOptions,
          'match',
          'group',
          'sort',
          'limit',
          'skip',
          'project',
          'lookup',
          'out',
          'redact',
          'unwind',
          'addStage',
          'geoNear',
        ]),
      },
    },
    AbstractCursor: {
      callbackStyle: true,
      methods: { ...cursorReads, ...cursorLocals, ...outcomes('AbstractCursor', cursorOptions) },
    },
    ChangeStream: {
      callbackStyle: true,
      methods: { ...outcomes('promise', ['next', 'hasNext', 'tryNext', 'close']), ...cursorLocals },
    },
    ClientSession: {
      callbackStyle: true,
      beginsTransaction: { startTransaction: 'receiver' },
      transaction: { rollback: ['abortTransaction', 'endSession'], commit: ['commitTransaction'] },
      methods: {
        ...outcomes('promise', ['endSession', 'commitTransaction', 'abortTransaction', 'withTransaction']),
        startTransaction: 'value',
        inTransaction: 'value',
      },
    },
    Admin: {
      callbackStyle: true,
      methods: outcomes('promise', [
        'command',
        'buildInfo',
        'serverInfo',
        'serverStatus',
        'ping',
        'listDatabases',
        'replSetGetStatus',
        'validateCollection',
        'removeUser',
      ]),
    },
    BulkOperation: {
      callbackStyle: true,
      methods: { execute: 'promise', insert: 'BulkOperation', raw: 'BulkOperation', find: 'value' },
    },
  },
} as const satisfies LibraryKnowledge;
