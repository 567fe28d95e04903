/**
 * SPEC.md section 2, "Setup → teardown pairing": the table of where something acquired may be released, tested on the
 * engine itself (src/analysis/pairing.ts), not through a rule. One group per row of the table, then the ways a release
 * matches, then the suite facts the rules ask the engine for.
 *
 * What counts as a release is the caller's matcher; the engine decides where to look and tells the matcher where a
 * candidate stands. `releaseOf` below is a matcher shaped like the rules' own: a `.close()` on the variable that holds
 * what was acquired (by binding), a global undo, or — in a teardown, hook, `finally` or fixture — any call the value is
 * handed to. What is acquired is always `open()` or `vi.spyOn(…)`: the engine does not care what it is.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { holderOf, type AcquisitionScope, type ReleaseMatcher } from '../../src/analysis/pairing';
import type { TestFile } from '../../src/analysis/test-file';
import { analyse, type AnalyseOptions } from './helpers';

/** Calls that undo every acquisition of their family, whatever holds it. */
const globalUndos = new Set(['vi.restoreAllMocks', 'sinon.restore', 'nock.cleanAll', 'vi.unstubAllEnvs']);

function releaseOf(file: TestFile, acquired: TSESTree.Node): ReleaseMatcher {
  const holder = holderOf(acquired, file.sourceCode);
  const isHolder = (node: TSESTree.Node) => holder !== undefined && holder.references.some((reference) => reference.identifier === node);
  return (candidate, place) => {
    if (candidate.type !== AST_NODE_TYPES.CallExpression) return false;
    const callee = candidate.callee;
    if (globalUndos.has(file.sourceCode.getText(callee))) return true;
    if (callee.type === AST_NODE_TYPES.MemberExpression && isHolder(callee.object)) {
      return callee.property.type === AST_NODE_TYPES.Identifier && callee.property.name === 'close';
    }
    // Precision first: outside the test's own statements, handing the value to any call is taken for releasing it.
    return place !== 'test' && candidate.arguments.some(isHolder);
  };
}

interface Row {
  readonly title: string;
  readonly code: string;
  /** The acquiring expression, by its source text; `open()` unless told. */
  readonly acquired?: string;
  readonly requireFinally?: boolean;
  readonly options?: AnalyseOptions;
  readonly expected: Seen | undefined;
}

/** The acquisition's scope and the verdict, with a skippable release shown by its source text. */
type Seen =
  | { readonly scope: AcquisitionScope; readonly kind: 'released' | 'releasedTooLate' }
  | { readonly scope: AcquisitionScope; readonly kind: 'missing'; readonly hook: 'afterEach' | 'afterAll' | 'fixture' }
  | { readonly scope: AcquisitionScope; readonly kind: 'skippable'; readonly release: string };

function pairingOf({ code, acquired = 'open()', requireFinally = false, options }: Row): Seen | undefined {
  const snippet = analyse(code, options);
  const node = snippet.expr(acquired);
  const acquisition = snippet.file.pairing.acquisition(node);
  if (acquisition === undefined) return undefined;
  const verdict = snippet.file.pairing.verdict(acquisition, releaseOf(snippet.file, node), requireFinally);
  if (verdict.kind === 'skippable')
    return { scope: acquisition.scope, kind: verdict.kind, release: snippet.file.sourceCode.getText(verdict.release) };
  return { scope: acquisition.scope, ...verdict };
}

describe('acquired in a test body', () => {
  const rows: Row[] = [
    {
      title: 'released in finally later in the test',
      code: `
        import { it } from 'vitest';
        it('x', async () => {
          const db = await open();
          try {
            expect(await db.count()).toBe(0);
          } finally {
            await db.close();
          }
        });
      `,
      expected: { scope: 'test', kind: 'released' },
    },
    {
      title: 'released in catch, which covers the failing path as finally would',
      code: `
        import { it } from 'vitest';
        it('x', async () => {
          const db = await open();
          try {
            expect(await db.count()).toBe(0);
          } catch (error) {
            await db.close();
            throw error;
          }
        });
      `,
      requireFinally: true,
      expected: { scope: 'test', kind: 'released' },
    },
    {
      title: 'released by onTestFinished (vitest)',
      code: `
        import { it, onTestFinished } from 'vitest';
        it('x', async () => {
          const db = await open();
          onTestFinished(() => db.close());
          expect(await db.count()).toBe(0);
        });
      `,
      expected: { scope: 'test', kind: 'released' },
    },
    {
      title: 'released by onTestFinished taken from the test context',
      code: `
        import { it } from 'vitest';
        it('x', async ({ onTestFinished }) => {
          const db = await open();
          onTestFinished(async () => { await db.close(); });
        });
      `,
      expected: { scope: 'test', kind: 'released' },
    },
    {
      title: 'released by node:test t.after',
      code: `
        import { test } from 'node:test';
        test('x', async (t) => {
          const db = await open();
          t.after(() => db.close());
        });
      `,
      expected: { scope: 'test', kind: 'released' },
    },
    {
      title: 'released by node:test after() called inside the test, which registers on that test',
      code: `
        import { test, after } from 'node:test';
        test('x', async () => {
          const db = await open();
          after(() => db.close());
        });
      `,
      expected: { scope: 'test', kind: 'released' },
    },
    {
      title: 'released by a `using` declaration',
      code: `
        import { it } from 'vitest';
        it('x', () => {
          using spy = vi.spyOn(Date, 'now');
          expect(Date.now()).toBe(0);
        });
      `,
      acquired: `vi.spyOn(Date, 'now')`,
      expected: { scope: 'test', kind: 'released' },
    },
    {
      title: 'released by an `await using` declaration',
      code: `
        import { it } from 'vitest';
        it('x', async () => {
          await using db = await open();
          expect(await db.count()).toBe(0);
        });
      `,
      expected: { scope: 'test', kind: 'released' },
    },
    {
      title: 'released in an afterEach of the same suite',
      code: `
        import { describe, it, afterEach } from 'vitest';
        describe('s', () => {
          afterEach(() => { vi.restoreAllMocks(); });
          it('x', () => {
            vi.spyOn(Date, 'now');
          });
        });
      `,
      acquired: `vi.spyOn(Date, 'now')`,
      expected: { scope: 'test', kind: 'released' },
    },
    {
      title: 'released in an afterEach of an enclosing suite',
      code: `
        import { describe, it, afterEach } from 'vitest';
        afterEach(() => { vi.restoreAllMocks(); });
        describe('outer', () => {
          describe('inner', () => {
            it('x', () => {
              vi.spyOn(Date, 'now');
            });
          });
        });
      `,
      acquired: `vi.spyOn(Date, 'now')`,
      expected: { scope: 'test', kind: 'released' },
    },
    {
      title: 'not released by the afterEach of a sibling suite',
      code: `
        import { describe, it, afterEach } from 'vitest';
        describe('a', () => {
          afterEach(() => { vi.restoreAllMocks(); });
        });
        describe('b', () => {
          it('x', () => {
            vi.spyOn(Date, 'now');
          });
        });
      `,
      acquired: `vi.spyOn(Date, 'now')`,
      expected: { scope: 'test', kind: 'missing', hook: 'afterEach' },
    },
    {
      title: 'released by a plain statement at the end of the test',
      code: `
        import { it } from 'vitest';
        it('x', async () => {
          const db = await open();
          expect(await db.count()).toBe(0);
          await db.close();
        });
      `,
      expected: { scope: 'test', kind: 'released' },
    },
    {
      title: 'a plain statement at the end of the test is skippable under requireFinally',
      code: `
        import { it } from 'vitest';
        it('x', async () => {
          const db = await open();
          expect(await db.count()).toBe(0);
          await db.close();
        });
      `,
      requireFinally: true,
      expected: { scope: 'test', kind: 'skippable', release: 'db.close()' },
    },
    {
      title: 'an afterEach outweighs a plain statement under requireFinally',
      code: `
        import { it, afterEach } from 'vitest';
        afterEach(() => { vi.restoreAllMocks(); });
        it('x', () => {
          const spy = vi.spyOn(Date, 'now');
          expect(Date.now()).toBe(0);
          vi.restoreAllMocks();
        });
      `,
      acquired: `vi.spyOn(Date, 'now')`,
      requireFinally: true,
      expected: { scope: 'test', kind: 'released' },
    },
    {
      title: 'a plain statement before the acquisition does not release it',
      code: `
        import { it } from 'vitest';
        it('x', () => {
          vi.restoreAllMocks();
          vi.spyOn(Date, 'now');
        });
      `,
      acquired: `vi.spyOn(Date, 'now')`,
      expected: { scope: 'test', kind: 'missing', hook: 'afterEach' },
    },
    {
      title: 'a teardown registered before the acquisition still runs after it',
      code: `
        import { it, onTestFinished } from 'vitest';
        it('x', () => {
          onTestFinished(() => { vi.restoreAllMocks(); });
          vi.spyOn(Date, 'now');
        });
      `,
      acquired: `vi.spyOn(Date, 'now')`,
      expected: { scope: 'test', kind: 'released' },
    },
    {
      title: 'released only in afterAll: released too late',
      code: `
        import { describe, it, afterAll } from 'vitest';
        describe('s', () => {
          afterAll(() => { vi.restoreAllMocks(); });
          it('x', () => {
            vi.spyOn(Date, 'now');
          });
        });
      `,
      acquired: `vi.spyOn(Date, 'now')`,
      expected: { scope: 'test', kind: 'releasedTooLate' },
    },
    {
      title: 'not released: missing, belongs in afterEach',
      code: `
        import { it } from 'vitest';
        it('x', async () => {
          const db = await open();
          expect(await db.count()).toBe(0);
        });
      `,
      expected: { scope: 'test', kind: 'missing', hook: 'afterEach' },
    },
  ];

  it.each(rows)('$title', (row) => {
    expect(pairingOf(row)).toEqual(row.expected);
  });
});

describe('acquired in beforeEach', () => {
  const rows: Row[] = [
    {
      title: 'released in an afterEach of the same suite',
      code: `
        import { describe, it, beforeEach, afterEach } from 'vitest';
        describe('s', () => {
          let db;
          beforeEach(async () => { db = await open(); });
          afterEach(async () => { await db.close(); });
          it('x', () => {});
        });
      `,
      expected: { scope: 'beforeEach', kind: 'released' },
    },
    {
      title: 'released in an afterEach of an enclosing suite',
      code: `
        import { describe, it, beforeEach, afterEach } from 'vitest';
        describe('outer', () => {
          afterEach(() => { vi.restoreAllMocks(); });
          describe('inner', () => {
            beforeEach(() => { vi.spyOn(Date, 'now'); });
            it('x', () => {});
          });
        });
      `,
      acquired: `vi.spyOn(Date, 'now')`,
      expected: { scope: 'beforeEach', kind: 'released' },
    },
    {
      title: 'released by onTestFinished inside the hook',
      code: `
        import { it, beforeEach } from 'vitest';
        beforeEach(async ({ onTestFinished }) => {
          const db = await open();
          onTestFinished(() => db.close());
        });
        it('x', () => {});
      `,
      expected: { scope: 'beforeEach', kind: 'released' },
    },
    {
      // Not in the SPEC's table: released before any test runs, it cannot leak into one (pairing.ts accepts any place
      // in a beforeEach, plain statements included, and requireFinally does not apply there).
      title: 'released by a plain statement later in the hook, even under requireFinally',
      code: `
        import { it, beforeEach } from 'vitest';
        beforeEach(async () => {
          const db = await open();
          await db.migrate();
          await db.close();
        });
        it('x', () => {});
      `,
      requireFinally: true,
      expected: { scope: 'beforeEach', kind: 'released' },
    },
    {
      title: 'not released by the afterEach of a sibling suite',
      code: `
        import { describe, it, beforeEach, afterEach } from 'vitest';
        describe('a', () => {
          afterEach(() => { vi.restoreAllMocks(); });
          it('x', () => {});
        });
        describe('b', () => {
          beforeEach(() => { vi.spyOn(Date, 'now'); });
          it('y', () => {});
        });
      `,
      acquired: `vi.spyOn(Date, 'now')`,
      expected: { scope: 'beforeEach', kind: 'missing', hook: 'afterEach' },
    },
    {
      title: 'released only in afterAll: released too late',
      code: `
        import { it, beforeEach, afterAll } from 'vitest';
        let db;
        beforeEach(async () => { db = await open(); });
        afterAll(async () => { await db.close(); });
        it('x', () => {});
      `,
      expected: { scope: 'beforeEach', kind: 'releasedTooLate' },
    },
    {
      title: 'not released: missing, belongs in afterEach',
      code: `
        import { it, beforeEach } from 'vitest';
        let db;
        beforeEach(async () => { db = await open(); });
        it('x', () => {});
      `,
      expected: { scope: 'beforeEach', kind: 'missing', hook: 'afterEach' },
    },
  ];

  it.each(rows)('$title', (row) => {
    expect(pairingOf(row)).toEqual(row.expected);
  });
});

describe('acquired in beforeAll / before, or in a suite body', () => {
  const rows: Row[] = [
    {
      title: 'released in an afterAll of the same suite',
      code: `
        import { describe, it, beforeAll, afterAll } from 'vitest';
        describe('s', () => {
          let db;
          beforeAll(async () => { db = await open(); });
          afterAll(async () => { await db.close(); });
          it('x', () => {});
        });
      `,
      expected: { scope: 'beforeAll', kind: 'released' },
    },
    {
      title: 'released in an afterEach of the same suite',
      code: `
        import { describe, it, beforeAll, afterEach } from 'vitest';
        describe('s', () => {
          let db;
          beforeAll(async () => { db = await open(); });
          afterEach(async () => { await db.close(); });
          it('x', () => {});
        });
      `,
      expected: { scope: 'beforeAll', kind: 'released' },
    },
    {
      title: 'released in an afterAll of an enclosing suite',
      code: `
        import { describe, it, beforeAll, afterAll } from 'vitest';
        let db;
        afterAll(async () => { await db.close(); });
        describe('outer', () => {
          describe('inner', () => {
            beforeAll(async () => { db = await open(); });
            it('x', () => {});
          });
        });
      `,
      expected: { scope: 'beforeAll', kind: 'released' },
    },
    {
      title: "not released by a sibling suite's afterAll",
      code: `
        import { describe, it, beforeAll, afterAll } from 'vitest';
        let db;
        describe('a', () => {
          beforeAll(async () => { db = await open(); });
          it('x', () => {});
        });
        describe('b', () => {
          afterAll(async () => { await db.close(); });
          it('y', () => {});
        });
      `,
      expected: { scope: 'beforeAll', kind: 'missing', hook: 'afterAll' },
    },
    {
      title: "not released by a nested suite's afterAll, which runs before the rest of the suite's tests",
      code: `
        import { describe, it, beforeAll, afterAll } from 'vitest';
        describe('s', () => {
          let db;
          beforeAll(async () => { db = await open(); });
          describe('inner', () => {
            afterAll(async () => { await db.close(); });
            it('x', () => {});
          });
          it('y', () => {});
        });
      `,
      expected: { scope: 'beforeAll', kind: 'missing', hook: 'afterAll' },
    },
    {
      title: 'mocha before → after (globals)',
      code: `
        let db;
        before(async () => { db = await open(); });
        after(async () => { await db.close(); });
        it('x', () => {});
      `,
      expected: { scope: 'beforeAll', kind: 'released' },
    },
    {
      title: 'node:test before → after',
      code: `
        import { describe, it, before, after } from 'node:test';
        describe('s', () => {
          let db;
          before(async () => { db = await open(); });
          after(async () => { await db.close(); });
          it('x', () => {});
        });
      `,
      expected: { scope: 'beforeAll', kind: 'released' },
    },
    {
      title: 'a suite body is paired like beforeAll: released in the afterAll of its suite',
      code: `
        import { describe, it, afterAll } from 'vitest';
        describe('s', () => {
          const db = open();
          afterAll(() => db.close());
          it('x', () => {});
        });
      `,
      expected: { scope: 'suite', kind: 'released' },
    },
    {
      title: 'a suite body, not released: missing, belongs in afterAll',
      code: `
        import { describe, it } from 'vitest';
        describe('s', () => {
          const db = open();
          it('x', () => {});
        });
      `,
      expected: { scope: 'suite', kind: 'missing', hook: 'afterAll' },
    },
    {
      title: 'not released: missing, belongs in afterAll',
      code: `
        import { it, beforeAll } from 'vitest';
        let db;
        beforeAll(async () => { db = await open(); });
        it('x', () => {});
      `,
      expected: { scope: 'beforeAll', kind: 'missing', hook: 'afterAll' },
    },
  ];

  it.each(rows)('$title', (row) => {
    expect(pairingOf(row)).toEqual(row.expected);
  });
});

describe('acquired at the module top level', () => {
  const rows: Row[] = [
    {
      title: 'released in a top-level afterAll',
      code: `
        import { it, afterAll } from 'vitest';
        const db = open();
        afterAll(() => db.close());
        it('x', () => {});
      `,
      expected: { scope: 'module', kind: 'released' },
    },
    {
      title: 'released in an afterAll of any suite in the file',
      code: `
        import { describe, it, afterAll } from 'vitest';
        const db = open();
        describe('a', () => {
          it('x', () => {});
        });
        describe('b', () => {
          describe('c', () => {
            afterAll(() => db.close());
            it('y', () => {});
          });
        });
      `,
      expected: { scope: 'module', kind: 'released' },
    },
    {
      title: 'mocha: released in after',
      code: `
        const db = open();
        describe('s', () => {
          after(() => db.close());
          it('x', () => {});
        });
      `,
      expected: { scope: 'module', kind: 'released' },
    },
    {
      // Beyond the SPEC's table, on purpose (pairing.ts's table lists it): an afterEach also runs after the last test.
      title: 'released in an afterEach',
      code: `
        import { it, afterEach } from 'vitest';
        const db = open();
        afterEach(() => db.close());
        it('x', () => {});
      `,
      expected: { scope: 'module', kind: 'released' },
    },
    {
      // Beyond the SPEC's table, on purpose (pairing.ts): top-level `await db.close()` in an ES module.
      title: 'released by a later top-level statement',
      code: `
        import { test } from 'node:test';
        const db = await open();
        await test('x', async () => {});
        await db.close();
      `,
      expected: { scope: 'module', kind: 'released' },
    },
    {
      title: 'not released: missing, belongs in afterAll',
      code: `
        import { it } from 'vitest';
        const db = open();
        it('x', () => {});
      `,
      expected: { scope: 'module', kind: 'missing', hook: 'afterAll' },
    },
    {
      // pairing.ts: a helper or setup module shares what it opens with the files that import it.
      title: 'no acquisition at all in a file that registers no test, suite or hook',
      code: `
        export const db = open();
      `,
      expected: undefined,
    },
  ];

  it.each(rows)('$title', (row) => {
    expect(pairingOf(row)).toEqual(row.expected);
  });
});

describe('acquired in a fixture before use', () => {
  const rows: Row[] = [
    {
      title: 'released by the same fixture after use',
      code: `
        import { test } from 'vitest';
        export const dbTest = test.extend({
          db: async ({}, use) => {
            const db = await open();
            await use(db);
            await db.close();
          },
        });
      `,
      expected: { scope: 'fixture', kind: 'released' },
    },
    {
      title: 'released by a call given the value after use',
      code: `
        import { test } from 'vitest';
        export const dbTest = test.extend({
          db: async ({}, use) => {
            const db = await open();
            await use(db);
            await dispose(db);
          },
        });
      `,
      expected: { scope: 'fixture', kind: 'released' },
    },
    {
      title: 'not released by a close before use, nor by the hand-over to use',
      code: `
        import { test } from 'vitest';
        export const dbTest = test.extend({
          db: async ({}, use) => {
            const db = await open();
            await db.close();
            await use(db);
          },
        });
      `,
      expected: { scope: 'fixture', kind: 'missing', hook: 'fixture' },
    },
    {
      title: 'Playwright: released by the same fixture after use',
      code: `
        import { test as base } from '@playwright/test';
        export const test = base.extend({
          db: async ({}, use) => {
            const db = await open();
            await use(db);
            await db.close();
          },
        });
      `,
      expected: { scope: 'fixture', kind: 'released' },
    },
    {
      title: 'not released: missing, belongs in the fixture',
      code: `
        import { test } from 'vitest';
        export const dbTest = test.extend({
          db: async ({}, use) => {
            await use(await open());
          },
        });
      `,
      expected: { scope: 'fixture', kind: 'missing', hook: 'fixture' },
    },
  ];

  it.each(rows)('$title', (row) => {
    expect(pairingOf(row)).toEqual(row.expected);
  });
});

describe('how a release matches', () => {
  const rows: Row[] = [
    {
      title: 'by binding: the close of another variable does not release',
      code: `
        import { it, afterEach } from 'vitest';
        let db;
        let other;
        afterEach(() => other.close());
        it('x', async () => {
          db = await open();
        });
      `,
      expected: { scope: 'test', kind: 'missing', hook: 'afterEach' },
    },
    {
      title: 'by binding: a same-named variable of the teardown is another binding',
      code: `
        import { it, afterEach } from 'vitest';
        let db;
        afterEach(() => {
          const db = connectAgain();
          db.close();
        });
        it('x', async () => {
          db = await open();
        });
      `,
      expected: { scope: 'test', kind: 'missing', hook: 'afterEach' },
    },
    {
      title: 'by a global undo in an afterEach',
      code: `
        import { it, afterEach } from 'vitest';
        import sinon from 'sinon';
        afterEach(() => { sinon.restore(); });
        it('x', () => {
          sinon.stub(Date, 'now');
        });
      `,
      acquired: `sinon.stub(Date, 'now')`,
      expected: { scope: 'test', kind: 'released' },
    },
    {
      title: 'by a global undo handed to the hook by reference, matched as a call with no arguments',
      code: `
        import { it, afterEach } from 'vitest';
        afterEach(vi.restoreAllMocks);
        it('x', () => {
          vi.spyOn(Date, 'now');
        });
      `,
      acquired: `vi.spyOn(Date, 'now')`,
      expected: { scope: 'test', kind: 'released' },
    },
    {
      title: 'through a same-file helper called from a teardown',
      code: `
        import { it, afterEach } from 'vitest';
        let db;
        async function closeDb() {
          await db.close();
        }
        afterEach(() => closeDb());
        it('x', async () => {
          db = await open();
        });
      `,
      expected: { scope: 'test', kind: 'released' },
    },
    {
      title: 'through a same-file helper called at the end of the test',
      code: `
        import { it } from 'vitest';
        let db;
        const closeDb = () => db.close();
        it('x', async () => {
          db = await open();
          closeDb();
        });
      `,
      expected: { scope: 'test', kind: 'released' },
    },
    {
      // pairing.ts follows helpers one level only, on purpose.
      title: 'not through a helper that calls the helper that releases',
      code: `
        import { it, afterEach } from 'vitest';
        let db;
        function closeDb() {
          db.close();
        }
        function cleanUp() {
          closeDb();
        }
        afterEach(() => cleanUp());
        it('x', async () => {
          db = await open();
        });
      `,
      expected: { scope: 'test', kind: 'missing', hook: 'afterEach' },
    },
    {
      title: 'the value passed to any call inside an afterEach',
      code: `
        import { describe, it, beforeEach, afterEach } from 'vitest';
        describe('s', () => {
          let db;
          beforeEach(async () => { db = await open(); });
          afterEach(() => dispose(db));
          it('x', () => {});
        });
      `,
      expected: { scope: 'beforeEach', kind: 'released' },
    },
    {
      title: 'the value passed to any call inside onTestFinished',
      code: `
        import { it, onTestFinished } from 'vitest';
        it('x', async () => {
          const db = await open();
          onTestFinished(() => dispose(db));
        });
      `,
      expected: { scope: 'test', kind: 'released' },
    },
    {
      title: 'the value passed to a call whose result is the teardown: t.after(closing(db))',
      code: `
        import { test } from 'node:test';
        test('x', async (t) => {
          const db = await open();
          t.after(closing(db));
        });
      `,
      expected: { scope: 'test', kind: 'released' },
    },
    {
      title: 'the value passed to any call inside finally',
      code: `
        import { it } from 'vitest';
        it('x', async () => {
          const db = await open();
          try {
            expect(await db.count()).toBe(0);
          } finally {
            await dispose(db);
          }
        });
      `,
      expected: { scope: 'test', kind: 'released' },
    },
    {
      title: 'not the value passed to a call among the plain statements of the test',
      code: `
        import { it } from 'vitest';
        it('x', async () => {
          const db = await open();
          await seed(db);
        });
      `,
      expected: { scope: 'test', kind: 'missing', hook: 'afterEach' },
    },
  ];

  it.each(rows)('$title', (row) => {
    expect(pairingOf(row)).toEqual(row.expected);
  });
});

describe('the suites around an acquisition', () => {
  const snippet = analyse(`
    import { describe, it, test, beforeAll, beforeEach, afterEach, afterAll } from 'vitest';
    let db;
    describe('outer', () => {
      beforeAll(() => {});
      beforeEach(async () => { db = await open(); });
      it('x', () => {});
      afterEach(() => {});
      describe('inner', () => {
        afterAll(() => {});
        it('y', () => {});
      });
      test('z', () => {});
    });
  `);
  const acquisition = snippet.file.pairing.acquisition(snippet.expr('open()'))!;
  const [outer, file] = acquisition.suites;
  const text = (node: TSESTree.Node | undefined) => (node === undefined ? undefined : snippet.file.sourceCode.getText(node));

  it('lists the suite bodies innermost first, the file last', () => {
    expect(acquisition.scope).toBe('beforeEach');
    expect(acquisition.suites).toHaveLength(2);
    expect(outer!.node).toBe(snippet.callbackOf('describe'));
    expect(file!.node).toBe(snippet.file.sourceCode.ast);
  });

  it("gives a suite body its own hooks, in order, not a nested suite's", () => {
    expect(outer!.hooks.map((hook) => hook.role)).toEqual(['beforeAll', 'beforeEach', 'afterEach']);
    expect(file!.hooks).toEqual([]);
  });

  it('gives a suite body the tests and suites registered directly in it, and the first of their statements', () => {
    expect(outer!.registrations.map((registration) => text(registration.node.arguments[0]))).toEqual([`'x'`, `'inner'`, `'z'`]);
    expect(text(outer!.firstRegistration)).toBe(`it('x', () => {});`);
    expect(file!.registrations.map((registration) => registration.role)).toEqual(['suite']);
    expect(file!.firstRegistration).toBe(snippet.file.sourceCode.ast.body[2]);
  });

  it('takes an awaited registration (node:test) for a registration', () => {
    const awaited = analyse(`
      import { test, before } from 'node:test';
      before(() => {});
      await test('x', async () => { open(); });
    `);
    const [body] = awaited.file.pairing.acquisition(awaited.expr('open()'))!.suites;
    expect(body!.hooks.map((hook) => hook.role)).toEqual(['beforeAll']);
    expect(body!.registrations.map((registration) => registration.role)).toEqual(['test']);
    expect(body!.firstRegistration).toBe(awaited.file.sourceCode.ast.body[2]);
  });
});

describe('laterTestsSetUp: every test run after the acquiring suite sets the value up again', () => {
  /** A hook "sets up" when its callback calls `patch()`; the acquisition is the first `patch()`. */
  function laterTestsSetUp(code: string): boolean {
    const snippet = analyse(code);
    const acquisition = snippet.file.pairing.acquisition(snippet.expr('patch()'))!;
    return snippet.file.pairing.laterTestsSetUp(
      acquisition.suites,
      (hook) => hook.callback !== undefined && snippet.file.sourceCode.getText(hook.callback).includes('patch()'),
    );
  }

  const rows: { title: string; code: string; expected: boolean }[] = [
    {
      title: 'a later sibling suite sets up in its own beforeEach',
      code: `
        import { describe, it, beforeEach } from 'vitest';
        describe('a', () => {
          beforeEach(() => { patch(); });
          it('x', () => {});
        });
        describe('b', () => {
          beforeEach(() => { patch(); });
          it('y', () => {});
        });
      `,
      expected: true,
    },
    {
      title: 'a later sibling suite sets up in its own beforeAll',
      code: `
        import { describe, it, beforeEach, beforeAll } from 'vitest';
        describe('a', () => {
          beforeEach(() => { patch(); });
          it('x', () => {});
        });
        describe('b', () => {
          beforeAll(() => { patch(); });
          it('y', () => {});
        });
      `,
      expected: true,
    },
    {
      title: 'a later sibling suite whose nested suites each set up',
      code: `
        import { describe, it, beforeEach } from 'vitest';
        describe('a', () => {
          beforeEach(() => { patch(); });
          it('x', () => {});
        });
        describe('b', () => {
          describe('b1', () => {
            beforeEach(() => { patch(); });
            it('y', () => {});
          });
          describe('b2', () => {
            beforeEach(() => { patch(); });
            it('z', () => {});
          });
        });
      `,
      expected: true,
    },
    {
      title: 'a later sibling suite that does not set up',
      code: `
        import { describe, it, beforeEach } from 'vitest';
        describe('a', () => {
          beforeEach(() => { patch(); });
          it('x', () => {});
        });
        describe('b', () => {
          beforeEach(() => { other(); });
          it('y', () => {});
        });
      `,
      expected: false,
    },
    {
      title: 'a later test outside any suite',
      code: `
        import { describe, it, beforeEach } from 'vitest';
        describe('a', () => {
          beforeEach(() => { patch(); });
          it('x', () => {});
        });
        it('y', () => {});
      `,
      expected: false,
    },
    {
      title: 'later tests covered by a beforeEach of an enclosing suite',
      code: `
        import { describe, it, beforeEach } from 'vitest';
        describe('outer', () => {
          describe('a', () => {
            beforeEach(() => { patch(); });
            it('x', () => {});
          });
          beforeEach(() => { patch(); });
          it('y', () => {});
        });
      `,
      expected: true,
    },
    {
      title: 'no test after the acquiring suite (earlier ones do not count)',
      code: `
        import { describe, it, beforeEach } from 'vitest';
        it('before', () => {});
        describe('a', () => {
          beforeEach(() => { patch(); });
          it('x', () => {});
        });
      `,
      expected: true,
    },
  ];

  it.each(rows)('$title', ({ code, expected }) => {
    expect(laterTestsSetUp(code)).toBe(expected);
  });
});
