import path from 'node:path';
import rule from '../../rules/await-async-calls';
import { RuleTester, withLateFailures } from '../rule-tester';

const tsconfigRootDir = path.join(__dirname, '../fixtures/typed');

const typedTester = new RuleTester({
  languageOptions: { parserOptions: { project: './tsconfig.json', tsconfigRootDir } },
});

const header = `import { test, expect } from 'vitest';\nimport { store, loadEverything } from './api';\n`;
const checkTypes = [{ checkTypes: true }] as const;

withLateFailures(typedTester).run('await-async-calls with type information', rule, {
  valid: [
    { name: 'a synchronous method of a class', code: `${header}test('a', () => { store.count(); });`, options: checkTypes, filename: 'file.test.ts' },
    {
      name: 'awaited',
      code: `${header}test('a', async () => { await store.save({ id: 1, name: 'a' }); });`,
      options: checkTypes,
      filename: 'file.test.ts',
    },
    {
      name: 'outside tests, types are not consulted',
      code: `${header}export function warm() { store.save({ id: 1, name: 'a' }); }`,
      options: checkTypes,
      filename: 'file.test.ts',
    },
    {
      name: 'a promise assigned to a variable is kept, not dropped: the assignment is not reported',
      code: `${header}let pending: Promise<void>;\ntest('a', async () => {\n  pending = store.save({ id: 1, name: 'a' });\n  await pending;\n});`,
      options: checkTypes,
      filename: 'file.test.ts',
    },
    {
      name: 'checkTypes off: an unknown method is not reported',
      code: `${header}test('a', () => { store.save({ id: 1, name: 'a' }); });`,
      filename: 'file.test.ts',
    },
  ],
  invalid: [
    {
      name: 'a promise-returning method known only from its type',
      code: `${header}test('a', () => {\n  store.save({ id: 1, name: 'a' });\n});`,
      output: `${header}test('a', async () => {\n  await store.save({ id: 1, name: 'a' });\n});`,
      options: checkTypes,
      filename: 'file.test.ts',
      errors: [{ messageId: 'unawaited', line: 4, column: 3 }],
    },
    {
      name: 'a PromiseLike is a thenable too',
      code: `${header}test('a', async () => {\n  loadEverything();\n});`,
      output: `${header}test('a', async () => {\n  await loadEverything();\n});`,
      options: checkTypes,
      filename: 'file.test.ts',
      errors: [{ messageId: 'unawaited', line: 4 }],
    },
  ],
});

// Without a program the option must be harmless, under espree as well as the TypeScript parser.
const untypedTester = new RuleTester();
withLateFailures(untypedTester).run('await-async-calls: checkTypes without type information', rule, {
  valid: [{ code: `${header}test('a', () => { store.save({ id: 1, name: 'a' }); });`, options: checkTypes }],
  invalid: [
    {
      code: `${header}test('a', async () => {\n  fetch('/x');\n});`,
      output: `${header}test('a', async () => {\n  await fetch('/x');\n});`,
      options: checkTypes,
      errors: [{ messageId: 'unawaited', line: 4 }],
    },
  ],
});

// A fixture's `use` is typed as returning a promise; left unawaited in the fixture's body it is valid-fixture's report.
const fixtures = `import { test as base } from 'vitest';\nimport { store, type UserStore } from './api';\n`;
withLateFailures(typedTester).run('await-async-calls with type information: a fixture `use`', rule, {
  valid: [
    {
      name: "an unawaited `use` in the fixture's body is left to valid-fixture",
      code: `${fixtures}export const test = base.extend<{ users: UserStore }>({\n  users: async ({}, use) => {\n    use(store);\n  },\n});`,
      options: checkTypes,
      filename: 'file.test.ts',
    },
  ],
  invalid: [
    {
      name: "a `use` that escapes to a helper is out of valid-fixture's sight: its dropped call is reported here",
      code: `${fixtures}declare function later(use: unknown): void;\nexport const test = base.extend<{ users: UserStore }>({\n  users: async ({}, use) => {\n    later(use);\n    use(store);\n  },\n});`,
      output: `${fixtures}declare function later(use: unknown): void;\nexport const test = base.extend<{ users: UserStore }>({\n  users: async ({}, use) => {\n    later(use);\n    await use(store);\n  },\n});`,
      options: checkTypes,
      filename: 'file.test.ts',
      errors: [{ messageId: 'unawaited', line: 7, column: 5 }],
    },
    {
      name: 'a `use` called in a nested callback is not checked by valid-fixture: reported here, with a suggestion',
      code: `${fixtures}export const test = base.extend<{ users: UserStore }>({\n  users: async ({}, use) => {\n    [store].forEach((value) => {\n      use(value);\n    });\n  },\n});`,
      options: checkTypes,
      filename: 'file.test.ts',
      errors: [
        {
          messageId: 'unawaited',
          line: 6,
          column: 7,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `${fixtures}export const test = base.extend<{ users: UserStore }>({\n  users: async ({}, use) => {\n    [store].forEach(async (value) => {\n      await use(value);\n    });\n  },\n});`,
            },
          ],
        },
      ],
    },
  ],
});
