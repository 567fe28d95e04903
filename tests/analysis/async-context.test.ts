import { describe, expect, it } from 'vitest';
import { analyse } from './helpers';

describe('vitest', () => {
  const file = analyse(`
    import { describe, it, test, beforeEach, onTestFinished } from 'vitest';
    describe('s', () => {
      inSuiteBody;
      beforeEach(() => { inHook; });
      it('x', async (ctx) => {
        inTest;
        [1, 2].forEach((n) => { inForEach; });
        setTimeout(() => { inTimer; }, 10);
        fetch('/x').then(() => { inThen; });
        setTimeout(() => { [1].forEach(() => { inBoth; }); }, 10);
        onTestFinished(() => { inTeardown; });
        describe('nested', () => { it('inner', () => { inInner; }); });
      });
    });
  `);

  it('gives a test callback its own context, async', () => {
    const context = file.contextAt('inTest');
    expect(context?.type).toBe('test');
    expect(context?.role).toBe('test');
    expect(context?.callback).toBe(file.callbackOf('it'));
    expect(context?.callback.async).toBe(true);
    expect(context?.between).toEqual([]);
  });

  it('has no done param (vitest passes the test context)', () => {
    expect(file.contextAt('inTest')?.doneParam).toBeUndefined();
  });

  it('gives a hook callback a hook context, not async', () => {
    const context = file.contextAt('inHook');
    expect(context?.role).toBe('beforeEach');
    expect(context?.callback.async).toBe(false);
  });

  it('gives code directly in a describe body no context', () => {
    expect(file.contextAt('inSuiteBody')).toBeUndefined();
  });

  it('puts a forEach, setTimeout or .then callback between the code and the test', () => {
    for (const marker of ['inForEach', 'inTimer', 'inThen']) {
      const context = file.contextAt(marker);
      expect(context?.callback, marker).toBe(file.callbackOf('it'));
      expect(context?.between, marker).toEqual([file.functionAround(marker)]);
    }
  });

  it('lists nested plain callbacks outermost first', () => {
    const context = file.contextAt('inBoth');
    expect(context?.between).toHaveLength(2);
    expect(context?.between[0]).toBe(file.call('setTimeout', 1).arguments[0]);
    expect(context?.between[1]).toBe(file.functionAround('inBoth'));
  });

  it('gives a teardown callback a teardown context of its own', () => {
    const context = file.contextAt('inTeardown');
    expect(context?.role).toBe('teardown');
    expect(context?.callback).toBe(file.functionAround('inTeardown'));
    expect(context?.between).toEqual([]);
  });

  it('takes the innermost test callback', () => {
    expect(file.contextAt('inInner')?.callback).toBe(file.functionAround('inInner'));
  });

  describe('fixtures', () => {
    const fixtures = analyse(`
      import { test } from 'vitest';
      const myTest = test.extend({
        db: async ({}, use) => { inFixture; await use(1); },
        server: [async ({}, use) => { inAuto; await use(2); }, { auto: true }],
      });
    `);

    it('gives a fixture function a fixture context, with the fixture named', () => {
      const context = fixtures.contextAt('inFixture');
      expect(context?.type).toBe('test');
      expect(context?.role).toBe('fixture');
      expect(context?.fixture?.name).toBe('db');
      expect(context?.fixture?.definition.node).toBe(fixtures.call('test.extend'));
    });

    it('gives the [fn, { auto: true }] form a fixture context', () => {
      expect(fixtures.contextAt('inAuto')?.fixture?.name).toBe('server');
    });
  });

  describe('same-file helpers', () => {
    const helpers = analyse(`
      import { it, beforeEach, describe } from 'vitest';
      async function seed() { inSeed; }
      const reset = () => { inReset; };
      function deep() { inDeep; }
      function viaHelper() { deep(); }
      function unused() { inUnused; }
      function atCollection() { inCollection; }
      function atTopLevel() { inTopLevel; }
      function withCallback() { [1].map(() => { inHelperCallback; }); }
      const helpers = { async create() { inMethod; } };
      atTopLevel();
      describe('s', () => {
        atCollection();
        beforeEach(() => { reset(); });
        it('x', async () => {
          await seed();
          viaHelper();
          withCallback();
          await helpers.create();
        });
      });
    `);

    it('gives a helper called from a test a helper context', () => {
      const context = helpers.contextAt('inSeed');
      expect(context?.type).toBe('helper');
      expect(context?.role).toBe('helper');
      expect(context?.callback).toBe(helpers.functionAround('inSeed'));
    });

    it('gives a helper called from a hook a helper context', () => {
      expect(helpers.contextAt('inReset')?.type).toBe('helper');
    });

    it('follows helpers called from helpers', () => {
      expect(helpers.contextAt('inDeep')?.type).toBe('helper');
    });

    it('puts a callback inside a helper between it and the helper', () => {
      const context = helpers.contextAt('inHelperCallback');
      expect(context?.type).toBe('helper');
      expect(context?.between).toEqual([helpers.functionAround('inHelperCallback')]);
    });

    it('gives a helper that no test calls no context', () => {
      expect(helpers.contextAt('inUnused')).toBeUndefined();
    });

    it('gives a helper called only from a describe body or the top level no context', () => {
      expect(helpers.contextAt('inCollection')).toBeUndefined();
      expect(helpers.contextAt('inTopLevel')).toBeUndefined();
    });

    it('gives an object-literal method called from a test a helper context', () => {
      expect(helpers.contextAt('inMethod')?.type).toBe('helper');
    });

    it('is not fooled by a helper that calls itself', () => {
      const recursive = analyse(`
        import { it } from 'vitest';
        function again(n: number): number { inAgain; return n === 0 ? 0 : again(n - 1); }
        function loop(n: number): number { inLoop; return loop(n); }
        it('x', () => { again(3); });
      `);
      expect(recursive.contextAt('inAgain')?.type).toBe('helper');
      expect(recursive.contextAt('inLoop')).toBeUndefined();
    });
  });

  it('gives a named function passed as a test callback a test context', () => {
    const named = analyse(`
      import { it } from 'vitest';
      async function body() { inBody; }
      it('x', body);
    `);
    expect(named.contextAt('inBody')?.role).toBe('test');
  });
});

describe('jest', () => {
  const file = analyse(
    `
    jest.useFakeTimers();
    beforeAll((done) => { inBeforeAll; });
    it('x', (done) => { inDone; });
    it('y', async () => { inAsync; });
    it('z', function (cb) { inNamedCb; });
  `,
    { parser: 'js' },
  );

  it('finds the done parameter of a test', () => {
    expect(file.contextAt('inDone')?.doneParam?.name).toBe('done');
  });

  it('finds the done parameter of a hook', () => {
    const context = file.contextAt('inBeforeAll');
    expect(context?.role).toBe('beforeAll');
    expect(context?.doneParam?.name).toBe('done');
  });

  it('finds done by position, whatever its name', () => {
    expect(file.contextAt('inNamedCb')?.doneParam?.name).toBe('cb');
  });

  it('has no done parameter when the callback takes none', () => {
    expect(file.contextAt('inAsync')?.doneParam).toBeUndefined();
  });

  it('does not take the first column of it.each for done', () => {
    const each = analyse(
      `
      jest.useFakeTimers();
      it.each([[1, 2]])('adds %i', (a, b) => { inEach; });
    `,
      { parser: 'js' },
    );
    expect(each.contextAt('inEach')?.doneParam).toBeUndefined();
  });

  it('reads done the jest way when the framework is unknown, but not under vitest settings', () => {
    const code = `it('x', (done) => { here; });`;
    expect(analyse(code).contextAt('here')?.doneParam?.name).toBe('done');
    expect(analyse(code, { settings: { framework: 'vitest' } }).contextAt('here')?.doneParam).toBeUndefined();
  });
});

describe('mocha', () => {
  it('finds done in a function-expression test and hook', () => {
    const file = analyse(
      `
      after(function () {});
      it('x', function (done) { inTest; });
      afterEach(function (done) { inHook; });
    `,
      { parser: 'js' },
    );
    expect(file.contextAt('inTest')?.doneParam?.name).toBe('done');
    expect(file.contextAt('inHook')?.role).toBe('afterEach');
    expect(file.contextAt('inHook')?.doneParam?.name).toBe('done');
  });
});

describe('node:test', () => {
  const file = analyse(`
    import { test } from 'node:test';
    test('x', (t, done) => { inDone; });
    test('y', async (t) => {
      inOne;
      t.after(() => { inAfter; });
      await t.test('sub', async (t) => { inSub; });
    });
  `);

  it('finds done in the second parameter', () => {
    expect(file.contextAt('inDone')?.doneParam?.name).toBe('done');
  });

  it('does not take the test context for done', () => {
    expect(file.contextAt('inOne')?.doneParam).toBeUndefined();
  });

  it('gives t.after its own teardown context and a subtest its own test context', () => {
    expect(file.contextAt('inAfter')?.role).toBe('teardown');
    const sub = file.contextAt('inSub');
    expect(sub?.role).toBe('test');
    expect(sub?.registration?.node).toBe(file.call('t.test'));
  });
});

describe('playwright', () => {
  const file = analyse(`
    import { test } from '@playwright/test';
    test('x', async ({ page }) => {
      await test.step('open', async () => { inStep; });
    });
    const extended = test.extend({
      todo: async ({ page }, use) => { inFixture; await use(page); },
    });
  `);

  it('gives a step callback a step context', () => {
    const context = file.contextAt('inStep');
    expect(context?.role).toBe('step');
    expect(context?.callback).toBe(file.functionAround('inStep'));
  });

  it('gives a fixture function a fixture context', () => {
    expect(file.contextAt('inFixture')?.fixture?.name).toBe('todo');
  });

  it('answers asyncContextOfFunction for the callback itself', () => {
    expect(file.file.asyncContextOfFunction(file.callbackOf('test'))?.role).toBe('test');
  });
});
