/**
 * Beside the plugins these users already run: eslint-plugin-jest's `flat/recommended` and @vitest/eslint-plugin's
 * `recommended` (devDependencies, the newest that run on Node.js 20) report some of our mistakes again, on the same
 * line. `configs['disable-peer-overlap']`, put after them, leaves one report per mistake, ours, and keeps the peers'
 * other reports and their rules on files that are not tests. docs/peers.md lists the same rules.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vitestPlugin from '@vitest/eslint-plugin';
import { Linter } from 'eslint';
import jestPlugin from 'eslint-plugin-jest';
import { afterAll, describe, expect, it } from 'vitest';
import { peerOverlaps } from '../../src/peer-overlap';
import { built, repository } from './workspace';

const plugin = built.plugin();

const jestFile = `import { describe, expect, test } from '@jest/globals';
import { loadUser } from '../src/users.js';

describe('users', async () => {
  await Promise.resolve();
  test('a', () => expect(1).toBe(1));
});

test('rejects', () => {
  expect(loadUser(42)).rejects.toThrow('not found');
});

test('chains', () => {
  loadUser(1).then((user) => {
    expect(user.id).toBe(1);
  });
});

test('takes done and is async', async (done) => {
  expect(await loadUser(1)).toBeTruthy();
  done();
});

test.only('focused', () => {
  expect(1).toBe(1);
});
`;

const vitestFile = `import { expect, test } from 'vitest';
import { loadUser } from '../src/users.js';

test('rejects', () => {
  expect(loadUser(42)).rejects.toThrow('not found');
});

test('chains', () => {
  loadUser(1).then((user) => {
    expect(user.id).toBe(1);
  });
});

test('polls', () => {
  expect.poll(() => loadUser(1)).toBeTruthy();
});

test.only('focused', () => {
  expect(1).toBe(1);
});
`;

// eslint-plugin-jest asks for jest's version when jest is not installed (as here).
const jestConfig: Linter.Config[] = [{ ...jestPlugin.configs['flat/recommended'], settings: { jest: { version: 30 } } }];
const vitestConfig: Linter.Config[] = [vitestPlugin.configs.recommended as Linter.Config];

/** `line rule-id` for every report, sorted; fatal messages fail the test. */
function reports(code: string, filename: string, config: Linter.Config[]): string[] {
  const messages = new Linter({ configType: 'flat', cwd: repository }).verify(code, config, path.join(repository, filename));
  expect(messages.filter((message) => message.fatal === true)).toEqual([]);
  return messages.map((message) => `${message.line} ${message.ruleId}`).sort((a, b) => parseInt(a) - parseInt(b) || a.localeCompare(b));
}

/** The lines that two rules or more report. */
function reportedTwice(found: readonly string[]): Record<number, string[]> {
  const byLine: Record<number, string[]> = {};
  for (const report of found) (byLine[parseInt(report)] ??= []).push(report.replace(/^\d+ /, ''));
  return Object.fromEntries(Object.entries(byLine).filter(([, rules]) => rules.length > 1));
}

describe('eslint-plugin-jest beside the strict preset', () => {
  const filename = 'tests/users.test.js';

  it('reports the same mistakes twice without disable-peer-overlap', () => {
    expect(reportedTwice(reports(jestFile, filename, [...jestConfig, plugin.configs.strict]))).toEqual({
      4: ['async-test/no-lost-tests', 'jest/valid-describe-callback'],
      10: ['async-test/await-async-calls', 'jest/valid-expect'],
      14: ['async-test/await-async-calls', 'jest/valid-expect-in-promise'],
      19: ['async-test/no-done-callback', 'jest/no-done-callback'],
    });
  });

  it('reports each once with it, ours, and keeps the rest of eslint-plugin-jest', () => {
    const config = [...jestConfig, plugin.configs.strict, plugin.configs['disable-peer-overlap']];
    expect(reports(jestFile, filename, config)).toEqual([
      '4 async-test/no-lost-tests',
      '10 async-test/await-async-calls',
      '14 async-test/await-async-calls',
      '19 async-test/no-done-callback',
      '24 jest/no-focused-tests',
    ]);
  });

  it('leaves the peer rules on where our presets do not run', () => {
    const config = [...jestConfig, plugin.configs.strict, plugin.configs['disable-peer-overlap']];
    expect(reports(jestFile, 'src/users.check.js', config)).toContain('10 jest/valid-expect');
  });
});

describe('@vitest/eslint-plugin beside the strict preset', () => {
  const filename = 'tests/users.test.js';
  // `require-awaited-expect-poll` is not in its recommended config; users of its `all` config have it.
  const withPoll: Linter.Config[] = [...vitestConfig, { rules: { 'vitest/require-awaited-expect-poll': 'error' } }];

  it('reports the same mistakes twice without disable-peer-overlap', () => {
    expect(reportedTwice(reports(vitestFile, filename, [...withPoll, plugin.configs.strict]))).toEqual({
      5: ['async-test/await-async-calls', 'vitest/valid-expect'],
      9: ['async-test/await-async-calls', 'vitest/valid-expect-in-promise'],
      15: ['async-test/await-async-calls', 'vitest/require-awaited-expect-poll'],
    });
  });

  it('reports each once with it, ours, and keeps the rest of @vitest/eslint-plugin', () => {
    const config = [...withPoll, plugin.configs.strict, plugin.configs['disable-peer-overlap']];
    expect(reports(vitestFile, filename, config)).toEqual([
      '5 async-test/await-async-calls',
      '9 async-test/await-async-calls',
      '15 async-test/await-async-calls',
      '18 vitest/no-focused-tests',
    ]);
  });
});

describe('with type information: eslint-plugin-jest’s valid-expect-with-promise', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'async-test-peers-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports a promise given to a synchronous matcher with await-async-calls; disable-peer-overlap leaves ours', () => {
    const compilerOptions = { strict: true, target: 'ES2022', module: 'nodenext', noEmit: true, skipLibCheck: true, types: [] };
    writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['*.ts'] }));
    const code = `import { expect, test } from '@jest/globals';

async function loadUser(id: number): Promise<{ id: number }> {
  return { id };
}

test('loads', () => {
  expect(loadUser(1)).toBeTruthy();
});
`;
    const filename = path.join(dir, 'users.test.ts');
    writeFileSync(filename, code);
    const typed: Linter.Config[] = [
      plugin.configs['recommended-type-checked'],
      { languageOptions: { parserOptions: { tsconfigRootDir: dir } } },
      { plugins: { jest: jestPlugin }, rules: { 'jest/valid-expect-with-promise': 'error' } },
    ];
    const lint = (config: Linter.Config[]) =>
      new Linter({ configType: 'flat', cwd: dir }).verify(code, config, filename).map((message) => `${message.line} ${message.ruleId}`);
    expect(lint(typed).sort()).toEqual(['8 async-test/await-async-calls', '8 jest/valid-expect-with-promise']);
    expect(lint([...typed, plugin.configs['disable-peer-overlap']])).toEqual(['8 async-test/await-async-calls']);
  });
});

describe('the list of overlapping rules', () => {
  it('names rules that the peers have, and docs/peers.md shows each with our rule', () => {
    const peers = { jest: jestPlugin.rules, vitest: vitestPlugin.rules } as Record<string, Record<string, unknown>>;
    const page = readFileSync(path.join(repository, 'docs/peers.md'), 'utf8');
    for (const { rule, ours } of peerOverlaps) {
      const [namespace, name] = rule.split('/') as [string, string];
      expect(peers[namespace]![name], rule).toBeDefined();
      expect(page, rule).toMatch(new RegExp(`^\\| \`${rule}\` +\\| \\[${ours}\\]`, 'm'));
    }
    expect(Object.keys(plugin.configs['disable-peer-overlap'].rules ?? {})).toEqual(peerOverlaps.map((overlap) => overlap.rule));
  });
});
