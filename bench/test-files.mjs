/**
 * What the bench and the corpus runner lint: the test files under a folder (the preset's test-file globs, minus
 * dependencies and build output), each with the parser its extension needs.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import * as tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import configs from '../dist/src/configs.js';
import plugin from '../dist/src/index.js';

export const { testFileGlobs } = configs;

export const typescriptFiles = '**/*.{ts,tsx,mts,cts}';

/** The TypeScript parser for TypeScript files, JSX on for .jsx and .tsx; espree (ESLint's default) for the rest. */
export const languages = [
  { name: 'test-files', files: testFileGlobs },
  { name: 'typescript', files: [typescriptFiles], languageOptions: { parser: tsParser } },
  { name: 'jsx', files: ['**/*.{js,jsx,mjs,cjs,tsx}'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
];

const skippedFolders = new Set(['node_modules', 'dist']);

/** The test files under `directory`, sorted, as absolute paths (as `async-test-lint` selects them). */
export async function testFilesUnder(directory) {
  const selector = new ESLint({
    cwd: directory,
    overrideConfigFile: true,
    overrideConfig: [{ ignores: ['**/*', '!**/*/', ...testFileGlobs.map((glob) => `!${glob}`), '**/node_modules/', '**/dist/'] }, ...languages],
  });
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || skippedFolders.has(entry.name)) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && /\.[cm]?[jt]sx?$/.test(entry.name) && !/\.d\.[cm]?ts$/.test(entry.name)) found.push(full);
    }
  };
  walk(directory);
  const kept = [];
  for (const file of found.sort()) if (!(await selector.isPathIgnored(file))) kept.push(file);
  return kept;
}

const all = plugin.configs.all;
/** Every rule of the plugin, by id. */
export const allRuleIds = Object.keys(all.rules);
/** The test files' languages with every rule of the plugin (`configs.all`). */
export const allRulesConfig = [...languages, all];
const configWith = (preset, ruleId) => [...languages, { ...preset, rules: { [ruleId]: preset.rules[ruleId] } }];

/**
 * A file's reports with every rule of a preset (`all` unless named); on a crash, each rule alone, so that one rule's
 * crash neither hides the others nor goes unnamed.
 */
export function lintWithAllRules(linter, file, text, onCrash, presetName = 'all') {
  const preset = plugin.configs[presetName];
  try {
    return linter.verify(text, presetName === 'all' ? allRulesConfig : [...languages, preset], { filename: file });
  } catch {
    const messages = [];
    for (const ruleId of Object.keys(preset.rules)) {
      try {
        messages.push(...linter.verify(text, configWith(preset, ruleId), { filename: file }));
      } catch (error) {
        onCrash(ruleId, error);
      }
    }
    return messages;
  }
}
