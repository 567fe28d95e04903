import { describe, expect, it } from 'vitest';
import { mockedModules, type MocksModules } from '../../src/analysis/mocked-modules';
import { analyse, type AnalyseOptions } from './helpers';

/** A stand-in for the knowledge: `vi.mock` and `jest.mock` replace modules. */
const runnerMocks: MocksModules = (runner, method) => {
  const name = runner.type === 'import' ? runner.exportName : runner.name;
  return (name === 'vi' || name === 'jest') && method === 'mock';
};

const mockedIn = (code: string, options?: AnalyseOptions) => {
  const { file } = analyse(code, options);
  return [...mockedModules(file.sourceCode.ast, file.bindings, runnerMocks)];
};

describe('mockedModules', () => {
  it('collects the modules given to the runner at the top level, from its import or as a global', () => {
    expect(mockedIn(`import { vi } from 'vitest';\nimport { Pool } from 'pg';\nvi.mock('pg');\nvi.mock('./db', () => ({}));`)).toEqual([
      'pg',
      './db',
    ]);
    expect(mockedIn(`jest.mock('ioredis');\njest['mock']('knex');`, { parser: 'js' })).toEqual(['ioredis', 'knex']);
  });

  it('leaves out methods the runner does not mock modules with', () => {
    expect(mockedIn(`import { vi } from 'vitest';\nvi.unmock('pg');\nvi.fn('pg');`)).toEqual([]);
  });

  it('leaves out calls that are not top-level statements', () => {
    expect(mockedIn(`import { vi } from 'vitest';\nfunction setup() { vi.mock('pg'); }\nconst m = vi.mock('ioredis');`)).toEqual([]);
  });

  it('leaves out a local variable that shadows the runner, and a module that is not a string literal', () => {
    expect(mockedIn(`const vi = fake();\nvi.mock('pg');`)).toEqual([]);
    expect(mockedIn(`import { vi } from 'vitest';\nconst name = 'pg';\nvi.mock(name);\nvi.mock(\`ioredis\`);`)).toEqual([]);
  });
});

describe('values of a mocked module', () => {
  it('claims nothing about what a mocked module makes, and still knows the modules left alone', () => {
    const file = analyse(`
      import { it, vi } from 'vitest';
      import Redis from 'ioredis';
      import { Pool } from 'pg';
      import pg from 'pg';
      vi.mock('ioredis');
      const redis = new Redis();
      const pool = new Pool();
      function query(client: pg.Pool) { client.query('select 1'); }
      it('a', async () => {
        redis.set('a', '1');
        pool.query('select 1');
      });
    `);
    expect(file.awaitables([`redis.set('a', '1')`, `pool.query('select 1')`])).toEqual({
      [`redis.set('a', '1')`]: false,
      [`pool.query('select 1')`]: true,
    });
    expect(file.awaitable(`client.query('select 1')`)).toBe(true);
  });

  it('claims nothing about a type annotation from a mocked module', () => {
    const file = analyse(`
      import { vi } from 'vitest';
      import pg from 'pg';
      vi.mock('pg');
      function query(client: pg.Pool) { client.query('select 1'); }
    `);
    expect(file.awaitable(`client.query('select 1')`)).toBe(false);
  });
});
