/**
 * A seeded generator of test files, shaped like the ones vitest, jest, mocha, node:test and Playwright Test run: suites,
 * tests, hooks, fixtures, awaits, promise chains, done callbacks, subtests and steps, with and without the async
 * mistakes the plugin reports. The same seed always gives the same text.
 *
 * The bench writes a corpus of these files (`writeCorpus`), and the same files placed in a small monorepo with its
 * runners' configs, setup files and helper modules (`writeProjectCorpus`); the robustness tests lint single programs
 * (`generateTestFile`) with `wild` raised, which mixes in syntax that test files rarely hold (decorators, `using`,
 * private names, labels, generators, JSX, top-level await, …).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const runners = ['vitest', 'jest', 'mocha', 'node', 'playwright'];

/** mulberry32: small, fast, and the same on every platform. */
export function createRandom(seed) {
  // Scrambled first (murmur3's finalizer), so that neighbouring seeds start far apart.
  let state = Math.imul((seed >>> 0) ^ ((seed >>> 0) >>> 16), 0x85ebca6b);
  state = Math.imul(state ^ (state >>> 13), 0xc2b2ae35);
  state = (state ^ (state >>> 16)) >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
    /** Picks by weight: `[[weight, value], …]`. */
    weighted(entries) {
      const total = entries.reduce((sum, [weight]) => sum + weight, 0);
      let roll = next() * total;
      for (const [weight, value] of entries) {
        roll -= weight;
        if (roll < 0) return value;
      }
      return entries[entries.length - 1][1];
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------------
// Runners: file names, imports and the calls that register suites, tests and hooks.

const profiles = {
  vitest: {
    files: [
      [5, { ext: '.test.ts' }],
      [2, { ext: '.spec.ts' }],
      [2, { ext: '.test.js' }],
      [1, { ext: '.test.tsx' }],
      [1, { ext: '.test.mts' }],
    ],
    suites: [
      [8, 'describe'],
      [1, 'describe.concurrent'],
      [1, 'describe.sequential'],
    ],
    tests: [
      [5, 'it'],
      [4, 'test'],
      [1, 'it.concurrent'],
      [1, 'test.skip'],
    ],
    hooks: { each: ['beforeEach', 'afterEach'], all: ['beforeAll', 'afterAll'] },
    mock: 'vi',
    functionStyle: false,
  },
  jest: {
    files: [
      [5, { ext: '.test.js' }],
      [3, { ext: '.test.ts' }],
      [1, { ext: '.test.jsx' }],
      [1, { ext: '.test.tsx' }],
      [1, { ext: '.js', folder: '__tests__' }],
    ],
    suites: [
      [9, 'describe'],
      [1, 'describe.skip'],
    ],
    tests: [
      [5, 'test'],
      [4, 'it'],
      [1, 'test.only'],
    ],
    hooks: { each: ['beforeEach', 'afterEach'], all: ['beforeAll', 'afterAll'] },
    mock: 'jest',
    done: true,
    functionStyle: false,
  },
  mocha: {
    files: [
      [5, { ext: '.spec.js', folder: 'test' }],
      [2, { ext: '.js', folder: 'test' }],
      [2, { ext: '.spec.mjs' }],
      [1, { ext: '.spec.ts' }],
    ],
    suites: [
      [8, 'describe'],
      [2, 'context'],
    ],
    tests: [
      [8, 'it'],
      [2, 'specify'],
    ],
    hooks: { each: ['beforeEach', 'afterEach'], all: ['before', 'after'] },
    done: true,
    functionStyle: true,
  },
  node: {
    files: [
      [4, { ext: '.test.mjs' }],
      [2, { ext: '.test.js' }],
      [2, { ext: '.test.cjs' }],
      [2, { ext: '.test.ts' }],
      [1, { ext: '.test.mts' }],
    ],
    suites: [
      [8, 'describe'],
      [2, 'suite'],
    ],
    tests: [
      [5, 'test'],
      [5, 'it'],
    ],
    hooks: { each: ['beforeEach', 'afterEach'], all: ['before', 'after'] },
    done: true,
    functionStyle: false,
  },
  playwright: {
    files: [
      [6, { ext: '.spec.ts', folder: 'e2e' }],
      [2, { ext: '.test.ts' }],
      [1, { ext: '.spec.js', folder: 'e2e' }],
    ],
    suites: [
      [8, 'test.describe'],
      [1, 'test.describe.serial'],
      [1, 'test.describe.parallel'],
    ],
    tests: [
      [9, 'test'],
      [1, 'test.fixme'],
    ],
    hooks: { each: ['test.beforeEach', 'test.afterEach'], all: ['test.beforeAll', 'test.afterAll'] },
    functionStyle: false,
  },
};

const subjects = ['user', 'order', 'session', 'invoice', 'cart', 'token', 'report', 'account', 'payment', 'message'];
const verbs = ['creates', 'updates', 'removes', 'lists', 'rejects', 'finds', 'refreshes', 'imports', 'exports', 'merges'];
const qualifiers = ['by id', 'when empty', 'twice', 'after a restart', 'with defaults', 'in order', 'for a guest', 'on retry'];
const asyncHelperNames = ['createUser', 'seedOrders', 'loadSession', 'saveSettings', 'publishEvent', 'flushQueue', 'openInvoice'];
const names = ['ada', 'grace', 'linus', 'barbara', 'edsger'];
const urls = ['/users', '/users/1', '/orders', '/health', '/login', '/reports?year=2024', '/carts/7/items'];

// ---------------------------------------------------------------------------------------------------------------------
// The program being written.

class Program {
  constructor(seed, options) {
    this.random = createRandom(seed);
    const random = this.random;
    this.runner = options.runner ?? random.pick(runners);
    this.profile = profiles[this.runner];
    const file = options.ext === undefined ? random.weighted(this.profile.files) : { ext: options.ext };
    this.ext = file.ext;
    this.folder = file.folder;
    this.typescript = /\.[cm]?tsx?$/.test(this.ext);
    this.jsx = /x$/.test(this.ext);
    this.esm =
      /\.m[jt]s$|\.tsx?$/.test(this.ext) ||
      (!/\.c[jt]s$/.test(this.ext) && (this.runner === 'vitest' || this.runner === 'node' || this.runner === 'playwright' || random.chance(0.25)));
    this.withMistakes = options.mistakes ?? random.chance(0.5);
    // Chance that a statement or test is one of the mistakes.
    this.mistakeRate = this.withMistakes ? (options.mistakeRate ?? 0.12) : 0;
    this.wild = options.wild ?? 0.03;
    this.size = options.size ?? 1;
    this.used = new Map();
    this.titles = 0;
    this.asyncHelpers = [];
    this.assertStyle = this.runner === 'mocha' ? random.pick(['chai', 'chai', 'assert']) : this.runner === 'node' ? 'assert' : 'expect';
  }

  /** A name not used before in this file, so that no two declarations clash in any scope. */
  fresh(base) {
    const count = (this.used.get(base) ?? 0) + 1;
    this.used.set(base, count);
    return count === 1 ? base : `${base}${count}`;
  }

  title() {
    const random = this.random;
    this.titles += 1;
    return `${random.pick(verbs)} the ${random.pick(subjects)} ${random.pick(qualifiers)} #${this.titles}`;
  }

  mistake() {
    return this.random.chance(this.mistakeRate);
  }

  odd() {
    return this.random.chance(this.wild);
  }

  /** `: Type` in TypeScript files, nothing in JavaScript. */
  type(text) {
    return this.typescript ? `: ${text}` : '';
  }

  fn(params, isAsync, body, { arrow = !this.profile.functionStyle, name } = {}) {
    const prefix = isAsync ? 'async ' : '';
    const head = arrow ? `${prefix}(${params}) => {` : `${prefix}function ${name === undefined ? '' : `${name} `}(${params}) {`;
    return [head, ...indent(body), '}'];
  }
}

function indent(lines, depth = 1) {
  const pad = '  '.repeat(depth);
  return lines.map((line) => (line === '' ? line : pad + line));
}

/** `call(title, <callback lines>)`: the callback's first line joins the call, its last line closes it. */
function registration(head, callback, tail = ')') {
  const [first, ...rest] = callback;
  const last = rest.pop();
  return [`${head}${first}`, ...rest, `${last}${tail};`];
}

// ---------------------------------------------------------------------------------------------------------------------
// The file: header, helpers, then suites, tests and hooks.

function header(program) {
  const { runner, esm, typescript, random } = program;
  const lines = [];
  if (program.odd() && !typescript) lines.push('#!/usr/bin/env node');
  const importFrom = (names, module) =>
    esm ? `import { ${names.join(', ')} } from '${module}';` : `const { ${names.join(', ')} } = require('${module}');`;
  const importDefault = (name, module) => (esm ? `import ${name} from '${module}';` : `const ${name} = require('${module}');`);
  const support = '../support/app';
  if (runner === 'vitest') {
    lines.push(importFrom(['afterAll', 'afterEach', 'beforeAll', 'beforeEach', 'describe', 'expect', 'it', 'test', 'vi'], 'vitest'));
  } else if (runner === 'jest' && typescript) {
    lines.push(importFrom(['afterAll', 'afterEach', 'beforeAll', 'beforeEach', 'describe', 'expect', 'it', 'jest', 'test'], '@jest/globals'));
  } else if (runner === 'mocha') {
    if (program.assertStyle === 'chai') {
      lines.push(
        importDefault('chai', 'chai'),
        importDefault('chaiAsPromised', 'chai-as-promised'),
        '',
        'chai.use(chaiAsPromised);',
        'const { expect } = chai;',
      );
    } else {
      lines.push(importDefault('assert', 'node:assert/strict'));
    }
    if (esm) lines.push(importFrom(['after', 'afterEach', 'before', 'beforeEach', 'describe', 'it'], 'mocha'));
  } else if (runner === 'node') {
    lines.push(importFrom(['after', 'afterEach', 'before', 'beforeEach', 'describe', 'it', 'mock', 'suite', 'test'], 'node:test'));
    lines.push(importDefault('assert', 'node:assert/strict'));
  } else if (runner === 'playwright') {
    lines.push(importFrom(['expect', 'test'], '@playwright/test'));
  }
  if (runner !== 'playwright') lines.push(importDefault('request', 'supertest'));
  lines.push(importFrom(['createApp', 'findUser', 'parseUser', 'resetDatabase', 'startServer'], support));
  if (program.jsx) lines.push(importFrom(['render', 'screen'], '@testing-library/react'));
  lines.push('');
  lines.push(`const baseUrl = 'http://localhost:${random.int(3000, 9000)}';`);
  lines.push(`const items${program.type('string[]')} = ['ada', 'grace', 'linus'];`);
  lines.push(`const store = new Map${typescript ? '<number, { id: number; name: string }>' : ''}();`);
  if (runner !== 'playwright') lines.push('const app = createApp();');
  lines.push('');
  return lines;
}

/** Same-file helpers: some async (the rules infer that they return promises), one callback-style, one plain. */
function helpers(program) {
  const { random, typescript } = program;
  const lines = [];
  const count = random.int(1, 3);
  const names = new Set();
  while (names.size < count) names.add(random.pick(asyncHelperNames));
  const user = typescript ? '{ id: number; name: string }' : '';
  for (const name of names) {
    program.asyncHelpers.push(name);
    program.used.set(name, 1);
    const param = `name${program.type('string')}`;
    const returns = typescript ? `: Promise<${user}>` : '';
    const body = [
      `const record = { id: store.size + 1, name };`,
      `store.set(record.id, record);`,
      `await new Promise((resolve) => setTimeout(resolve, 1));`,
      `return record;`,
    ];
    if (random.chance(0.5)) lines.push(`async function ${name}(${param})${returns} {`, ...indent(body), '}', '');
    else lines.push(`const ${name} = async (${param})${returns} => {`, ...indent(body), '};', '');
  }
  lines.push(`function waitFor(ms${program.type('number')}) {`, '  return new Promise((resolve) => setTimeout(resolve, ms));', '}', '');
  lines.push(`function loadFixture(id${program.type('number')}) {`, '  return Promise.resolve({ id, items: [...items] });', '}', '');
  lines.push(
    `function fetchUserWithCallback(id${program.type('number')}, callback${program.type('(error: Error | null, user?: { id: number }) => void')}) {`,
  );
  lines.push('  setTimeout(() => callback(null, { id }), 1);', '}', '');
  lines.push(`function formatUser(user${program.type(user)}) {`, '  return `${user.name} <${user.id}>`;', '}', '');
  program.used.set('waitFor', 1);
  program.used.set('loadFixture', 1);
  return lines;
}

export function generateTestFile(seed, options = {}) {
  const program = new Program(seed, options);
  const { random, runner } = program;
  const lines = [...header(program), ...helpers(program)];
  if (program.odd()) lines.push(...oddTopLevel(program), '');
  if (runner === 'playwright' && random.chance(0.3)) lines.push(...playwrightFixtures(program), '');
  if (runner === 'vitest' && random.chance(0.2)) lines.push(...vitestFixtures(program), '');
  const blocks = Math.max(1, Math.round(random.int(1, 3) * program.size));
  for (let index = 0; index < blocks; index += 1) {
    if (runner === 'node' && random.chance(0.4)) lines.push(...nodeTopLevelTest(program), '');
    else if (random.chance(0.85)) lines.push(...suite(program, 0), '');
    else lines.push(...testCase(program), '');
  }
  if (program.esm && program.odd()) lines.push('export {};', '');
  const folder = program.folder === undefined ? runner : `${runner}/${program.folder}`;
  const name = `${random.pick(subjects)}-${random.pick(verbs)}-${seed}${program.ext}`;
  return {
    path: `${folder}/${name}`,
    text: `${lines.join('\n').trimEnd()}\n`,
    runner,
    typescript: program.typescript,
    withMistakes: program.withMistakes,
  };
}

// ---------------------------------------------------------------------------------------------------------------------
// Suites, tests and hooks.

function suite(program, depth) {
  const { random, profile } = program;
  const call = random.weighted(profile.suites);
  const body = [];
  if (program.runner === 'mocha' && random.chance(0.3)) body.push(`this.timeout(${random.int(2, 10) * 1000});`);
  if (program.runner === 'playwright' && random.chance(0.2)) body.push(`test.describe.configure({ mode: 'serial' });`);
  const shared = random.chance(0.4) ? program.fresh('shared') : undefined;
  if (shared !== undefined) body.push(`let ${shared}${program.type('{ id: number; name: string } | undefined')};`, '');
  const hookCount = random.int(0, 2);
  for (let index = 0; index < hookCount; index += 1) body.push(...hook(program, shared), '');
  const tests = Math.max(1, Math.round(random.int(2, 5) * program.size));
  for (let index = 0; index < tests; index += 1) body.push(...testCase(program, shared), '');
  if (depth < 2 && random.chance(0.3)) body.push(...suite(program, depth + 1), '');
  if (body.at(-1) === '') body.pop();
  // Mistake: an async suite callback; tests registered after its await are lost.
  if (program.mistake() && program.runner !== 'mocha') {
    return registration(`${call}('${program.title()}', `, program.fn('', true, [`await waitFor(1);`, ...body]));
  }
  if (program.runner === 'vitest' && random.chance(0.1)) {
    return registration(`describe.each([[1], [2]])('case %i', `, program.fn('value', false, body));
  }
  return registration(`${call}('${program.title()}', `, program.fn('', false, body, { arrow: !profile.functionStyle || random.chance(0.3) }));
}

function hook(program, shared) {
  const { random, profile, runner } = program;
  const each = random.chance(0.6);
  const setUp = random.chance(0.6);
  const name = profile.hooks[each ? 'each' : 'all'][setUp ? 0 : 1];
  const helper = random.pick(program.asyncHelpers);
  const page = runner === 'playwright' && each;
  const params = page ? '{ page }' : '';
  const arrow = !profile.functionStyle || random.chance(0.3);
  if (program.mistake()) {
    // Mistake: the hook starts async work and does not wait for it.
    return registration(`${name}(`, program.fn(params, false, [`${helper}('${random.pick(names)}');`], { arrow }));
  }
  if (profile.done && random.chance(0.15)) {
    const done = program.fresh('done');
    return registration(`${name}(`, program.fn(doneParams(program, done), false, [`${helper}('hook').then(() => ${done}(), ${done});`], { arrow }));
  }
  const body = [];
  if (setUp) {
    if (shared !== undefined) body.push(`${shared} = await ${helper}('${random.pick(names)}');`);
    else body.push(`await ${random.pick(['resetDatabase()', `${helper}('fixture')`, 'waitFor(1)'])};`);
    if (page) body.push(`await page.goto('${random.pick(urls)}');`);
    if (runner === 'vitest' && random.chance(0.3)) body.push('vi.useFakeTimers();');
    if (runner === 'jest' && random.chance(0.3)) body.push(`jest.spyOn(console, 'error').mockImplementation(() => {});`);
  } else {
    body.push(runner === 'vitest' ? 'vi.restoreAllMocks();' : runner === 'jest' ? 'jest.restoreAllMocks();' : 'store.clear();');
    if (random.chance(0.5)) body.push('await resetDatabase();');
  }
  return registration(`${name}(`, program.fn(params, hasAwait(body), body, { arrow }));
}

/** node:test passes the test context first and `done` second; jest and mocha pass `done` alone. */
function doneParams(program, done) {
  return program.runner === 'node' ? `${program.fresh('t')}, ${done}` : done;
}

function hasAwait(lines) {
  return lines.some((line) => /\bawait\b/.test(line));
}

function testCase(program, shared) {
  const { random, profile, runner } = program;
  const call = random.weighted(profile.tests);
  const title = program.title();
  const arrow = !profile.functionStyle || random.chance(0.3);

  if (program.mistake()) return mistakenTest(program, call, title);

  if (profile.done && random.chance(0.12)) return doneTest(program, call, title);
  if ((runner === 'vitest' || runner === 'jest') && random.chance(0.08)) {
    const [a, b] = [program.fresh('a'), program.fresh('b')];
    const body = [...assertEqual(program, `${a} + ${b}`, `${b} + ${a}`)];
    return registration(`${call.startsWith('test') ? 'test' : 'it'}.each([[1, 2], [3, 4]])('${title} %i', `, program.fn(`${a}, ${b}`, false, body));
  }

  const scope = { isAsync: true, page: undefined, t: undefined, done: undefined, shared, depth: 0 };
  let params = '';
  if (runner === 'playwright') {
    scope.page = 'page';
    params = random.chance(0.3) ? '{ page, request }' : '{ page }';
    scope.request = params.includes('request');
  } else if (runner === 'node' && random.chance(0.5)) {
    scope.t = program.fresh('t');
    params = scope.t;
  } else if (runner === 'vitest' && random.chance(0.15)) {
    params = '{ expect }';
  }
  if (random.chance(0.15) && runner !== 'playwright') {
    // A synchronous test that hands its promise to the runner by returning it.
    const helper = random.pick(program.asyncHelpers);
    const value = program.fresh('value');
    const chain = [
      `return ${helper}('${random.pick(names)}').then((${value}) => {`,
      ...indent(assertEqual(program, `${value}.name`, `'${random.pick(names)}'`)),
      '});',
    ];
    return registration(`${call}('${title}', `, program.fn(params, false, chain, { arrow }));
  }
  const body = statements(program, scope, random.int(2, 6));
  if (program.odd()) return oddTest(program, call, title, params, body);
  return registration(`${call}('${title}', `, program.fn(params, hasAwait(body), body, { arrow }));
}

function nodeTopLevelTest(program) {
  const { random } = program;
  const t = program.fresh('t');
  const body = [];
  const subtests = random.int(1, 3);
  for (let index = 0; index < subtests; index += 1) {
    const inner = statements(program, { isAsync: true, depth: 1 }, random.int(1, 3));
    const sub = registration(`${t}.test('${program.title()}', `, program.fn('', true, inner));
    // Mistake: a subtest that is not awaited is cancelled when its parent ends.
    if (program.mistake()) body.push(...sub);
    else body.push(...registration(`await ${t}.test('${program.title()}', `, program.fn('', true, inner)));
  }
  if (random.chance(0.4)) body.unshift(`${t}.after(() => store.clear());`);
  return registration(`test('${program.title()}', `, program.fn(t, true, body));
}

function doneTest(program, call, title) {
  const { random } = program;
  const done = program.fresh('done');
  const user = program.fresh('user');
  const variant = random.int(0, 3);
  let body;
  if (variant === 0) {
    body = [
      `fetchUserWithCallback(${random.int(1, 9)}, (error, ${user}) => {`,
      `  if (error) return ${done}(error);`,
      ...indent(assertEqual(program, `${user}?.id`, 'undefined', true)),
      `  ${done}();`,
      '});',
    ];
  } else if (variant === 1) {
    body = [`request(app).get('${random.pick(urls)}').expect(200, ${done});`];
  } else if (variant === 2) {
    body = ['setTimeout(() => {', ...indent(assertEqual(program, 'store.size', '0')), `  ${done}();`, `}, ${random.int(1, 20)});`];
  } else {
    body = [
      `loadFixture(${random.int(1, 9)})`,
      '  .then((fixture) => {',
      ...indent(assertEqual(program, 'fixture.items.length', '3'), 2),
      '  })',
      `  .then(() => ${done}(), ${done});`,
    ];
  }
  return registration(`${call}('${title}', `, program.fn(doneParams(program, done), false, body, { arrow: !program.profile.functionStyle }));
}

function mistakenTest(program, call, title) {
  const { random, runner, profile } = program;
  const helper = random.pick(program.asyncHelpers);
  const choices = [
    // A test registered inside a running test.
    () =>
      registration(
        `${call}('${title}', `,
        program.fn('', true, [
          `await ${helper}('outer');`,
          ...registration(`${call}('${program.title()}', `, program.fn('', false, assertEqual(program, '1', '1'))),
        ]),
      ),
    // A test registered in a timer callback, after collection.
    () => [
      'setTimeout(() => {',
      ...indent(registration(`${call}('${title}', `, program.fn('', false, assertEqual(program, 'store.size', '0')))),
      '}, 0);',
    ],
  ];
  if (runner === 'vitest') {
    // vitest passes the test context, not a done callback.
    choices.push(() => registration(`${call}('${title}', `, program.fn('done', false, [`${helper}('x').then(() => done());`])));
  }
  if (profile.done) {
    // done is never called; done together with an async callback.
    const done = () => doneParams(program, 'done');
    choices.push(() => registration(`${call}('${title}', `, program.fn(done(), false, [...assertEqual(program, 'items.length', '3')])));
    choices.push(() => registration(`${call}('${title}', `, program.fn(done(), true, [`await ${helper}('x');`, 'done();'])));
    choices.push(() =>
      registration(
        `${call}('${title}', `,
        program.fn(done(), false, [`${helper}('x').then(() => {`, ...indent(assertEqual(program, 'store.size', '1')), '  done();', '});']),
      ),
    );
  }
  return random.pick(choices)();
}

function playwrightFixtures(program) {
  const use = program.fresh('use');
  return [
    `const fixtureTest = test.extend${program.typescript ? '<{ account: { id: number; name: string } }>' : ''}({`,
    `  account: async ({ page }, ${use}) => {`,
    `    const account = await ${program.asyncHelpers[0]}('fixture');`,
    `    await page.goto('/accounts/' + account.id);`,
    `    await ${use}(account);`,
    '    store.delete(account.id);',
    '  },',
    '});',
    '',
    `fixtureTest('uses the account fixture', async ({ page, account }) => {`,
    `  await expect(page.getByText(account.name)).toBeVisible();`,
    '});',
  ];
}

function vitestFixtures(program) {
  return [
    'const withUser = test.extend({',
    '  user: async ({}, use) => {',
    `    const user = await ${program.asyncHelpers[0]}('fixture');`,
    '    await use(user);',
    '    store.delete(user.id);',
    '  },',
    '});',
    '',
    `withUser('uses the user fixture', async ({ user, expect }) => {`,
    `  expect(user.name).toBe('fixture');`,
    '});',
  ];
}

// ---------------------------------------------------------------------------------------------------------------------
// Statements in a test body.

function assertEqual(program, actual, expected, loose = false) {
  const { random } = program;
  if (program.assertStyle === 'chai') return [`expect(${actual}).to${loose ? '' : '.deep'}.equal(${expected});`];
  if (program.assertStyle === 'assert') return [`assert.${random.pick(['equal', 'deepEqual', 'strictEqual'])}(${actual}, ${expected});`];
  return [`expect(${actual}).${random.pick(['toBe', 'toEqual', 'toStrictEqual'])}(${expected});`];
}

/** An assertion on a promise, awaited or (as a mistake) not. */
function asyncAssertion(program, promise, awaited) {
  const { random } = program;
  const prefix = awaited ? 'await ' : random.chance(0.2) && program.assertStyle === 'expect' ? 'void ' : '';
  if (program.assertStyle === 'chai') return `${prefix}expect(${promise}).to.eventually.have.property('name');`;
  if (program.assertStyle === 'assert') return `${prefix}assert.${random.pick(['rejects', 'doesNotReject'])}(${promise});`;
  return random.chance(0.5)
    ? `${prefix}expect(${promise}).resolves.toMatchObject({ name: 'ada' });`
    : `${prefix}expect(${promise}).rejects.toThrow('not found');`;
}

function statements(program, scope, count) {
  const lines = [];
  for (let index = 0; index < count; index += 1) lines.push(...statement(program, scope));
  return lines;
}

function statement(program, scope) {
  const { random, runner } = program;
  const helper = random.pick(program.asyncHelpers);
  const name = random.pick(names);
  const depth = scope.depth ?? 0;
  if (program.odd()) return oddStatement(program, scope);
  if (scope.isAsync && program.mistake()) return mistakenStatement(program, scope);
  const choices = [
    [
      4,
      () => {
        const user = program.fresh('user');
        return [`const ${user} = await ${helper}('${name}');`, ...assertEqual(program, `${user}.name`, `'${name}'`)];
      },
    ],
    [2, () => [`await ${random.pick(['resetDatabase()', 'waitFor(5)', `${helper}('${name}')`])};`]],
    [2, () => [asyncAssertion(program, `${helper}('${name}')`, true)]],
    [
      1,
      () => {
        const found = program.fresh('found');
        return [`const ${found} = await findUser(${random.int(1, 99)});`, ...assertEqual(program, `formatUser(${found})`, `'${name} <1>'`)];
      },
    ],
    [
      1,
      () => {
        const item = program.fresh('item');
        return [`for (const ${item} of items) {`, `  await ${helper}(${item});`, '}'];
      },
    ],
    [
      1,
      () => {
        const item = program.fresh('item');
        return [`await Promise.all(items.map(async (${item}) => {`, `  await ${helper}(${item});`, '}));'];
      },
    ],
    [
      1,
      () => {
        const response = program.fresh('response');
        return [`const ${response} = await fetch(\`\${baseUrl}${random.pick(urls)}\`);`, ...assertEqual(program, `${response}.status`, '200')];
      },
    ],
    [
      2,
      () => {
        const total = program.fresh('total');
        return [`const ${total} = items.reduce((sum, item) => sum + item.length, 0);`, ...assertEqual(program, total, String(random.int(10, 20)))];
      },
    ],
    [
      1,
      () => {
        const parsed = program.fresh('parsed');
        return [`const ${parsed} = parseUser({ name: '${name}' });`, ...assertEqual(program, `${parsed}.name`, `'${name}'`)];
      },
    ],
    [
      1,
      () => {
        const error = program.fresh('error');
        return ['try {', `  await ${helper}('');`, `} catch (${error}) {`, ...indent(assertEqual(program, `${error} instanceof Error`, 'true')), '}'];
      },
    ],
    [
      depth < 3 ? 1 : 0,
      () => {
        const inner = statements(program, { ...scope, depth: depth + 1 }, random.int(1, 2));
        return [`if (store.size > ${random.int(0, 3)}) {`, ...indent(inner), '} else {', ...indent(assertEqual(program, 'store.size', '0')), '}'];
      },
    ],
  ];
  if (runner !== 'playwright') {
    choices.push([
      2,
      () => [`await request(app).${random.pick(['get', 'delete'])}('${random.pick(urls)}').expect(${random.pick([200, 204, 404])});`],
    ]);
  }
  if (runner === 'vitest' || runner === 'jest') {
    const mock = runner === 'vitest' ? 'vi' : 'jest';
    choices.push([
      1,
      () => {
        const spy = program.fresh('spy');
        return [`const ${spy} = ${mock}.fn().mockResolvedValue({ id: 1 });`, `await ${spy}();`, `expect(${spy}).toHaveBeenCalledTimes(1);`];
      },
    ]);
  }
  if (scope.page !== undefined) {
    choices.push([6, () => [`await page.${random.pick(['goto', 'waitForURL'])}('${random.pick(urls)}');`]]);
    choices.push([
      6,
      () => [`await page.getByRole('button', { name: '${name}' }).click();`, `await expect(page.getByText('${name}')).toBeVisible();`],
    ]);
    choices.push([3, () => [`await page.getByLabel('Name').fill('${name}');`, `await expect(page).toHaveURL(/${random.pick(subjects)}/);`]]);
    choices.push([2, () => [`expect(await page.title()).toContain('${name}');`]]);
    choices.push([
      2,
      () => registration(`await test.step('${program.title()}', `, program.fn('', true, [`await page.getByText('${name}').click();`])),
    ]);
    if (scope.request)
      choices.push([
        2,
        () => {
          const response = program.fresh('response');
          return [`const ${response} = await request.get('${random.pick(urls)}');`, `expect(${response}.ok()).toBeTruthy();`];
        },
      ]);
  }
  if (scope.t !== undefined) {
    choices.push([
      3,
      () =>
        registration(
          `await ${scope.t}.test('${program.title()}', `,
          program.fn('', true, statements(program, { isAsync: true, depth: depth + 1 }, 1)),
        ),
    ]);
    choices.push([1, () => [`${scope.t}.mock.method(console, 'log');`]]);
  }
  if (scope.shared !== undefined) choices.push([2, () => assertEqual(program, `${scope.shared}?.name`, `'${name}'`)]);
  return random.weighted(choices)();
}

function mistakenStatement(program, scope) {
  const { random, runner } = program;
  const helper = random.pick(program.asyncHelpers);
  const name = random.pick(names);
  const choices = [
    () => [`${helper}('${name}');`],
    () => [asyncAssertion(program, `${helper}('${name}')`, false)],
    () => [`items.forEach(async (item) => {`, `  await ${helper}(item);`, '});'],
    () => [`items.map(async (item) => ${helper}(item));`],
    () => {
      const pending = program.fresh('pending');
      return [`const ${pending} = ${helper}('${name}');`, ...assertEqual(program, `${pending} !== undefined`, 'true')];
    },
    () => [`waitFor(${random.int(1, 50)});`],
    () => [`fetch(\`\${baseUrl}${random.pick(urls)}\`);`],
  ];
  if (runner !== 'playwright') choices.push(() => [`request(app).get('${random.pick(urls)}').expect(200);`]);
  if (scope.page !== undefined) {
    choices.push(() => [`page.click('#${random.pick(subjects)}');`]);
    choices.push(() => [`expect(page.getByText('${name}')).toBeVisible();`]);
    choices.push(() => [`page.getByRole('link', { name: '${name}' }).click();`]);
  }
  if (scope.t !== undefined)
    choices.push(() => registration(`${scope.t}.test('${program.title()}', `, program.fn('', true, [`await ${helper}('${name}');`])));
  return random.pick(choices)();
}

// ---------------------------------------------------------------------------------------------------------------------
// Syntax that test files rarely hold: each form only where it parses (TypeScript-only forms in .ts files, JSX in .jsx and
// .tsx files, `await` in async functions and ES module top levels).

function oddTopLevel(program) {
  const { random, typescript, esm } = program;
  const choices = [
    () => [`const config = ${esm ? 'await ' : ''}loadFixture(0);`],
    () =>
      [
        'class Counter {',
        '  #count = 0;',
        '  static #instances = 0;',
        '  static {',
        '    Counter.#instances += 1;',
        '  }',
        '  increment() {',
        '    return ++this.#count;',
        '  }',
        '  static isCounter(value) {',
        '    return #count in value;',
        '  }',
        '}',
      ].map((line) => (typescript ? line.replace('isCounter(value)', 'isCounter(value: object)') : line)),
    () => ['function* ids() {', '  let id = 0;', '  while (true) yield ++id;', '}'],
    () => [`const big = 9_007_199_254_740_993n ** 2n;`, 'const pattern = /(?<year>\\d{4})-(?<month>\\d{2})/u;'],
  ];
  if (esm) {
    choices.push(() => [`const here = new URL('.', import.meta.url);`, `const { default: extra } = await import('./extra.js');`]);
    choices.push(() => [
      'if (import.meta.vitest) {',
      '  const { it: inSource, expect: expectInSource } = import.meta.vitest;',
      "  inSource('works in source', () => {",
      '    expectInSource(1 + 1).toBe(2);',
      '  });',
      '}',
    ]);
  }
  if (typescript) {
    choices.push(() => [
      'function sealed(target: Function): void {',
      '  Object.seal(target);',
      '}',
      '',
      'function logged(_value: unknown, context: ClassMethodDecoratorContext): void {',
      '  void context.name;',
      '}',
      '',
      '@sealed',
      'class Service {',
      '  declare readonly kind: string;',
      '  accessor retries = 3;',
      '  @logged',
      '  async start(): Promise<void> {',
      '    await waitFor(1);',
      '  }',
      '}',
    ]);
    choices.push(() => [
      'enum Status {',
      '  Active = "active",',
      '  Closed = "closed",',
      '}',
      '',
      'namespace Shapes {',
      '  export const square = (side: number): number => side ** 2;',
      '}',
      '',
      `type Keys = keyof typeof Status;`,
      `const statuses = Object.values(Status) satisfies string[];`,
    ]);
    choices.push(() => [
      'function first<T extends { id: number }>(values: readonly T[]): T | undefined {',
      '  return values.at(0);',
      '}',
      '',
      'abstract class Repository<TItem> {',
      '  protected abstract find(id: number): Promise<TItem | undefined>;',
      '}',
      `const lookup = new Map<string, Array<Promise<number>>>();`,
    ]);
  }
  if (program.jsx)
    choices.push(() => [
      'function Greeting({ name }' + program.type('{ name: string }') + ') {',
      '  return (',
      '    <>',
      '      <h1 className="title">Hello, {name}!</h1>',
      '      {name.length > 3 ? <p>long</p> : null}',
      '    </>',
      '  );',
      '}',
    ]);
  if (!esm) choices.push(() => ['module.exports = { formatUser };', "exports.extra = require('node:path').join('a', 'b');"]);
  return random.pick(choices)();
}

function oddStatement(program, scope) {
  const { random, typescript } = program;
  const helper = random.pick(program.asyncHelpers);
  const choices = [
    () => {
      const label = program.fresh('outer');
      return [
        `${label}: for (const a of items) {`,
        '  for (const b of items) {',
        `    if (a === b) continue ${label};`,
        `    if (a.length > 9) break ${label};`,
        '  }',
        '}',
      ];
    },
    () => {
      const nested = program.fresh('nested');
      const type = typescript ? ' as { deep?: { call?: () => number } }' : '';
      return [
        `const ${nested} = { deep: { call: () => 1 } }${type};`,
        ...assertEqual(program, `${nested}?.deep?.call?.()`, '1'),
        `void ${nested}.deep?.["call"]?.();`,
      ];
    },
    () => {
      const counter = program.fresh('counter');
      return [`let ${counter} = 0;`, `${counter} ||= 1;`, `${counter} &&= ${counter} ** 2;`, `globalThis.limit ??= ${counter};`];
    },
    () => {
      const [first, rest] = [program.fresh('first'), program.fresh('rest')];
      return [`const { a: ${first} = 1, ...${rest} } = { b: 2, c: [3, ...items] };`, `void (${rest}, ${first});`];
    },
    () => [`const ${program.fresh('tagged')} = String.raw\`\\n\${items.length}\`;`],
    () => ['(function () {', "  'use strict';", '  return typeof this;', '})();'],
    () => {
      const Local = program.fresh('Local');
      return [
        `class ${Local} {`,
        '  #secret = 1;',
        '  static created = 0;',
        '  reveal() {',
        '    return this.#secret;',
        '  }',
        '}',
        `new ${Local}().reveal();`,
      ];
    },
    () => {
      const gen = program.fresh('gen');
      return [`function* ${gen}() {`, '  yield* items;', '}', `for (const value of ${gen}()) void value;`];
    },
    () => ['setTimeout(() => {', '  Promise.resolve().then(() => {', '    queueMicrotask(() => store.clear());', '  });', '}, 0);'],
    () => ['{', `  using ${program.fresh('resource')} = { [Symbol.dispose]() {} };`, '}'],
    () => [`switch (store.size) {`, '  case 0:', '  case 1: {', '    break;', '  }', '  default:', '    store.clear();', '}'],
  ];
  if (scope.isAsync) {
    choices.push(() => {
      const chunk = program.fresh('chunk');
      return [`for await (const ${chunk} of [${helper}('a'), ${helper}('b')]) {`, `  void ${chunk};`, '}'];
    });
    choices.push(() => [`await using ${program.fresh('resource')} = { async [Symbol.asyncDispose]() { await waitFor(1); } };`]);
    choices.push(() => [`await (store.size ? ${helper}('y') : waitFor(2));`, `await (null ?? waitFor(1));`]);
    choices.push(() => [`await ${helper}('x').then((value) => value, (error) => { throw error; }).finally(() => store.clear());`]);
    choices.push(() => {
      const results = program.fresh('results');
      return [
        `const ${results} = await Promise.allSettled([${helper}('a'), waitFor(1), Promise.reject(new Error('x'))]);`,
        `void ${results}.length;`,
      ];
    });
  }
  if (typescript) {
    choices.push(() => [
      `const ${program.fresh('identity')} = <const T,>(value: T): T => value;`,
      `const ${program.fresh('definite')} = store.get(1)!;`,
    ]);
    choices.push(() => [`const ${program.fresh('literal')} = { kind: 'user' } as const satisfies { kind: string };`]);
  }
  if (program.jsx) {
    choices.push(() => [
      `render(<button type="button" onClick={() => store.clear()} aria-label="${program.title()}">{items.length}</button>);`,
      `screen.getByRole('button');`,
    ]);
  }
  return random.pick(choices)();
}

/** Test registrations in forms real suites use now and then: aliases, option objects, tables, todos. */
function oddTest(program, call, title, params, body) {
  const { random, runner } = program;
  const callback = program.fn(params, hasAwait(body), body);
  const choices = [
    () => {
      const alias = program.fresh('scenario');
      return [`const ${alias} = ${call.split('.')[0]};`, ...registration(`${alias}('${title}', `, callback)];
    },
    () => [`${call.split('.')[0]}${runner === 'node' || runner === 'mocha' ? '' : '.todo'}('${title}');`],
  ];
  if (runner === 'vitest' || runner === 'node')
    choices.push(() => registration(`${call}('${title}', { timeout: ${random.int(1, 9) * 1000} }, `, callback));
  if (runner === 'vitest' || runner === 'jest') {
    choices.push(() =>
      registration(
        `${call.startsWith('test') ? 'test' : 'it'}.each\`\n  a    | b\n  \${1} | \${2}\n\`('${title} $a', `,
        program.fn('{ a, b }', hasAwait(body), body),
      ),
    );
  }
  if (runner === 'mocha')
    choices.push(() => registration(`${call}('${title}', `, program.fn('', hasAwait(body), ['this.retries(2);', ...body], { arrow: false })));
  return random.pick(choices)();
}

// ---------------------------------------------------------------------------------------------------------------------
// A corpus on disk: the test files, the support module they import, ambient types for the runners, and a tsconfig, so
// that type-aware rules see real promise types.

export function writeCorpus(dir, { files = 1000, seed = 1 } = {}) {
  const written = [];
  for (let index = 0; index < files; index += 1) {
    const file = generateTestFile(seed * 100_003 + index);
    const target = path.join(dir, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.text);
    written.push(file);
  }
  mkdirSync(path.join(dir, 'support'), { recursive: true });
  writeFileSync(path.join(dir, 'support', 'app.ts'), supportModule);
  writeFileSync(path.join(dir, 'support', 'runners.d.ts'), runnerTypes());
  writeFileSync(path.join(dir, 'tsconfig.json'), `${JSON.stringify(tsconfig, null, 2)}\n`);
  return written;
}

const tsconfig = {
  compilerOptions: {
    target: 'ES2022',
    lib: ['ES2023', 'DOM', 'ESNext.Disposable'],
    module: 'ESNext',
    moduleResolution: 'Bundler',
    jsx: 'react-jsx',
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
    experimentalDecorators: false,
  },
  include: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'],
};

const supportModule = `export interface User {
  id: number;
  name: string;
}

export interface App {
  listen(port: number): Promise<void>;
}

export function createApp(): App {
  return { listen: async () => undefined };
}

export async function startServer(): Promise<{ url: string; close(): Promise<void> }> {
  return { url: 'http://localhost:3000', close: async () => undefined };
}

export async function findUser(id: number): Promise<User> {
  return { id, name: 'ada' };
}

export async function resetDatabase(): Promise<void> {}

export function parseUser(input: { name: string }): User {
  return { id: 0, name: input.name };
}
`;

const matchers = [
  'toBe',
  'toEqual',
  'toStrictEqual',
  'toMatchObject',
  'toHaveLength',
  'toContain',
  'toBeDefined',
  'toBeTruthy',
  'toHaveBeenCalled',
  'toHaveBeenCalledTimes',
  'toHaveBeenCalledWith',
  'toHaveProperty',
  'toBeInstanceOf',
  'toMatch',
];
const webMatchers = ['toBeVisible', 'toHaveText', 'toHaveURL', 'toHaveTitle', 'toBeEnabled'];

function runnerTypes() {
  const sync = matchers.map((name) => `    ${name}(...args: unknown[]): void;`).join('\n');
  const async = matchers
    .concat('toThrow')
    .map((name) => `    ${name}(...args: unknown[]): Promise<void>;`)
    .join('\n');
  const web = webMatchers.map((name) => `    ${name}(...args: unknown[]): Promise<void>;`).join('\n');
  const expectModule = (extra = '') => `  export interface Assertion {
${sync}
    toThrow(...args: unknown[]): void;
    not: Assertion;
    resolves: AsyncAssertion;
    rejects: AsyncAssertion;
${extra}  }
  export interface AsyncAssertion {
${async}
  }
  export interface Expect {
    (actual: unknown): Assertion;
    soft(actual: unknown): Assertion;
    poll(fn: () => unknown): AsyncAssertion;
  }
  export const expect: Expect;`;
  const registrar = `  type Callback = (...args: any[]) => unknown;
  export interface Registrar {
    (name: string, fn?: Callback): void;
    each(table: unknown[]): (name: string, fn: Callback) => void;
    [modifier: string]: any;
  }`;
  const hooks = (names) => names.map((name) => `  export function ${name}(fn: Callback): void;`).join('\n');
  return `// Ambient types for the runners and libraries the generated tests import, so that the corpus type-checks without
// installing them.
declare module 'vitest' {
${expectModule()}
${registrar}
  export const describe: Registrar;
  export const it: Registrar;
  export const test: Registrar & { extend(fixtures: object): Registrar };
${hooks(['beforeEach', 'afterEach', 'beforeAll', 'afterAll'])}
  export const vi: { fn(): any; spyOn(object: object, method: string): any; useFakeTimers(): void; restoreAllMocks(): void };
}

declare module '@jest/globals' {
${expectModule()}
${registrar}
  export const describe: Registrar;
  export const it: Registrar;
  export const test: Registrar;
${hooks(['beforeEach', 'afterEach', 'beforeAll', 'afterAll'])}
  export const jest: { fn(): any; spyOn(object: object, method: string): any; restoreAllMocks(): void };
}

declare module '@playwright/test' {
${expectModule(web)}
  export interface Locator {
    click(): Promise<void>;
    fill(value: string): Promise<void>;
    check(): Promise<void>;
    textContent(): Promise<string | null>;
  }
  export interface Page {
    goto(url: string): Promise<void>;
    waitForURL(url: string | RegExp): Promise<void>;
    click(selector: string): Promise<void>;
    title(): Promise<string>;
    getByRole(role: string, options?: object): Locator;
    getByText(text: string): Locator;
    getByLabel(text: string): Locator;
  }
  export interface APIRequestContext {
    get(url: string): Promise<{ ok(): boolean; status(): number }>;
  }
  type Fixtures = { page: Page; request: APIRequestContext } & Record<string, any>;
  type Body = (fixtures: Fixtures, info?: unknown) => Promise<void> | void;
  export interface TestType {
    (name: string, fn: Body): void;
    describe: ((name: string, fn: () => void) => void) & { configure(options: object): void; serial: (name: string, fn: () => void) => void; parallel: (name: string, fn: () => void) => void };
    beforeEach(fn: Body): void;
    afterEach(fn: Body): void;
    beforeAll(fn: Body): void;
    afterAll(fn: Body): void;
    step<T>(name: string, fn: () => Promise<T>): Promise<T>;
    fixme(name: string, fn: Body): void;
    extend<T>(fixtures: object): TestType;
  }
  export const test: TestType;
}

declare module 'node:test' {
  export interface TestContext {
    test(name: string, fn?: (t: TestContext) => unknown): Promise<void>;
    after(fn: () => unknown): void;
    mock: { method(object: object, name: string): unknown };
  }
  type Body = (t: TestContext, done?: (error?: unknown) => void) => unknown;
  export function test(name: string, fn?: Body): Promise<void>;
  export function it(name: string, fn?: Body): Promise<void>;
  export function describe(name: string, fn?: () => unknown): Promise<void>;
  export function suite(name: string, fn?: () => unknown): Promise<void>;
  export function before(fn: Body): void;
  export function after(fn: Body): void;
  export function beforeEach(fn: Body): void;
  export function afterEach(fn: Body): void;
  export const mock: { fn(): unknown };
}

declare module 'node:assert/strict' {
  const assert: {
    equal(actual: unknown, expected: unknown): void;
    strictEqual(actual: unknown, expected: unknown): void;
    deepEqual(actual: unknown, expected: unknown): void;
    rejects(promise: unknown, expected?: unknown): Promise<void>;
    doesNotReject(promise: unknown): Promise<void>;
  };
  export default assert;
}

declare module 'chai' {
  const chai: { use(plugin: unknown): void; expect(actual: unknown): any };
  export default chai;
}

declare module 'chai-as-promised' {
  const plugin: unknown;
  export default plugin;
}

declare module 'mocha' {
  type Callback = (this: any, done?: (error?: unknown) => void) => unknown;
  export function describe(name: string, fn: Callback): void;
  export function it(name: string, fn?: Callback): void;
  export function before(fn: Callback): void;
  export function after(fn: Callback): void;
  export function beforeEach(fn: Callback): void;
  export function afterEach(fn: Callback): void;
}

declare module 'supertest' {
  interface Test extends Promise<{ status: number; body: unknown }> {
    get(url: string): Test;
    delete(url: string): Test;
    expect(...args: unknown[]): Test;
  }
  export default function request(app: unknown): { get(url: string): Test; delete(url: string): Test; post(url: string): Test };
}

declare module '@testing-library/react' {
  export function render(element: unknown): void;
  export const screen: { getByRole(role: string): unknown };
}

interface ImportMeta {
  vitest?: typeof import('vitest');
}
`;
}

// ---------------------------------------------------------------------------------------------------------------------
// The project-shaped corpus: the same test files as `writeCorpus`, placed in a small monorepo, so that the project
// model (src/project/) finds package.json files naming runners, runner configs, setup files with root hooks, and helper
// modules. Every config is written as literals, the way the project model reads them.

/** Where each runner's files go: its package, and the folder of the files the generator places in none. */
const projectPlaces = {
  vitest: { package: 'packages/api', folder: 'test' },
  jest: { package: 'packages/web', folder: 'test' },
  mocha: { package: 'packages/server', folder: 'test' },
  node: { package: 'packages/core', folder: 'test' },
  playwright: { package: '.', folder: 'e2e' },
};

/** A test file's path in the monorepo: `<runner>/[<folder>/]<name>` becomes `<package>/<folder>/<name>`. */
export function projectPath(file) {
  const [, ...rest] = file.path.split('/');
  const name = rest.pop();
  const place = projectPlaces[file.runner];
  return path.posix.join(place.package, rest[0] ?? place.folder, name);
}

export function writeProjectCorpus(dir, { files = 1000, seed = 1 } = {}) {
  const written = [];
  for (let index = 0; index < files; index += 1) {
    const file = generateTestFile(seed * 100_003 + index);
    const target = path.join(dir, projectPath(file));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.text);
    written.push({ ...file, path: projectPath(file) });
  }
  for (const [file, text] of Object.entries(projectFiles)) {
    mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
    writeFileSync(path.join(dir, file), typeof text === 'string' ? text : `${JSON.stringify(text, null, 2)}\n`);
  }
  // The project model stops its walk up at the repository's root.
  mkdirSync(path.join(dir, '.git'), { recursive: true });
  return written;
}

/** The tests import `../support/app`: each package's re-exports the shared workspace package's helpers. */
const reexportShared = `export { createApp, findUser, parseUser, resetDatabase, startServer } from '@bench/shared';
export type { App, User } from '@bench/shared';
`;

const sharedHelpers = `${supportModule}
export interface Pool {
  query(sql: string): Promise<unknown[]>;
  end(): Promise<void>;
}

export function createPool(): Pool {
  return { query: async () => [], end: async () => undefined };
}

export async function closeTestingConnections(pool: Pool): Promise<void> {
  await pool.end();
}
`;

const supertest = { supertest: '^7.0.0' };

const projectFiles = {
  'package.json': {
    name: 'bench-monorepo',
    private: true,
    workspaces: ['packages/*'],
    scripts: { test: 'npm run test --workspaces', e2e: 'playwright test' },
    devDependencies: { '@playwright/test': '^1.48.0', typescript: '^5.6.0' },
  },
  '.gitignore': 'node_modules/\ncoverage/\n',
  'tsconfig.json': { ...tsconfig, compilerOptions: { ...tsconfig.compilerOptions, paths: { '@bench/shared': ['./packages/shared/src/index.ts'] } } },
  'playwright.config.ts': `import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  use: { baseURL: 'http://localhost:3000' },
});
`,
  'support/app.ts': reexportShared,

  'packages/shared/package.json': { name: '@bench/shared', version: '1.0.0', private: true, main: 'src/index.ts', types: 'src/index.ts' },
  'packages/shared/src/index.ts': sharedHelpers,

  // vitest: restoreMocks and unstubEnvs in the config, a setup file with root hooks.
  'packages/api/package.json': {
    name: '@bench/api',
    private: true,
    type: 'module',
    scripts: { test: 'vitest run' },
    dependencies: { '@bench/shared': '*' },
    devDependencies: { vitest: '^2.1.0', ...supertest },
  },
  'packages/api/vitest.config.ts': `import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.{test,spec}.?(c|m)[jt]s?(x)'],
    environment: 'node',
    pool: 'forks',
    restoreMocks: true,
    unstubEnvs: true,
    setupFiles: ['./setup/vitest.setup.ts'],
  },
});
`,
  'packages/api/setup/vitest.setup.ts': `import { afterEach, beforeEach, vi } from 'vitest';
import { resetDatabase } from '../support/app';

beforeEach(async () => {
  await resetDatabase();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});
`,
  'packages/api/support/app.ts': reexportShared,

  // jest: testMatch and setupFilesAfterEnv in jest.config.js, a setup file that restores every spy.
  'packages/web/package.json': {
    name: '@bench/web',
    private: true,
    scripts: { test: 'jest' },
    dependencies: { '@bench/shared': '*' },
    devDependencies: { jest: '^29.7.0', 'ts-jest': '^29.2.0', '@testing-library/react': '^16.0.0', ...supertest },
  },
  'packages/web/jest.config.js': `/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest/presets/js-with-ts',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/**/*.test.[jt]s?(x)', '<rootDir>/__tests__/**/*.[jt]s?(x)'],
  setupFilesAfterEnv: ['<rootDir>/setup/jest.setup.js'],
  clearMocks: true,
};
`,
  'packages/web/setup/jest.setup.js': `const { resetDatabase } = require('../support/app');

beforeEach(async () => {
  await resetDatabase();
});

afterEach(() => {
  jest.restoreAllMocks();
  jest.useRealTimers();
});
`,
  'packages/web/support/app.ts': reexportShared,

  // mocha: .mocharc.json requires a package and a root hook plugin that restores sinon.
  'packages/server/package.json': {
    name: '@bench/server',
    private: true,
    scripts: { test: 'mocha' },
    dependencies: { '@bench/shared': '*' },
    devDependencies: { mocha: '^10.7.0', chai: '^4.5.0', 'chai-as-promised': '^7.1.2', sinon: '^19.0.0', 'ts-node': '^10.9.2', ...supertest },
  },
  'packages/server/.mocharc.json': {
    require: ['ts-node/register', './setup/root-hooks.js'],
    spec: ['test/**/*.{js,mjs,ts}'],
    timeout: 5000,
  },
  'packages/server/setup/root-hooks.js': `const sinon = require('sinon');
const { resetDatabase } = require('../support/app');

exports.mochaHooks = {
  async beforeEach() {
    await resetDatabase();
  },
  afterEach() {
    sinon.restore();
  },
};
`,
  'packages/server/support/app.ts': reexportShared,

  // node:test: only a script says so.
  'packages/core/package.json': {
    name: '@bench/core',
    private: true,
    type: 'module',
    scripts: { test: 'node --test test/' },
    dependencies: { '@bench/shared': '*' },
    devDependencies: supertest,
  },
  'packages/core/support/app.ts': reexportShared,
};
