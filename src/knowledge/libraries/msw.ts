import type { LibraryKnowledge } from '../types';

/**
 * msw (Mock Service Worker, 1.x and 2.x): `server.use(...handlers)` prepends runtime handlers that answer every later
 * request, in every later test, until `server.resetHandlers()` drops them. They live in that server: a server the test
 * creates takes them along. `close()` (`stop()` for a browser worker) ends all interception, so a handler added for the
 * whole file and closed in afterAll is undone. Handlers added inside `server.boundary(fn)` are dropped when `fn` ends.
 */
export const msw = {
  name: 'msw',
  modules: ['msw/node', 'msw/native', 'msw/browser'],
  exports: { setupServer: 'SetupServer', SetupServerApi: 'SetupServerClass', setupWorker: 'SetupWorker', SetupWorkerApi: 'SetupWorkerClass' },
  types: { SetupServer: 'Server', SetupServerApi: 'Server', SetupWorker: 'Worker', SetupWorkerApi: 'Worker' },
  kinds: {
    SetupServer: { call: 'Server' },
    SetupServerClass: { construct: 'Server' },
    SetupWorker: { call: 'Worker' },
    SetupWorkerClass: { construct: 'Worker' },
    Server: {
      overrides: { use: 'handlers' },
      undoes: { resetHandlers: ['handlers'], close: ['handlers'] },
      otherMethods: 'value',
    },
    Worker: {
      overrides: { use: 'handlers' },
      undoes: { resetHandlers: ['handlers'], stop: ['handlers'] },
      methods: { start: 'promise' },
      otherMethods: 'value',
    },
  },
  overrideFamilies: {
    handlers: { description: 'request handler', undo: 'resetHandlers', inReceiver: true },
  },
} as const satisfies LibraryKnowledge;
