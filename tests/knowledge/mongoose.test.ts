import { describe, expect, it } from 'vitest';
import { kindAt, resolve, typed } from './helpers';

const model = ['.model()'];
const query = 'mongoose.Query lazy';
const documentQuery = 'mongoose.DocumentQuery lazy<mongoose.Document>';
const doc = [...model, '.findOne()', 'await'];

describe('mongoose', () => {
  it.each([
    ['import mongoose', 'mongoose.Mongoose', 'default', []],
    ['import { connect }; connect(url)', 'promise<mongoose.Mongoose>', 'connect', ['()']],
    ['mongoose.connect(url)', 'promise<mongoose.Mongoose>', 'default', ['.connect()']],
    ['mongoose.disconnect()', 'promise', 'default', ['.disconnect()']],
    ['mongoose.connection', 'mongoose.Connection', 'default', ['.connection']],
    ['mongoose.connection.close()', 'promise', 'default', ['.connection', '.close()']],
    ['mongoose.connection.dropDatabase()', 'promise', 'default', ['.connection', '.dropDatabase()']],
    ['mongoose.connection.db', 'mongodb.Db', 'default', ['.connection', '.db']],
    ['mongoose.connection.getClient()', 'mongodb.MongoClient', 'default', ['.connection', '.getClient()']],
    ['mongoose.createConnection(url)', 'mongoose.Connection', 'default', ['.createConnection()']],
    ['mongoose.createConnection(url).asPromise()', 'promise<mongoose.Connection>', 'default', ['.createConnection()', '.asPromise()']],
    ['mongoose.startSession()', 'promise<mongodb.ClientSession>', 'default', ['.startSession()']],
    ['mongoose.set(k, v) gives mongoose', 'mongoose.Mongoose', 'default', ['.set()']],
    ['mongoose.model(name, schema)', 'mongoose.Model', 'default', model],
    // Queries reach the database only when awaited or exec()-ed.
    ['User.find(q)', query, 'default', [...model, '.find()']],
    ['User.find(q).sort(s).limit(n)', query, 'default', [...model, '.find()', '.sort()', '.limit()']],
    ['User.find(q).exec()', 'promise', 'default', [...model, '.find()', '.exec()']],
    ['User.updateOne(q, u)', query, 'default', [...model, '.updateOne()']],
    ['User.findOne(q)', documentQuery, 'default', [...model, '.findOne()']],
    ['User.findById(id).populate(p)', documentQuery, 'default', [...model, '.findById()', '.populate()']],
    ['User.findOne(q).lean() gives a plain object', query, 'default', [...model, '.findOne()', '.lean()']],
    ['User.findOne(q).exec()', 'promise<mongoose.Document>', 'default', [...model, '.findOne()', '.exec()']],
    ['User.find(q).getFilter()', 'value', 'default', [...model, '.find()', '.getFilter()']],
    ['User.aggregate(p).match(m)', 'mongoose.Aggregate lazy', 'default', [...model, '.aggregate()', '.match()']],
    ['User.create(data) runs at once', 'promise<mongoose.Document>', 'default', [...model, '.create()']],
    ['User.insertMany(docs)', 'promise', 'default', [...model, '.insertMany()']],
    ['new User(data)', 'mongoose.Document', 'default', [...model, 'new']],
    ['await User.findOne(q)', 'mongoose.Document', 'default', doc],
    ['doc.save()', 'promise<mongoose.Document>', 'default', [...doc, '.save()']],
    ['doc.deleteOne() (a Query since v7)', query, 'default', [...doc, '.deleteOne()']],
    ['doc.toObject()', 'value', 'default', [...doc, '.toObject()']],
    ['doc.set(k, v)', 'mongoose.Document', 'default', [...doc, '.set()']],
    ['doc.populate(p) is left undescribed', undefined, 'default', [...doc, '.populate()']],
  ] as const)('%s gives %s', (_code, gives, name, path) => {
    expect(resolve('mongoose', name, path)).toBe(gives);
  });

  it.each([
    ['Mongoose', 'mongoose.Mongoose'],
    ['Connection', 'mongoose.Connection'],
    ['Model', 'mongoose.Model'],
    ['Query', 'mongoose.Query'],
    ['HydratedDocument', 'mongoose.Document'],
  ] as const)('a value annotated %s is %s', (type, kind) => {
    expect(typed('mongoose', type)?.id).toBe(kind);
  });

  it('mongoose holds the default connection from connect() until disconnect() or connection.close()', () => {
    const resource = kindAt('mongoose', 'default')?.spec.resource;
    expect(resource?.openedBy).toEqual(['connect']);
    expect(resource?.closes).toEqual(['disconnect', 'connection.close', 'connection.destroy']);
  });

  it('createConnection() opens one of its own, closed by close() or destroy(); getClient() gives what it holds', () => {
    const connection = kindAt('mongoose', 'default', ['.createConnection()'])?.spec;
    expect(connection?.resource?.closes).toEqual(['close', 'destroy']);
    expect(connection?.resource?.openedBy).toBe(undefined);
    expect(connection?.returnsExisting).toEqual(['getClient']);
  });

  it('before v7 every method took a callback', () => {
    for (const path of [[], model, [...model, '.find()'], doc]) {
      expect(kindAt('mongoose', 'default', path)?.spec.callbackStyle).toBe(true);
    }
  });
});
