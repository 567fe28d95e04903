import { readFileSync } from 'node:fs';
import path from 'node:path';
import rule from '../../rules/await-async-calls';
import { lateFailuresTester, ruleTester } from '../rule-tester';

const vitest = `import { describe, it, test, expect, vi, beforeEach, afterEach } from 'vitest';\n`;
const supertest = `import request from 'supertest';\n`;

lateFailuresTester.run('await-async-calls: async matchers', rule, {
  valid: [
    {
      name: 'vitest only type-checks a *.spec-d.ts file: nothing in it runs',
      filename: 'types.spec-d.ts',
      code: `${vitest}test('a', () => { expect(load()).resolves.toBe(1); });`,
    },
    { name: 'awaited .resolves', code: `${vitest}test('a', async () => { await expect(load()).resolves.toBe(1); });` },
    { name: 'returned .rejects', code: `${vitest}test('a', () => { return expect(load()).rejects.toThrow(); });` },
    { name: 'arrow body returns the assertion', code: `${vitest}test('a', () => expect(load()).resolves.toBe(1));` },
    { name: 'synchronous matcher', code: `${vitest}test('a', () => { expect(1).toBe(1); });` },
    { name: 'expect.poll awaited', code: `${vitest}test('a', async () => { await expect.poll(() => count()).toBe(3); });` },
    { name: 'void on a plain promise is deliberate', code: `${vitest}test('a', () => { void fetch('/warm-up'); });` },
    { name: 'passed to Promise.all', code: `${vitest}test('a', async () => { await Promise.all([expect(a()).resolves.toBe(1)]); });` },
    { name: 'module top level is not a test', code: `${vitest}expect(load()).resolves.toBe(1);` },
    { name: 'describe body is not a test', code: `${vitest}describe('s', () => { fetch('/x'); });` },
    {
      name: 'a local expect that shadows the runner is not an assertion',
      code: `${vitest}test('a', () => { const expect = (x: unknown) => ({ resolves: { toBe: (y: unknown) => y } }); expect(1).resolves.toBe(1); });`,
    },
  ],
  invalid: [
    {
      name: 'vitest: .resolves not awaited; the fix awaits and makes the test async',
      code: `${vitest}test('loads', () => {\n  expect(load()).resolves.toBe(1);\n});`,
      output: `${vitest}test('loads', async () => {\n  await expect(load()).resolves.toBe(1);\n});`,
      errors: [{ messageId: 'unawaitedAssertion', line: 3, column: 3, endLine: 3, endColumn: 34 }],
    },
    {
      name: 'vitest: .rejects in an async test; only await is inserted',
      code: `${vitest}it('fails', async () => {\n  expect(save()).rejects.toThrow('nope');\n});`,
      output: `${vitest}it('fails', async () => {\n  await expect(save()).rejects.toThrow('nope');\n});`,
      errors: [{ messageId: 'unawaitedAssertion', line: 3, column: 3 }],
    },
    {
      name: 'vitest: .not.rejects, expect.soft and expect.poll',
      code: `${vitest}test('x', async () => {\n  expect.soft(a()).resolves.not.toBe(2);\n  expect.poll(() => b()).toBe(3);\n  expect(c()).not.rejects;\n});`,
      output: `${vitest}test('x', async () => {\n  await expect.soft(a()).resolves.not.toBe(2);\n  await expect.poll(() => b()).toBe(3);\n  expect(c()).not.rejects;\n});`,
      errors: [
        { messageId: 'unawaitedAssertion', line: 3, column: 3 },
        { messageId: 'unawaitedAssertion', line: 4, column: 3 },
      ],
    },
    {
      name: 'vitest browser: expect.element',
      code: `${vitest}test('x', async () => {\n  expect.element(page.getByText('Hi')).toBeVisible();\n});`,
      output: `${vitest}test('x', async () => {\n  await expect.element(page.getByText('Hi')).toBeVisible();\n});`,
      errors: [{ messageId: 'unawaitedAssertion', line: 3 }],
    },
    {
      name: 'vitest: toMatchFileSnapshot is async',
      code: `${vitest}test('x', async () => {\n  expect(html).toMatchFileSnapshot('./page.html');\n});`,
      output: `${vitest}test('x', async () => {\n  await expect(html).toMatchFileSnapshot('./page.html');\n});`,
      errors: [{ messageId: 'unawaitedAssertion', line: 3 }],
    },
    {
      name: 'void on an async assertion',
      code: `${vitest}test('x', () => {\n  void expect(load()).rejects.toThrow();\n});`,
      output: `${vitest}test('x', async () => {\n  await expect(load()).rejects.toThrow();\n});`,
      errors: [{ messageId: 'voidAssertion', line: 3, column: 3 }],
    },
    {
      name: 'jest globals: .resolves in a hook',
      code: `beforeEach(() => {\n  expect(seed()).resolves.toBeUndefined();\n});`,
      output: `beforeEach(async () => {\n  await expect(seed()).resolves.toBeUndefined();\n});`,
      errors: [{ messageId: 'unawaitedAssertion', line: 2 }],
    },
    {
      name: 'chai-as-promised: eventually, fulfilled, rejectedWith',
      code: `import { expect } from 'chai';\nit('x', async () => {\n  expect(p).to.eventually.equal(1);\n  expect(q).to.be.fulfilled;\n  expect(r).to.be.rejectedWith(Error);\n});`,
      output: `import { expect } from 'chai';\nit('x', async () => {\n  await expect(p).to.eventually.equal(1);\n  await expect(q).to.be.fulfilled;\n  await expect(r).to.be.rejectedWith(Error);\n});`,
      errors: [
        { messageId: 'unawaitedAssertion', line: 3 },
        { messageId: 'unawaitedAssertion', line: 4 },
        { messageId: 'unawaitedAssertion', line: 5 },
      ],
    },
    {
      name: 'chai should with chai-as-promised',
      code: `import chai from 'chai';\nimport chaiAsPromised from 'chai-as-promised';\nit('x', async () => {\n  load().should.eventually.have.length(2);\n});`,
      output: `import chai from 'chai';\nimport chaiAsPromised from 'chai-as-promised';\nit('x', async () => {\n  await load().should.eventually.have.length(2);\n});`,
      errors: [{ messageId: 'unawaitedAssertion', line: 4 }],
    },
  ],
});

lateFailuresTester.run('await-async-calls: test clients', rule, {
  valid: [
    { name: 'supertest awaited', code: `${vitest}${supertest}test('a', async () => { await request(app).get('/').expect(200); });` },
    { name: 'supertest returned', code: `${vitest}${supertest}test('a', () => { return request(app).get('/').expect(200); });` },
    { name: 'supertest with end(cb) is callback style', code: `${vitest}${supertest}test('a', () => { request(app).get('/').end(() => {}); });` },
    {
      name: "undici's request with a callback returns nothing",
      code: `${vitest}import { request } from 'undici';\ntest('a', async () => {\n  request(url, {}, (err) => {});\n});`,
    },
    {
      name: "undici's request with a callback, through the module object",
      code: `${vitest}import * as undici from 'undici';\ntest('a', async () => {\n  undici.request(url, {}, (err) => {});\n});`,
    },
    {
      name: 'supertest .expect(status, done) is callback style',
      code: `${supertest}it('a', function (done) { request(app).get('/').expect(200, done); });`,
    },
    {
      name: 'supertest .end(handler) with a same-file function',
      code: `${supertest}function check(err: unknown) {}\nit('a', () => { request(app).get('/').end(check); });`,
    },
    {
      name: 'a promise stored and awaited later',
      code: `${vitest}${supertest}test('a', async () => {\n  const pending = request(app).get('/');\n  await doOther();\n  const res = await pending;\n  expect(res.status).toBe(200);\n});`,
    },
    { name: 'fastify inject with a callback', code: `${vitest}test('a', () => { app.inject({ url: '/' }, (err, res) => {}); });` },
    { name: 'Angular-style inject is not a request', code: `${vitest}test('a', () => { TestBed.inject(Service); });` },
    { name: 'a local fetch shadows the global', code: `${vitest}const fetch = (url: string) => url.length;\ntest('a', () => { fetch('/x'); });` },
  ],
  invalid: [
    {
      name: 'supertest chain',
      code: `${vitest}${supertest}test('GET /users', () => {\n  request(app).get('/users').expect(200);\n});`,
      output: `${vitest}${supertest}test('GET /users', async () => {\n  await request(app).get('/users').expect(200);\n});`,
      errors: [{ messageId: 'unawaited', line: 4, column: 3, endLine: 4, endColumn: 41, data: { expression: 'request(…).get(…).expect(…)' } }],
    },
    {
      name: 'a supertest chain ending in an assertion function is still a request to await',
      code: `${vitest}${supertest}test('GET /users', () => {\n  request(app).get('/users').expect((res) => expect(res.body).toEqual([]));\n});`,
      output: `${vitest}${supertest}test('GET /users', async () => {\n  await request(app).get('/users').expect((res) => expect(res.body).toEqual([]));\n});`,
      errors: [{ messageId: 'unawaited', line: 4, column: 3, data: { expression: 'request(…).get(…).expect(…)' } }],
    },
    {
      name: 'supertest agent stored in a variable',
      code: `${vitest}${supertest}const agent = request.agent(app);\ntest('x', async () => {\n  agent.post('/login').send({ a: 1 });\n});`,
      output: `${vitest}${supertest}const agent = request.agent(app);\ntest('x', async () => {\n  await agent.post('/login').send({ a: 1 });\n});`,
      errors: [{ messageId: 'unawaited', line: 5 }],
    },
    {
      name: 'require form of supertest',
      code: `const request = require('supertest');\nit('x', async () => {\n  request(app).delete('/x');\n});`,
      output: `const request = require('supertest');\nit('x', async () => {\n  await request(app).delete('/x');\n});`,
      errors: [{ messageId: 'unawaited', line: 3 }],
    },
    {
      name: 'fastify inject without a callback, app from a helper',
      code: `${vitest}import { build } from './app';\ntest('x', async () => {\n  const app = await build();\n  app.inject({ method: 'GET', url: '/health' });\n});`,
      output: `${vitest}import { build } from './app';\ntest('x', async () => {\n  const app = await build();\n  await app.inject({ method: 'GET', url: '/health' });\n});`,
      errors: [{ messageId: 'unawaited', line: 5 }],
    },
    {
      name: 'fastify instance made in the file, inject chain',
      code: `${vitest}import Fastify from 'fastify';\nconst app = Fastify();\ntest('x', async () => {\n  app.inject().get('/').end();\n});`,
      output: `${vitest}import Fastify from 'fastify';\nconst app = Fastify();\ntest('x', async () => {\n  await app.inject().get('/').end();\n});`,
      errors: [{ messageId: 'unawaited', line: 5 }],
    },
    {
      name: 'hono app.request and testClient',
      code: `${vitest}import { Hono } from 'hono';\nimport { testClient } from 'hono/testing';\nconst app = new Hono();\ntest('x', async () => {\n  app.request('/posts');\n  testClient(app).posts.$get();\n});`,
      output: `${vitest}import { Hono } from 'hono';\nimport { testClient } from 'hono/testing';\nconst app = new Hono();\ntest('x', async () => {\n  await app.request('/posts');\n  await testClient(app).posts.$get();\n});`,
      errors: [
        { messageId: 'unawaited', line: 6 },
        { messageId: 'unawaited', line: 7 },
      ],
    },
    {
      name: 'global fetch and undici request',
      code: `${vitest}import { request as undiciRequest } from 'undici';\ntest('x', async () => {\n  fetch('http://localhost/x');\n  undiciRequest('http://localhost/y');\n});`,
      output: `${vitest}import { request as undiciRequest } from 'undici';\ntest('x', async () => {\n  await fetch('http://localhost/x');\n  await undiciRequest('http://localhost/y');\n});`,
      errors: [
        { messageId: 'unawaited', line: 4 },
        { messageId: 'unawaited', line: 5 },
      ],
    },
    {
      name: 'supertest .expect(status, body) with a body variable is still a promise',
      code: `${supertest}const expected = { ok: true };\nit('a', async () => {\n  request(app).get('/').expect(200, expected);\n});`,
      output: `${supertest}const expected = { ok: true };\nit('a', async () => {\n  await request(app).get('/').expect(200, expected);\n});`,
      errors: [{ messageId: 'unawaited', line: 4 }],
    },
    {
      name: 'a done test that calls done at once leaves the request pending; the fix awaits it instead of calling done',
      code: `${supertest}it('a', (done) => {\n  request(app).get('/').expect(200);\n  done();\n});`,
      output: `${supertest}it('a', async () => {\n  await request(app).get('/').expect(200);\n});`,
      errors: [{ messageId: 'unawaited', line: 3, column: 3 }],
    },
    {
      name: 'a stored request read as if resolved',
      code: `${vitest}${supertest}test('x', async () => {\n  const res = request(app).get('/');\n  expect(res.status).toBe(200);\n});`,
      output: `${vitest}${supertest}test('x', async () => {\n  const res = await request(app).get('/');\n  expect(res.status).toBe(200);\n});`,
      errors: [{ messageId: 'storedNeverAwaited', line: 4, column: 15, data: { name: 'res', expression: 'request(…).get(…)' } }],
    },
  ],
});

lateFailuresTester.run('await-async-calls: runner APIs', rule, {
  valid: [
    {
      name: 'node:test top-level test() belongs to the runner',
      code: `import test from 'node:test';\ntest('a', () => {});\ntest('b', async (t) => { await t.test('c', () => {}); });`,
    },
    { name: 'vi.waitFor awaited', code: `${vitest}test('a', async () => { await vi.waitFor(() => expect(x).toBe(1)); });` },
    { name: 'synchronous timer API', code: `${vitest}test('a', () => { vi.advanceTimersByTime(100); });` },
    {
      name: 'Playwright locator creation is synchronous',
      code: `import { test } from '@playwright/test';\ntest('a', async ({ page }) => { page.locator('#x'); page.getByRole('button'); });`,
    },
  ],
  invalid: [
    {
      name: 'vitest async timers and waitFor',
      code: `${vitest}test('x', async () => {\n  vi.advanceTimersByTimeAsync(100);\n  vi.waitFor(() => expect(spy).toHaveBeenCalled());\n});`,
      output: `${vitest}test('x', async () => {\n  await vi.advanceTimersByTimeAsync(100);\n  await vi.waitFor(() => expect(spy).toHaveBeenCalled());\n});`,
      errors: [
        { messageId: 'unawaited', line: 3 },
        { messageId: 'unawaited', line: 4 },
      ],
    },
    {
      name: 'jest runAllTimersAsync',
      code: `import { jest, test } from '@jest/globals';\ntest('x', async () => {\n  jest.runAllTimersAsync();\n});`,
      output: `import { jest, test } from '@jest/globals';\ntest('x', async () => {\n  await jest.runAllTimersAsync();\n});`,
      errors: [{ messageId: 'unawaited', line: 3 }],
    },
    {
      name: 'node:test subtest and assert.rejects',
      code: `import test from 'node:test';\nimport assert from 'node:assert/strict';\ntest('outer', async (t) => {\n  t.test('inner', () => {});\n  assert.rejects(load());\n});`,
      output: `import test from 'node:test';\nimport assert from 'node:assert/strict';\ntest('outer', async (t) => {\n  await t.test('inner', () => {});\n  await assert.rejects(load());\n});`,
      errors: [
        { messageId: 'unawaited', line: 4 },
        { messageId: 'unawaitedAssertion', line: 5 },
      ],
    },
    {
      name: 'Playwright page actions, web-first assertions and test.step',
      code: `import { test, expect } from '@playwright/test';\ntest('login', async ({ page }) => {\n  page.goto('/login');\n  page.getByLabel('Email').fill('a@b.c');\n  expect(page.getByText('Welcome')).toBeVisible();\n  test.step('logout', async () => {});\n});`,
      output: `import { test, expect } from '@playwright/test';\ntest('login', async ({ page }) => {\n  await page.goto('/login');\n  await page.getByLabel('Email').fill('a@b.c');\n  await expect(page.getByText('Welcome')).toBeVisible();\n  await test.step('logout', async () => {});\n});`,
      errors: [
        { messageId: 'unawaited', line: 3 },
        { messageId: 'unawaited', line: 4 },
        { messageId: 'unawaitedAssertion', line: 5 },
        { messageId: 'unawaited', line: 6 },
      ],
    },
    {
      name: 'testing-library async queries, waitFor and user-event',
      code: `${vitest}import { screen, waitFor } from '@testing-library/react';\nimport userEvent from '@testing-library/user-event';\ntest('x', async () => {\n  const user = userEvent.setup();\n  user.click(screen.getByRole('button'));\n  screen.findByText('Saved');\n  waitFor(() => expect(spy).toHaveBeenCalled());\n});`,
      output: `${vitest}import { screen, waitFor } from '@testing-library/react';\nimport userEvent from '@testing-library/user-event';\ntest('x', async () => {\n  const user = userEvent.setup();\n  await user.click(screen.getByRole('button'));\n  await screen.findByText('Saved');\n  await waitFor(() => expect(spy).toHaveBeenCalled());\n});`,
      errors: [
        { messageId: 'unawaited', line: 6 },
        { messageId: 'unawaited', line: 7 },
        { messageId: 'unawaited', line: 8 },
      ],
    },
    {
      name: 'fs/promises, timers/promises, new Promise and Promise.all',
      code: `${vitest}import { readFile } from 'node:fs/promises';\nimport { setTimeout as sleep } from 'node:timers/promises';\ntest('x', async () => {\n  readFile('a.txt');\n  sleep(10);\n  new Promise((resolve) => setTimeout(resolve, 10));\n  Promise.all([a(), b()]);\n});`,
      output: `${vitest}import { readFile } from 'node:fs/promises';\nimport { setTimeout as sleep } from 'node:timers/promises';\ntest('x', async () => {\n  await readFile('a.txt');\n  await sleep(10);\n  await new Promise((resolve) => setTimeout(resolve, 10));\n  await Promise.all([a(), b()]);\n});`,
      errors: [
        { messageId: 'unawaited', line: 5 },
        { messageId: 'unawaited', line: 6 },
        { messageId: 'unawaited', line: 7 },
        { messageId: 'unawaited', line: 8 },
      ],
    },
  ],
});

lateFailuresTester.run('await-async-calls: same-file helpers and settings', rule, {
  valid: [
    {
      name: 'a sync function with an async-sounding name',
      code: `${vitest}function fetchUsers() { return [1, 2]; }\ntest('a', () => { fetchUsers(); });`,
    },
    {
      name: 'a helper that returns a plain value from a promise-looking name',
      code: `${vitest}const loadUsers = () => users.slice();\ntest('a', () => { loadUsers(); });`,
    },
    {
      name: 'asyncFunctions setting for another module does not match',
      code: `${vitest}import { seed } from './other';\ntest('a', () => { seed(); });`,
      settings: { 'async-test': { asyncFunctions: [{ name: 'seed', module: './db' }] } },
    },
    {
      name: 'an async helper started in a React effect of a component the test renders',
      code: `${vitest}import { useEffect } from 'react';\ntest('a', () => {\n  function Profile() {\n    useEffect(() => {\n      async function load() { await fetch('/me'); }\n      load();\n    }, []);\n    return null;\n  }\n  render(Profile);\n});`,
    },
    {
      name: 'React.useLayoutEffect through the default import',
      code: `${vitest}import React from 'react';\ntest('a', () => {\n  function Profile() {\n    React.useLayoutEffect(() => { fetch('/me'); }, []);\n    return null;\n  }\n  render(Profile);\n});`,
    },
  ],
  invalid: [
    {
      name: 'an async helper declared in the file',
      code: `${vitest}async function createUser() { return 1; }\ntest('x', () => {\n  createUser();\n});`,
      output: `${vitest}async function createUser() { return 1; }\ntest('x', async () => {\n  await createUser();\n});`,
      errors: [{ messageId: 'unawaited', line: 4 }],
    },
    {
      name: 'fixed point: a sync helper returning an async helper',
      code: `${vitest}${supertest}const login = () => request(app).post('/login');\nfunction loginTwice() { return login(); }\ntest('x', async () => {\n  loginTwice();\n});`,
      output: `${vitest}${supertest}const login = () => request(app).post('/login');\nfunction loginTwice() { return login(); }\ntest('x', async () => {\n  await loginTwice();\n});`,
      errors: [{ messageId: 'unawaited', line: 6 }],
    },
    {
      name: 'object method helpers',
      code: `${vitest}const api = { async createPost() { return 1; } };\ntest('x', async () => {\n  api.createPost();\n});`,
      output: `${vitest}const api = { async createPost() { return 1; } };\ntest('x', async () => {\n  await api.createPost();\n});`,
      errors: [{ messageId: 'unawaited', line: 4 }],
    },
    {
      name: 'unawaited work inside a helper that tests call: suggestion only',
      code: `${vitest}${supertest}async function seed() {\n  request(app).post('/reset');\n}\ntest('x', async () => { await seed(); });`,
      output: null,
      errors: [
        {
          messageId: 'unawaited',
          line: 4,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `${vitest}${supertest}async function seed() {\n  await request(app).post('/reset');\n}\ntest('x', async () => { await seed(); });`,
            },
          ],
        },
      ],
    },
    {
      name: 'asyncFunctions setting: a string and a module-scoped entry',
      code: `${vitest}import { db } from './db';\ntest('x', async () => {\n  seedDatabase();\n  db.reset();\n});`,
      output: `${vitest}import { db } from './db';\ntest('x', async () => {\n  await seedDatabase();\n  await db.reset();\n});`,
      settings: { 'async-test': { asyncFunctions: ['seedDatabase', { name: 'db.reset', module: './db' }] } },
      errors: [
        { messageId: 'unawaited', line: 4 },
        { messageId: 'unawaited', line: 5 },
      ],
    },
  ],
});

lateFailuresTester.run('await-async-calls: fixes and suggestions', rule, {
  valid: [
    {
      name: 'a done test that ends from a callback: the dropped request is deliberate',
      code: `it('a', (done) => {\n  server.on('request', () => done());\n  fetch('/x');\n});`,
    },
    {
      name: 'a dropped .then chain without assertions is a deliberate side effect',
      code: `${vitest}test('a', async () => {\n  let seen;\n  pending.then((v) => { seen = v; });\n  await flush();\n  expect(seen).toBe(1);\n});`,
    },
    {
      name: 'a dropped chain in a test that counts its assertions',
      code: `import test from 'node:test';\ntest('a', async (t) => {\n  t.plan(1);\n  ready().then((v) => t.assert.ok(v));\n  await settle();\n});`,
    },
    {
      name: 'toThrow on a plain function that returns a promise may still throw synchronously',
      code: `${vitest}test('a', () => { expect(() => app.request('/x')).toThrow(); });`,
    },
    {
      name: 'a promise checked with instanceof',
      code: `${vitest}test('a', async () => { const p = fetch('/'); expect(p instanceof Promise).toBe(true); await p; });`,
    },
    {
      name: 'a stored knex builder refined in place and awaited whole',
      code: `${vitest}import knex from 'knex';\nconst db = knex({});\ntest('a', async () => {\n  const query = db('users');\n  query.where('id', 1);\n  expect(query.toSQL().sql).toContain('where');\n  await query;\n});`,
    },
    {
      name: 'a builder made inside a throw check is there to throw',
      code: `${vitest}import knex from 'knex';\nconst db = knex({});\ntest('a', () => {\n  expect(() => { db('users').where(undefined); }).toThrow();\n});`,
    },
    {
      name: 'an identity check between two promises',
      code: `${vitest}test('a', async () => {\n  const p = fetch('/');\n  expect(p === cached).toBe(false);\n  await p;\n});`,
    },
    {
      name: 'a returned .then chain needs no report',
      code: `${vitest}test('a', () => { return fetch('/x').then((r) => expect(r.ok).toBe(true)); });`,
    },
  ],
  invalid: [
    {
      name: 'several reports in one callback: async is inserted once, the rest are fixed in later passes',
      code: `${vitest}${supertest}test('x', () => {\n  request(app).get('/a');\n  request(app).get('/b');\n});`,
      output: [
        `${vitest}${supertest}test('x', async () => {\n  await request(app).get('/a');\n  request(app).get('/b');\n});`,
        `${vitest}${supertest}test('x', async () => {\n  await request(app).get('/a');\n  await request(app).get('/b');\n});`,
      ],
      errors: [
        { messageId: 'unawaited', line: 4 },
        { messageId: 'unawaited', line: 5 },
      ],
    },
    {
      name: 'a function expression test and a method fixture',
      code: `${vitest}it('x', function () {\n  fetch('/a');\n});\nconst t2 = test.extend({ async db({}, use) { fetch('/b'); await use(1); } });`,
      output: `${vitest}it('x', async function () {\n  await fetch('/a');\n});\nconst t2 = test.extend({ async db({}, use) { await fetch('/b'); await use(1); } });`,
      errors: [
        { messageId: 'unawaited', line: 3 },
        { messageId: 'unawaited', line: 5 },
      ],
    },
    {
      name: 'a fixture method that is not async yet',
      code: `${vitest}const t2 = test.extend({ db({}, use) { fetch('/b'); return use(1); } });`,
      output: `${vitest}const t2 = test.extend({ async db({}, use) { await fetch('/b'); return use(1); } });`,
      errors: [{ messageId: 'unawaited', line: 2 }],
    },
    {
      name: 'parentheses where precedence needs them',
      code: `${vitest}test('x', async () => {\n  ready && fetch('/a');\n  (flag ? fetch('/b') : fetch('/c'));\n});`,
      output: `${vitest}test('x', async () => {\n  await (ready && fetch('/a'));\n  await (flag ? fetch('/b') : fetch('/c'));\n});`,
      errors: [
        { messageId: 'unawaited', line: 3 },
        { messageId: 'unawaited', line: 4 },
      ],
    },
    {
      name: 'a sequence drops each of its values',
      code: `${vitest}test('x', async () => {\n  expect(a()).resolves.toBe(1), expect(b()).rejects.toThrow();\n});`,
      output: `${vitest}test('x', async () => {\n  await expect(a()).resolves.toBe(1), await expect(b()).rejects.toThrow();\n});`,
      errors: [
        { messageId: 'unawaitedAssertion', line: 3, column: 3 },
        { messageId: 'unawaitedAssertion', line: 3, column: 33 },
      ],
    },
    {
      name: 'a stored promise in a condition is reported once, where it is stored',
      code: `${vitest}test('x', async () => {\n  const ready = fetch('/ready');\n  if (ready) {}\n});`,
      output: `${vitest}test('x', async () => {\n  const ready = await fetch('/ready');\n  if (ready) {}\n});`,
      errors: [{ messageId: 'storedNeverAwaited', line: 3 }],
    },
    {
      name: 'a .then chain started in a test, even with a rejection handler',
      code: `${vitest}test('x', () => {\n  load().then((v) => expect(v).toBe(1)).catch(() => {});\n});`,
      output: `${vitest}test('x', async () => {\n  await load().then((v) => expect(v).toBe(1)).catch(() => {});\n});`,
      errors: [{ messageId: 'unawaited', line: 3 }],
    },
    {
      name: 'jest done callback: the fix drops done with the async it adds (jest fails a test that takes done and returns a promise)',
      code: `it('x', (done) => {\n  fetch('/a');\n  done();\n});`,
      output: `it('x', async () => {\n  await fetch('/a');\n});`,
      errors: [{ messageId: 'unawaited', line: 2, column: 3 }],
    },
    {
      name: 'vitest: the context taken for done and called in the awaited chain goes in the same fix (vitest rejects done)',
      code: `${vitest}it('works', (done) => {\n  load().then((value) => {\n    expect(value).toBe(1);\n    done();\n  });\n});`,
      output: `${vitest}it('works', async () => {\n  await load().then((value) => {\n    expect(value).toBe(1);\n  });\n});`,
      errors: [{ messageId: 'unawaited', line: 3, column: 3 }],
    },
    {
      name: 'mocha: done in a function expression, called in the body',
      code: `import { it } from 'mocha';\nit('x', function (done) {\n  fetch('/a');\n  done();\n});`,
      output: `import { it } from 'mocha';\nit('x', async function () {\n  await fetch('/a');\n});`,
      errors: [{ messageId: 'unawaited', line: 3, column: 3 }],
    },
    {
      name: 'done also ends the test from elsewhere (passed to .catch): no fix, and no suggestion that keeps done in an async test',
      code: `${vitest}it('works', (done) => {\n  load().then((value) => {\n    expect(value).toBe(1);\n    done();\n  }).catch(done);\n});`,
      output: null,
      errors: [{ messageId: 'unawaited', line: 3, column: 3, suggestions: [] }],
    },
    {
      name: 'a timer callback in between: suggestion only',
      code: `${vitest}test('x', () => {\n  setTimeout(() => {\n    fetch('/a');\n  });\n});`,
      output: null,
      errors: [
        {
          messageId: 'unawaited',
          line: 4,
          suggestions: [
            { messageId: 'suggestAwait', output: `${vitest}test('x', () => {\n  setTimeout(async () => {\n    await fetch('/a');\n  });\n});` },
          ],
        },
      ],
    },
    {
      name: 'forEach(async …): for…of and Promise.all suggestions',
      code: `${vitest}${supertest}test('x', () => {\n  users.forEach(async (user) => {\n    await request(app).post('/users').send(user);\n  });\n});`,
      output: null,
      errors: [
        {
          messageId: 'forEachAsync',
          line: 4,
          column: 3,
          suggestions: [
            {
              messageId: 'suggestForOf',
              output: `${vitest}${supertest}test('x', async () => {\n  for (const user of users) {\n    await request(app).post('/users').send(user);\n  }\n});`,
            },
            {
              messageId: 'suggestPromiseAll',
              output: `${vitest}${supertest}test('x', async () => {\n  await Promise.all(users.map(async (user) => {\n    await request(app).post('/users').send(user);\n  }));\n});`,
            },
          ],
        },
      ],
    },
    {
      name: 'forEach with a promise-valued arrow body and an index: Promise.all only',
      code: `${vitest}test('x', async () => {\n  ids.forEach((id, i) => fetch('/' + id + i));\n});`,
      output: null,
      errors: [
        {
          messageId: 'forEachAsync',
          line: 3,
          suggestions: [
            {
              messageId: 'suggestPromiseAll',
              output: `${vitest}test('x', async () => {\n  await Promise.all(ids.map((id, i) => fetch('/' + id + i)));\n});`,
            },
          ],
        },
      ],
    },
    {
      name: 'map(async …) whose result is dropped',
      code: `${vitest}test('x', async () => {\n  ids.map(async (id) => remove(id));\n});`,
      output: null,
      errors: [
        {
          messageId: 'mapDropped',
          line: 3,
          suggestions: [
            {
              messageId: 'suggestPromiseAll',
              output: `${vitest}test('x', async () => {\n  await Promise.all(ids.map(async (id) => remove(id)));\n});`,
            },
          ],
        },
      ],
    },
  ],
});

lateFailuresTester.run('await-async-calls: shapes that hide a promise', rule, {
  valid: [
    {
      name: 'a chain followed by an await: observing a promise on purpose',
      code: `${vitest}test('a', async () => {\n  let seen;\n  deferred.then((value) => { seen = value; });\n  await tick();\n  expect(seen).toBe(1);\n});`,
    },
    {
      name: 'a chain whose callback sets what the test reads afterwards: checking that it has not settled yet',
      code: `${vitest}test('a', () => {\n  let resolved = false;\n  command.promise.then(() => {\n    resolved = true;\n  });\n  clock.tick(100);\n  expect(resolved).toBe(false);\n});`,
    },
    {
      name: "a chain that calls the test's parameter (vitest's context taken for done) is no-done-callback's report",
      code: `${vitest}test('a', (done) => {\n  saveUser({ name: 'ada' }).then(() => {\n    done();\n  });\n});`,
    },
    {
      name: 'a rejection silenced before awaiting something else',
      code: `${vitest}test('a', async () => {\n  const pending = fetch('/slow');\n  pending.catch(() => {});\n  await expect(fetch('/other')).resolves.toBeDefined();\n});`,
    },
    {
      name: 'a chain in a callback the test hands to a library starts at a time the test does not show',
      code: `${vitest}test('a', async () => {\n  const transition = vi.fn((cb) => {\n    Promise.resolve().then(() => cb());\n  });\n  await render(transition);\n});`,
    },
    { name: 'toThrow on a sync function', code: `${vitest}test('a', () => { expect(() => parse('x')).toThrow(); });` },
    { name: 'rejects.toThrow on a promise', code: `${vitest}test('a', async () => { await expect(load()).rejects.toThrow(); });` },
    { name: 'identity check on a promise', code: `${vitest}test('a', () => { const p = fetch('/'); expect(p).toBe(p); return p; });` },
    { name: 'an awaited condition', code: `${vitest}test('a', async () => { if (await fetch('/x')) {} });` },
  ],
  invalid: [
    {
      name: 'a chain the test ends before: its callbacks run after the test, even with a rejection handler',
      code: `${vitest}test('a', () => {\n  saveUser({ name: 'ada' })\n    .then((user) => audit(user))\n    .catch(() => {});\n});`,
      output: `${vitest}test('a', async () => {\n  await saveUser({ name: 'ada' })\n    .then((user) => audit(user))\n    .catch(() => {});\n});`,
      errors: [{ messageId: 'unawaited', line: 3, column: 3 }],
    },
    {
      name: 'an async function given to toThrow',
      code: `${vitest}test('x', () => {\n  expect(async () => { await save(); }).toThrow('invalid');\n});`,
      output: null,
      errors: [
        {
          messageId: 'asyncFunctionToSyncMatcher',
          line: 3,
          column: 10,
          suggestions: [
            {
              messageId: 'suggestRejects',
              output: `${vitest}test('x', async () => {\n  await expect((async () => { await save(); })()).rejects.toThrow('invalid');\n});`,
            },
          ],
        },
      ],
    },
    {
      name: 'an async function given to not.toThrow: the suggestion asserts that it resolves',
      code: `${vitest}test('x', async () => {\n  expect(async () => save()).not.toThrow();\n});`,
      output: null,
      errors: [
        {
          messageId: 'asyncFunctionToSyncMatcher',
          line: 3,
          column: 10,
          suggestions: [
            {
              messageId: 'suggestResolves',
              output: `${vitest}test('x', async () => {\n  await expect((async () => save())()).resolves.not.toThrow();\n});`,
            },
          ],
        },
      ],
    },
    {
      name: 'a promise in a condition, negated, compared and checked for truthiness',
      code: `${vitest}test('x', async () => {\n  if (fetch('/a')) {}\n  const missing = !fetch('/b');\n  const same = fetch('/c') === 1;\n  expect(fetch('/d')).toBeTruthy();\n});`,
      output: null,
      errors: [
        {
          messageId: 'promiseAsValue',
          line: 3,
          column: 7,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `${vitest}test('x', async () => {\n  if (await fetch('/a')) {}\n  const missing = !fetch('/b');\n  const same = fetch('/c') === 1;\n  expect(fetch('/d')).toBeTruthy();\n});`,
            },
          ],
        },
        {
          messageId: 'promiseAsValue',
          line: 4,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `${vitest}test('x', async () => {\n  if (fetch('/a')) {}\n  const missing = !await fetch('/b');\n  const same = fetch('/c') === 1;\n  expect(fetch('/d')).toBeTruthy();\n});`,
            },
          ],
        },
        {
          messageId: 'promiseAsValue',
          line: 5,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `${vitest}test('x', async () => {\n  if (fetch('/a')) {}\n  const missing = !fetch('/b');\n  const same = await fetch('/c') === 1;\n  expect(fetch('/d')).toBeTruthy();\n});`,
            },
          ],
        },
        {
          messageId: 'promiseAsValue',
          line: 6,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `${vitest}test('x', async () => {\n  if (fetch('/a')) {}\n  const missing = !fetch('/b');\n  const same = fetch('/c') === 1;\n  expect(await fetch('/d')).toBeTruthy();\n});`,
            },
          ],
        },
      ],
    },
  ],
});

lateFailuresTester.run('await-async-calls: inference from the same file', rule, {
  valid: [
    {
      name: 'off by default: a callee awaited elsewhere says nothing of this call',
      code: `${vitest}test('a', async () => {\n  await store.dispatch(fetchUser());\n  store.dispatch(reset());\n});`,
    },
    { name: 'an unknown call with no evidence is never reported', code: `${vitest}test('a', () => { db.insert({ id: 1 }); });` },
    {
      name: 'a different method of the same object is no evidence',
      options: [{ inferFromAwaitedCallee: true }],
      code: `${vitest}test('a', async () => { await db.connect(); db.insert({ id: 1 }); });`,
    },
    {
      name: 'a same-named method of another binding is no evidence',
      options: [{ inferFromAwaitedCallee: true }],
      code: `${vitest}test('a', async () => { await other.insert(1); db.insert({ id: 1 }); });`,
    },
    {
      name: 'the callback form of an API that is awaited elsewhere',
      options: [{ inferFromAwaitedCallee: true }],
      code: `${vitest}test('a', async () => {\n  await app.ready();\n  app.ready(() => order.push(1));\n  app.register(async (instance) => {});\n});`,
    },
    {
      name: 'a stored promise handed to a tagged template',
      options: [{ inferFromAwaitedCallee: true }],
      code: `${vitest}test('a', async () => {\n  const name = Promise.resolve('x');\n  expect((await html\`<p>\${name}</p>\`).toString()).toBe('<p>x</p>');\n});`,
    },
    {
      name: 'a concise arrow in a hook is no evidence',
      options: [{ inferFromAwaitedCallee: true }],
      code: `${vitest}import sinon from 'sinon';\nafterEach(() => sinon.restore());\ntest('a', () => { sinon.restore(); });`,
    },
    {
      name: 'mocha: `return done()` ends a test that takes done early; done() is no promise, nor is a helper returned there',
      options: [{ inferFromAwaitedCallee: true }],
      code: `import { it } from 'mocha';\nimport { seed } from './fixtures';\nit('a', (done) => {\n  if (skip) return done();\n  request.get('/').then(() => {\n    done();\n  });\n});\nit('b', (done) => {\n  if (skip) return seed(1);\n  seed(2);\n  done();\n});`,
    },
    {
      name: 'returned from a plain helper is no evidence',
      options: [{ inferFromAwaitedCallee: true }],
      code: `${vitest}function wrap() { return db.insert(1); }\ntest('a', () => { db.insert({ id: 1 }); });`,
    },
  ],
  invalid: [
    {
      name: 'awaited elsewhere in the file',
      options: [{ inferFromAwaitedCallee: true }],
      code: `${vitest}import { db } from './db';\nbeforeEach(async () => { await db.reset(); });\ntest('a', async () => {\n  db.reset();\n});`,
      output: `${vitest}import { db } from './db';\nbeforeEach(async () => { await db.reset(); });\ntest('a', async () => {\n  await db.reset();\n});`,
      errors: [{ messageId: 'unawaited', line: 5, column: 3 }],
    },
    {
      name: 'returned from a test with a return statement',
      options: [{ inferFromAwaitedCallee: true }],
      code: `${vitest}import { seed } from './fixtures';\ntest('a', () => {\n  return seed(1);\n});\ntest('b', async () => {\n  seed(2);\n});`,
      output: `${vitest}import { seed } from './fixtures';\ntest('a', () => {\n  return seed(1);\n});\ntest('b', async () => {\n  await seed(2);\n});`,
      errors: [{ messageId: 'unawaited', line: 7 }],
    },
    {
      name: 'chained with .then elsewhere (that chain, which ends the test, is dropped too)',
      options: [{ inferFromAwaitedCallee: true }],
      code: `${vitest}import { load } from './fixtures';\ntest('b', () => { load().then(() => {}); });\ntest('c', async () => {\n  load();\n});`,
      output: `${vitest}import { load } from './fixtures';\ntest('b', async () => { await load().then(() => {}); });\ntest('c', async () => {\n  await load();\n});`,
      errors: [
        { messageId: 'unawaited', line: 3 },
        { messageId: 'unawaited', line: 5 },
      ],
    },
  ],
});

// A test file of the fixture monorepo (it need not exist: its imports resolve from its folder), whose workspace package
// `@acme/testing` exports a `test.extend` test and async helpers.
const workspaceTest = path.resolve(import.meta.dirname, '../fixtures/projects/workspace-helpers/packages/api/test/inline.test.ts');

lateFailuresTester.run('await-async-calls: helpers from the project’s own modules', rule, {
  valid: [
    {
      name: 'an imported async helper awaited, in a test made by the package’s test.extend',
      code: `import { seed, test } from '@acme/testing';\ntest('a', async ({ db }) => {\n  await seed(db, 1);\n});`,
      filename: workspaceTest,
    },
    {
      name: 'an imported helper that returns a string is not claimed to be a promise',
      code: `import { describePool, test } from '@acme/testing';\ntest('a', ({ db }) => {\n  describePool(db);\n});`,
      filename: workspaceTest,
    },
    {
      name: 'an imported async helper that nothing in can throw: its promise always fulfils',
      code: `import { isEmpty, test } from '@acme/testing';\ntest('a', () => {\n  isEmpty(0);\n});`,
      filename: workspaceTest,
    },
    {
      name: 'the file mocks the package: what its helpers give is not what the module says',
      code: `import { vi } from 'vitest';\nimport { seed, test } from '@acme/testing';\nvi.mock('@acme/testing');\ntest('a', ({ db }) => {\n  seed(db, 1);\n});`,
      filename: workspaceTest,
    },
    {
      name: 'a relative import the file cannot reach (not on disk) is unknown',
      code: `import { it } from 'vitest';\nimport { seed } from './helpers';\nit('a', () => {\n  seed();\n});`,
      filename: 'file.test.ts',
    },
  ],
  invalid: [
    {
      name: 'an async helper of a workspace package, dropped in a test its test.extend made',
      code: `import { seed, test } from '@acme/testing';\ntest('a', async ({ db }) => {\n  seed(db, 1);\n});`,
      output: `import { seed, test } from '@acme/testing';\ntest('a', async ({ db }) => {\n  await seed(db, 1);\n});`,
      filename: workspaceTest,
      errors: [{ messageId: 'unawaited', line: 3, column: 3 }],
    },
    {
      name: 'a plain function returning a query’s promise, by relative path',
      code: `import { it } from 'vitest';\nimport { countUsers, createPool } from '../../testing/src/db';\nit('a', async () => {\n  countUsers(createPool());\n});`,
      output: `import { it } from 'vitest';\nimport { countUsers, createPool } from '../../testing/src/db';\nit('a', async () => {\n  await countUsers(createPool());\n});`,
      filename: workspaceTest,
      errors: [{ messageId: 'unawaited', line: 4, column: 3 }],
    },
    {
      name: 'through a tsconfig paths alias and a namespace import',
      code: `import { it } from 'vitest';\nimport * as db from '@helpers/db';\nit('a', async () => {\n  db.seed(db.sharedPool(), 1);\n});`,
      output: `import { it } from 'vitest';\nimport * as db from '@helpers/db';\nit('a', async () => {\n  await db.seed(db.sharedPool(), 1);\n});`,
      filename: workspaceTest,
      errors: [{ messageId: 'unawaited', line: 4, column: 3 }],
    },
  ],
});

const dbFixture = `async ({}, use) => {\n    const pool = new pg.Pool();\n    await use(pool);\n    await pool.end();\n  }`;

lateFailuresTester.run('await-async-calls: fixtures of test.extend', rule, {
  valid: [
    {
      name: 'the fixture’s query awaited',
      code: `import { test as base } from 'vitest';\nimport pg from 'pg';\nconst test = base.extend({\n  db: ${dbFixture},\n});\ntest('a', async ({ db }) => {\n  await db.query('select 1');\n});`,
    },
    {
      name: 'a fixture that hands use an object of its own: its methods are not known',
      code: `import { test as base } from 'vitest';\nconst test = base.extend({\n  db: async ({}, use) => {\n    await use({ query: () => 1 });\n  },\n});\ntest('a', ({ db }) => {\n  db.query('select 1');\n});`,
    },
    {
      name: 'a fixture that hands use different kinds is not known',
      code: `import { test as base } from 'vitest';\nimport pg from 'pg';\nconst test = base.extend({\n  db: async ({}, use) => {\n    if (process.env.CI) await use(new pg.Pool());\n    else await use({ query: () => 1 });\n  },\n});\ntest('a', ({ db }) => {\n  db.query('select 1');\n});`,
    },
    {
      name: 'a name the extension does not add is what the runner passes',
      code: `import { test as base } from 'vitest';\nimport pg from 'pg';\nconst test = base.extend({\n  db: ${dbFixture},\n});\ntest('a', ({ task }) => {\n  task.query('select 1');\n});`,
    },
  ],
  invalid: [
    {
      name: 'vitest: the pool a fixture hands to use, queried without await',
      code: `import { test as base } from 'vitest';\nimport pg from 'pg';\nconst test = base.extend({\n  db: ${dbFixture},\n});\ntest('a', async ({ db }) => {\n  db.query('select 1');\n});`,
      output: `import { test as base } from 'vitest';\nimport pg from 'pg';\nconst test = base.extend({\n  db: ${dbFixture},\n});\ntest('a', async ({ db }) => {\n  await db.query('select 1');\n});`,
      errors: [{ messageId: 'unawaited', line: 11, column: 3 }],
    },
    {
      name: 'Playwright: a worker fixture in the array form, in a modifier and a hook of the extended test',
      code: `import { test as base } from '@playwright/test';\nimport pg from 'pg';\nconst test = base.extend({\n  db: [${dbFixture}, { scope: 'worker' }],\n});\ntest.beforeEach(async ({ db }) => {\n  db.query('truncate users');\n});\ntest.only('a', async ({ db }) => {\n  db.query('select 1');\n});`,
      output: `import { test as base } from '@playwright/test';\nimport pg from 'pg';\nconst test = base.extend({\n  db: [${dbFixture}, { scope: 'worker' }],\n});\ntest.beforeEach(async ({ db }) => {\n  await db.query('truncate users');\n});\ntest.only('a', async ({ db }) => {\n  await db.query('select 1');\n});`,
      errors: [
        { messageId: 'unawaited', line: 11, column: 3 },
        { messageId: 'unawaited', line: 14, column: 3 },
      ],
    },
  ],
});

// Cypress commands enqueue work and return a chainer: the test ends when the queue is empty, so nothing is awaited.
lateFailuresTester.run('await-async-calls: Cypress', rule, {
  valid: [
    {
      name: 'cy commands in hooks and tests, with mocha’s before used before cy',
      code: `describe('settings', () => {\n  before(() => {\n    cy.task('db:seed');\n  });\n  it('saves', () => {\n    cy.visit('/settings');\n    cy.get('button').click();\n    cy.contains('Saved').should('be.visible');\n  });\n});`,
    },
    {
      name: 'cy.request(…).then(cb) is a command, not a floating promise',
      code: `it('is healthy', () => {\n  cy.request('/api/health').then((response) => {\n    expect(response.status).to.eq(200);\n  });\n});`,
    },
    {
      name: 'cy.wrap of a promise, cy.fixture, cy.window and cy.intercept chains',
      code: `it('loads', () => {\n  cy.intercept('GET', '/api/me').as('me');\n  cy.wrap(fetch('/api/me')).its('ok').should('be.true');\n  cy.fixture('user.json').then((user) => cy.get('h1').should('contain', user.name));\n  cy.window().then((win) => win.scrollTo(0, 0));\n});`,
    },
    {
      name: 'a same-file helper that returns a chain, and a custom command',
      code: `Cypress.Commands.add('login', (name) => {\n  cy.request('POST', '/login', { name });\n});\nfunction seed() {\n  return cy.task('db:seed').then(() => cy.log('seeded'));\n}\nit('logs in', () => {\n  seed();\n  cy.login('ada');\n});`,
    },
  ],
  invalid: [
    {
      name: 'a native promise in a Cypress test is not waited for',
      code: `it('resets', () => {\n  cy.visit('/');\n  fetch('/api/reset');\n});`,
      output: `it('resets', async () => {\n  cy.visit('/');\n  await fetch('/api/reset');\n});`,
      errors: [{ messageId: 'unawaited', line: 3, column: 3 }],
    },
  ],
});

const rejectionSetupTest = path.resolve(import.meta.dirname, '../fixtures/projects/mocha-rejection-setup/test/users.js');
const rejectionHandlerTest = path.resolve(import.meta.dirname, '../fixtures/projects/mocha-rejection-handler/test/users.js');

// The default (`recommended`): a dropped promise is reported only where the runner loses its failure. mocha 10 and 12
// drop a rejection nothing awaits; jest, vitest, node:test and Playwright report it, late (see the rule's doc).
ruleTester.run('await-async-calls: which runners lose a dropped promise’s failure', rule, {
  valid: [
    { name: 'vitest reports the rejection of a dropped fetch', code: `${vitest}test('x', async () => {\n  fetch('http://localhost/x');\n});` },
    {
      name: 'jest (from the settings) reports it too',
      settings: { 'async-test': { framework: 'jest' } },
      code: `test('x', () => {\n  fetch('http://localhost/x');\n});`,
    },
    { name: 'node:test fails the file on it', code: `import { test } from 'node:test';\ntest('x', () => {\n  fetch('http://localhost/x');\n});` },
    { name: 'an unknown runner is no evidence', code: `test('x', () => {\n  fetch('http://localhost/x');\n});` },
    {
      name: 'mocha, in a file that handles unhandled rejections itself (the run then fails on them)',
      code: `import { it } from 'mocha';\nprocess.on('unhandledRejection', (error) => {\n  throw error;\n});\nit('x', async () => {\n  fetch('http://localhost/x');\n});`,
    },
    {
      name: 'mocha, in a project whose setup file (--require) handles them',
      filename: rejectionSetupTest,
      code: readFileSync(rejectionSetupTest, 'utf8'),
    },
    {
      name: 'mocha, in a file that requires a project module that handles them',
      filename: rejectionHandlerTest,
      code: readFileSync(rejectionHandlerTest, 'utf8'),
    },
    { name: 'vitest waits for an unawaited async assertion itself', code: `${vitest}test('x', () => {\n  expect(load()).resolves.toBe(1);\n});` },
    {
      name: 'a dropped forEach under vitest',
      code: `${vitest}test('x', () => {\n  ['a', 'b'].forEach(async (url) => {\n    await fetch(url);\n  });\n});`,
    },
  ],
  invalid: [
    {
      name: 'mocha drops the rejection: reported and fixed',
      code: `import { it } from 'mocha';\nit('x', async () => {\n  fetch('http://localhost/x');\n});`,
      output: `import { it } from 'mocha';\nit('x', async () => {\n  await fetch('http://localhost/x');\n});`,
      errors: [{ messageId: 'unawaited', line: 3, column: 3 }],
    },
    {
      name: 'mocha, in a file of that project that requires no handler: lost',
      filename: rejectionHandlerTest.replace('users.js', 'plain.js'),
      code: readFileSync(rejectionHandlerTest.replace('users.js', 'plain.js'), 'utf8'),
      output: readFileSync(rejectionHandlerTest.replace('users.js', 'plain.js'), 'utf8').replace(
        '() => {\n  assert',
        'async () => {\n  await assert',
      ),
      errors: [{ messageId: 'unawaitedAssertion', line: 4, column: 3 }],
    },
    {
      name: 'mocha from the settings, a dropped chain',
      settings: { 'async-test': { framework: 'mocha' } },
      code: `it('x', async () => {\n  fetch('/a').then((response) => response.json());\n});`,
      output: `it('x', async () => {\n  await fetch('/a').then((response) => response.json());\n});`,
      errors: [{ messageId: 'unawaited', line: 2, column: 3 }],
    },
    {
      name: 'a lazy query never runs, under any runner',
      code: `${vitest}import knex from 'knex';\nconst db = knex({ client: 'pg' });\ntest('x', async () => {\n  db('users').insert({ id: 1 });\n});`,
      output: `${vitest}import knex from 'knex';\nconst db = knex({ client: 'pg' });\ntest('x', async () => {\n  await db('users').insert({ id: 1 });\n});`,
      errors: [{ messageId: 'unawaitedLazy', line: 5, column: 3 }],
    },
    {
      name: 'a promise checked as if it were its value, under vitest',
      code: `${vitest}test('x', async () => {\n  expect(fetch('http://localhost/x')).toBeTruthy();\n});`,
      errors: [
        {
          messageId: 'promiseAsValue',
          line: 3,
          column: 10,
          suggestions: [
            { messageId: 'suggestAwait', output: `${vitest}test('x', async () => {\n  expect(await fetch('http://localhost/x')).toBeTruthy();\n});` },
          ],
        },
      ],
    },
  ],
});
