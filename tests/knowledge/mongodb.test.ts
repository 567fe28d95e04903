import { describe, expect, it } from 'vitest';
import { kindAt, resolve, typed } from './helpers';

const client = ['new'];
const collection = [...client, '.db()', '.collection()'];
const session = [...client, '.startSession()'];

describe('mongodb', () => {
  it.each([
    ['new MongoClient(url)', 'mongodb.MongoClient', client],
    ['MongoClient.connect(url)', 'promise<mongodb.MongoClient>', ['.connect()']],
    ['client.connect()', 'promise<mongodb.MongoClient>', [...client, '.connect()']],
    ['client.close()', 'promise', [...client, '.close()']],
    ['client.db(name) is synchronous', 'mongodb.Db', [...client, '.db()']],
    ['db.collection(name) is synchronous', 'mongodb.Collection', collection],
    ['db.dropDatabase()', 'promise', [...client, '.db()', '.dropDatabase()']],
    ['db.createCollection(name)', 'promise<mongodb.Collection>', [...client, '.db()', '.createCollection()']],
    ['db.admin().ping()', 'promise', [...client, '.db()', '.admin()', '.ping()']],
    ['collection.insertOne(doc)', 'promise', [...collection, '.insertOne()']],
    ['collection.findOne(q)', 'promise', [...collection, '.findOne()']],
    ['collection.deleteMany(q)', 'promise', [...collection, '.deleteMany()']],
    // Cursors are no thenables: toArray(), next() and the like run them.
    ['collection.find(q)', 'mongodb.FindCursor', [...collection, '.find()']],
    ['collection.find(q).sort(s).limit(n)', 'mongodb.FindCursor', [...collection, '.find()', '.sort()', '.limit()']],
    ['collection.find(q).toArray()', 'promise', [...collection, '.find()', '.toArray()']],
    ['collection.find(q).rewind()', 'value', [...collection, '.find()', '.rewind()']],
    ['collection.find(q).forEach(fn) is left undescribed (v3 callback form)', undefined, [...collection, '.find()', '.forEach()']],
    ['collection.aggregate(p).match(m).toArray()', 'promise', [...collection, '.aggregate()', '.match()', '.toArray()']],
    ['collection.listIndexes().next()', 'promise', [...collection, '.listIndexes()', '.next()']],
    ['collection.watch().next()', 'promise', [...collection, '.watch()', '.next()']],
    ['collection.initializeOrderedBulkOp().insert(d).execute()', 'promise', [...collection, '.initializeOrderedBulkOp()', '.insert()', '.execute()']],
    ['client.startSession() is synchronous', 'mongodb.ClientSession', session],
    ['session.startTransaction() is synchronous', 'value', [...session, '.startTransaction()']],
    ['session.abortTransaction()', 'promise', [...session, '.abortTransaction()']],
    ['session.withTransaction(fn)', 'promise', [...session, '.withTransaction()']],
    ['session.endSession()', 'promise', [...session, '.endSession()']],
  ] as const)('%s gives %s', (_code, gives, path) => {
    expect(resolve('mongodb', 'MongoClient', path)).toBe(gives);
  });

  it.each([
    ['MongoClient', 'mongodb.MongoClient'],
    ['Db', 'mongodb.Db'],
    ['Collection', 'mongodb.Collection'],
    ['FindCursor', 'mongodb.FindCursor'],
    ['ClientSession', 'mongodb.ClientSession'],
    ['ChangeStream', 'mongodb.ChangeStream'],
  ] as const)('a value annotated %s is %s', (type, kind) => {
    expect(typed('mongodb', type)?.id).toBe(kind);
  });

  it('a client keeps its pool until close(); a database handle holds nothing', () => {
    expect(kindAt('mongodb', 'MongoClient', client)?.spec.resource?.closes).toEqual(['close']);
    expect(kindAt('mongodb', 'MongoClient', ['.connect()', 'await'])?.spec.resource?.closes).toEqual(['close']);
    expect(kindAt('mongodb', 'MongoClient', [...client, '.db()'])?.spec.resource).toBe(undefined);
  });

  it('session.startTransaction() holds a transaction until abortTransaction() or commitTransaction() (endSession() aborts it)', () => {
    const spec = kindAt('mongodb', 'MongoClient', session)?.spec;
    expect(spec?.beginsTransaction).toEqual({ startTransaction: 'receiver' });
    expect(spec?.transaction?.rollback).toEqual(['abortTransaction', 'endSession']);
    expect(spec?.transaction?.commit).toEqual(['commitTransaction']);
  });
});
