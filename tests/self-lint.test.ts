/**
 * The rule files pass eslint-plugin-eslint-plugin's recommended rules, through the project's own eslint.config.mjs
 * (the same config `npm run lint` uses).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, 'eslint.config.mjs') });

const format = (results: ESLint.LintResult[]) =>
  results
    .flatMap((result) =>
      result.messages.map(
        (message) => `${path.relative(root, result.filePath)}:${message.line}:${message.column} ${message.ruleId ?? 'fatal'} ${message.message}`,
      ),
    )
    .join('\n');

describe('self-lint', () => {
  it('applies eslint-plugin-eslint-plugin to the rule files', async () => {
    const config = (await eslint.calculateConfigForFile(path.join(root, 'rules/await-async-calls.ts'))) as { rules: Record<string, unknown> };
    expect(Object.keys(config.rules)).toEqual(expect.arrayContaining(['eslint-plugin/no-missing-message-ids', 'eslint-plugin/require-meta-type']));
  });

  it('catches a mistake in a rule file (the config is not vacuous)', async () => {
    const broken = `import { createRule } from '../src/create-rule';

export default createRule({
  name: 'broken',
  meta: { type: 'problem', docs: { description: 'Broken', recommended: false }, messages: { used: 'Used.' }, schema: [] },
  defaultOptions: [],
  create(context) {
    return { Program: (node) => context.report({ node, messageId: 'missing' }) };
  },
});
`;
    const [result] = await eslint.lintText(broken, { filePath: path.join(root, 'rules/broken.ts') });
    expect(result!.messages.map((message) => message.ruleId)).toContain('eslint-plugin/no-missing-message-ids');
  });

  it('rules/ has no errors', async () => {
    const results = await eslint.lintFiles(['rules/']);
    const ruleFiles = readdirSync(path.join(root, 'rules')).filter((name) => name.endsWith('.ts') && name !== 'index.ts');
    expect(results.map((result) => path.basename(result.filePath)).sort()).toEqual(expect.arrayContaining(ruleFiles.sort()));
    const errors = results.filter((result) => result.errorCount > 0 || result.fatalErrorCount > 0);
    expect(format(errors)).toBe('');
  }, 60_000);
});
