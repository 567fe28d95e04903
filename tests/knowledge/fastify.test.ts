import { describe, expect, it } from 'vitest';
import { methodByArgument } from '../../src/knowledge';
import { describeValue, kindAt, resolve } from './helpers';

describe('fastify', () => {
  it.each([
    ['import Fastify from "fastify"', 'fastify.Factory', 'fastify', 'default', []],
    ['import { fastify }', 'fastify.Factory', 'fastify', 'fastify', []],
    ['Fastify()', 'fastify.Instance', 'fastify', 'default', ['()']],
    ['app.inject({ url })', 'fastify.Injection promise', 'fastify', 'default', ['()', '.inject()']],
    ['app.inject().get("/").headers(h)', 'fastify.Injection promise', 'fastify', 'default', ['()', '.inject()', '.get()', '.headers()']],
    ['app.ready()', 'promise', 'fastify', 'default', ['()', '.ready()']],
    ['app.listen({ port })', 'promise', 'fastify', 'default', ['()', '.listen()']],
    ['app.close()', 'promise', 'fastify', 'default', ['()', '.close()']],
    ['app.register(plugin)', 'value', 'fastify', 'default', ['()', '.register()']],
    ['import { inject } from "light-my-request"; inject(app, opts)', 'fastify.Injection promise', 'light-my-request', 'inject', ['()']],
  ] as const)('%s gives %s', (_code, gives, module, name, path) => {
    expect(resolve(module, name, path)).toBe(gives);
  });

  it('an app holds a server only once listen() is called, until close()', () => {
    const resource = kindAt('fastify', 'default', ['()'])?.spec.resource;
    expect(resource?.closes).toEqual(['close']);
    expect(resource?.openedBy).toEqual(['listen']);
  });

  it('x.inject({ url }) is an injection on a value of unknown kind, by the shape of its argument', () => {
    const rule = methodByArgument('inject');
    expect(rule?.firstArgument).toBe('request-options');
    expect(describeValue(rule?.result)).toBe('fastify.Injection promise');
  });

  it('injections and the app are HTTP clients with a callback form', () => {
    for (const path of [['()'], ['()', '.inject()']]) {
      expect(kindAt('fastify', 'default', path)?.spec.httpClient).toBe(true);
      expect(kindAt('fastify', 'default', path)?.spec.callbackStyle).toBe(true);
    }
  });

  it("the app's requests are inject() and listen(); routes, hooks and plugins set the server up", () => {
    const app = kindAt('fastify', 'default', ['()']);
    expect(['inject', 'listen', 'register', 'get', 'addHook', 'setErrorHandler'].map((method) => app?.requestsWith(method))).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});
