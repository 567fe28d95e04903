import type { LibraryKnowledge } from './types';

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

/** Node's `http`/`https` clients are callback style: `http.get(url, cb)` in a test ends before the response. */
export const nodeHttp = {
  name: 'node-http',
  modules: ['http', 'https', 'node:http', 'node:https'],
  moduleObject: 'Http',
  exports: { default: 'Http', get: 'Request', request: 'Request' },
  kinds: {
    Http: { properties: { get: 'Request', request: 'Request' }, otherMethods: 'value' },
    Request: { call: 'value', callbackStyle: true, httpClient: true },
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
