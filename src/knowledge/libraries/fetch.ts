import type { LibraryKnowledge } from '../types';

/** The global `fetch` and the HTTP clients shaped like it. */
export const fetchLibrary = {
  name: 'fetch',
  modules: ['undici', 'node-fetch', 'cross-fetch'],
  exports: { fetch: 'Fetch', request: 'Request', default: 'Fetch' },
  globals: { fetch: 'Fetch' },
  kinds: {
    Fetch: { call: 'promise' },
    // undici's `request(url, options, callback)` returns nothing and calls back (checked with undici 6).
    Request: { call: 'promise', callbackStyle: true },
  },
} as const satisfies LibraryKnowledge;
