import { describe, expect, it } from 'vitest';
import { describeValue, follow, kindAt, resolve, typed } from './helpers';

const client = ['new'];
const promise = 'prisma.PrismaPromise lazy';

describe('prisma', () => {
  it.each([
    ['new PrismaClient()', 'prisma.PrismaClient', '@prisma/client', client],
    ['new PrismaClient() from .prisma/client', 'prisma.PrismaClient', '.prisma/client', client],
    ['prisma.user', 'prisma.ModelDelegate', '@prisma/client', [...client, '.user']],
    // A PrismaPromise runs only when awaited or `.then`-ed, so that $transaction([...]) can batch it.
    ['prisma.user.findMany()', promise, '@prisma/client', [...client, '.user', '.findMany()']],
    ['prisma.user.create(data)', promise, '@prisma/client', [...client, '.user', '.create()']],
    ['prisma.user.deleteMany()', promise, '@prisma/client/edge', [...client, '.user', '.deleteMany()']],
    ['prisma.user.findUnique(q).posts() (fluent)', promise, '@prisma/client', [...client, '.user', '.findUnique()', '.posts()']],
    ['prisma.user.findMany().then(fn) runs it', 'promise', '@prisma/client', [...client, '.user', '.findMany()', '.then()']],
    ['prisma.$queryRaw`...`', promise, '@prisma/client', [...client, '.$queryRaw', '``']],
    ['prisma.$executeRawUnsafe(sql)', promise, '@prisma/client', [...client, '.$executeRawUnsafe()']],
    ['prisma.$connect()', 'promise', '@prisma/client', [...client, '.$connect()']],
    ['prisma.$disconnect()', 'promise', '@prisma/client', [...client, '.$disconnect()']],
    ['prisma.$transaction([...])', 'promise', '@prisma/client', [...client, '.$transaction()']],
    ['prisma.$extends(ext) shares the pool', 'prisma.PrismaClient', '@prisma/client', [...client, '.$extends()']],
    ['prisma.$on(event, fn)', 'value', '@prisma/client', [...client, '.$on()']],
    ['a model has no method findAll', undefined, '@prisma/client', [...client, '.user', '.findAll()']],
  ] as const)('%s gives %s', (_code, gives, module, path) => {
    expect(resolve(module, 'PrismaClient', path)).toBe(gives);
  });

  it.each([
    ['tx.user.update(q)', promise, ['.user', '.update()']],
    ['tx.$queryRaw`...`', promise, ['.$queryRaw', '``']],
    ['tx.$disconnect is not a transaction client method', undefined, ['.$disconnect()']],
  ] as const)('the interactive transaction client: %s gives %s', (_code, gives, path) => {
    expect(describeValue(follow(typed('@prisma/client', 'TransactionClient'), path))).toBe(gives);
  });

  it('a value annotated PrismaClient is a client', () => {
    expect(typed('@prisma/client', 'PrismaClient')?.id).toBe('prisma.PrismaClient');
  });

  it('a client holds a pool until $disconnect(); its transactions take a callback or an array, so none is left open', () => {
    const spec = kindAt('@prisma/client', 'PrismaClient', client)?.spec;
    expect(spec?.resource?.closes).toEqual(['$disconnect']);
    expect(spec?.beginsTransaction).toBe(undefined);
    expect(typed('@prisma/client', 'TransactionClient')?.spec.resource).toBe(undefined);
  });
});
