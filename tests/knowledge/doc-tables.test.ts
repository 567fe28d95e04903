/** The rule docs' library tables, made from the knowledge modules (written by `npm run docs`, checked by `docs:check`). */
import { describe, expect, it } from 'vitest';
import { markdownTable, overrideTable, resourceTable, transactionTable } from '../../src/knowledge/doc-tables';

describe('knowledge tables of the rule docs', () => {
  it('resources: how each is opened and closed', () => {
    const rows = resourceTable().rows;
    expect(rows).toContainEqual(['pg', 'connection pool (Pool)', '`new Pool()`', '`end()`']);
    expect(rows).toContainEqual(['pg', 'pooled connection (PoolClient)', '`await connect()` on Pool', '`release()`']);
    expect(rows).toContainEqual(['timers', 'interval timer (Interval)', '`setInterval()`', '`clearInterval(…)`']);
    // better-sqlite3 holds no event-loop handle: nothing of it is a resource.
    expect(rows.filter((row) => row[0] === 'better-sqlite3')).toEqual([]);
  });

  it('transactions: the begin, the rollback and the commit', () => {
    const rows = transactionTable().rows;
    expect(rows).toContainEqual(['knex', '`await transaction()` on Knex', '`rollback()` on the Transaction', '`commit()` on the Transaction']);
    expect(rows).toContainEqual(['pg', "`query('BEGIN')` on PoolClient", "`query('ROLLBACK')`", "`query('COMMIT')`"]);
  });

  it('overrides: what makes one, what undoes it, and the runner option', () => {
    const rows = overrideTable().rows;
    expect(rows).toContainEqual(['vitest', 'stubbed environment variable', '`stubEnv(…)` on Vi', '`unstubAllEnvs()` on Vi', '`unstubEnvs: true`']);
    expect(rows.find((row) => row[0] === 'nock' && row[1] === 'nock interceptor')?.[2]).toBe('`nock(…)`, `define(…)` on Nock, `load(…)` on Nock');
  });

  it('writes a Markdown table, escaping pipes in cells', () => {
    expect(markdownTable({ header: ['A', 'B'], rows: [['x | y', 'z']] })).toBe('| A | B |\n| :-- | :-- |\n| x \\| y | z |');
  });
});
