/**
 * The ESLint config the command lints with, in place of the user's: the `recommended` preset over test files only, with
 * the TypeScript parser for TypeScript files, and JSX on in `.tsx` and in every JavaScript file (React projects often
 * write JSX in `.js` tests; no valid plain JavaScript reads differently with it).
 */
// The parser module has no default export (its `__esModule` flag makes a default import undefined).
import * as tsParser from '@typescript-eslint/parser';
import type { Linter } from 'eslint';
import { testFileGlobs } from '../configs';
import plugin from '../index';
import { scriptFallbackParser } from './script-parser';

/**
 * Folders that hold copies of test files, never suites: dependencies, build output (`dist/` anywhere, `build/` at the
 * project root, where a test folder of that name is less likely), coverage reports and caches.
 */
export const copyFolders: readonly string[] = ['**/node_modules/', '**/dist/', 'build/', '**/coverage/', '**/.cache/'];

/**
 * ESLint's default config also takes every `*.js`, so every file is ignored globally, then folders and the preset's
 * test-file globs are unignored, then the folders of copies are ignored again.
 */
export function cliConfig(): Linter.Config[] {
  return [
    {
      name: 'async-test-lint/ignores',
      ignores: ['**/*', '!**/*/', ...testFileGlobs.map((glob) => `!${glob}`), ...copyFolders],
    },
    { name: 'async-test-lint/typescript', files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tsParser } },
    // Old CommonJS suites in sloppy mode parse as node runs them (see script-parser.ts).
    { name: 'async-test-lint/commonjs', files: ['**/*.{js,jsx,cjs}'], languageOptions: { parser: scriptFallbackParser } },
    {
      name: 'async-test-lint/jsx',
      files: ['**/*.{js,jsx,mjs,cjs,tsx}'],
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    plugin.configs.recommended,
  ];
}
