import { describe, expect, it } from 'vitest';
import { methodByArgument } from '../../src/knowledge';
import { describeValue, resolve } from './helpers';

describe('hono', () => {
  it.each([
    ['import { Hono }', 'hono.HonoClass', 'hono', 'Hono', []],
    ['new Hono()', 'hono.App', 'hono', 'Hono', ['new']],
    ['app.request("/")', 'promise', 'hono', 'Hono', ['new', '.request()']],
    ['app.fetch(req)', 'promise', 'hono', 'Hono', ['new', '.fetch()']],
    ['app.get(path, handler) keeps the app', 'hono.App', 'hono', 'Hono', ['new', '.get()']],
    ['testClient(app)', 'hono.Client', 'hono/testing', 'testClient', ['()']],
    ['testClient(app).users.$get()', 'promise', 'hono/testing', 'testClient', ['()', '.users', '.$get()']],
    ['testClient(app).users[":id"].$delete()', 'promise', 'hono/testing', 'testClient', ['()', '.users', '.:id', '.$delete()']],
    ['testClient(app).users.$url() stays synchronous', 'value', 'hono/testing', 'testClient', ['()', '.users', '.$url()']],
  ] as const)('%s gives %s', (_code, gives, module, name, path) => {
    expect(resolve(module, name, path)).toBe(gives);
  });

  it('x.request("/path") is a promise on a value of unknown kind, by the shape of its argument', () => {
    const rule = methodByArgument('request');
    expect(rule?.firstArgument).toBe('url');
    expect(describeValue(rule?.result)).toBe('promise');
  });
});
