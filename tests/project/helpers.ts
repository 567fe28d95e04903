/** Fixture projects under tests/fixtures/projects, linted as their users would: every rule, the project read around the file. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Linter } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import plugin from '../../src/index';

export const projects = path.resolve(import.meta.dirname, '../fixtures/projects');

/** The absolute path of a file under the fixture projects. */
export const fixture = (relative: string): string => path.join(projects, relative);

/** The reports of every rule on a fixture file, as `line:column rule messageId`; `framework` is the setting, when given. */
export function reportsOf(relative: string, framework?: string): string[] {
  const file = fixture(relative);
  const config = [
    { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
    { files: ['**/*.js'], languageOptions: { sourceType: 'commonjs' as const } },
    // A package with "type": "module", configured as its users would.
    { files: ['jest-esm/**/*.js'], languageOptions: { sourceType: 'module' as const } },
    {
      files: ['**/*.{js,ts}'],
      plugins: { 'async-test': plugin },
      rules: plugin.configs.all.rules,
      ...(framework === undefined ? {} : { settings: { 'async-test': { framework } } }),
    },
  ];
  return new Linter({ cwd: projects })
    .verify(readFileSync(file, 'utf8'), config as Linter.Config[], { filename: file })
    .map((message) => `${message.line}:${message.column} ${message.ruleId ?? 'fatal'} ${message.messageId ?? message.message}`);
}
