import path from 'node:path';
import rule from '../../rules/no-open-handles';
import { ruleTester } from '../rule-tester';

const vitest = `import { describe, it, expect, beforeAll, afterAll, beforeEach, afterEach } from 'vitest';\n`;
const jest = `import { describe, it, expect, beforeAll, afterAll, beforeEach, afterEach } from '@jest/globals';\n`;
const mocha = `import { describe, it, before, after, beforeEach, afterEach } from 'mocha';\n`;
const nodeTest = `import { describe, it, before, after, beforeEach, afterEach } from 'node:test';\n`;
const bun = `import { describe, it, expect, beforeAll, afterAll, beforeEach, afterEach } from 'bun:test';\n`;
const playwright = `import { test, expect } from '@playwright/test';\n`;
// A vitest project whose config says `isolate: false`: one worker runs file after file.
const sharedWorker = path.resolve(import.meta.dirname, '../fixtures/projects/vitest-shared/test/db.test.ts');

ruleTester.run('no-open-handles', rule, {
  valid: [
    {
      name: 'jest: opened only while the suite variable is unset, and reused by later tests: one pool, closed in afterAll',
      code: `import { describe, it, afterAll } from '@jest/globals';\nimport knex from 'knex';\ndescribe('s', () => {\n  let db;\n  afterAll(async () => {\n    if (db) await db.destroy();\n  });\n  it('a', async () => {\n    if (!db) db = knex({ client: 'pg', connection: url });\n    await db.raw('select 1');\n  });\n  it('b', async () => {\n    db ??= knex({ client: 'pg', connection: url });\n    await db.raw('select 1');\n  });\n});`,
    },
    // Closes the rule accepts, under every runner.
    {
      name: 'requireFinally: a pool closed before the assertions cannot be skipped by them',
      code: `${vitest}import pg from 'pg';\nit('a', async () => {\n  const pool = new pg.Pool();\n  const rows = await pool.query('select 1');\n  await pool.end();\n  expect(rows).toHaveLength(1);\n});`,
      options: [{ requireFinally: true }],
    },
    {
      name: 'pg pool ended in afterAll',
      code: `${jest}import pg from 'pg';\nconst pool = new pg.Pool();\nafterAll(async () => { await pool.end(); });\nit('a', () => {});`,
    },
    {
      name: 'a module the file mocks makes mocks: vi.mock is hoisted above the imports',
      code: `import { it, vi } from 'vitest';\nimport pg from 'pg';\nvi.mock('pg');\nconst pool = new pg.Pool();\nit('a', async () => {\n  await pool.query('select 1');\n});\nit('b', () => {});`,
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
      code: `${jest}import pg from 'pg';\nconst pool = new pg.Pool();\nconst { rows } = await pool.query('select 1 as one');\nawait pool.end();\nit('a', () => {\n  expect(rows).toHaveLength(1);\n});`,
    },
    {
      name: 'knex without a connection only builds SQL: it opens no pool',
      code: `${jest}import knex from 'knex';\nconst sql = knex({ client: 'pg' });\nit('a', () => {\n  expect(sql('users').where('id', 1).toString()).toContain('where');\n});`,
    },
    {
      name: 'knex destroyed in afterAll',
      code: `${jest}import knex from 'knex';\nlet db;\nbeforeAll(() => { db = knex({ client: 'pg', connection: url }); });\nafterAll(() => db.destroy());\nit('a', () => {});`,
    },
    {
      name: 'a pooled connection released in the test',
      code: `${jest}import pg from 'pg';\nconst pool = new pg.Pool();\nafterAll(() => pool.end());\nit('a', async () => {\n  const client = await pool.connect();\n  try { await client.query('select 1'); } finally { client.release(); }\n});\nit('b', () => {});`,
    },
    {
      name: 'an interval that clears itself from its own callback',
      code: `${jest}it('a', async () => {\n  await new Promise((resolve) => {\n    const check = setInterval(() => {\n      if (ready()) {\n        clearInterval(check);\n        resolve();\n      }\n    }, 10);\n  });\n});`,
    },
    {
      name: 'an interval cleared in afterEach',
      code: `${jest}let timer;\nbeforeEach(() => { timer = setInterval(() => {}, 100); });\nafterEach(() => clearInterval(timer));\nit('a', () => {});\nit('b', () => {});`,
    },
    {
      name: 'node:test: closed in t.after',
      code: `import test from 'node:test';\nimport pg from 'pg';\ntest('a', async (t) => {\n  const client = new pg.Client();\n  t.after(() => client.end());\n  await client.connect();\n});`,
    },
    {
      name: 'await using',
      code: `${jest}import pg from 'pg';\nit('a', async () => {\n  await using client = new pg.Client();\n  await client.connect();\n});`,
    },
    {
      name: "closed in an enclosing suite's hook",
      code: `${jest}import pg from 'pg';\nlet client;\nafterEach(() => client.end());\ndescribe('s', () => {\n  beforeEach(() => { client = new pg.Client(); });\n  it('a', () => {});\n  it('b', () => {});\n});`,
    },
    {
      name: 'closed through a same-file helper',
      code: `${jest}import pg from 'pg';\nlet client;\nfunction shutdown() { return client.end(); }\nbeforeEach(() => { client = new pg.Client(); });\nafterEach(() => shutdown());\nit('a', () => {});`,
    },
    {
      name: 'a fixture that releases after use',
      code: `import { afterAll, test as base } from 'vitest';\nimport pg from 'pg';\nconst pool = new pg.Pool();\nafterAll(() => pool.end());\nexport const test = base.extend({ db: async ({}, use) => { const client = await pool.connect(); await use(client); client.release(); } });`,
    },
    {
      name: 'a resource handed to a helper in the teardown',
      code: `${jest}import pg from 'pg';\nconst pool = new pg.Pool();\nafterAll(() => closeAll(pool));\nit('a', () => {});`,
    },

    {
      name: 'mocha: a server closed in after',
      code: `${mocha}import http from 'node:http';\nconst server = http.createServer(handler);\nbefore(() => {\n  server.listen(0);\n});\nafter(() => {\n  server.close();\n});\nit('a', () => {});`,
    },
    {
      name: 'bun: a pool ended in afterAll',
      code: `${bun}import pg from 'pg';\nconst pool = new pg.Pool();\nafterAll(() => pool.end());\nit('a', async () => {\n  await pool.query('select 1');\n});`,
    },
    {
      name: 'Playwright: a server closed in test.afterAll',
      code: `${playwright}import http from 'node:http';\nconst server = http.createServer(handler);\ntest.beforeAll(() => {\n  server.listen(0);\n});\ntest.afterAll(() => {\n  server.close();\n});\ntest('a', async () => {});`,
    },

    // vitest 4.1 ends the file's worker without waiting for what is open (checked, threads and forks pools: a server,
    // an interval and a socket left open pass, and the run exits 0 in about two seconds). What is opened once for the
    // file harms nothing, nor what the last test opens.
    {
      name: 'vitest: a pool at the top of the file, never ended',
      code: `${vitest}import pg from 'pg';\nconst pool = new pg.Pool();\nit('a', async () => {\n  await pool.query('select 1');\n});`,
    },
    {
      name: 'vitest: a server listening and an interval running at the top of the file',
      code: `${vitest}import http from 'node:http';\nconst server = http.createServer(handler);\nserver.listen(0);\nconst timer = setInterval(tick, 1000);\nit('a', () => {\n  expect(server.listening).toBe(true);\n});`,
    },
    {
      name: 'vitest: knex made in beforeAll, never destroyed',
      code: `${vitest}import knex from 'knex';\nlet db;\nbeforeAll(() => {\n  db = knex({ client: 'pg', connection: url });\n});\nit('a', () => {});\nit('b', () => {});`,
    },
    {
      name: 'vitest: a connection taken by the last test of the file',
      code: `${vitest}import pg from 'pg';\nconst pool = new pg.Pool();\nafterAll(() => pool.end());\nit('a', () => {});\nit('b', async () => {\n  const client = await pool.connect();\n  await client.query('select 1');\n});`,
    },
    {
      name: 'vitest: a beforeEach that opens for the only test it runs, which is the last one',
      code: `${vitest}import pg from 'pg';\nit('a', () => {});\ndescribe('s', () => {\n  let client;\n  beforeEach(() => { client = new pg.Client(); });\n  it('b', () => {});\n});`,
    },
    {
      name: 'vitest: requireFinally, a close after the assertions of the last test',
      code: `${vitest}import pg from 'pg';\nit('a', async () => {\n  const pool = new pg.Pool();\n  expect(await pool.query('select 1')).toHaveLength(1);\n  await pool.end();\n});`,
      options: [{ requireFinally: true }],
    },

    {
      name: 'vitest: requireFinally, a close after the assertions, with a later test: a failing assertion is reported, and nothing hangs',
      code: `${vitest}import pg from 'pg';\nit('a', async () => {\n  const pool = new pg.Pool();\n  expect(await pool.query('select 1')).toHaveLength(1);\n  await pool.end();\n});\nit('b', () => {});`,
      options: [{ requireFinally: true }],
    },

    // Opened for each test but closed once after a single one: nothing piles up, under any runner.
    {
      name: 'jest: opened per test, closed only in afterAll, in a suite of one test',
      code: `${jest}import pg from 'pg';\ndescribe('s', () => {\n  let client;\n  beforeEach(() => { client = new pg.Client(); });\n  afterAll(() => client.end());\n  it('a', () => {});\n});\nit('b', () => {});`,
    },

    // With no known runner, whether the process waits is not known: only the pile-up over later tests is reported.
    {
      name: 'unknown runner: a pool at the top of the file, never ended',
      code: `const pg = require('pg');\nconst pool = new pg.Pool();\nit('a', async () => {\n  await pool.query('select 1');\n});`,
    },
    {
      name: 'unknown runner: an interval started by the only test',
      code: `it('a', () => {\n  setInterval(tick, 100);\n});`,
    },
  ],
  invalid: [
    {
      name: 'jest: a pool opened in every test and closed only in afterAll piles up over the later tests',
      code: `import { describe, it, afterAll } from '@jest/globals';\nimport knex from 'knex';\ndescribe('s', () => {\n  let db;\n  afterAll(async () => {\n    await db.destroy();\n  });\n  it('a', async () => {\n    db = knex({ client: 'pg', connection: url });\n    await db.raw('select 1');\n  });\n  it('b', async () => {\n    db = knex({ client: 'pg', connection: url });\n    await db.raw('select 1');\n  });\n});`,
      errors: [
        // The last test leaves its pool to no later test: only the first one piles up.
        { messageId: 'closedTooLate', line: 9, column: 10 },
      ],
    },
    // jest, mocha and node:test wait: the test process never exits (checked: jest 30 in band, mocha 12 without
    // `--exit`, node:test on Node 20 each still running after 150 s).
    {
      name: 'jest: a pg client connected once and never ended: the fix adds afterAll',
      code: `${jest}import pg from 'pg';\nconst client = new pg.Client();\nbeforeAll(() => client.connect());\nit('a', async () => {\n  await client.query('select 1');\n});`,
      output: `${jest}import pg from 'pg';\nconst client = new pg.Client();\nbeforeAll(() => client.connect());\nafterAll(async () => {\n  await client.end();\n});\nit('a', async () => {\n  await client.query('select 1');\n});`,
      errors: [
        {
          messageId: 'neverClosed',
          line: 3,
          column: 16,
          data: { name: 'new pg.Client()', article: 'a', what: 'database connection', place: 'in afterAll' },
        },
      ],
    },
    {
      name: 'jest: knex with a config the file does not spell out is taken to open a pool',
      code: `${jest}import knex from 'knex';\nimport config from './knexfile';\nconst db = knex(config.test);\nit('a', async () => {\n  await db('users');\n});`,
      output: `${jest}import knex from 'knex';\nimport config from './knexfile';\nconst db = knex(config.test);\nafterAll(async () => {\n  await db.destroy();\n});\nit('a', async () => {\n  await db('users');\n});`,
      errors: [
        {
          messageId: 'neverClosed',
          line: 4,
          column: 12,
          data: { name: 'knex(…)', article: 'a', what: 'knex connection pool', place: 'in afterAll' },
        },
      ],
    },
    {
      name: 'jest: knex made in beforeAll, the close added to the existing afterAll',
      code: `${jest}import knex from 'knex';\nlet db;\nbeforeAll(() => {\n  db = knex({ client: 'pg', connection: url });\n});\nafterAll(() => {\n  log('done');\n});\nit('a', () => {});`,
      output: `${jest}import knex from 'knex';\nlet db;\nbeforeAll(() => {\n  db = knex({ client: 'pg', connection: url });\n});\nafterAll(async () => {\n  log('done');\n  await db.destroy();\n});\nit('a', () => {});`,
      errors: [
        { messageId: 'neverClosed', line: 5, column: 8, data: { name: 'knex(…)', article: 'a', what: 'knex connection pool', place: 'in afterAll' } },
      ],
    },
    {
      name: 'jest: an interval started by the only test, and unref is not a close',
      code: `${jest}it('a', () => {\n  const timer = setInterval(() => {}, 100);\n  timer.unref();\n});`,
      errors: [
        {
          messageId: 'neverClosed',
          line: 3,
          column: 17,
          data: { name: 'setInterval(…)', article: 'an', what: 'interval timer', place: 'in afterEach' },
        },
      ],
    },
    {
      name: 'jest: a client made before each of two tests: it piles up, and the process cannot exit',
      code: `${jest}import pg from 'pg';\nlet client;\nbeforeEach(() => {\n  client = new pg.Client();\n});\nit('a', () => {});\nit('b', () => {});`,
      output: `${jest}import pg from 'pg';\nlet client;\nbeforeEach(() => {\n  client = new pg.Client();\n});\nafterEach(async () => {\n  await client.end();\n});\nit('a', () => {});\nit('b', () => {});`,
      errors: [
        {
          messageId: 'neverClosedEachTest',
          line: 5,
          column: 12,
          data: { name: 'new pg.Client()', article: 'a', what: 'database connection', place: 'in afterEach' },
        },
      ],
    },
    {
      name: 'jest: requireFinally, a client closed after the assertions: a failing one leaves it connected, and the run hangs',
      code: `${jest}import pg from 'pg';\nit('a', async () => {\n  const client = new pg.Client();\n  await client.connect();\n  expect(await client.query('select 1')).toHaveLength(1);\n  await client.end();\n});`,
      options: [{ requireFinally: true }],
      errors: [{ messageId: 'closeSkippable', line: 4, column: 18, data: { name: 'new pg.Client()', article: 'a', what: 'database connection' } }],
    },
    {
      name: 'jest: opened per test, closed only in afterAll',
      code: `${jest}import pg from 'pg';\nlet client;\nbeforeEach(() => { client = new pg.Client(); });\nafterAll(() => client.end());\nit('a', () => {});\nit('b', () => {});`,
      errors: [{ messageId: 'closedTooLate', line: 4, column: 29 }],
    },
    {
      name: 'mocha: a server listening from before, never closed',
      code: `${mocha}import http from 'node:http';\nconst server = http.createServer(handler);\nbefore(() => {\n  server.listen(0);\n});\nit('a', () => {});`,
      output: `${mocha}import http from 'node:http';\nconst server = http.createServer(handler);\nbefore(() => {\n  server.listen(0);\n});\nafter(async () => {\n  await new Promise((resolve) => server.close(resolve));\n});\nit('a', () => {});`,
      errors: [
        {
          messageId: 'neverClosed',
          line: 5,
          column: 3,
          data: { name: 'server.listen(…)', article: 'a', what: 'listening HTTP server', place: 'in afterAll' },
        },
      ],
    },
    {
      name: 'node:test: an interval at the top of the file',
      code: `${nodeTest}const timer = setInterval(tick, 1000);\nit('a', () => {});`,
      errors: [
        {
          messageId: 'neverClosed',
          line: 2,
          column: 15,
          data: { name: 'setInterval(…)', article: 'an', what: 'interval timer', place: 'in afterAll' },
        },
      ],
    },

    // vitest: what each test opens is still open in the later tests of the file (checked: a port taken by one test
    // cannot be listened on by the next, and a socket per test leaves two connections open at the server).
    {
      name: 'vitest: a connection taken per test and never released, with a later test',
      code: `${vitest}import pg from 'pg';\nconst pool = new pg.Pool();\nafterAll(() => pool.end());\nit('a', async () => {\n  const client = await pool.connect();\n  await client.query('select 1');\n});\nit('b', () => {});`,
      errors: [
        {
          messageId: 'pilesUp',
          line: 6,
          column: 24,
          data: { name: 'pool.connect()', article: 'a', what: 'pooled connection', place: 'in afterEach' },
        },
      ],
    },
    {
      name: 'vitest: an interval started in a test, and unref is not a close',
      code: `${vitest}it('a', () => {\n  const timer = setInterval(() => {}, 100);\n  timer.unref();\n});\nit('b', () => {});`,
      errors: [
        { messageId: 'pilesUp', line: 3, column: 17, data: { name: 'setInterval(…)', article: 'an', what: 'interval timer', place: 'in afterEach' } },
      ],
    },
    {
      name: 'vitest: the last test of the file, run for each row',
      code: `${vitest}it.each([1, 2])('polls %i', () => {\n  setInterval(tick, 100);\n});`,
      errors: [{ messageId: 'pilesUp', line: 3, column: 3 }],
    },
    {
      name: 'vitest: the last test of the file, registered in a loop',
      code: `${vitest}for (const port of [3001, 3002]) {\n  it(\`polls \${port}\`, () => {\n    setInterval(tick, 100);\n  });\n}`,
      errors: [{ messageId: 'pilesUp', line: 4, column: 5 }],
    },
    {
      name: 'vitest: a client made before each of two tests: the fix adds afterEach',
      code: `${vitest}import pg from 'pg';\ndescribe('s', () => {\n  let client;\n  beforeEach(() => {\n    client = new pg.Client();\n  });\n  it('a', () => {});\n  it('b', () => {});\n});`,
      output: `${vitest}import pg from 'pg';\ndescribe('s', () => {\n  let client;\n  beforeEach(() => {\n    client = new pg.Client();\n  });\n  afterEach(async () => {\n    await client.end();\n  });\n  it('a', () => {});\n  it('b', () => {});\n});`,
      errors: [
        {
          messageId: 'pilesUp',
          line: 6,
          column: 14,
          data: { name: 'new pg.Client()', article: 'a', what: 'database connection', place: 'in afterEach' },
        },
      ],
    },
    {
      name: 'vitest: a beforeEach whose only test is followed by a later one outside its suite',
      code: `${vitest}import pg from 'pg';\ndescribe('s', () => {\n  let client;\n  beforeEach(() => {\n    client = new pg.Client();\n  });\n  it('a', () => {});\n});\nit('b', () => {});`,
      output: `${vitest}import pg from 'pg';\ndescribe('s', () => {\n  let client;\n  beforeEach(() => {\n    client = new pg.Client();\n  });\n  afterEach(async () => {\n    await client.end();\n  });\n  it('a', () => {});\n});\nit('b', () => {});`,
      errors: [{ messageId: 'pilesUp', line: 6, column: 14 }],
    },
    {
      name: 'vitest: a fixture whose only release is handing the connection to use',
      code: `import { afterAll, test as base } from 'vitest';\nimport pg from 'pg';\nconst pool = new pg.Pool();\nafterAll(() => pool.end());\nexport const test = base.extend({ db: async ({}, use) => { const client = await pool.connect(); await use(client); } });`,
      errors: [
        {
          messageId: 'pilesUp',
          line: 5,
          column: 81,
          data: { name: 'pool.connect()', article: 'a', what: 'pooled connection', place: 'in this fixture, after `use`' },
        },
      ],
    },
    {
      name: 'vitest: opened per test, closed only in afterAll',
      code: `${vitest}import pg from 'pg';\nlet client;\nbeforeEach(() => { client = new pg.Client(); });\nafterAll(() => client.end());\nit('a', () => {});\nit('b', () => {});`,
      errors: [{ messageId: 'closedTooLate', line: 4, column: 29, data: { name: 'new pg.Client()', article: 'a', what: 'database connection' } }],
    },
    {
      name: 'vitest with isolate: false: the worker runs later files with the client still connected',
      filename: sharedWorker,
      code: `${vitest}import pg from 'pg';\nconst client = new pg.Client();\nbeforeAll(() => client.connect());\nit('a', async () => {\n  await client.query('select 1');\n});`,
      output: `${vitest}import pg from 'pg';\nconst client = new pg.Client();\nbeforeAll(() => client.connect());\nafterAll(async () => {\n  await client.end();\n});\nit('a', async () => {\n  await client.query('select 1');\n});`,
      errors: [
        {
          messageId: 'outlivesFile',
          line: 3,
          column: 16,
          data: { name: 'new pg.Client()', article: 'a', what: 'database connection', runner: 'vitest', place: 'in afterAll' },
        },
      ],
    },

    // bun and Playwright end the run without waiting, but one process runs file after file (checked: a port left
    // listening by one file cannot be listened on by the next).
    {
      name: 'bun: a client at the top of the file, never ended',
      code: `${bun}import pg from 'pg';\nconst client = new pg.Client();\nbeforeAll(() => client.connect());\nit('a', async () => {\n  await client.query('select 1');\n});`,
      output: `${bun}import pg from 'pg';\nconst client = new pg.Client();\nbeforeAll(() => client.connect());\nafterAll(async () => {\n  await client.end();\n});\nit('a', async () => {\n  await client.query('select 1');\n});`,
      errors: [
        {
          messageId: 'outlivesFile',
          line: 3,
          column: 16,
          data: { name: 'new pg.Client()', article: 'a', what: 'database connection', runner: 'bun', place: 'in afterAll' },
        },
      ],
    },
    {
      name: 'bun: an interval started by the last test',
      code: `${bun}it('a', () => {\n  setInterval(tick, 100);\n});`,
      errors: [
        {
          messageId: 'outlivesFile',
          line: 3,
          column: 3,
          data: { name: 'setInterval(…)', article: 'an', what: 'interval timer', runner: 'bun', place: 'in afterEach' },
        },
      ],
    },
    {
      name: 'bun: an interval started by a test with a later one',
      code: `${bun}it('a', () => {\n  setInterval(tick, 100);\n});\nit('b', () => {});`,
      errors: [{ messageId: 'pilesUp', line: 3, column: 3 }],
    },
    {
      name: 'Playwright: a server listening from test.beforeAll, never closed',
      code: `${playwright}import http from 'node:http';\nconst server = http.createServer(handler);\ntest.beforeAll(() => {\n  server.listen(0);\n});\ntest('a', async () => {});`,
      errors: [
        {
          messageId: 'outlivesFile',
          line: 5,
          column: 3,
          data: { name: 'server.listen(…)', article: 'a', what: 'listening HTTP server', runner: 'Playwright', place: 'in afterAll' },
        },
      ],
    },

    // Unknown runner: the pile-up over later tests of the file holds under every runner checked.
    {
      name: 'unknown runner: an interval started by a test with a later one',
      code: `it('a', () => {\n  setInterval(tick, 100);\n});\nit('b', () => {});`,
      errors: [{ messageId: 'pilesUp', line: 2, column: 3 }],
    },
    {
      name: 'unknown runner: opened per test, closed only in afterAll',
      code: `const pg = require('pg');\nlet client;\nbeforeEach(() => { client = new pg.Client(); });\nafterAll(() => client.end());\nit('a', () => {});\nit('b', () => {});`,
      errors: [{ messageId: 'closedTooLate', line: 3, column: 29 }],
    },
  ],
});

// A test file of the fixture monorepo (it need not exist: its imports resolve from its folder), whose workspace package
// `@acme/testing` exports a pool factory and helpers that close the pool they are given.
const workspaceTest = path.resolve(import.meta.dirname, '../fixtures/projects/workspace-helpers/packages/api/test/inline.test.ts');
const acme = `import { it } from 'vitest';\nimport { closeAll, closePool, createPool, logCount, sharedPool } from '@acme/testing';\n`;
// Under jest, which cannot exit while a pool is open (vitest ends the file's worker, which closes it).
const acmeUnderJest = `import { it } from '@jest/globals';\nimport { createPool, logCount } from '@acme/testing';\n`;

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
    {
      name: 'a pool from an imported factory is not taken as opened by the test (left out for now: on sequelize’s suite most such reports were false)',
      code: `${acmeUnderJest}it('a', async () => {\n  const pool = createPool();\n  await pool.query('select 1');\n});`,
      filename: workspaceTest,
    },
    {
      name: 'from an imported factory, handed only to a helper that queries it',
      code: `${acmeUnderJest}it('a', async () => {\n  const pool = createPool();\n  await logCount(pool);\n});`,
      filename: workspaceTest,
    },
  ],
  invalid: [
    {
      name: 'a same-file helper that only queries what it is given',
      code: `${jest}import pg from 'pg';\nfunction count(p) {\n  return p.query('select 1');\n}\nit('a', async () => {\n  const pool = new pg.Pool();\n  await count(pool);\n});`,
      errors: [{ messageId: 'neverClosed', line: 7, column: 16 }],
    },
  ],
});
