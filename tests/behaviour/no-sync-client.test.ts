/**
 * Behaviour proof for no-sync-client, under the real node:test: a test that asks a server in its own process with
 * `execSync('curl …')` deadlocks (the blocked event loop cannot answer curl) and hangs until the proof's bound kills
 * it. The same test with an awaited `fetch` passes at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyExamples, lint, reportsOf, runBounded, type BoundedRun, type Workspace } from './runners';

const bound = 8_000;

describe('no-sync-client under the real node:test', () => {
  let workspace: Workspace;
  let blocking: BoundedRun;
  let awaited: BoundedRun;
  let reports: string[];

  beforeAll(async () => {
    workspace = copyExamples('no-sync-client');
    const run = (name: string) => runBounded(['--test', '--test-reporter=tap', workspace.file(name)], workspace.folder, bound);
    [blocking, awaited] = await Promise.all([run('health.test.mjs'), run('health.fixed.test.mjs')]);
    reports = reportsOf(workspace.file('health.test.mjs'));
  }, 60_000);

  afterAll(() => workspace.remove());

  it('a blocking curl against the server in the same process hangs until it is killed', () => {
    expect(blocking.timedOut).toBe(true);
    // The test never finishes: no result line for it, passed or failed.
    expect(blocking.stdout).not.toMatch(/^(not )?ok 1 - the health check answers ok/m);
    expect(reports).toEqual(['async-test/no-sync-client:blockingClient']);
  });

  it('the awaited fetch gets its answer, and the run passes and exits', () => {
    expect(awaited.timedOut).toBe(false);
    expect(awaited.exitCode).toBe(0);
    expect(awaited.stdout).toMatch(/^# pass 1$/m);
    expect(awaited.durationMs).toBeLessThan(bound / 2);
    expect(lint(workspace.file('health.fixed.test.mjs'))).toEqual([]);
  });
});
