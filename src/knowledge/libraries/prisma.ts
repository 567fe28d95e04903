import { outcomes, type LibraryKnowledge } from '../types';

/** Raw queries are PrismaPromises too; `$executeRaw` and `$queryRaw` also work as tags. */
const rawQueries = outcomes('PrismaPromise', [
  '$executeRaw',
  '$executeRawUnsafe',
  '$queryRaw',
  '$queryRawUnsafe',
  '$queryRawTyped',
  '$runCommandRaw',
]);

/**
 * Prisma Client: `new PrismaClient()`, whose model delegates (`prisma.user`) return PrismaPromises. A PrismaPromise is
 * lazy, so that `$transaction([...])` can batch it: the query runs only when awaited or `.then`-ed. `$connect`,
 * `$disconnect` and `$transaction` run at once. A client holds its query engine's connection pool until `$disconnect()`
 * (an `$extends()`-ed client shares it); its transactions take a callback or an array, so none is left open.
 */
export const prisma = {
  name: 'prisma',
  modules: ['@prisma/client', '@prisma/client/edge', '@prisma/client/wasm', '.prisma/client'],
  exports: { PrismaClient: 'PrismaClientClass' },
  // `Prisma.TransactionClient` is the `tx` of an interactive transaction.
  types: { PrismaClient: 'PrismaClient', TransactionClient: 'TransactionClient' },
  kinds: {
    PrismaClientClass: { construct: 'PrismaClient' },
    /** Its other properties are model delegates (`prisma.user`). */
    PrismaClient: {
      resource: { description: 'Prisma client connection pool', closes: ['$disconnect'] },
      methods: {
        ...rawQueries,
        ...outcomes('promise', ['$connect', '$disconnect', '$transaction']),
        $extends: 'PrismaClient',
        $on: 'value',
        $use: 'value',
      },
      otherProperties: 'ModelDelegate',
    },
    TransactionClient: { methods: rawQueries, otherProperties: 'ModelDelegate' },
    ModelDelegate: {
      methods: outcomes('PrismaPromise', [
        'findUnique',
        'findUniqueOrThrow',
        'findFirst',
        'findFirstOrThrow',
        'findMany',
        'create',
        'createMany',
        'createManyAndReturn',
        'update',
        'updateMany',
        'updateManyAndReturn',
        'upsert',
        'delete',
        'deleteMany',
        'count',
        'aggregate',
        'groupBy',
        'findRaw',
        'aggregateRaw',
      ]),
    },
    // Other methods are the fluent relation accessors (`findUnique(...).posts()`), lazy as well.
    PrismaPromise: { thenable: 'lazy', methods: outcomes('promise', ['then', 'catch', 'finally']), otherMethods: 'PrismaPromise' },
  },
} as const satisfies LibraryKnowledge;
