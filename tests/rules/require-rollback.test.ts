import rule from '../../rules/require-rollback';
import { ruleTester } from '../rule-tester';

const vitest = `import { describe, it, expect, beforeEach, afterEach, afterAll } from 'vitest';\n`;
const knexSetup = `import knex from 'knex';\nconst db = knex({ client: 'pg' });\n`;
const pgSetup = `import pg from 'pg';\nconst pool = new pg.Pool();\n`;

ruleTester.run('require-rollback', rule, {
  valid: [
    {
      name: 'requireFinally: a rollback before the assertions cannot be skipped by them',
      code: `${vitest}${knexSetup}it('a', async () => {\n  const trx = await db.transaction();\n  const count = await trx('users').count();\n  await trx.rollback();\n  expect(count).toEqual([]);\n});`,
      options: [{ requireFinally: true }],
    },
    {
      name: 'knex: rolled back in afterEach',
      code: `${vitest}${knexSetup}let trx;\nbeforeEach(async () => { trx = await db.transaction(); });\nafterEach(async () => { await trx.rollback(); });\nit('a', () => {});`,
    },
    {
      name: 'knex: a callback-scoped transaction ends with its callback',
      code: `${vitest}${knexSetup}it('a', async () => { await db.transaction(async (trx) => { await trx('users').insert({}); }); });`,
    },
    {
      name: 'knex: rolled back in finally',
      code: `${vitest}${knexSetup}it('a', async () => {\n  const trx = await db.transaction();\n  try { await trx('users').insert({}); } finally { await trx.rollback(); }\n});`,
    },
    {
      name: 'knex: committed, but afterEach drops the table the test wrote to',
      code: `${vitest}${knexSetup}beforeEach(async () => { await db.schema.createTable('users', (t) => t.increments()); });\nafterEach(async () => { await db.schema.dropTable('users'); });\nit('a', async () => {\n  const trx = await db.transaction();\n  await trx('users').insert({});\n  await trx.commit();\n});`,
    },
    {
      name: 'knex: rolled back by a same-file helper given the transaction',
      code: `${vitest}${knexSetup}async function undo(trx) {\n  await trx.rollback();\n}\nit('a', async () => {\n  const trx = await db.transaction();\n  await trx('users').insert({});\n  await undo(trx);\n});`,
    },
    {
      name: 'pg: ROLLBACK in afterEach',
      code: `${vitest}${pgSetup}let client;\nbeforeEach(async () => { client = await pool.connect(); await client.query('BEGIN'); });\nafterEach(async () => { await client.query('ROLLBACK'); client.release(); });\nit('a', () => {});`,
    },
    {
      name: 'node:test: rolled back in t.after',
      code: `import test from 'node:test';\n${knexSetup}test('a', async (t) => {\n  const trx = await db.transaction();\n  t.after(() => trx.rollback());\n  await trx('users').insert({});\n});`,
    },
    {
      name: "rolled back in an enclosing suite's hook",
      code: `${vitest}${knexSetup}let trx;\nafterEach(async () => { await trx.rollback(); });\ndescribe('s', () => {\n  beforeEach(async () => { trx = await db.transaction(); });\n  it('a', () => {});\n});`,
    },
    {
      name: 'rolled back through a same-file helper',
      code: `${vitest}${knexSetup}let trx;\nasync function undo() { await trx.rollback(); }\nbeforeEach(async () => { trx = await db.transaction(); });\nafterEach(() => undo());\nit('a', () => {});`,
    },
    {
      name: 'the transaction handed to a helper in the teardown',
      code: `${vitest}${knexSetup}let trx;\nbeforeEach(async () => { trx = await db.transaction(); });\nafterEach(() => cleanup(trx));\nit('a', () => {});`,
    },
    {
      name: 'a fixture that rolls back after use',
      code: `import { test as base } from 'vitest';\n${pgSetup}export const test = base.extend({ session: async ({}, use) => {\n  const client = await pool.connect();\n  await client.query('BEGIN');\n  await use(client);\n  await client.query('ROLLBACK');\n  client.release();\n} });`,
    },
    {
      name: 'a query that is not BEGIN',
      code: `${vitest}${pgSetup}it('a', async () => { const client = await pool.connect(); await client.query('select 1'); client.release(); });`,
    },
  ],
  invalid: [
    {
      name: 'knex: begun in beforeEach, no afterEach: the fix adds one',
      code: `${vitest}${knexSetup}describe('users', () => {\n  let trx;\n  beforeEach(async () => {\n    trx = await db.transaction();\n  });\n  it('a', () => {});\n});`,
      output: `${vitest}${knexSetup}describe('users', () => {\n  let trx;\n  beforeEach(async () => {\n    trx = await db.transaction();\n  });\n  afterEach(async () => {\n    await trx.rollback();\n  });\n  it('a', () => {});\n});`,
      errors: [{ messageId: 'missingRollback', line: 7, column: 17, data: { name: 'db.transaction()', place: 'in afterEach' } }],
    },
    {
      name: 'pg: BEGIN in beforeEach, the rollback added to the existing afterEach',
      code: `${vitest}${pgSetup}let client;\nbeforeEach(async () => {\n  client = await pool.connect();\n  await client.query('BEGIN');\n});\nafterEach(() => {\n  client.release();\n});\nit('a', () => {});`,
      output: `${vitest}${pgSetup}let client;\nbeforeEach(async () => {\n  client = await pool.connect();\n  await client.query('BEGIN');\n});\nafterEach(async () => {\n  client.release();\n  await client.query('ROLLBACK');\n});\nit('a', () => {});`,
      errors: [{ messageId: 'missingRollback', line: 7, data: { name: 'client.query(…)', place: 'in afterEach' } }],
    },
    {
      name: 'a fixture that hands the transaction over and never rolls back',
      code: `import { test as base } from 'vitest';\n${pgSetup}export const test = base.extend({ session: async ({}, use) => {\n  const client = await pool.connect();\n  await client.query('BEGIN');\n  await use(client);\n  client.release();\n} });`,
      errors: [{ messageId: 'missingRollback', line: 6, data: { name: 'client.query(…)', place: 'in this fixture, after `use`' } }],
    },
    {
      name: 'committed instead of rolled back',
      code: `${vitest}${knexSetup}let trx;\nbeforeEach(async () => { trx = await db.transaction(); });\nafterEach(async () => { await trx.commit(); });\nit('a', () => {});`,
      errors: [{ messageId: 'committed', line: 5 }],
    },
    {
      name: 'per-test transaction rolled back only in afterAll',
      code: `${vitest}${knexSetup}let trx;\nbeforeEach(async () => { trx = await db.transaction(); });\nafterAll(async () => { await trx.rollback(); });\nit('a', () => {});`,
      errors: [{ messageId: 'rollbackTooLate', line: 5 }],
    },
    {
      name: 'requireFinally: a rollback after a throwing assertion of node:assert',
      code: `import { it } from 'vitest';\nimport assert from 'node:assert';\n${knexSetup}it('a', async () => {\n  const trx = await db.transaction();\n  assert.deepEqual(await trx('users').count(), []);\n  await trx.rollback();\n});`,
      options: [{ requireFinally: true }],
      errors: [{ messageId: 'rollbackSkippable', line: 6, column: 21 }],
    },
    {
      name: 'requireFinally: a rollback after the assertions',
      code: `${vitest}${knexSetup}it('a', async () => {\n  const trx = await db.transaction();\n  expect(await trx('users').count()).toEqual([]);\n  await trx.rollback();\n});`,
      options: [{ requireFinally: true }],
      errors: [{ messageId: 'rollbackSkippable', line: 5 }],
    },
    {
      name: 'a transaction in a test whose holder the hooks cannot reach: no fix',
      code: `${vitest}${knexSetup}it('a', async () => {\n  const trx = await db.transaction();\n  await trx('users').insert({});\n});`,
      errors: [
        {
          messageId: 'missingRollback',
          line: 5,
          data: { name: 'db.transaction()', place: 'in afterEach' },
          suggestions: [
            {
              messageId: 'suggestRollbackWhenTestEnds',
              output: `import { describe, it, expect, beforeEach, afterEach, afterAll, onTestFinished } from 'vitest';\n${knexSetup}it('a', async () => {\n  const trx = await db.transaction();\n  onTestFinished(() => trx.rollback());\n  await trx('users').insert({});\n});`,
            },
          ],
        },
      ],
    },
    {
      name: "node:test: the suggestion rolls back with the test context's t.after",
      code: `import test from 'node:test';\n${knexSetup}test('a', async (t) => {\n  const trx = await db.transaction();\n  await trx('users').insert({});\n});`,
      errors: [
        {
          messageId: 'missingRollback',
          line: 5,
          column: 21,
          data: { name: 'db.transaction()', place: 'in afterEach' },
          suggestions: [
            {
              messageId: 'suggestRollbackWhenTestEnds',
              data: { teardown: 't.after' },
              output: `import test from 'node:test';\n${knexSetup}test('a', async (t) => {\n  const trx = await db.transaction();\n  t.after(() => trx.rollback());\n  await trx('users').insert({});\n});`,
            },
          ],
        },
      ],
    },
    {
      name: 'vitest globals: no import to add onTestFinished to, so no suggestion',
      code: `${knexSetup}vi.useRealTimers();\nit('a', async () => {\n  const trx = await db.transaction();\n  await trx('users').insert({});\n});`,
      errors: [{ messageId: 'missingRollback', line: 5, column: 21, data: { name: 'db.transaction()', place: 'in afterEach' }, suggestions: [] }],
    },
    {
      name: 'jest: a runner without a per-test teardown gets no suggestion',
      code: `import { it } from '@jest/globals';\n${knexSetup}it('a', async () => {\n  const trx = await db.transaction();\n  await trx('users').insert({});\n});`,
      errors: [{ messageId: 'missingRollback', line: 5, column: 21, data: { name: 'db.transaction()', place: 'in afterEach' }, suggestions: [] }],
    },
  ],
});
