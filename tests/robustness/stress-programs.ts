/**
 * Programs that stress the parsers' range: each is either a test-file body (run under every runner's imports) or a
 * whole file. `espree: false` marks TypeScript-only syntax; `.jsx`/`.tsx` programs are linted with JSX on.
 */

export interface StressProgram {
  readonly name: string;
  readonly code: string;
  /** The extensions to lint it as: `.js`-family ones go through espree, `.ts`-family ones through the TS parser. */
  readonly extensions: readonly string[];
  /** A body is prefixed with each runner's imports; a whole file is linted as written. */
  readonly body: boolean;
}

const scripts = ['.js', '.ts'];
const typescriptOnly = ['.ts'];
const jsx = ['.jsx', '.tsx'];

/** Each runner's way of bringing `describe`, `it`, `test`, hooks and `expect` into a file. */
export const runnerHeaders: Readonly<Record<string, string>> = {
  vitest: "import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, test, vi } from 'vitest';\n",
  jest: "import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest, test } from '@jest/globals';\n",
  mocha: "import { expect } from 'chai';\n",
  node: "import { after as afterAll, afterEach, before as beforeAll, beforeEach, describe, it, test } from 'node:test';\nimport assert from 'node:assert/strict';\nconst expect = (value) => ({ toBe: (other) => assert.equal(value, other) });\n",
  playwright:
    "import { expect, test } from '@playwright/test';\nconst { describe, beforeAll, afterAll, beforeEach, afterEach } = test;\nconst it = test;\n",
};

/** `depth` callbacks inside each other, an await at the bottom. */
function nestedCallbacks(depth: number): string {
  let code = 'await work(0);';
  for (let level = 1; level <= depth; level += 1) code = `await step(async () => {\n${code}\n});`;
  return `async function work(value) {\n  return value;\n}\nasync function step(callback) {\n  await callback();\n}\n\nit('nests ${depth} callbacks', async () => {\n${code}\n});\n`;
}

function nestedSuites(depth: number): string {
  let code = "it('is deep', async () => {\n  await Promise.resolve();\n});";
  for (let level = 1; level <= depth; level += 1) code = `describe('level ${level}', () => {\n${code}\n});`;
  return `${code}\n`;
}

function longChain(length: number): string {
  const links = Array.from({ length }, (_, index) => `.then((value) => value + ${index})`).join('\n    ');
  return `it('chains ${length} thens', () => {\n  return Promise.resolve(0)\n    ${links};\n});\n\nit('drops a long chain', async () => {\n  Promise.resolve(0)\n    ${links};\n});\n`;
}

function longExpression(terms: number): string {
  const sum = Array.from({ length: terms }, (_, index) => `n${index % 10}`).join(' + ');
  return `it('adds ${terms} terms', () => {\n  const [n0, n1, n2, n3, n4, n5, n6, n7, n8, n9] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];\n  expect(${sum}).toBe(${Array.from({ length: terms }, (_, index) => index % 10).reduce((a, b) => a + b, 0)});\n});\n`;
}

export const stressPrograms: readonly StressProgram[] = [
  { name: 'empty file', code: '', extensions: ['.js', '.ts', '.mjs', '.cjs', '.tsx'], body: false },
  { name: 'only comments and whitespace', code: '// nothing here\n/* at all */\n\n   \n', extensions: scripts, body: false },
  { name: 'only a hashbang', code: '#!/usr/bin/env node\n', extensions: ['.js', '.mjs', '.ts'], body: false },
  { name: 'only imports', code: '', extensions: scripts, body: true },
  {
    name: 'class fields and private names',
    body: true,
    extensions: scripts,
    code: `class Pool {
  #connections = new Set();
  static #pools = 0;
  static {
    Pool.#pools += 1;
  }
  ready = this.#open();
  async #open() {
    await Promise.resolve();
    return this;
  }
  get size() {
    return this.#connections.size;
  }
  set size(value) {
    void value;
  }
  static isPool(value) {
    return #connections in value;
  }
  async close() {
    for (const connection of this.#connections) await connection.end?.();
  }
}

describe('a pool', () => {
  const pool = new Pool();

  afterAll(async () => {
    await pool.close();
  });

  it('opens', async () => {
    await pool.ready;
    pool.ready;
    expect(Pool.isPool(pool)).toBe(true);
  });

  it('uses a class expression', async () => {
    const Local = class extends Pool {
      #extra = super.size;
      async close() {
        await super.close();
      }
    };
    new Local().close();
  });
});
`,
  },
  {
    name: 'decorators and accessors',
    body: true,
    extensions: typescriptOnly,
    code: `function sealed(target: Function): void {
  Object.seal(target);
}
const log = (..._args: unknown[]) => undefined;
const inject = () => (_target: unknown, _key: string | undefined, _index: number) => undefined;

@sealed
@((target: Function) => target)
class Service {
  @log accessor retries = 3;
  @log declare readonly kind: string;
  constructor(@inject() private readonly name: string) {}
  @log
  async start(): Promise<void> {
    await Promise.resolve(this.name);
  }
  @log static create(): Service {
    return new Service('x');
  }
}

describe('a decorated service', () => {
  it('starts', async () => {
    const service = Service.create();
    service.start();
    await service.start();
  });
});
`,
  },
  {
    name: 'generics, type-only syntax and assertions',
    body: true,
    extensions: typescriptOnly,
    code: `import type { Readable } from 'node:stream';
export type { Readable };
type Awaited2<T> = T extends PromiseLike<infer U> ? Awaited2<U> : T;
type Mutable<T> = { -readonly [K in keyof T]: T[K] };
interface Repo<TItem extends { id: number }> {
  find(id: TItem['id']): Promise<TItem | undefined>;
}
enum Status {
  Active = 'active',
  Closed = 'closed',
}
declare const repo: Repo<{ id: number; name: string }>;
declare function load<T = unknown>(name: string): Promise<T>;
function identity<const T>(value: T): T {
  return value;
}
function overloaded(value: string): string;
function overloaded(value: number): number;
function overloaded(value: string | number) {
  return value;
}
abstract class Base<T> {
  protected abstract make(): Promise<T>;
}
namespace Helpers {
  export const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
}
const loadUser = load<{ name: string }>;

describe<unknown>('typed things', () => {
  it('awaits generic calls', async () => {
    const user = await load<{ name: string }>('user');
    const typed = (await repo.find(1))!;
    const mutable: Mutable<typeof typed> = { ...typed };
    expect<string>(user.name satisfies string).toBe(mutable.name as string);
    load<void>('fire and forget');
    <Promise<void>>Helpers.wait(1);
    Helpers.wait(1) as Promise<void>;
    loadUser('x')!;
    void (identity(Status.Active) as const satisfies Status);
    const value: Awaited2<Promise<number>> = 1;
    expect(overloaded(value)).toBe(1);
  });

  it('keeps unknown generics apart', async () => {
    class Impl extends Base<number> {
      protected async make() {
        return 1;
      }
    }
    new Impl();
  });
});
`,
  },
  {
    name: 'TypeScript module forms',
    body: false,
    extensions: typescriptOnly,
    code: `import fs = require('node:fs');
import type * as Types from 'vitest';
import { describe, it, expect } from 'vitest';
declare module 'vitest' {
  interface TestContext {
    db: { query(sql: string): Promise<unknown[]> };
  }
}
declare global {
  var __ready: Promise<void> | undefined;
}
export declare const settled: Types.TestContext | undefined;

describe('module forms', () => {
  it('reads', async ({ db }) => {
    db.query('select 1');
    await db.query('select 2');
    expect(fs.existsSync('.')).toBe(true);
    globalThis.__ready;
  });
});

export = {};
`,
  },
  {
    name: 'JSX',
    body: true,
    extensions: jsx,
    code: `function Button({ onClick, children }) {
  return (
    <button type="button" onClick={async () => { await onClick(); }}>
      {children}
    </button>
  );
}
const render = (element) => Promise.resolve({ element, unmount: async () => undefined });

describe('a button', () => {
  it('renders', async () => {
    const view = await render(<Button onClick={() => Promise.resolve()}>Save</Button>);
    render(<><Button onClick={() => undefined}>{'a'}</Button>{[1, 2].map((n) => <span key={n}>{n}</span>)}</>);
    expect(<div data-x={{ y: 1 }} {...{ id: 'z' }} />).toBe(view.element);
    view.unmount();
  });
});
`,
  },
  {
    name: 'using and await using',
    body: true,
    extensions: [...scripts, '.mjs'],
    code: `const open = async () => ({ async [Symbol.asyncDispose]() {}, query: async () => [] });
const lock = () => ({ [Symbol.dispose]() {} });

await using shared = await open();
using guard = lock();

describe('resources', () => {
  beforeEach(async () => {
    await using scoped = await open();
    await scoped.query();
  });

  it('disposes', async () => {
    await using connection = await open();
    using held = lock();
    connection.query();
    for (await using each of [open(), open()]) await each.query();
    for (using each of [lock()]) void each;
    {
      using inner = lock();
      void inner;
    }
    void held, shared, guard;
  });
});
`,
  },
  {
    name: 'optional chaining and calls',
    body: true,
    extensions: scripts,
    code: `const client = { close: async () => undefined, nested: { run: async () => 1 } };
const maybe = Math.random() > 2 ? undefined : client;

describe?.('optional', () => {
  afterEach(async () => {
    await maybe?.close?.();
  });

  it?.('calls through optional chains', async () => {
    maybe?.close();
    maybe?.nested?.run?.();
    maybe?.['close']?.();
    await maybe?.nested.run();
    (maybe?.close)();
    expect(maybe?.nested?.run).toBe(client.nested.run);
    expect(await maybe?.nested?.run()).toBe(1);
  });

  test.skip?.('is optional too', async () => {});
});
`,
  },
  {
    name: 'labelled statements',
    body: true,
    extensions: scripts,
    code: `const wait = () => new Promise((resolve) => setTimeout(resolve, 1));

labelled: it('inside a label', async () => {
  outer: for (const a of [1, 2]) {
    inner: for (const b of [1, 2]) {
      if (a === b) continue outer;
      await wait();
      if (b > 5) break inner;
      wait();
    }
  }
  block: {
    wait();
    break block;
  }
  loop: while (true) {
    await wait();
    do {
      break loop;
    } while (false);
  }
});

suite: describe('labelled suite', () => {
  hook: beforeEach(async () => {
    await wait();
  });
});
`,
  },
  {
    name: 'top-level await in a module',
    body: true,
    extensions: ['.mjs', '.mts', '.js', '.ts'],
    code: `const wait = () => new Promise((resolve) => setTimeout(resolve, 1));
const config = await wait();
const { join } = await import('node:path');
for await (const chunk of [wait(), wait()]) void chunk;
wait();

describe('after top-level await', () => {
  it('runs', async () => {
    expect(join('a', 'b')).toBe(config);
  });
});

await wait();
it('is registered after a top-level await', async () => {
  await wait();
});
`,
  },
  {
    name: 'CommonJS with require',
    body: false,
    extensions: ['.cjs', '.js', '.cts'],
    code: `'use strict';

const { describe, it, before } = require('mocha');
const { expect } = require('chai');
const assert = require('node:assert');
const request = require('supertest');
const lib = require('../lib');
const { test: nodeTest } = require('node:test');
const app = lib.createApp?.() ?? require('express')();

module.exports = { app };
exports.helper = async function helper() {
  await request(app).get('/');
};
module.exports.other = async () => undefined;

describe('commonjs', function () {
  this.timeout(5000);

  before(function (done) {
    app.listen?.(0, done);
  });

  it('requests', async function () {
    request(app).get('/').expect(200);
    await request(app).get('/').expect(200);
    assert.rejects(Promise.reject(new Error('x')));
    expect(require('node:path').sep).to.be.a('string');
  });
});

nodeTest('node test in commonjs', async (t) => {
  t.test('sub', () => undefined);
});
`,
  },
  {
    name: 'sloppy-mode script syntax',
    body: false,
    extensions: ['.cjs'],
    code: `var await = 1;
var yield = 2;
var let = 3;
var async = function (value) { return value; };
async(await + yield + let);
with (Math) {
  it('uses with', function (done) {
    setTimeout(function () { done(); }, max(1, 2));
  });
}
label: function declared() {}
<!-- an HTML comment
describe('sloppy', function () {
  arguments;
  it('calls arguments.callee', function () {
    return arguments.length;
  });
});
`,
  },
  {
    name: 'ES module import and export forms',
    body: false,
    extensions: ['.mjs', '.js', '.ts', '.mts'],
    code: `import * as vt from 'vitest';
import { it as spec, expect as check, describe as group } from 'vitest';
import data from './data.json' with { type: 'json' };
import def, * as all from './helpers.js';
export * from './helpers.js';
export * as helpers from './helpers.js';
export { default as helperDefault } from './helpers.js';
export { spec as renamed };
export const extended = vt.test.extend({
  page: async ({}, use) => {
    await use(import.meta.url);
  },
});

group('import forms', () => {
  spec('uses renamed imports', async () => {
    check(data).toBeDefined();
    check(def(all)).resolves.toBe(1);
    vt.expect(Promise.resolve(1)).resolves.toBe(1);
    await vt.expect(Promise.resolve(1)).resolves.toBe(1);
  });

  extended('uses a fixture', async ({ page }) => {
    check(page).toBe(import.meta.url);
  });
});

export default group;
`,
  },
  {
    name: 'unusual registrations',
    body: true,
    extensions: scripts,
    code: `const title = 'dynamic';
const cases = [[1, 2], [3, 4]];
const callback = async () => undefined;
const args = ['spread', async () => undefined];
const name = 'only';

it();
it('no callback');
it('undefined callback', undefined);
it('number callback', 42);
it(title, callback);
it(...args);
it(\`template \${title}\`, async () => undefined);
it['skip']('computed', async () => undefined);
it[name]?.('computed by name', async () => undefined);
it('bound', callback.bind(null));
it('class as callback', class {});
it('async generator', async function* () {
  yield 1;
});
it('rest params', async (...params) => {
  params[0];
});
it('default params', async ({ page } = {}, other = page) => {
  void other;
});
it('async with done', async (done) => {
  done();
});
it('reassigned done', (done) => {
  done = () => undefined;
  done();
});
it('shadowed done', (done) => {
  [1].forEach((done) => done);
  setTimeout(done, 1);
});
it('done passed on', (done) => {
  setTimeout(() => done.call(null), 1);
  Promise.resolve().then(done, done);
});
it.each(cases)('each %i', async (a, b) => {
  expect(a + b).toBe(b + a);
});
it.each\`
  a    | b
  \${1} | \${2}
\`('tagged each $a', async ({ a, b }) => {
  expect(a).toBe(b - 1);
});
describe.each(cases)('suite each %i', (a) => {
  it('inside', () => expect(a).toBeDefined());
});
test.concurrent?.skip?.each?.(cases)?.('deep modifiers', async () => undefined);
const { skip, only: focus } = it;
skip('destructured modifier', async () => undefined);
const alias = it;
const again = alias;
again('aliased twice', async () => {
  Promise.resolve();
});
(0, it)('sequence callee', async () => undefined);
(it)('parenthesised callee', async () => undefined);
void focus;
`,
  },
  {
    name: 'unusual promise expressions',
    body: true,
    extensions: scripts,
    code: `const thenable = { then(resolve) { resolve(1); } };
const lazy = { get then() { return undefined; } };
const wait = () => new Promise((resolve) => setTimeout(resolve, 1));

it('awaits oddly', async () => {
  await await wait();
  await (async () => wait())();
  void (async () => { await wait(); })();
  (async () => { await wait(); })();
  new Promise((resolve) => resolve());
  Promise.resolve().then();
  Promise.reject(new Error('x')).catch(() => undefined);
  wait().then(() => wait()).finally();
  wait(), wait(), 1;
  [wait(), , wait()];
  ({ wait: wait() });
  (await wait)();
  thenable;
  await thenable;
  await lazy;
  const kept = wait();
  const { length } = [wait()];
  let later;
  later = wait();
  later;
  if (wait()) void 0;
  while (wait()) break;
  for (const p = wait(); !p; ) break;
  expect(wait).toBeDefined();
  expect(wait()).toBeTruthy();
  expect(async () => wait()).toThrow();
  expect(wait()).resolves;
  expect(wait()).resolves.not.toBe(1);
  expect.soft?.(wait()).resolves?.toBe(undefined);
  typeof wait() === 'object';
  wait() instanceof Promise;
  delete globalThis.x;
  'x' in { x: wait() };
  return kept ?? length;
});

it('returns things', () => {
  return wait;
});

it('returns a nested arrow', () => () => wait());

it('expression body', () => wait());

it('async expression body', async () => wait());
`,
  },
  {
    name: 'generators, getters and computed keys',
    body: true,
    extensions: scripts,
    code: `function* ids() {
  yield* [1, 2];
  return yield;
}
async function* pages() {
  yield await Promise.resolve(1);
  yield* ids();
}
const key = 'run';
const service = {
  async [key]() {
    return 1;
  },
  get ready() {
    return Promise.resolve(true);
  },
  async *stream() {
    yield 1;
  },
  ['then' + '']: undefined,
  __proto__: null,
};

describe('generators', () => {
  it('iterates', async () => {
    for await (const page of pages()) void page;
    service[key]();
    service.run();
    service.ready;
    await service.ready;
    for (const id of ids()) void id;
    const big = 2n ** 64n + 1_000n;
    const pattern = /(?<word>[\\p{L}--[a-z]])/v;
    expect(pattern.test(String(big))).toBe(false);
    function Made() {
      return new.target;
    }
    new Made();
  });
});
`,
  },
  {
    name: 'mocha interfaces and this',
    body: false,
    extensions: ['.js', '.ts'],
    code: `suite('tdd interface', function () {
  setup(async function () {
    await Promise.resolve();
  });
  teardown(function (done) {
    done();
  });
  test('works', function () {
    this.timeout(100);
    this.retries?.(2);
    return Promise.resolve();
  });
});

describe('bdd interface', function () {
  before(function () {
    this.value = 1;
  });
  context('nested context', function () {
    specify('specify', async function () {
      this.skip?.();
    });
    xit('pending');
    it.only('focused', function (done) {
      process.nextTick(done);
    });
  });
});
`,
  },
  {
    name: 'Playwright fixtures and steps',
    body: false,
    extensions: ['.ts', '.js'],
    code: `import { test as base, expect } from '@playwright/test';

const test = base.extend({
  account: async ({ page }, use, testInfo) => {
    await page.goto('/signup');
    await use({ name: testInfo.title });
  },
  helper: [async ({}, use) => {
    use(1);
  }, { scope: 'worker', auto: true }],
});

test.describe.configure({ mode: 'serial' });
test.use({ viewport: { width: 1, height: 1 } });

test.describe('steps', () => {
  test.beforeEach(async ({ page }) => {
    page.goto('/');
  });

  test('nests steps', async ({ page, account }) => {
    await test.step('outer', async () => {
      await test.step('inner', async () => {
        page.getByRole('button', { name: account.name }).click();
        expect(page.getByText('x')).toBeVisible();
        await expect.poll(async () => page.title()).toBe('x');
        await expect(async () => {
          expect(1).toBe(1);
        }).toPass();
      });
      test.step('unawaited', async () => undefined);
    });
    await page.route('**/*', async (route) => {
      route.fulfill({ status: 200 });
    });
  });
});
`,
  },
  {
    name: 'node:test contexts',
    body: false,
    extensions: ['.mjs', '.ts'],
    code: `import { describe, it, mock, test } from 'node:test';
import assert from 'node:assert/strict';

test('parent', async (t) => {
  t.plan?.(2);
  t.after(() => mock.restoreAll());
  t.mock.timers?.enable({ apis: ['setTimeout'] });
  t.test('not awaited', async (t2) => {
    await t2.test('grandchild', () => undefined);
  });
  await t.test('awaited', { skip: false }, async () => {
    assert.rejects(Promise.reject(new Error('x')));
    await assert.rejects(Promise.reject(new Error('x')));
  });
  const { test: sub } = t;
  await sub.call(t, 'called with call', () => undefined);
});

describe('callback style', () => {
  it('done', (t, done) => {
    setImmediate(done);
  });
  it('done in then', (t, done) => {
    Promise.resolve().then(() => done());
  });
});
`,
  },
  {
    name: 'libraries the knowledge tables know',
    body: true,
    extensions: scripts,
    code: `import request from 'supertest';
import knex from 'knex';
import { PrismaClient } from '@prisma/client';
import { DataSource } from 'typeorm';
import nock from 'nock';
import sinon from 'sinon';
import { setupServer } from 'msw/node';
import { execSync } from 'node:child_process';
import http from 'node:http';

const db = knex({ client: 'pg' });
const prisma = new PrismaClient();
const source = new DataSource({ type: 'postgres' });
const server = setupServer();
const app = http.createServer();

beforeAll(() => {
  server.listen();
  app.listen(0);
  nock('https://api.example.com').get('/').reply(200);
});

describe('libraries', () => {
  it('leaves things running', async () => {
    db('users').insert({ name: 'x' });
    db.transaction(async (trx) => {
      await trx('users').del();
    });
    prisma.user.create({ data: {} });
    prisma.$transaction([prisma.user.deleteMany()]);
    source.getRepository('User').save({});
    request(app).get('/').expect(200);
    sinon.stub(Date, 'now').returns(1);
    process.env.TZ = 'UTC';
    delete process.env.HOME;
    Date.now = () => 1;
    setInterval(() => undefined, 1000);
    execSync('curl http://localhost:3000');
    http.get('http://localhost:3000', (response) => response.resume());
    const queryRunner = source.createQueryRunner();
    await queryRunner.startTransaction();
  });
});
`,
  },
  // As deep and long as each parser goes: past about 120 nested functions the TypeScript parser itself overflows the
  // stack (espree past about 250), so the depths differ by parser.
  { name: 'deeply nested callbacks (200 levels)', body: false, extensions: ['.js'], code: runnerHeaders.vitest + nestedCallbacks(200) },
  { name: 'deeply nested callbacks (100 levels)', body: false, extensions: ['.ts'], code: runnerHeaders.vitest + nestedCallbacks(100) },
  { name: 'deeply nested suites (200 levels)', body: false, extensions: ['.js'], code: runnerHeaders.jest + nestedSuites(200) },
  { name: 'deeply nested suites (120 levels)', body: false, extensions: ['.ts'], code: runnerHeaders.jest + nestedSuites(120) },
  { name: 'a chain of 300 thens', body: false, extensions: scripts, code: runnerHeaders.mocha + longChain(300) },
  { name: 'an expression of 500 terms', body: false, extensions: scripts, code: runnerHeaders.node + longExpression(500) },
];
