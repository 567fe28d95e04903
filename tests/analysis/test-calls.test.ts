import { describe, expect, it } from 'vitest';
import { analyse } from './helpers';

describe('vitest', () => {
  const file = analyse(`
    import { describe, it, test, beforeAll, beforeEach, afterAll, afterEach, onTestFinished } from 'vitest';
    const table = [[1, 2]];
    const cond = true;

    describe('suite', () => {});
    describe.only('suite', () => {});
    describe.skip('suite', () => {});
    describe.todo('suite');
    describe.each(table)('suite %i', () => {});
    describe.for(table)('suite %i', () => {});
    describe.concurrent('suite', () => {});
    describe.sequential('suite', () => {});
    describe.skipIf(cond)('suite', () => {});
    describe.runIf(cond)('suite', () => {});
    describe.concurrent.each(table)('suite', () => {});

    it('test', () => {});
    test('test', () => {});
    test.only('test', () => {});
    test.skip('test', () => {});
    test.todo('test');
    test.each(table)('test %i', (a, b) => {});
    test.each\`a | b \${1} | \${2}\`('test', ({ a }) => {});
    test.for(table)('test %i', ([a, b]) => {});
    test.concurrent('test', async () => {});
    test.sequential('test', async () => {});
    test.skipIf(cond)('test', () => {});
    test.runIf(cond)('test', () => {});
    test.fails('test', () => {});
    it.only.each(table)('test', () => {});
    test.concurrent.skip('test', () => {});

    beforeAll(() => {});
    beforeEach(() => {});
    afterAll(() => {});
    afterEach(() => {});
    onTestFinished(() => {});
  `);

  it('classifies suites through every modifier chain', () => {
    const expected = {
      describe: 'suite',
      'describe.only': 'suite',
      'describe.skip': 'suite',
      'describe.todo': 'suite',
      'describe.each(table)': 'suite',
      'describe.for(table)': 'suite',
      'describe.concurrent': 'suite',
      'describe.sequential': 'suite',
      'describe.skipIf(cond)': 'suite',
      'describe.runIf(cond)': 'suite',
      'describe.concurrent.each(table)': 'suite',
    };
    expect(file.roles(Object.keys(expected))).toEqual(expected);
  });

  it('classifies tests through every modifier chain', () => {
    const expected = {
      it: 'test',
      test: 'test',
      'test.only': 'test',
      'test.skip': 'test',
      'test.todo': 'test',
      'test.each(table)': 'test',
      'test.each`a | b ${1} | ${2}`': 'test',
      'test.for(table)': 'test',
      'test.concurrent': 'test',
      'test.sequential': 'test',
      'test.skipIf(cond)': 'test',
      'test.runIf(cond)': 'test',
      'test.fails': 'test',
      'it.only.each(table)': 'test',
      'test.concurrent.skip': 'test',
    };
    expect(file.roles(Object.keys(expected))).toEqual(expected);
  });

  it('classifies hooks and the imported onTestFinished', () => {
    const expected = {
      beforeAll: 'beforeAll',
      beforeEach: 'beforeEach',
      afterAll: 'afterAll',
      afterEach: 'afterEach',
      onTestFinished: 'teardown',
    };
    expect(file.roles(Object.keys(expected))).toEqual(expected);
  });

  it('gives the inner call of a call modifier no role (`test.each(table)` alone registers nothing)', () => {
    expect(file.roleOf('test.each')).toBeUndefined();
    expect(file.roleOf('test.skipIf')).toBeUndefined();
  });

  it('lists the modifiers along the callee', () => {
    expect(file.file.testCall(file.call('it.only.each(table)'))?.modifiers).toEqual(['only', 'each']);
    expect(file.file.testCall(file.call('test.skipIf(cond)'))?.modifiers).toEqual(['skipIf']);
  });

  it('has no callback for test.todo', () => {
    expect(file.file.testCall(file.call('test.todo'))?.callback).toBeUndefined();
  });

  it('finds the callback of a test and maps it back to its registration', () => {
    const callback = file.callbackOf('test.concurrent');
    expect(callback.async).toBe(true);
    expect(file.file.registrationOf(callback)?.node).toBe(file.call('test.concurrent'));
  });

  it('finds the callback after an options argument', () => {
    const options = analyse(`import { test } from 'vitest';\ntest('x', { timeout: 10 }, async () => {});`);
    expect(options.callbackOf('test').async).toBe(true);
  });

  it('reads onTestFinished destructured from the test context as a teardown', () => {
    const ctx = analyse(`
      import { test } from 'vitest';
      test('x', ({ onTestFinished }) => {
        onTestFinished(() => {});
      });
    `);
    expect(ctx.roleOf('onTestFinished')).toBe('teardown');
  });

  it('reads context.onTestFinished and a later destructuring of the context as teardowns', () => {
    const ctx = analyse(`
      import { test } from 'vitest';
      test('x', (context) => {
        context.onTestFinished(() => {});
        const { onTestFinished } = context;
        onTestFinished(() => {});
      });
    `);
    expect(ctx.roleOf('context.onTestFinished')).toBe('teardown');
    expect(ctx.roleOf('onTestFinished')).toBe('teardown');
  });

  it('reads onTestFinished from the context of beforeEach as a teardown', () => {
    const ctx = analyse(`
      import { beforeEach } from 'vitest';
      beforeEach(({ onTestFinished }) => { onTestFinished(() => {}); });
    `);
    expect(ctx.roleOf('onTestFinished')).toBe('teardown');
  });

  it('reads onTestFinished from the context in the second parameter of test.for', () => {
    const ctx = analyse(`
      import { test } from 'vitest';
      test.for([1, 2])('x %i', (n, { onTestFinished }) => {
        onTestFinished(() => {});
      });
    `);
    expect(ctx.roleOf('onTestFinished')).toBe('teardown');
  });

  it('does not take a same-named function from elsewhere for a teardown', () => {
    const ctx = analyse(`
      import { test } from 'vitest';
      import { onTestFinished } from './hooks';
      test('x', () => { onTestFinished(() => {}); });
    `);
    expect(ctx.roleOf('onTestFinished')).toBeUndefined();
  });

  describe('test.extend', () => {
    const extended = analyse(`
      import { test } from 'vitest';
      const myTest = test.extend({
        db: async ({}, use) => { await use(1); },
        page: [async ({}, use) => { await use(2); }, { auto: true }],
        async server({ db }, use) { await use(db); },
      });
      const deeper = myTest.extend({ user: async ({ db }, use) => { await use(db); } });
      myTest('x', async ({ db }) => {});
      myTest.only('x', async () => {});
      deeper('x', async ({ user }) => {});
      deeper.skip('x', async () => {});
      test.scoped({ db: 1 });
    `);

    it('makes `test.extend({...})` a fixtures definition without a callback', () => {
      expect(extended.roleOf('test.extend')).toBe('fixtures');
      expect(extended.file.testCall(extended.call('test.extend'))?.callback).toBeUndefined();
    });

    it('makes the result of test.extend a test function, with modifiers', () => {
      expect(extended.roleOf('myTest')).toBe('test');
      expect(extended.roleOf('myTest.only')).toBe('test');
    });

    it('follows a chained extend', () => {
      expect(extended.roleOf('myTest.extend')).toBe('fixtures');
      expect(extended.roleOf('deeper')).toBe('test');
      expect(extended.roleOf('deeper.skip')).toBe('test');
    });

    it('names each fixture function, in arrow, [fn, options] and method form', () => {
      const fixtures = extended.functions.map((fn) => extended.file.fixtureOf(fn)?.name).filter((name) => name !== undefined);
      expect(fixtures).toEqual(['db', 'page', 'server', 'user']);
    });

    it('gives test.scoped no role', () => {
      expect(extended.roleOf('test.scoped')).toBeUndefined();
    });
  });

  describe('aliases and scope', () => {
    it('follows an aliased import', () => {
      expect(analyse(`import { it as specify } from 'vitest';\nspecify('x', () => {});`).roleOf('specify')).toBe('test');
    });

    it('follows a namespace import', () => {
      const ns = analyse(`
        import * as vitest from 'vitest';
        vitest.describe.only('s', () => {});
        vitest.test('x', () => {});
      `);
      expect(ns.roleOf('vitest.test')).toBe('test');
      expect(ns.roleOf('vitest.describe.only')).toBe('suite');
    });

    it('reads the globals of a file marked as vitest by `vi`', () => {
      const globals = analyse(`vi.fn();\ndescribe('s', () => { it.skipIf(true)('x', () => {}); });`, { parser: 'js' });
      expect(globals.roleOf('describe')).toBe('suite');
      expect(globals.roleOf('it.skipIf(true)')).toBe('test');
    });

    it("takes `test` from a local module for vitest's in a vitest file", () => {
      const local = analyse(`
        import { expect } from 'vitest';
        import { test } from './test-context';
        test.skipIf(true)('x', async () => {});
      `);
      expect(local.roleOf('test.skipIf(true)')).toBe('test');
    });

    it('does not take a local function named `it` for a test', () => {
      const shadowed = analyse(`
        import { test } from 'vitest';
        function it(name: string, fn: () => void) { fn(); }
        it('x', () => {});
        test('y', () => {});
      `);
      expect(shadowed.roleOf('it')).toBeUndefined();
      expect(shadowed.roleOf('test')).toBe('test');
    });

    it('does not take a parameter named `test` for a test', () => {
      const shadowed = analyse(`
        import { test } from 'vitest';
        export function table(test: (name: string, fn: () => void) => void) {
          test('x', () => {});
        }
      `);
      expect(shadowed.roleOf('test')).toBeUndefined();
    });

    it('does not take an unrelated `describe` in a block scope for a suite', () => {
      const shadowed = analyse(
        `
        vi.fn();
        {
          const describe = (name, fn) => fn();
          describe('s', () => {});
        }
      `,
        { parser: 'js' },
      );
      expect(shadowed.roleOf('describe')).toBeUndefined();
    });
  });
});

describe('jest', () => {
  const file = analyse(
    `
    jest.useFakeTimers();
    const table = [[1, 2]];
    describe.each(table)('s', () => {});
    fdescribe('s', () => {});
    xdescribe('s', () => {});
    fit('x', () => {});
    xit('x', () => {});
    xtest('x', () => {});
    test.failing('x', () => {});
    test.only.failing('x', () => {});
    it.concurrent.each(table)('x', async () => {});
    it.each\`a | b \${1} | \${2}\`('x', ({ a }) => {});
    it.todo('x');
    test.skipIf(true)('x', () => {});
  `,
    { parser: 'js' },
  );

  it('classifies suites, tests and hooks, with the f/x prefixes and .failing of jest', () => {
    const expected = {
      'describe.each(table)': 'suite',
      fdescribe: 'suite',
      xdescribe: 'suite',
      fit: 'test',
      xit: 'test',
      xtest: 'test',
      'test.failing': 'test',
      'test.only.failing': 'test',
      'it.concurrent.each(table)': 'test',
      'it.each`a | b ${1} | ${2}`': 'test',
      'it.todo': 'test',
    };
    expect(file.roles(Object.keys(expected))).toEqual(expected);
  });

  it('has no skipIf (a vitest-only modifier)', () => {
    expect(file.roleOf('test.skipIf(true)')).toBeUndefined();
  });

  it('reads @jest/globals imports, aliased', () => {
    const imported = analyse(`import { test as check, beforeEach } from '@jest/globals';\ncheck('x', () => {});\nbeforeEach(() => {});`);
    expect(imported.roleOf('check')).toBe('test');
    expect(imported.roleOf('beforeEach')).toBe('beforeEach');
  });
});

describe('mocha', () => {
  const file = analyse(
    `
    before(function () {});
    after(function () {});
    beforeEach(function () {});
    afterEach(function () {});
    suiteSetup(function () {});
    context('ctx', function () {});
    describe.skip('s', function () {});
    specify('x', function () {});
    it.only('x', function () {});
    xit('x', function () {});
  `,
    { parser: 'js' },
  );

  it('classifies the BDD and TDD interfaces', () => {
    const expected = {
      before: 'beforeAll',
      after: 'afterAll',
      beforeEach: 'beforeEach',
      afterEach: 'afterEach',
      suiteSetup: 'beforeAll',
      context: 'suite',
      'describe.skip': 'suite',
      specify: 'test',
      'it.only': 'test',
      xit: 'test',
    };
    expect(file.roles(Object.keys(expected))).toEqual(expected);
  });

  it('finds the callback of a hook with a title', () => {
    const titled = analyse(`beforeEach('seed', function (done) { done(); });\nafter(() => {});`, { parser: 'js' });
    expect(titled.roleOf('beforeEach')).toBe('beforeEach');
    expect(titled.file.asyncContextOfFunction(titled.callbackOf('beforeEach'))?.doneParam?.name).toBe('done');
  });
});

describe('node:test', () => {
  const file = analyse(`
    import test, { describe, it, before, after, beforeEach, afterEach } from 'node:test';
    describe('s', () => {
      before(() => {});
      after(() => {});
      beforeEach(() => {});
      afterEach(() => {});
      it('x', () => {});
    });
    test('top', async (t) => {
      t.after(() => {});
      await t.test('sub', async (t2) => {
        await t2.test('subsub', () => {});
      });
    });
    test.skip('x', () => {});
    test.describe('s', () => {});
  `);

  it('classifies the imported API, subtests and t.after', () => {
    const expected = {
      describe: 'suite',
      before: 'beforeAll',
      after: 'afterAll',
      beforeEach: 'beforeEach',
      afterEach: 'afterEach',
      it: 'test',
      test: 'test',
      't.after': 'teardown',
      't.test': 'test',
      't2.test': 'test',
      'test.skip': 'test',
      'test.describe': 'suite',
    };
    expect(file.roles(Object.keys(expected))).toEqual(expected);
  });

  it('makes a subtest awaitable but not a top-level test', () => {
    expect(file.file.values.isAwaitable(file.call('t.test'))).toBe(true);
    expect(file.file.values.isAwaitable(file.call('test'))).toBe(false);
  });

  it('gives the context to a function that registers itself by name as a subtest (the question meets itself)', () => {
    const recursive = analyse(`
      import { test } from 'node:test';
      function check(t) { t.test('again', check); }
      test('top', check);
    `);
    expect(recursive.roleOf('t.test')).toBe('test');
    expect(recursive.awaitable(`t.test('again', check)`)).toBe(true);
    expect(recursive.file.registrationOf(recursive.functions[0]!)?.node).toBe(recursive.call('test'));
  });

  it('gives the context to two functions that register each other, from the registration met first outside them', () => {
    const mutual = analyse(`
      import { test } from 'node:test';
      function a(t) { t.test('x', b); }
      function b(t) { t.test('y', a); }
      test('top', a);
    `);
    expect(mutual.awaitable(`t.test('x', b)`)).toBe(true);
    expect(mutual.awaitable(`t.test('y', a)`)).toBe(true);
    expect(mutual.file.registrationOf(mutual.functions[0]!)?.node).toBe(mutual.call('test'));
    expect(mutual.file.registrationOf(mutual.functions[1]!)?.node).toBe(mutual.call('t.test', 0));
  });

  it('settles registrations by name outer-first, whichever order the functions are written and asked in', () => {
    const source = `
      import { test } from 'node:test';
      function caseA(t) { t.test('inner', () => {}); }
      function suite(t) { t.test('a', caseA); }
      test('s', suite);
    `;
    const helpersFirst = analyse(source);
    expect(helpersFirst.awaitable(`t.test('inner', () => {})`)).toBe(true);
    expect(helpersFirst.file.registrationOf(helpersFirst.functions[0]!)?.node).toBe(helpersFirst.call('t.test', 1));
    const askedInnerFirst = analyse(source);
    expect(askedInnerFirst.file.registrationOf(askedInnerFirst.functions[0]!)?.role).toBe('test');
    expect(askedInnerFirst.awaitable(`t.test('a', caseA)`)).toBe(true);
  });

  it('registers a function passed by name inside a plain helper that registers tests when called', () => {
    const helper = analyse(`
      import { test } from 'node:test';
      function check(t) { t.test('sub', () => {}); }
      function addTests() { test('a', check); }
      addTests();
    `);
    expect(helper.file.registrationOf(helper.functions[0]!)?.node).toBe(helper.call('test'));
    expect(helper.awaitable(`t.test('sub', () => {})`)).toBe(true);
  });

  it('gives no context to a function passed by name only to a call that registers nothing', () => {
    const passed = analyse(`
      import { test } from 'node:test';
      function check(t) { t.test('sub', () => {}); }
      setTimeout(check);
    `);
    expect(passed.file.registrationOf(passed.functions[0]!)).toBeUndefined();
    expect(passed.awaitable(`t.test('sub', () => {})`)).toBe(false);
  });

  it('follows a renamed destructured require', () => {
    const required = analyse(`const { test: t2 } = require('node:test');\nt2('x', () => {});`, { parser: 'js' });
    expect(required.roleOf('t2')).toBe('test');
  });

  it('follows the module object of require', () => {
    const required = analyse(`const test = require('node:test');\ntest('x', (t) => { t.test('y', () => {}); });`, { parser: 'js' });
    expect(required.roleOf('test')).toBe('test');
    expect(required.roleOf('t.test')).toBe('test');
  });

  it('gives the module-level hooks called inside a running test the roles they take there', () => {
    // Node runs such an `after` when that test ends (before the next test), as it runs `t.after`.
    const inside = analyse(`
      import { test, after, beforeEach, describe } from 'node:test';
      test('a', () => {
        after(() => {});
        server.listen(0, () => { beforeEach(() => {}); });
      });
      describe('s', () => {
        after(() => {});
      });
    `);
    expect([inside.roleOf('after', 0), inside.roleOf('after', 1)]).toEqual(['teardown', 'afterAll']);
    expect(inside.roleOf('beforeEach')).toBe('beforeEach');
    expect(inside.file.testCall(inside.call('beforeEach'))?.kind.registersFromRunningTest).toBe(true);
  });

  it('does not give a subtest role to `t.test` outside a test callback', () => {
    const outside = analyse(
      `
      import { test } from 'node:test';
      function helper(t) { t.test('x', () => {}); }
    `,
      { parser: 'js' },
    );
    expect(outside.roleOf('t.test')).toBeUndefined();
  });
});

describe('bun:test', () => {
  const file = analyse(`
    import { describe, test, beforeAll } from 'bun:test';
    describe.if(true)('s', () => {});
    test.if(true)('x', () => {});
    test.todoIf(true)('x', () => {});
    test.failing('x', () => {});
    test.serial('x', () => {});
    beforeAll(() => {});
  `);

  it('classifies the conditional modifiers of bun', () => {
    const expected = {
      'describe.if(true)': 'suite',
      'test.if(true)': 'test',
      'test.todoIf(true)': 'test',
      'test.failing': 'test',
      'test.serial': 'test',
      beforeAll: 'beforeAll',
    };
    expect(file.roles(Object.keys(expected))).toEqual(expected);
  });
});

describe('playwright', () => {
  const file = analyse(`
    import { test, expect } from '@playwright/test';
    test.describe('s', () => {});
    test.describe.serial('s', () => {});
    test.describe.parallel.only('s', () => {});
    test.describe(() => {});
    test.describe.configure({ mode: 'serial' });
    test.beforeEach(async ({ page }) => {});
    test.afterAll(async () => {});
    test('x', async ({ page }) => {
      test.skip();
      test.fixme(true, 'broken');
      test.info();
      await test.step('step', async () => {});
    });
    test.skip('title', async () => {});
    test.fixme('title', async () => {});
    test.slow();
    test.use({ locale: 'de' });
    test.only('x', async () => {});
  `);

  it('classifies describe, hooks, steps and tests', () => {
    const expected = {
      'test.describe': 'suite',
      'test.describe.serial': 'suite',
      'test.describe.parallel.only': 'suite',
      'test.beforeEach': 'beforeEach',
      'test.afterAll': 'afterAll',
      test: 'test',
      'test.step': 'step',
      'test.only': 'test',
    };
    expect(file.roles(Object.keys(expected))).toEqual(expected);
  });

  it('registers a suite with no title (`test.describe(callback)`)', () => {
    expect(file.roleOf('test.describe', 1)).toBe('suite');
  });

  it('gives test.describe.configure() no role', () => {
    expect(file.roleOf('test.describe.configure')).toBeUndefined();
  });

  it('reads test.skip() and test.fixme(cond) without a title as annotations, not tests', () => {
    expect(file.roleOf('test.skip', 0)).toBeUndefined();
    expect(file.roleOf('test.fixme', 0)).toBeUndefined();
    expect(file.roleOf('test.slow')).toBeUndefined();
  });

  it('reads test.skip(title, fn) and test.fixme(title, fn) as tests', () => {
    expect(file.roleOf('test.skip', 1)).toBe('test');
    expect(file.roleOf('test.fixme', 1)).toBe('test');
  });

  it('gives test.use() and test.info() no role', () => {
    expect(file.roleOf('test.use')).toBeUndefined();
    expect(file.roleOf('test.info')).toBeUndefined();
  });

  it('makes test.step() awaitable', () => {
    expect(file.file.values.isAwaitable(file.call('test.step'))).toBe(true);
  });

  it('reads test.skip(({ browserName }) => …, reason) as an annotation', () => {
    const conditional = analyse(`
      import { test } from '@playwright/test';
      test.skip(({ browserName }) => browserName === 'webkit', 'not on WebKit');
    `);
    expect(conditional.roleOf('test.skip')).toBeUndefined();
  });

  it('makes base.extend a fixtures definition and its result a test', () => {
    const extended = analyse(`
      import { test as base } from '@playwright/test';
      export const test = base.extend<{ todo: string }>({
        todo: async ({ page }, use) => { await use('x'); },
      });
      test('x', async ({ todo }) => {});
      test.describe('s', () => {});
    `);
    expect(extended.roleOf('base.extend')).toBe('fixtures');
    expect(extended.roleOf('test')).toBe('test');
    expect(extended.roleOf('test.describe')).toBe('suite');
  });

  it('takes `test` imported from a local fixtures module for the Playwright test', () => {
    const local = analyse(`
      import { test, expect } from './fixtures';
      test.describe('s', () => {
        test('x', async ({ page }) => {});
      });
    `);
    expect(local.roleOf('test.describe')).toBe('suite');
    expect(local.roleOf('test')).toBe('test');
  });

  it('does not take other names from a local module for runner functions', () => {
    const local = analyse(`import { check } from './fixtures';\ncheck('x', async () => {});`);
    expect(local.roleOf('check')).toBeUndefined();
  });
});

describe('unknown framework', () => {
  const file = analyse(
    `
    describe('s', () => {
      beforeEach(() => {});
      it('x', () => {});
    });
  `,
    { parser: 'js' },
  );

  it('still classifies the common global API', () => {
    expect(file.roleOf('describe')).toBe('suite');
    expect(file.roleOf('beforeEach')).toBe('beforeEach');
    expect(file.roleOf('it')).toBe('test');
  });

  it('gives a call of an unknown global no role', () => {
    expect(analyse(`run('x', () => {});`).roleOf('run')).toBeUndefined();
  });
});
