import rule from '../../rules/no-sync-client';
import { ruleTester } from '../rule-tester';

const vitest = `import { test, expect } from 'vitest';\n`;
const supertest = `import request from 'supertest';\n`;

ruleTester.run('no-sync-client: blocking clients', rule, {
  valid: [
    { name: 'execSync running a build', code: `import { execSync } from 'node:child_process';\ntest('a', () => { execSync('npm run build'); });` },
    {
      name: 'execFileSync with a local tool',
      code: `import { execFileSync } from 'child_process';\ntest('a', () => { execFileSync('git', ['status']); });`,
    },
    {
      name: 'an asynchronous XMLHttpRequest',
      code: `test('a', () => { const xhr = new XMLHttpRequest(); xhr.open('GET', '/x', true); xhr.open('GET', '/y'); });`,
    },
    { name: 'the global fetch', code: `${vitest}test('a', async () => { await fetch('/x'); });` },
  ],
  invalid: [
    {
      name: 'sync-request',
      code: `import request from 'sync-request';\ntest('a', () => {\n  const res = request('GET', 'http://localhost:3000/users');\n});`,
      errors: [{ messageId: 'blockingClient', line: 3, column: 15 }],
    },
    {
      name: 'sync-fetch: await fetch is suggested',
      code: `import fetchSync from 'sync-fetch';\ntest('a', () => {\n  const users = fetchSync('http://localhost:3000/users').json();\n});`,
      errors: [
        {
          messageId: 'blockingClient',
          line: 3,
          suggestions: [
            {
              messageId: 'suggestFetch',
              output: `import fetchSync from 'sync-fetch';\ntest('a', async () => {\n  const users = (await fetch('http://localhost:3000/users')).json();\n});`,
            },
          ],
        },
      ],
    },
    {
      name: 'execSync and spawnSync making network requests',
      code: `const { execSync, spawnSync } = require('child_process');\nit('a', () => {\n  execSync('curl -s http://localhost:3000/health');\n  spawnSync('wget', ['-q', 'http://localhost:3000']);\n  execSync(\`curl \${url}\`);\n});`,
      errors: [
        { messageId: 'blockingClient', line: 3 },
        { messageId: 'blockingClient', line: 4 },
        { messageId: 'blockingClient', line: 5 },
      ],
    },
    {
      name: 'a synchronous XMLHttpRequest and Atomics.wait',
      code: `it('a', () => {\n  const xhr = new XMLHttpRequest();\n  xhr.open('GET', '/users', false);\n  Atomics.wait(view, 0, 0, 100);\n});`,
      errors: [
        { messageId: 'blockingClient', line: 3 },
        { messageId: 'blockingClient', line: 4 },
      ],
    },
  ],
});

ruleTester.run('no-sync-client: callback-style clients', rule, {
  valid: [
    { name: 'an awaited supertest chain', code: `${vitest}${supertest}test('a', async () => { await request(app).get('/').expect(200); });` },
    {
      name: "by default, a request handed the test's done: mocha gets its error through done (correct code)",
      code: `${supertest}it('lists users', (done) => {\n  request(app).get('/users').expect(200, done);\n});\nit('ends', function (done) {\n  request(app).get('/users').expect(200).end(done);\n});`,
    },
    {
      name: 'a test that returns a promise the callback settles: it waits, and fails on what the callback throws (node:test, checked)',
      code: `import { test } from 'node:test';\nimport http from 'node:http';\ntest('answers', (t) => {\n  let answered;\n  const done = new Promise((resolve) => { answered = resolve; });\n  http.get('http://localhost:3000/', (res) => {\n    t.assert.equal(res.statusCode, 200);\n    answered();\n  });\n  return done;\n});`,
    },
    {
      name: 'an async test that awaits after the request',
      code: `import { it } from 'mocha';\nimport http from 'node:http';\nit('answers', async () => {\n  const seen = once();\n  http.get('http://localhost:3000/', (res) => seen.resolve(res));\n  await seen.promise;\n});`,
    },
    { name: 'a callback client outside tests', code: `${supertest}export function ping(cb: () => void) { request(app).get('/').end(cb); }` },
    {
      name: "a fastify app's routes, hooks, plugins and error handler are the server's, not requests of the test",
      code: `import Fastify from 'fastify';\nimport test from 'node:test';\ntest('decorates', (t) => {\n  const app = Fastify();\n  app.register(async (instance) => { instance.decorate('x', 1); });\n  app.get('/', (request, reply) => { reply.send('ok'); });\n  app.addHook('onRequest', async (request) => {});\n  app.setErrorHandler((error, request, reply) => { reply.send(error); });\n  t.after(() => app.close());\n});`,
    },
    {
      name: 'a done test waits for done, and an assertion thrown in the callback fails it',
      code: `${supertest}it('lists users', (done) => {\n  request(app).get('/users').end((err, res) => {\n    expect(res.status).toBe(200);\n    done(err);\n  });\n});`,
    },
    {
      name: 'a callback client inside a throw check',
      code: `import { test } from 'node:test';\nimport assert from 'node:assert';\ntest('a', () => {\n  assert.throws(() => app.inject({ url: '/' }, () => {}));\n});`,
    },
    {
      name: '.catch(cb) on an awaited request is a promise method',
      code: `${vitest}${supertest}test('a', async () => {\n  await request(app).get('/').catch(() => {});\n});`,
    },
    {
      name: 'a lone function given to .expect asserts on the response',
      code: `${vitest}${supertest}test('a', () => {\n  return request(app).get('/').expect(200).expect((res) => {\n    expect(res.body).toEqual({});\n  });\n});`,
    },
    {
      name: 'a parameter that is a value, not a callback',
      code: `${vitest}${supertest}function strips(status: number) {\n  test('a', async () => {\n    await request(app).get('/').expect(status);\n  });\n}`,
    },
    {
      name: 'a callback request wrapped in a promise the test awaits',
      code: `import http from 'node:http';\nit('a', async () => {\n  const body = await new Promise((resolve, reject) => {\n    http.get('http://localhost:3000/', (res) => resolve(res.statusCode)).on('error', reject);\n  });\n  expect(body).toBe(200);\n});`,
    },
    {
      name: 'a request function that forwards the callback its caller gives it',
      code: `import http from 'node:http';\nit('a', async () => {\n  const request = (url, options, callback) => http.request(url, options, callback);\n  await client.get('/', { request });\n});`,
    },
    {
      name: 'a pg query with a callback is not an HTTP client',
      code: `import { Pool } from 'pg';\nconst pool = new Pool();\nit('a', (done) => { pool.query('select 1', done); });`,
    },
  ],
  invalid: [
    {
      name: 'supertest .expect(200, done) alone (preferAwait, as strict sets it): the fix awaits the chain and drops done',
      code: `${supertest}it('lists users', (done) => {\n  request(app).get('/users').expect(200, done);\n});`,
      output: `${supertest}it('lists users', async () => {\n  await request(app).get('/users').expect(200);\n});`,
      options: [{ preferAwait: true }],
      errors: [{ messageId: 'callbackClient', line: 3, column: 3, data: { name: 'request(…).get(…).expect' } }],
    },
    {
      name: "the same with done named otherwise: it is the test's done whatever its name",
      code: `${supertest}it('lists users', (finished) => {\n  request(app).get('/users').expect(200, finished);\n});`,
      output: `${supertest}it('lists users', async () => {\n  await request(app).get('/users').expect(200);\n});`,
      options: [{ preferAwait: true }],
      errors: [{ messageId: 'callbackClient', line: 3, column: 3, data: { name: 'request(…).get(…).expect' } }],
    },
    {
      name: 'supertest .end(done) alone',
      code: `${supertest}it('lists users', function (done) {\n  request(app).get('/users').expect(200).end(done);\n});`,
      output: `${supertest}it('lists users', async function () {\n  await request(app).get('/users').expect(200);\n});`,
      options: [{ preferAwait: true }],
      errors: [{ messageId: 'callbackClient', line: 3 }],
    },
    {
      name: '.end with a handler that asserts, in a test without done: no fix',
      code: `${supertest}it('lists users', () => {\n  request(app).get('/users').end((err, res) => {\n    expect(res.status).toBe(200);\n  });\n});`,
      errors: [{ messageId: 'callbackClient', line: 3 }],
    },
    {
      name: 'fastify inject with a callback whose error is only asserted empty',
      code: `${vitest}test('health', () => {\n  app.inject({ method: 'GET', url: '/health' }, (err, res) => {\n    expect(err).toBeNull();\n    expect(res.statusCode).toBe(200);\n  });\n});`,
      output: `${vitest}test('health', async () => {\n  const res = await app.inject({ method: 'GET', url: '/health' });\n  expect(res.statusCode).toBe(200);\n});`,
      errors: [{ messageId: 'callbackClient', line: 3 }],
    },
    {
      name: "a fastify app's own listen with a callback in a test that neither takes done nor waits",
      code: `import Fastify from 'fastify';\nimport test from 'node:test';\ntest('listens', (t) => {\n  const app = Fastify();\n  app.listen({ port: 0 }, (err) => {\n    t.assert.ifError(err);\n  });\n});`,
      errors: [{ messageId: 'callbackClient', line: 5, column: 3 }],
    },
    {
      name: 'http.get with a callback in a test',
      code: `import http from 'node:http';\nit('a', () => {\n  http.get('http://localhost:3000/', (res) => { expect(res.statusCode).toBe(200); });\n});`,
      errors: [{ messageId: 'callbackClient', line: 3 }],
    },
  ],
});
