import path from 'node:path';
import rule from '../../rules/no-open-handles';
import { ruleTester } from '../rule-tester';

const vitest = `import { describe, it, expect, beforeAll, afterAll, beforeEach, afterEach } from 'vitest';\n`;

ruleTester.run('no-open-handles', rule, {
  valid: [
    {
      name: 'pg pool ended in afterAll',
      code: `${vitest}import pg from 'pg';\nconst pool = new pg.Pool();\nafterAll(async () => { await pool.end(); });\nit('a', () => {});`,
    },
    {
      name: 'a module the file mocks makes mocks: vi.mock is hoisted above the imports',
      code: `import { it, vi } from 'vitest';\nimport pg from 'pg';\nvi.mock('pg');\nconst pool = new pg.Pool();\nit('a', async () => {\n  await pool.query('select 1');\n});`,
    },
    {
      name: 'the same under jest, with its global',
      code: `const { Pool } = require('pg');\njest.mock('pg');\nconst pool = new Pool();\nit('a', () => {\n  expect(pool).toBeDefined();\n});`,
    },
    {
      name: 'a helper module that registers no tests: the files importing the pool close it',
      code: `import pg from 'pg';\nexport const pool = new pg.Pool();\nexport async function reset() {\n  await pool.query('truncate users');\n}`,
    },
    {
      name: 'opened and closed at the top level of an ES module',
      code: `${vitest}import pg from 'pg';\nconst pool = new pg.Pool();\nconst { rows } = await pool.query('select 1 as one');\nawait pool.end();\nit('a', () => {\n  expect(rows).toHaveLength(1);\n});`,
    },
    {
      name: 'knex without a connection only builds SQL: it opens no pool',
      code: `${vitest}import knex from 'knex';\nconst sql = knex({ client: 'pg' });\nit('a', () => {\n  expect(sql('users').where('id', 1).toString()).toContain('where');\n});`,
    },
    {
      name: 'knex destroyed in afterAll',
      code: `${vitest}import knex from 'knex';\nlet db;\nbeforeAll(() => { db = knex({ client: 'pg', connection: url }); });\nafterAll(() => db.destroy());\nit('a', () => {});`,
    },
    {
      name: 'a pooled connection released in the test',
      code: `${vitest}import pg from 'pg';\nconst pool = new pg.Pool();\nafterAll(() => pool.end());\nit('a', async () => {\n  const client = await pool.connect();\n  try { await client.query('select 1'); } finally { client.release(); }\n});`,
    },
    {
      name: 'an interval that clears itself from its own callback',
      code: `${vitest}it('a', async () => {\n  await new Promise((resolve) => {\n    const check = setInterval(() => {\n      if (ready()) {\n        clearInterval(check);\n        resolve();\n      }\n    }, 10);\n  });\n});`,
    },
    {
      name: 'an interval cleared in afterEach',
      code: `${vitest}let timer;\nbeforeEach(() => { timer = setInterval(() => {}, 100); });\nafterEach(() => clearInterval(timer));\nit('a', () => {});`,
    },
    {
      name: 'node:test: closed in t.after',
      code: `import test from 'node:test';\nimport pg from 'pg';\ntest('a', async (t) => {\n  const client = new pg.Client();\n  t.after(() => client.end());\n  await client.connect();\n});`,
    },
    {
      name: 'await using',
      code: `${vitest}import pg from 'pg';\nit('a', async () => {\n  await using client = new pg.Client();\n  await client.connect();\n});`,
    },
    {
      name: "closed in an enclosing suite's hook",
      code: `${vitest}import pg from 'pg';\nlet client;\nafterEach(() => client.end());\ndescribe('s', () => {\n  beforeEach(() => { client = new pg.Client(); });\n  it('a', () => {});\n});`,
    },
    {
      name: 'closed through a same-file helper',
      code: `${vitest}import pg from 'pg';\nlet client;\nfunction shutdown() { return client.end(); }\nbeforeEach(() => { client = new pg.Client(); });\nafterEach(() => shutdown());\nit('a', () => {});`,
    },
    {
      name: 'a fixture that releases after use',
      code: `import { test as base } from 'vitest';\nimport pg from 'pg';\nconst pool = new pg.Pool();\nafterAll(() => pool.end());\nexport const test = base.extend({ db: async ({}, use) => { const client = await pool.connect(); await use(client); client.release(); } });`,
    },
    {
      name: 'a resource handed to a helper in the teardown',
      code: `${vitest}import pg from 'pg';\nconst pool = new pg.Pool();\nafterAll(() => closeAll(pool));\nit('a', () => {});`,
    },
  ],
  invalid: [
    {
      name: 'knex with a config the file does not spell out is taken to open a pool',
      code: `${vitest}import knex from 'knex';\nimport config from './knexfile';\nconst db = knex(config.test);\nit('a', async () => {\n  await db('users');\n});`,
      output: `${vitest}import knex from 'knex';\nimport config from './knexfile';\nconst db = knex(config.test);\nafterAll(async () => {\n  await db.destroy();\n});\nit('a', async () => {\n  await db('users');\n});`,
      errors: [{ messageId: 'neverClosed', line: 4, data: { name: 'knex(…)', what: 'knex connection pool', place: 'in afterAll' } }],
    },
    {
      name: 'a pg pool never ended: the fix adds afterAll',
      code: `${vitest}import pg from 'pg';\nconst pool = new pg.Pool();\nit('a', async () => {\n  await pool.query('select 1');\n});`,
      output: `${vitest}import pg from 'pg';\nconst pool = new pg.Pool();\nafterAll(async () => {\n  await pool.end();\n});\nit('a', async () => {\n  await pool.query('select 1');\n});`,
      errors: [{ messageId: 'neverClosed', line: 3, column: 14, data: { name: 'new pg.Pool()', what: 'connection pool', place: 'in afterAll' } }],
    },
    {
      name: 'knex made in beforeAll, the close added to the existing afterAll',
      code: `${vitest}import knex from 'knex';\nlet db;\nbeforeAll(() => {\n  db = knex({ client: 'pg', connection: url });\n});\nafterAll(() => {\n  log('done');\n});\nit('a', () => {});`,
      output: `${vitest}import knex from 'knex';\nlet db;\nbeforeAll(() => {\n  db = knex({ client: 'pg', connection: url });\n});\nafterAll(async () => {\n  log('done');\n  await db.destroy();\n});\nit('a', () => {});`,
      errors: [{ messageId: 'neverClosed', line: 5, data: { name: 'knex(…)', what: 'knex connection pool', place: 'in afterAll' } }],
    },
    {
      name: 'a connection taken per test and never released',
      code: `${vitest}import pg from 'pg';\nconst pool = new pg.Pool();\nafterAll(() => pool.end());\nit('a', async () => {\n  const client = await pool.connect();\n  await client.query('select 1');\n});`,
      errors: [{ messageId: 'neverClosed', line: 6, data: { name: 'pool.connect()', what: 'pooled connection', place: 'in afterEach' } }],
    },
    {
      name: 'an interval started in a test, and unref is not a close',
      code: `${vitest}it('a', () => {\n  const timer = setInterval(() => {}, 100);\n  timer.unref();\n});`,
      errors: [{ messageId: 'neverClosed', line: 3, data: { name: 'setInterval(…)', what: 'interval timer', place: 'in afterEach' } }],
    },
    {
      name: 'a fixture whose only release is handing the connection to use',
      code: `import { afterAll, test as base } from 'vitest';\nimport pg from 'pg';\nconst pool = new pg.Pool();\nafterAll(() => pool.end());\nexport const test = base.extend({ db: async ({}, use) => { const client = await pool.connect(); await use(client); } });`,
      errors: [
        { messageId: 'neverClosed', line: 5, data: { name: 'pool.connect()', what: 'pooled connection', place: 'in this fixture, after `use`' } },
      ],
    },
    {
      name: 'opened per test, closed only in afterAll',
      code: `${vitest}import pg from 'pg';\nlet client;\nbeforeEach(() => { client = new pg.Client(); });\nafterAll(() => client.end());\nit('a', () => {});`,
      errors: [{ messageId: 'closedTooLate', line: 4 }],
    },
  ],
});

// A test file of the fixture monorepo (it need not exist: its imports resolve from its folder), whose workspace package
// `@acme/testing` exports a pool factory and helpers that close the pool they are given.
const workspaceTest = path.resolve(import.meta.dirname, '../fixtures/projects/workspace-helpers/packages/api/test/inline.test.ts');
const acme = `import { it } from 'vitest';\nimport { closeAll, closePool, createPool, logCount, sharedPool } from '@acme/testing';\n`;

ruleTester.run('no-open-handles: helpers from the project’s own modules', rule, {
  valid: [
    {
      name: 'a pool from the imported factory, closed by the imported close helper',
      code: `${acme}it('a', async () => {\n  const pool = createPool();\n  await pool.query('select 1');\n  await closePool(pool);\n});`,
      filename: workspaceTest,
    },
    {
      name: 'closed by a helper that hands it on to the one that closes it',
      code: `${acme}it('a', async () => {\n  const pool = createPool();\n  await closeAll(pool);\n});`,
      filename: workspaceTest,
    },
    {
      name: 'a pool the helper hands out from its module is not opened by the test',
      code: `${acme}it('a', async () => {\n  const pool = sharedPool();\n  await pool.query('select 1');\n});`,
      filename: workspaceTest,
    },
    {
      name: 'a pool the helper also keeps in a list that something else closes',
      code: `import { it } from 'vitest';\nimport { trackedPool } from '@acme/testing';\nit('a', async () => {\n  const pool = trackedPool();\n  await pool.query('select 1');\n});`,
      filename: workspaceTest,
    },
    {
      name: 'a CommonJS helper module: its factory and close helper through the module object',
      code: `const { it } = require('vitest');\nconst helpers = require('../../testing/src/cjs-helpers');\nit('a', async () => {\n  const pool = helpers.makePool();\n  await helpers.shutDown(pool);\n});`,
      filename: workspaceTest.replace(/ts$/, 'js'),
    },
    {
      name: 'a same-file helper that ends what it is given',
      code: `${vitest}import pg from 'pg';\nfunction closeIt(p) {\n  return p.end();\n}\nit('a', async () => {\n  const pool = new pg.Pool();\n  await closeIt(pool);\n});`,
    },
    {
      name: 'a same-file timer helper that clears what it is given',
      code: `${vitest}function stop(timer) {\n  clearInterval(timer);\n}\nit('a', () => {\n  const timer = setInterval(() => {}, 10);\n  stop(timer);\n});`,
    },
  ],
  invalid: [
    {
      name: 'a pool from the imported factory, never closed',
      code: `${acme}it('a', async () => {\n  const pool = createPool();\n  await pool.query('select 1');\n});`,
      filename: workspaceTest,
      errors: [{ messageId: 'neverClosed', line: 4, column: 16, data: { name: 'createPool()', what: 'connection pool', place: 'in afterEach' } }],
    },
    {
      name: 'handed only to a helper that queries it',
      code: `${acme}it('a', async () => {\n  const pool = createPool();\n  await logCount(pool);\n});`,
      filename: workspaceTest,
      errors: [{ messageId: 'neverClosed', line: 4, column: 16 }],
    },
    {
      name: 'a same-file helper that only queries what it is given',
      code: `${vitest}import pg from 'pg';\nfunction count(p) {\n  return p.query('select 1');\n}\nit('a', async () => {\n  const pool = new pg.Pool();\n  await count(pool);\n});`,
      errors: [{ messageId: 'neverClosed', line: 7, column: 16 }],
    },
  ],
});
