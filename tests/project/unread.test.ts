/** What the project model could not read of a config: only what it would read, and spreads where that could be. */
import { describe, expect, it } from 'vitest';
import { runnerOf } from '../../src/knowledge';
import { unreadOf, type ProjectRunner } from '../../src/project/unread';

const vitest = runnerOf('vitest') as ProjectRunner;
const jest = runnerOf('jest') as ProjectRunner;

describe('what of a config the model could not read', () => {
  it.each([
    { runner: vitest, computed: ['test.restoreMocks', 'test.include', 'test.setupFiles', 'test.isolate', 'test.projects'], why: 'options it reads' },
    {
      runner: vitest,
      computed: ['…', 'test.…', 'test', 'test.projects.1.…', 'test.projects.0.test.restoreMocks'],
      why: 'spreads where those could be',
    },
    { runner: jest, computed: ['restoreMocks', 'testRegex', 'setupFilesAfterEnv', 'projects.0.rootDir'], why: "jest's" },
  ])('names $why', ({ runner, computed }) => {
    expect(unreadOf('/p/config.ts', { value: {}, unread: computed }, runner)).toEqual([{ file: '/p/config.ts', options: computed }]);
  });

  it.each([
    { runner: vitest, computed: ['plugins', 'resolve.alias.…', 'test.coverage.reporter', 'test.clearMocks', 'plugins.0.…'] },
    { runner: jest, computed: ['coverageReporters', 'clearMocks', 'transform.…'] },
  ])('leaves out what it does not read: $computed', ({ runner, computed }) => {
    expect(unreadOf('/p/config.ts', { value: {}, unread: computed }, runner)).toEqual([]);
  });

  it('all of a config that states no object', () => {
    expect(unreadOf('/p/config.ts', { unread: [] }, vitest)).toEqual([{ file: '/p/config.ts', options: [] }]);
    expect(unreadOf('/p/config.ts', { value: ['a'], unread: [] }, vitest)).toEqual([{ file: '/p/config.ts', options: [] }]);
  });
});
