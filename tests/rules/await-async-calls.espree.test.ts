import * as espree from 'espree';
import rule from '../../rules/await-async-calls';
import { RuleTester, withLateFailures } from '../rule-tester';

// Plain JavaScript files are parsed by espree, ESLint's default parser: the rule must behave the same there.
const espreeTester = new RuleTester({
  languageOptions: { parser: espree as never, parserOptions: { ecmaVersion: 'latest', sourceType: 'module', ecmaFeatures: { jsx: true } } },
});

withLateFailures(espreeTester).run('await-async-calls under espree', rule, {
  valid: [
    { code: `import test from 'node:test';\ntest('a', async (t) => { await t.test('b', () => {}); });` },
    { code: `const request = require('supertest');\nit('a', () => request(app).get('/').expect(200));`, options: [{ checkTypes: true }] },
  ],
  invalid: [
    {
      code: `const request = require('supertest');\ndescribe('users', () => {\n  it('lists', () => {\n    request(app).get('/users').expect(200);\n  });\n});`,
      output: `const request = require('supertest');\ndescribe('users', () => {\n  it('lists', async () => {\n    await request(app).get('/users').expect(200);\n  });\n});`,
      options: [{ checkTypes: true }],
      errors: [{ messageId: 'unawaited', line: 4, column: 5 }],
    },
    {
      code: `import { test, expect } from 'vitest';\ntest('jsx', () => {\n  expect(render(<App />)).resolves.toBeTruthy();\n});`,
      output: `import { test, expect } from 'vitest';\ntest('jsx', async () => {\n  await expect(render(<App />)).resolves.toBeTruthy();\n});`,
      errors: [{ messageId: 'unawaitedAssertion', line: 3 }],
    },
  ],
});
