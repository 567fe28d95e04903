import type { LibraryKnowledge } from '../types';

/**
 * express: an app is a request handler and holds nothing; `app.listen()` makes and returns an `http.Server` that
 * already listens, and keeps the process alive until that server is closed. Tests that hand the app to supertest
 * (`request(app)`) open no socket of their own.
 */
export const express = {
  name: 'express',
  modules: ['express'],
  moduleObject: 'Factory',
  exports: { default: 'Factory' },
  kinds: {
    Factory: { call: 'App' },
    App: { methods: { listen: 'node-http.ListeningServer' }, otherMethods: 'value' },
  },
} as const satisfies LibraryKnowledge;
