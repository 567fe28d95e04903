import { outcomes, type LibraryKnowledge } from '../types';

const verbs = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'merge', 'intercept'] as const;

/**
 * nock: `nock(url)` starts a scope whose interceptors answer matching requests in every later test until a request
 * consumes them or `nock.cleanAll()` removes them; one the test never consumes (it failed early, or asked another
 * URL) answers a later test instead. `scope.done()` asserts that all of the scope's interceptors were consumed.
 * `nock.disableNetConnect()` lasts until `nock.enableNetConnect()`; `nock.restore()` takes nock out of `http` altogether.
 */
export const nock = {
  name: 'nock',
  modules: ['nock'],
  moduleObject: 'Nock',
  exports: { default: 'Nock' },
  kinds: {
    Nock: {
      call: 'Scope',
      overrides: { '()': 'interceptors', define: 'interceptors', load: 'interceptors', disableNetConnect: 'netConnect' },
      undoes: { cleanAll: ['interceptors'], restore: ['interceptors', 'netConnect'], enableNetConnect: ['netConnect'] },
    },
    Scope: {
      undoes: { done: 'self' },
      methods: { ...outcomes('Interceptor', verbs), done: 'value', isDone: 'value', pendingMocks: 'value', activeMocks: 'value' },
      // `persist()`, `matchHeader()`, `defaultReplyHeaders()`… return the scope.
      otherMethods: 'Scope',
    },
    Interceptor: { methods: { reply: 'Scope', replyWithError: 'Scope', replyWithFile: 'Scope' }, otherMethods: 'Interceptor' },
  },
  overrideFamilies: {
    interceptors: { description: 'nock interceptor', undo: 'cleanAll' },
    netConnect: { description: 'network block', undo: 'enableNetConnect' },
  },
} as const satisfies LibraryKnowledge;
