import type { KindName, LibraryKnowledge } from '../types';

/**
 * Clients that block the event loop until the response arrives. Against a server in the same process (an app under
 * test) they deadlock: the server cannot answer while the loop is blocked, so the test hangs until its timeout.
 */
export const blockingClients = {
  name: 'blocking-clients',
  modules: ['sync-request', 'sync-request-curl', 'sync-fetch', 'then-request/sync', 'deasync'],
  moduleObject: 'Blocking',
  exports: { default: 'Blocking' },
  otherExports: 'Blocking',
  kinds: {
    // deasync's `loopWhile` and `sleep` spin the loop by hand; the wrapped function it returns blocks too.
    Blocking: { blocks: 'always', call: 'Blocking', properties: { loopWhile: 'Blocking', sleep: 'Blocking', runLoopOnce: 'Blocking' } },
  },
} as const satisfies LibraryKnowledge;

/** `child_process`: the synchronous forms block; only those that make a network request are this plugin's concern. */
export const childProcess = {
  name: 'child-process',
  modules: ['child_process', 'node:child_process'],
  exports: { execSync: 'SyncCommand', execFileSync: 'SyncCommand', spawnSync: 'SyncCommand' },
  kinds: {
    Module: { properties: { execSync: 'SyncCommand', execFileSync: 'SyncCommand', spawnSync: 'SyncCommand' }, otherMethods: 'value' },
    SyncCommand: { call: 'value', blocks: 'network-command' },
  },
  moduleObject: 'Module',
} as const satisfies LibraryKnowledge;

/** What a server has; `listen()` and `close()` return the server itself (`close` takes a callback, no promise). */
const server = <Self extends KindName>(self: Self) =>
  ({ methods: { listen: self, close: self, on: self, once: self, off: self, ref: self, unref: self }, otherMethods: 'value' }) as const;

/** `server.close(cb)` calls back once the last connection is gone: the fix waits for it. */
const serverResource = {
  description: 'listening HTTP server',
  closes: ['close'],
  closeStatement: 'await new Promise((resolve) => {{holder}}.close(resolve))',
} as const;

/**
 * Node's `http`/`https`. The clients are callback style: `http.get(url, cb)` in a test ends before the response. A
 * server made by `createServer()` holds nothing until `listen()`, and then keeps the process alive until `close()`.
 */
export const nodeHttp = {
  name: 'node-http',
  modules: ['http', 'https', 'node:http', 'node:https'],
  moduleObject: 'Http',
  exports: { default: 'Http', get: 'Request', request: 'Request', createServer: 'CreateServer', Server: 'ServerClass' },
  types: { Server: 'Server' },
  kinds: {
    Http: {
      properties: { get: 'Request', request: 'Request', createServer: 'CreateServer', Server: 'ServerClass' },
      otherMethods: 'value',
    },
    Request: { call: 'value', callbackStyle: true, httpClient: true },
    CreateServer: { call: 'Server' },
    ServerClass: { construct: 'Server' },
    Server: { ...server('Server'), resource: { ...serverResource, openedBy: ['listen'] } },
    /** What frameworks' `app.listen()` returns (express, koa): a server that already listens. */
    ListeningServer: { ...server('ListeningServer'), resource: serverResource },
  },
} as const satisfies LibraryKnowledge;

/** The browser's (and jsdom's) `XMLHttpRequest`: `open(method, url, false)` makes `send()` synchronous. */
export const xmlHttpRequest = {
  name: 'xhr',
  modules: [],
  globals: { XMLHttpRequest: 'XhrClass', Atomics: 'Atomics' },
  kinds: {
    XhrClass: { construct: 'Xhr' },
    Xhr: { properties: { open: 'Open' }, otherMethods: 'value' },
    Open: { call: 'value', blocks: 'third-argument-false' },
    Atomics: { properties: { wait: 'AtomicsWait' }, otherMethods: 'value' },
    AtomicsWait: { call: 'value', blocks: 'always' },
  },
} as const satisfies LibraryKnowledge;
