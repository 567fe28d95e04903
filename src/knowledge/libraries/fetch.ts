import type { LibraryKnowledge } from '../types';

/** The global `fetch` and the HTTP clients shaped like it. */
export const fetchLibrary = {
  name: 'fetch',
  modules: ['undici', 'node-fetch', 'cross-fetch'],
  exports: { fetch: 'Fetch', request: 'Fetch', default: 'Fetch' },
  globals: { fetch: 'Fetch' },
  kinds: { Fetch: { call: 'promise' } },
} as const satisfies LibraryKnowledge;
