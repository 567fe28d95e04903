import assert from 'node:assert/strict';
import { describe, it, test } from 'node:test';
import { startServer } from '../src/server.mjs';

test('health endpoints', async (t) => {
  const server = await startServer({ port: 0 });
  t.after(() => server.close());

  // Node 20 and 22 cancel a subtest still running when its parent ends, and fail it (Node 24 waits for it).
  t.test('GET /health answers 200', async () => {
    const response = await fetch(`${server.url}/health`);
    assert.equal(response.status, 200);
  });

  t.test('GET /ready answers 503 while warming up', async () => {
    const response = await fetch(`${server.url}/ready`);
    assert.equal(response.status, 503);
  });
});

describe('server', () => {
  it('refuses a port in use', async () => {
    const first = await startServer({ port: 0 });
    // assert.rejects returns a promise: without await the test passes before it checks anything.
    assert.rejects(startServer({ port: first.port }), /EADDRINUSE/);
    await first.close();
  });

  it('stops cleanly', async () => {
    const server = await startServer({ port: 0 });
    await assert.doesNotReject(server.close());
  });
});
