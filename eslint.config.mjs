// The project's own lint: the rule files are checked with eslint-plugin-eslint-plugin's recommended rules
// (`tests/self-lint.test.ts` runs this config over rules/ and requires zero errors).
import { defineConfig } from 'eslint/config';
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import tseslint from 'typescript-eslint';

export default defineConfig([
  { ignores: ['dist/', 'examples/', 'tests/fixtures/', 'coverage/'] },
  {
    files: ['rules/**/*.ts'],
    ignores: ['rules/index.ts'],
    extends: [eslintPlugin.configs.recommended],
    languageOptions: { parser: tseslint.parser },
  },
]);
