import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { localFunction } from '../../src/analysis/local-functions';
import { analyse } from './helpers';

/** Each snippet is analysed once; `awaitable` names an expression by its exact source text. */
describe('supertest', () => {
  const file = analyse(`
    import request from 'supertest';
    import { it } from 'vitest';
    const agent = request.agent(app);
    it('x', async () => {
      request(app).get('/users').expect(200);
      request.agent(app).get('/me');
      agent.post('/login').send({ a: 1 });
      request(app).get('/cb').end((err) => {});
      request(app).get('/cb2').expect(200, (err) => {});
      request(app);
    });
  `);

  it('makes request chains awaitable, but not the agent itself nor callback-style chains', () => {
    const expected = {
      [`request(app).get('/users').expect(200)`]: true,
      [`request.agent(app).get('/me')`]: true,
      [`agent.post('/login').send({ a: 1 })`]: true,
      [`request(app).get('/cb').end((err) => {})`]: false,
      [`request(app).get('/cb2').expect(200, (err) => {})`]: false,
      [`request(app)`]: false,
    };
    expect(file.awaitables(Object.keys(expected))).toEqual(expected);
  });

  it('follows require() of supertest', () => {
    expect(analyse(`const r = require('supertest');\nr(app).get('/');`, { parser: 'js' }).awaitable(`r(app).get('/')`)).toBe(true);
  });

  it('takes a done parameter or a same-file function as the trailing callback (callback style)', () => {
    const callbacks = analyse(
      `
      import request from 'supertest';
      function check(err) {}
      it('x', (done) => {
        request(app).get('/a').expect(200, done);
        request(app).get('/b').expect(200, check);
        request(app).get('/c').expect(200, body);
      });
    `,
      { parser: 'js' },
    );
    expect(
      callbacks.awaitables([
        `request(app).get('/a').expect(200, done)`,
        `request(app).get('/b').expect(200, check)`,
        `request(app).get('/c').expect(200, body)`,
      ]),
    ).toEqual({
      [`request(app).get('/a').expect(200, done)`]: false,
      [`request(app).get('/b').expect(200, check)`]: false,
      [`request(app).get('/c').expect(200, body)`]: true,
    });
  });
});

describe('fastify', () => {
  it('recognises inject({ url }) on an app of unknown origin by its argument', () => {
    const file = analyse(`
      const app = build();
      app.inject({ method: 'GET', url: '/health' });
      app.inject({ url: '/cb' }, (err, res) => {});
      app.inject(options);
    `);
    expect(file.awaitable(`app.inject({ method: 'GET', url: '/health' })`)).toBe(true);
    expect(file.awaitable(`app.inject({ url: '/cb' }, (err, res) => {})`)).toBe(false);
    expect(file.awaitable(`app.inject(options)`)).toBe(false);
  });

  it('follows an app made by Fastify()', () => {
    const file = analyse(`
      import Fastify from 'fastify';
      const app = Fastify();
      app.inject({ url: '/' });
      app.inject().get('/chain');
      app.inject(opts, (err, res) => {});
      app.ready();
      app.get('/route', handler);
    `);
    expect(file.awaitable(`app.inject({ url: '/' })`)).toBe(true);
    expect(file.awaitable(`app.inject().get('/chain')`)).toBe(true);
    expect(file.awaitable(`app.inject(opts, (err, res) => {})`)).toBe(false);
    expect(file.awaitable(`app.ready()`)).toBe(true);
    expect(file.awaitable(`app.get('/route', handler)`)).toBe(false);
  });
});

describe('hono', () => {
  it('recognises app.request(path) on an app of unknown origin, not with a variable path', () => {
    const file = analyse(`app.request('/x');\napp.request(path);`);
    expect(file.awaitable(`app.request('/x')`)).toBe(true);
    expect(file.awaitable(`app.request(path)`)).toBe(false);
  });

  it('follows new Hono() and testClient(app)', () => {
    const file = analyse(`
      import { Hono } from 'hono';
      import { testClient } from 'hono/testing';
      const app = new Hono();
      app.request('/x');
      app.get('/x', (c) => c.text('x'));
      testClient(app).api.$get();
      testClient(app).api.users[':id'].$post({ json: {} });
      testClient(app).api.$url();
    `);
    expect(file.awaitable(`app.request('/x')`)).toBe(true);
    expect(file.awaitable(`app.get('/x', (c) => c.text('x'))`)).toBe(false);
    expect(file.awaitable(`testClient(app).api.$get()`)).toBe(true);
    expect(file.awaitable(`testClient(app).api.users[':id'].$post({ json: {} })`)).toBe(true);
    expect(file.awaitable(`testClient(app).api.$url()`)).toBe(false);
  });
});

describe('fetch and Promise', () => {
  const file = analyse(`
    fetch('/x');
    fetch('/y').then((response) => response.json());
    fetch('/z').catch(() => {});
    unknown.then(() => {});
    unknown.catch(() => {});
    Promise.all([]);
    Promise.race([]);
    new Promise((resolve) => resolve(1));
    setTimeout(() => {}, 10);
  `);

  it('makes fetch, Promise combinators, new Promise and any .then() chain awaitable', () => {
    const expected = {
      [`fetch('/x')`]: true,
      [`fetch('/y').then((response) => response.json())`]: true,
      [`fetch('/z').catch(() => {})`]: true,
      [`unknown.then(() => {})`]: true,
      [`unknown.catch(() => {})`]: false,
      [`Promise.all([])`]: true,
      [`Promise.race([])`]: true,
      [`new Promise((resolve) => resolve(1))`]: true,
      [`setTimeout(() => {}, 10)`]: false,
    };
    expect(file.awaitables(Object.keys(expected))).toEqual(expected);
  });

  it('does not take a local `fetch` for the global', () => {
    const local = analyse(`const fetch = vi.fn();\nfetch('/x');`);
    expect(local.awaitable(`fetch('/x')`)).toBe(false);
  });

  it('follows fetch imported from undici', () => {
    expect(analyse(`import { fetch } from 'undici';\nfetch('/x');`).awaitable(`fetch('/x')`)).toBe(true);
  });

  it('makes Promise.resolve() and Promise.reject() awaitable', () => {
    const statics = analyse(`Promise.resolve(1);\nPromise.reject(new Error('x'));`);
    expect(statics.awaitable(`Promise.resolve(1)`)).toBe(true);
    expect(statics.awaitable(`Promise.reject(new Error('x'))`)).toBe(true);
  });
});

describe('node fs and timers', () => {
  it('makes fs/promises, fs.promises and timers/promises functions awaitable, fs sync functions not', () => {
    const expected = {
      [`import { readFile } from 'fs/promises';\nreadFile('a')`]: true,
      [`import fs from 'node:fs/promises';\nfs.writeFile('a', '')`]: true,
      [`import * as fsp from 'node:fs/promises';\nfsp.rm('a')`]: true,
      [`import fs from 'fs';\nfs.promises.readFile('a')`]: true,
      [`import fs from 'fs';\nfs.readFileSync('a')`]: false,
      [`import { setTimeout } from 'timers/promises';\nsetTimeout(10)`]: true,
    };
    const answers = Object.keys(expected).map((code) => [code, analyse(code).awaitable(code.split('\n')[1]!)]);
    expect(Object.fromEntries(answers)).toEqual(expected);
  });
});

describe('vitest and jest', () => {
  const file = analyse(`
    import { test, expect, vi } from 'vitest';
    test('x', async ({ expect: localExpect }) => {
      vi.waitFor(() => {});
      vi.advanceTimersByTimeAsync(10);
      vi.advanceTimersByTime(10);
      vi.fn();
      expect(p).resolves.toBe(1);
      expect(p).rejects.toThrow();
      expect(p).resolves.not.toBe(1);
      expect.poll(() => count).toBe(1);
      expect.element(el).toBeVisible();
      expect(x).toBe(1);
      expect(x).not.toEqual(2);
      expect(x).toMatchFileSnapshot('out.txt');
      localExpect(p).resolves.toEqual(3);
    });
  `);

  it('makes the async vi methods awaitable, not the sync ones', () => {
    const expected = {
      [`vi.waitFor(() => {})`]: true,
      [`vi.advanceTimersByTimeAsync(10)`]: true,
      [`vi.advanceTimersByTime(10)`]: false,
      [`vi.fn()`]: false,
    };
    expect(file.awaitables(Object.keys(expected))).toEqual(expected);
  });

  it('makes .resolves/.rejects, expect.poll, expect.element and file snapshots awaitable, plain matchers not', () => {
    const expected = {
      [`expect(p).resolves.toBe(1)`]: true,
      [`expect(p).rejects.toThrow()`]: true,
      [`expect(p).resolves.not.toBe(1)`]: true,
      [`expect.poll(() => count).toBe(1)`]: true,
      [`expect.element(el).toBeVisible()`]: true,
      [`expect(x).toBe(1)`]: false,
      [`expect(x).not.toEqual(2)`]: false,
      [`expect(x).toMatchFileSnapshot('out.txt')`]: true,
      [`localExpect(p).resolves.toEqual(3)`]: true,
    };
    expect(file.awaitables(Object.keys(expected))).toEqual(expected);
  });

  it('marks an async matcher as an assertion', () => {
    expect(file.file.values.infoOf(file.expr(`expect(p).resolves.toBe(1)`))?.assertion).toBe(true);
  });

  it('reads the jest globals', () => {
    const jest = analyse(`jest.runAllTimersAsync();\njest.runAllTimers();\nexpect(p).resolves.toBe(1);`, { parser: 'js' });
    expect(jest.awaitable(`jest.runAllTimersAsync()`)).toBe(true);
    expect(jest.awaitable(`jest.runAllTimers()`)).toBe(false);
    expect(jest.awaitable(`expect(p).resolves.toBe(1)`)).toBe(true);
  });
});

describe('playwright', () => {
  const file = analyse(`
    import { test, expect } from '@playwright/test';
    test('x', async ({ page, request: api }) => {
      page.click('a');
      page.locator('x');
      page.locator('x').first();
      page.getByRole('button').click();
      page.getByText('Hi');
      page.keyboard.press('A');
      page.url();
      page.on('console', () => {});
      api.get('/health');
      const locator = page.locator('.row');
      expect(locator).toBeVisible();
      expect(locator).not.toBeVisible();
      expect(page).toHaveURL('/x');
      expect.soft(locator).toHaveText('x');
      expect.poll(() => 1).toBe(1);
      expect(1).toBe(1);
    });
  `);

  it('makes page and locator actions awaitable, locator makers and plain page methods not', () => {
    const expected = {
      [`page.click('a')`]: true,
      [`page.locator('x')`]: false,
      [`page.locator('x').first()`]: false,
      [`page.getByRole('button').click()`]: true,
      [`page.getByText('Hi')`]: false,
      [`page.keyboard.press('A')`]: true,
      [`page.url()`]: false,
      [`page.on('console', () => {})`]: false,
      [`api.get('/health')`]: true,
    };
    expect(file.awaitables(Object.keys(expected))).toEqual(expected);
  });

  it('makes web-first assertions and expect.poll awaitable, a plain matcher not', () => {
    const expected = {
      [`expect(locator).toBeVisible()`]: true,
      [`expect(locator).not.toBeVisible()`]: true,
      [`expect(page).toHaveURL('/x')`]: true,
      [`expect.soft(locator).toHaveText('x')`]: true,
      [`expect.poll(() => 1).toBe(1)`]: true,
      [`expect(1).toBe(1)`]: false,
    };
    expect(file.awaitables(Object.keys(expected))).toEqual(expected);
  });

  it('types the page fixture', () => {
    const click = file.call(`page.click`).callee as TSESTree.MemberExpression;
    expect(file.file.values.kindOf(click.object)?.id).toBe('playwright.Page');
  });

  it('types fixtures inside a fixture function and through ./fixtures', () => {
    const fixtures = analyse(`
      import { test as base } from './fixtures';
      const test = base.extend({
        todo: async ({ page }, use) => { page.goto('/todo'); await use(1); },
      });
    `);
    expect(fixtures.awaitable(`page.goto('/todo')`)).toBe(true);
  });
});

describe('chai', () => {
  it('makes chai-as-promised chains awaitable, plain ones not', () => {
    const file = analyse(`
      import { expect, assert } from 'chai';
      expect(p).to.eventually.equal(1);
      expect(p).to.be.rejectedWith(Error);
      expect(x).to.equal(1);
      assert.isFulfilled(p);
      assert.eventually.equal(p, 1);
      assert.equal(1, 1);
    `);
    expect(file.awaitable(`expect(p).to.eventually.equal(1)`)).toBe(true);
    expect(file.awaitable(`expect(p).to.be.rejectedWith(Error)`)).toBe(true);
    expect(file.awaitable(`expect(x).to.equal(1)`)).toBe(false);
    expect(file.awaitable(`assert.isFulfilled(p)`)).toBe(true);
    expect(file.awaitable(`assert.eventually.equal(p, 1)`)).toBe(true);
    expect(file.awaitable(`assert.equal(1, 1)`)).toBe(false);
  });

  it('reads `should` only when chai is imported', () => {
    const code = `p.should.be.fulfilled;\nvalue.should.equal(1);`;
    const withChai = analyse(`import chai from 'chai';\n${code}`);
    expect(withChai.awaitable(`p.should.be.fulfilled`)).toBe(true);
    expect(withChai.awaitable(`value.should.equal(1)`)).toBe(false);
    expect(analyse(code).awaitable(`p.should.be.fulfilled`)).toBe(false);
  });

  it('follows a destructured require of chai', () => {
    const file = analyse(`const { expect } = require('chai');\nexpect(p).to.eventually.deep.equal({});`, { parser: 'js' });
    expect(file.awaitable(`expect(p).to.eventually.deep.equal({})`)).toBe(true);
  });

  it("reads `should` after require('chai').should()", () => {
    const file = analyse(`require('chai').should();\np.should.be.fulfilled;`, { parser: 'js' });
    expect(file.awaitable(`p.should.be.fulfilled`)).toBe(true);
  });
});

describe('testing-library and user-event', () => {
  const file = analyse(`
    import { screen, render, within, findByRole, waitFor } from '@testing-library/react';
    import userEvent from '@testing-library/user-event';
    const user = userEvent.setup();
    const { findByText: find, getByText } = render(App);
    screen.findByText('x');
    screen.getByText('x');
    findByRole(container, 'button');
    waitFor(() => {});
    within(row).findAllByRole('cell');
    find('y');
    getByText('y');
    userEvent.click(button);
    userEvent.setup();
    user.type(input, 'hi');
  `);

  it('makes findBy* queries and waitFor awaitable, getBy* not', () => {
    const expected = {
      [`screen.findByText('x')`]: true,
      [`screen.getByText('x')`]: false,
      [`findByRole(container, 'button')`]: true,
      [`waitFor(() => {})`]: true,
      [`within(row).findAllByRole('cell')`]: true,
      [`find('y')`]: true,
      [`getByText('y')`]: false,
    };
    expect(file.awaitables(Object.keys(expected))).toEqual(expected);
  });

  it('makes user-event interactions awaitable, setup() not', () => {
    const expected = {
      [`userEvent.click(button)`]: true,
      [`userEvent.setup()`]: false,
      [`user.type(input, 'hi')`]: true,
    };
    expect(file.awaitables(Object.keys(expected))).toEqual(expected);
  });
});

describe('node:assert', () => {
  it('makes assert.rejects() an awaitable assertion, assert.equal() not', () => {
    const file = analyse(`import assert from 'node:assert/strict';\nassert.rejects(p);\nassert.equal(1, 1);`);
    expect(file.file.values.infoOf(file.expr(`assert.rejects(p)`))).toMatchObject({ awaitable: 'promise', assertion: true });
    expect(file.awaitable(`assert.equal(1, 1)`)).toBe(false);
  });
});

describe('same-file functions', () => {
  const file = analyse(`
    async function load() { return 1; }
    function viaAsync() { return load(); }
    function twoHops() { return viaAsync(); }
    const arrow = () => fetch('/x');
    function fetchUsers() { return []; }
    function maybe(flag: boolean) { if (flag) return 1; return later(); }
    async function later() {}
    function* gen() { yield fetch('/x'); }
    const api = { async create() { inCreate; }, list() { return []; } };
    const stored = load();
    load();
    twoHops();
    arrow();
    fetchUsers();
    maybe(true);
    gen();
    api.create();
    api.list();
    stored;
    await load();
  `);

  it('follows same-file functions: async, promise-returning to a fixed point, not sync ones', () => {
    const expected = {
      [`load()`]: true,
      [`twoHops()`]: true,
      [`arrow()`]: true,
      [`fetchUsers()`]: false,
      [`maybe(true)`]: true,
      [`gen()`]: false,
      [`api.create()`]: true,
      [`api.list()`]: false,
      [`stored`]: true,
      [`await load()`]: false,
    };
    expect(file.awaitables(Object.keys(expected))).toEqual(expected);
  });

  it('answers returnsPromise for a sync function that returns an async one', () => {
    const viaAsync = localFunction(file.call('viaAsync').callee, file.file.bindings)!;
    expect(viaAsync.async).toBe(false);
    expect(file.file.values.returnsPromise(viaAsync)).toBe(true);
  });

  it('does not loop on recursion', () => {
    const recursive = analyse(`function count(n: number): number { if (n === 0) return 0; return count(n - 1); }\ncount(3);`);
    expect(recursive.awaitable(`count(3)`)).toBe(false);
  });

  it('reaches a fixed point through mutual recursion, whichever is asked first', () => {
    const mutual = analyse(`
      function a(n: number): unknown { if (n <= 0) return fetch('/x'); return b(n); }
      function b(n: number): unknown { return a(n - 1); }
      a(2);
      b(2);
    `);
    expect([mutual.awaitable(`a(2)`), mutual.awaitable(`b(2)`)]).toEqual([true, true]);
  });

  it('a function that can return nothing (`return;`, `return undefined`) is not known to give a promise', () => {
    const early = analyse(
      `function map(x: unknown) { if (x === undefined) return; return fetch('/x'); }\nfunction orNull(x: unknown) { if (!x) return null; return fetch('/y'); }\nmap(1);\norNull(1);`,
    );
    expect([early.awaitable(`map(1)`), early.awaitable(`orNull(1)`)]).toEqual([false, false]);
  });

  it('follows both branches of a conditional return', () => {
    const conditional = analyse(`function load(id?: string) { return id ? fetch('/x/' + id) : fetch('/x'); }\nload('1');`);
    expect(conditional.awaitable(`load('1')`)).toBe(true);
  });
});

describe('settings asyncFunctions', () => {
  const code = `
    import { seed, seed as plant } from './db';
    import { seed as otherSeed } from './other';
    import * as db from './db';
    seedDatabase();
    api.post('/x');
    seed();
    plant();
    otherSeed();
    db.reset();
    unlisted();
  `;
  const settings = { asyncFunctions: ['seedDatabase', 'api.post', { name: 'seed', module: './db' }] };
  const file = analyse(code, { settings });

  it('makes the listed callees awaitable, a module entry only when imported from that module', () => {
    const expected = {
      [`seedDatabase()`]: true,
      [`api.post('/x')`]: true,
      [`seed()`]: true,
      [`plant()`]: true,
      [`otherSeed()`]: false,
      [`unlisted()`]: false,
    };
    expect(file.awaitables(Object.keys(expected))).toEqual(expected);
  });

  it('matches a module entry by the dotted local name of a namespace import', () => {
    const namespace = analyse(code, { settings: { asyncFunctions: [{ name: 'db.reset', module: './db' }] } });
    expect(namespace.awaitable(`db.reset()`)).toBe(true);
  });

  it('matches a module entry by its export name through a namespace import', () => {
    const namespace = analyse(code, { settings: { asyncFunctions: [{ name: 'reset', module: './db' }] } });
    expect(namespace.awaitable(`db.reset()`)).toBe(true);
  });

  it('is nothing without the setting', () => {
    expect(analyse(code).awaitable(`seedDatabase()`)).toBe(false);
  });
});
