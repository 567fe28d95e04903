import rule from '../../rules/valid-fixture';
import { ruleTester } from '../rule-tester';

const vitest = `import { test as base } from 'vitest';\n`;
const playwright = `import { test as base } from '@playwright/test';\n`;
const pg = `import pg from 'pg';\n`;

ruleTester.run('valid-fixture', rule, {
  valid: [
    {
      name: 'vitest: setup, await use, teardown',
      code: `${vitest}${pg}export const test = base.extend({\n  db: async ({}, use) => {\n    const pool = new pg.Pool();\n    await use(pool);\n    await pool.end();\n  },\n});`,
    },
    {
      name: 'vitest: the [fn, options] form',
      code: `${vitest}export const test = base.extend({ server: [async ({}, use) => { await use(1); }, { auto: true, scope: 'file' }] });`,
    },
    { name: 'Playwright: returning use', code: `${playwright}export const test = base.extend({ account: ({ page }, use) => use({ page }) });` },
    {
      name: 'a fixture that throws instead of using',
      code: `${vitest}export const test = base.extend({ db: async ({}, use) => {\n  if (!process.env.DB) throw new Error('no DB');\n  await use(1);\n} });`,
    },
    { name: 'use handed to a helper', code: `${vitest}export const test = base.extend({ db: async ({}, use) => { await withDatabase(use); } });` },
    {
      name: 'use inside try, teardown in finally',
      code: `${vitest}export const test = base.extend({ db: async ({ task }, use) => {\n  const conn = await open(task.name);\n  try { await use(conn); } finally { await conn.close(); }\n} });`,
    },
    { name: 'returning use directly', code: `${vitest}export const test = base.extend({ value: ({}, use) => use(42) });` },
    {
      name: 'Playwright worker fixture with browser',
      code: `${playwright}export const test = base.extend({ shared: [async ({ browser }, use) => { const context = await browser.newContext(); await use(context); await context.close(); }, { scope: 'worker' }] });`,
    },
    {
      name: 'Playwright auto fixture',
      code: `${playwright}export const test = base.extend({ log: [async ({}, use, testInfo) => { await use(); console.log(testInfo.title); }, { auto: true }] });`,
    },
    { name: 'not a fixture', code: `const helpers = { db: async (context, use) => { use(1); } };` },
    {
      name: 'use (or void use) as the last statement: no teardown runs early, and Playwright keeps the value until the test ends',
      code: `${playwright}export const test = base.extend({\n  user: ({}, use) => {\n    use({ name: 'ada' });\n  },\n  app: ({ page }, use) => {\n    void use({ page });\n  },\n});`,
    },
  ],
  invalid: [
    {
      name: 'use not awaited: the fix awaits it',
      code: `${vitest}export const test = base.extend({\n  db: async ({}, use) => {\n    use(1);\n    await cleanup();\n  },\n});`,
      output: `${vitest}export const test = base.extend({\n  db: async ({}, use) => {\n    await use(1);\n    await cleanup();\n  },\n});`,
      errors: [{ messageId: 'useNotAwaited', line: 4, column: 5, data: { use: 'use' } }],
    },
    {
      name: 'use not awaited in a sync fixture, with a teardown after it: made async in the same fix',
      code: `${playwright}export const test = base.extend({\n  user: ({}, use) => {\n    use({ name: 'ada' });\n    cleanup();\n  },\n});`,
      output: `${playwright}export const test = base.extend({\n  user: async ({}, use) => {\n    await use({ name: 'ada' });\n    cleanup();\n  },\n});`,
      errors: [{ messageId: 'useNotAwaited', line: 4 }],
    },
    {
      name: 'use never called',
      code: `${vitest}export const test = base.extend({ db: async ({}, use) => { await connect(); } });`,
      errors: [{ messageId: 'useNeverCalled', line: 2, data: { use: 'use', name: 'db' } }],
    },
    {
      name: 'a path that returns before use',
      code: `${vitest}export const test = base.extend({ db: async ({}, use) => {\n  if (skip) return;\n  await use(1);\n} });`,
      errors: [{ messageId: 'returnsBeforeUse', line: 3, column: 13, data: { use: 'use', name: 'db' } }],
    },
    {
      name: 'use called twice on one path',
      code: `${vitest}export const test = base.extend({ db: async ({}, use) => {\n  await use(1);\n  await use(2);\n} });`,
      errors: [{ messageId: 'useCalledTwice', line: 4, column: 9 }],
    },
    {
      name: 'first parameter not a pattern and unused: the fix writes {}',
      code: `${vitest}export const test = base.extend({ db: async (context, use) => { await use(1); } });`,
      output: `${vitest}export const test = base.extend({ db: async ({}, use) => { await use(1); } });`,
      errors: [{ messageId: 'notObjectPattern', line: 2, data: { name: 'db' } }],
    },
    {
      name: 'first parameter read as an object: a suggestion destructures it',
      code: `${playwright}export const test = base.extend({ admin: async (fixtures, use) => { await fixtures.page.goto('/admin'); await use(fixtures.page); } });`,
      errors: [
        {
          messageId: 'notObjectPattern',
          suggestions: [
            {
              messageId: 'suggestDestructure',
              output: `${playwright}export const test = base.extend({ admin: async ({ page }, use) => { await page.goto('/admin'); await use(page); } });`,
            },
          ],
        },
      ],
    },
    {
      name: 'released before use',
      code: `${vitest}${pg}export const test = base.extend({ db: async ({}, use) => {\n  const pool = new pg.Pool();\n  await pool.end();\n  await use(pool);\n} });`,
      errors: [{ messageId: 'releasedBeforeUse', line: 5, data: { released: 'pool', use: 'use' } }],
    },
  ],
});
