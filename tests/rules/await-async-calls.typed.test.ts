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
