import type { LibraryKnowledge } from '../types';

/**
 * fastify and light-my-request: `inject()` without a callback returns a promise (or a chain that is a thenable).
 * Apps usually come from a `build()` helper in another file, so `x.inject({ url })` is recognised by its argument too.
 * An app used only through `inject()` opens no socket: it holds a server only once `listen()` is called, until
 * `close()`.
 */
export const fastify = {
  name: 'fastify',
  modules: ['fastify', 'light-my-request'],
  moduleObject: 'Factory',
  exports: { default: 'Factory', fastify: 'Factory', inject: 'InjectFn' },
  methodsByArgument: { inject: { outcome: 'Injection', firstArgument: 'request-options' } },
  kinds: {
    Factory: { call: 'Instance' },
    Instance: {
      callbackStyle: true,
      httpClient: true,
      // Routes, hooks, plugins and error handlers are the server's: their functions are no callbacks of the test's.
      clientMethods: ['inject', 'listen'],
      resource: { description: 'listening fastify server', closes: ['close'], openedBy: ['listen'] },
      methods: { inject: 'Injection', ready: 'promise', close: 'promise', listen: 'promise' },
      otherMethods: 'value',
    },
    InjectFn: { call: 'Injection', callbackStyle: true, httpClient: true },
    Injection: { thenable: 'promise', callbackStyle: true, httpClient: true, otherMethods: 'Injection' },
  },
} as const satisfies LibraryKnowledge;
