import { outcomes, type LibraryKnowledge } from '../types';

const clientVerbs = ['$get', '$post', '$put', '$patch', '$delete', '$head', '$options'] as const;

/** hono: `app.request()` and the typed `testClient(app)` calls return promises of a `Response`. */
export const hono = {
  name: 'hono',
  modules: ['hono', 'hono/testing'],
  exports: { Hono: 'HonoClass', testClient: 'TestClientFn' },
  methodsByArgument: { request: { outcome: 'promise', firstArgument: 'url' } },
  kinds: {
    HonoClass: { construct: 'App' },
    App: { methods: { request: 'promise', fetch: 'promise' }, otherMethods: 'App' },
    TestClientFn: { call: 'Client' },
    Client: {
      methods: { ...outcomes('promise', clientVerbs), $url: 'value', $ws: 'value' },
      otherProperties: 'Client',
    },
  },
} as const satisfies LibraryKnowledge;
