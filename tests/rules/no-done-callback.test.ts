import rule from '../../rules/no-done-callback';
import { lateFailuresTester, ruleTester } from '../rule-tester';

const vitest = `import { test, beforeEach } from 'vitest';\n`;
const supertest = `import request from 'supertest';\n`;
// Files on globals whose runner the `framework` setting names (as a project's package.json would).
const jestSettings = { 'async-test': { framework: 'jest' } };

ruleTester.run('no-done-callback: vitest', rule, {
  valid: [
    {
      name: "unknown runner: a first parameter may be vitest's context, so nothing is claimed",
      code: `it('a', async (done) => {\n  await load();\n  done();\n});\nit('b', (done) => {\n  load();\n});`,
    },
    { name: 'the test context is not a done callback', code: `${vitest}test('a', (context) => { context.skip(); });` },
    { name: 'a destructured context', code: `${vitest}test('a', ({ expect }) => { expect(1).toBe(1); });` },
    { name: 'a parameter named done that is never called', code: `${vitest}test('a', (done) => { expect(done).toBeDefined(); });` },
  ],
  invalid: [
    {
      name: 'done called in a timer: the suggestion wraps the body in a promise',
      code: `${vitest}test('a', (done) => {\n  setTimeout(() => {\n    done();\n  }, 10);\n});`,
      output: null,
      errors: [
        {
          messageId: 'vitestDone',
          line: 2,
          column: 12,
          data: { name: 'done' },
          suggestions: [
            {
              messageId: 'suggestPromiseWrapper',
              output: `${vitest}test('a', () => {\n  return new Promise((resolve, reject) => {\n    const done = (error) => (error ? reject(error) : resolve());\n    setTimeout(() => {\n      done();\n    }, 10);\n  });\n});`,
            },
          ],
        },
      ],
    },
    {
      name: 'a hook with a callback parameter called cb',
      code: `${vitest}beforeEach((cb) => {\n  server.listen(0, cb);\n  cb();\n});`,
      output: null,
      errors: [
        {
          messageId: 'vitestDone',
          line: 2,
          data: { name: 'cb' },
          suggestions: [
            {
              messageId: 'suggestPromiseWrapper',
              output: `${vitest}beforeEach(() => {\n  return new Promise((resolve, reject) => {\n    const cb = (error) => (error ? reject(error) : resolve());\n    server.listen(0, cb);\n    cb();\n  });\n});`,
            },
          ],
        },
      ],
    },
  ],
});

lateFailuresTester.run('no-done-callback: jest, mocha and node:test', rule, {
  valid: [
    { name: 'done passed as the supertest callback', code: `${supertest}it('a', (done) => {\n  request(app).get('/').expect(200, done);\n});` },
    { name: 'done in .then with a rejection path', code: `it('a', (done) => {\n  load().then(() => { done(); }, done);\n});` },
    { name: 'done in .then followed by .catch', code: `it('a', (done) => {\n  load().then(() => { done(); }).catch(done);\n});` },
    { name: 'done after the if', code: `it('a', (done) => {\n  if (x) {\n    prepare();\n    done();\n    return;\n  }\n  done();\n});` },
    { name: 'an else that throws', code: `it('a', (done) => {\n  if (ok) {\n    done();\n  } else {\n    throw new Error('no');\n  }\n});` },
    { name: 'done once on each branch', code: `it('a', (done) => {\n  if (x) {\n    done();\n  } else {\n    done(new Error('no'));\n  }\n});` },
    { name: 'node:test: done is the second parameter', code: `import test from 'node:test';\ntest('a', (t, done) => {\n  setImmediate(done);\n});` },
    { name: 'node:test: t alone is not a done callback', code: `import test from 'node:test';\ntest('a', (t) => { t.diagnostic('x'); });` },
    { name: 'an async test without done', code: `it('a', async () => { await load(); });` },
    { name: 'each rows are not done', code: `it.each([[1, 2]])('adds', (a, b) => { expect(a + b).toBe(3); });` },
  ],
  invalid: [
    {
      name: 'done together with async',
      settings: jestSettings,
      code: `it('a', async (done) => {\n  await load();\n  done();\n});`,
      errors: [{ messageId: 'doneWithPromise', line: 1, column: 16, data: { name: 'done' } }],
    },
    {
      name: 'done together with a returned promise',
      settings: jestSettings,
      code: `${supertest}it('a', (done) => {\n  return request(app).get('/').expect(200).then(() => done());\n});`,
      errors: [{ messageId: 'doneWithPromise', line: 2 }],
    },
    {
      name: 'mocha: done never called',
      code: `before(() => {});\nit('a', function (done) {\n  expect(1).to.equal(1);\n});`,
      output: null,
      errors: [
        {
          messageId: 'doneNeverCalled',
          line: 2,
          suggestions: [
            {
              messageId: 'suggestPromiseWrapper',
              output: `before(() => {});\nit('a', function () {\n  return new Promise((resolve, reject) => {\n    const done = (error) => (error ? reject(error) : resolve());\n    expect(1).to.equal(1);\n  });\n});`,
            },
          ],
        },
      ],
    },
    {
      name: 'done called on one branch only',
      settings: jestSettings,
      code: `it('a', (done) => {\n  const user = load();\n  if (user) {\n    done();\n  }\n});`,
      errors: [{ messageId: 'doneNotOnEveryPath', line: 3, column: 3, data: { name: 'done' } }],
    },
    {
      name: 'done called twice on one path',
      settings: jestSettings,
      code: `it('a', (done) => {\n  done();\n  done();\n});`,
      errors: [{ messageId: 'doneCalledTwice', line: 3, column: 3 }],
    },
    {
      name: 'done() invoked where it should be passed',
      settings: jestSettings,
      code: `${supertest}it('a', (done) => {\n  request(app).get('/').expect(200, done());\n});`,
      output: `${supertest}it('a', (done) => {\n  request(app).get('/').expect(200, done);\n});`,
      errors: [{ messageId: 'doneInvoked', line: 3, column: 37 }],
    },
    {
      name: 'done inside .then without a rejection path: await the chain instead',
      settings: jestSettings,
      code: `it('a', (done) => {\n  load().then((user) => {\n    expect(user.name).toBe('ada');\n    done();\n  });\n});`,
      output: null,
      errors: [
        {
          messageId: 'doneInThen',
          line: 4,
          suggestions: [
            {
              messageId: 'suggestAwaitChain',
              output: `it('a', async () => {\n  const user = await load();\n  expect(user.name).toBe('ada');\n});`,
            },
          ],
        },
      ],
    },
    {
      name: 'node:test: done with async',
      code: `import test from 'node:test';\ntest('a', async (t, done) => {\n  done();\n});`,
      errors: [{ messageId: 'doneWithPromise', line: 2 }],
    },
  ],
});

// Cypress passes mocha's `done`; a failing command or assertion in a command's `.then` fails the test at once.
lateFailuresTester.run('no-done-callback: Cypress', rule, {
  valid: [
    {
      name: 'done in a command’s .then (the spec says cy after mocha’s before)',
      code: `describe('alerts', () => {\n  before(() => {\n    cy.visit('/');\n  });\n  it('confirms', (done) => {\n    cy.get('button').click().then(() => {\n      done();\n    });\n  });\n});`,
    },
    {
      name: 'a spec marked only by its cypress types reference: done in .then is not reported',
      code: `/// <reference types="cypress" />\ncontext('profile', () => {\n  specify('loads', (done) => {\n    loadProfile().then(() => {\n      done();\n    });\n  });\n});`,
    },
    {
      name: 'done called from a cy.on event',
      code: `it('alerts', (done) => {\n  cy.on('window:alert', () => done());\n  cy.get('button').click();\n});`,
    },
  ],
  invalid: [
    {
      name: 'read as mocha without the types reference: done in .then is reported',
      code: `context('profile', () => {\n  specify('loads', (done) => {\n    loadProfile().then(() => {\n      done();\n    });\n  });\n});`,
      errors: [
        {
          messageId: 'doneInThen',
          line: 4,
          suggestions: [
            {
              messageId: 'suggestAwaitChain',
              output: `context('profile', () => {\n  specify('loads', async () => {\n    await loadProfile();\n  });\n});`,
            },
          ],
        },
      ],
    },
    {
      name: 'done with an async test fails it ("Resolution method is overspecified")',
      code: `it('visits', async (done) => {\n  cy.visit('/');\n  done();\n});`,
      errors: [{ messageId: 'doneWithPromise', line: 1, column: 21 }],
    },
  ],
});

// The default (`recommended`): a failing assertion in the `.then` still fails the test, as a timeout: strict only.
ruleTester.run('no-done-callback: done in .then by default', rule, {
  valid: [
    {
      name: 'mocha reports the failure as a timeout',
      settings: jestSettings,
      code: `it('a', (done) => {\n  load().then((user) => {\n    expect(user.name).toBe('ada');\n    done();\n  });\n});`,
    },
  ],
  invalid: [],
});
