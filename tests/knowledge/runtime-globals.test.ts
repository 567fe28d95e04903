/**
 * The runtime's patchable globals are not part of the knowledge registry's API: only no-leaked-overrides reads them.
 * So this table asks the rule: which assignment in a test is a leaked override, and what the message calls it.
 */
import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/no-leaked-overrides';

const header = `import { it } from '@jest/globals';\n`;

/** What the rule calls the thing a statement inside a test patches (`undefined`: not reported). */
function leaked(statement: string): string | undefined {
  const config = [
    {
      files: ['**/*.ts'],
      languageOptions: { parser: tsParser },
      plugins: { 'async-test': { rules: { 'no-leaked-overrides': rule } } },
      rules: { 'async-test/no-leaked-overrides': 'error' },
    },
  ];
  // A later test of the file is what sees the leak.
  const code = `${header}it('a', () => {\n  ${statement}\n});\nit('b', () => {});`;
  const messages = new Linter().verify(code, config as unknown as Linter.Config[], { filename: 'x.test.ts' });
  expect(messages.filter((message) => message.ruleId !== 'async-test/no-leaked-overrides')).toEqual([]);
  return /^The (.+?) `/.exec(messages[0]?.message ?? '')?.[1];
}

describe('runtime-globals', () => {
  it.each([
    ['globalThis.fetch = fake;', 'global'],
    ['global.document = doc;', 'global'],
    ['window.localStorage = store;', 'global'],
    ['self.postMessage = fn;', 'global'],
    ["navigator.language = 'fr';", 'navigator property'],
    ['Date.now = () => 0;', 'Date method'],
    ['Math.random = () => 0.5;', 'Math method'],
    ['console.error = () => {};', 'console method'],
    ['JSON.parse = fake;', 'JSON method'],
    ['crypto.randomUUID = () => id;', 'crypto method'],
    ['performance.now = () => 0;', 'performance method'],
    ["process.env.API_URL = 'http://test';", 'environment variable'],
    ['delete process.env.HOME;', 'environment variable'],
    ["globalThis.process.env.X = '1';", 'global'],
    ["process.argv = ['node', 'x'];", 'process property'],
    ["process.platform = 'win32';", 'process property'],
    // Results and test data, not configuration: nothing to undo.
    ['process.exitCode = 1;', undefined],
    ["document.title = 'x';", undefined],
    ['Array.prototype.flat = fake;', undefined],
    ['const Date = { now: 0 };\n  Date.now = 1;', undefined],
  ] as const)('%s leaks a %s', (statement, what) => {
    expect(leaked(statement)).toBe(what);
  });
});
