/**
 * The code samples in docs/rules/*.md are linted, so that a doc cannot show an example the rule does not report
 * (or reports when it should not).
 *
 * Convention: every ```js / ```ts / ```jsx / ```tsx block in a rule doc is preceded (blank lines aside) by a marker:
 *   <!-- wrong -->   a test file the rule must report at least once;
 *   <!-- right -->   a test file no rule of the plugin reports;
 *   <!-- config -->  not a test file (an eslint.config.js snippet, say): only checked to parse.
 * `<!-- wrong checkTypes -->` / `<!-- right checkTypes -->` lint the block with type information and the
 * `recommended-type-checked` preset (which turns `checkTypes` on). Blocks are linted as `example.test.<lang>` with the
 * `all` preset and the TypeScript parser. A wrong block's fixes must apply cleanly and leave code that parses.
 * A block without a marker fails the test, so no example can escape being linted.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, expect, it } from 'vitest';

type Plugin = typeof import('../src/index');

const root = path.resolve(import.meta.dirname, '..');
const docsDir = path.join(root, 'docs/rules');
const plugin = createRequire(import.meta.url)(path.join(root, 'dist/src/index.js')) as Plugin;

type Expectation = 'wrong' | 'right' | 'config';

interface Sample {
  readonly doc: string;
  readonly line: number;
  readonly lang: 'js' | 'ts' | 'jsx' | 'tsx';
  readonly code: string;
  readonly expectation: Expectation | undefined;
  readonly typed: boolean;
}

const fence = /^```(\w+)?\s*$/;
const lintedLanguages: Record<string, Sample['lang']> = { js: 'js', javascript: 'js', jsx: 'jsx', ts: 'ts', typescript: 'ts', tsx: 'tsx' };
const marker = /^<!--\s*(wrong|right|config)(\s+checkTypes)?\s*-->$/;

function samplesOf(doc: string, markdown: string): Sample[] {
  const lines = markdown.split('\n');
  const samples: Sample[] = [];
  for (let index = 0; index < lines.length; index++) {
    const opening = fence.exec(lines[index]!);
    if (opening === null) continue;
    const end = lines.findIndex((line, at) => at > index && line.trim() === '```');
    if (end === -1) throw new Error(`${doc}:${index + 1}: unterminated code block`);
    const lang = lintedLanguages[opening[1] ?? ''];
    if (lang !== undefined) {
      let before = index - 1;
      while (before >= 0 && lines[before]!.trim() === '') before--;
      const found = before >= 0 ? marker.exec(lines[before]!.trim()) : null;
      samples.push({
        doc,
        line: index + 1,
        lang,
        code: lines.slice(index + 1, end).join('\n') + '\n',
        expectation: found?.[1] as Expectation | undefined,
        typed: found?.[2] !== undefined,
      });
    }
    index = end;
  }
  return samples;
}

const ruleDocs = readdirSync(docsDir).filter((name) => name.endsWith('.md'));
const linter = new Linter({ configType: 'flat' });
const untypedConfig: Linter.Config[] = [{ ...plugin.configs.all, files: ['**/*.{js,jsx,ts,tsx}'], languageOptions: { parser: tseslint.parser } }];

// Typed samples are written to a throwaway TypeScript project so the project service can build a program for them.
let typedDir: string | undefined;
function typedProject(): string {
  if (typedDir === undefined) {
    typedDir = mkdtempSync(path.join(os.tmpdir(), 'async-test-docs-'));
    const compilerOptions = { strict: true, target: 'ES2022', module: 'nodenext', jsx: 'preserve', noEmit: true, skipLibCheck: true, types: [] };
    writeFileSync(path.join(typedDir, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['*.ts', '*.tsx'] }));
  }
  return typedDir;
}
afterAll(() => {
  if (typedDir !== undefined) rmSync(typedDir, { recursive: true, force: true });
});

let typedCount = 0;
function lint(sample: Sample): { messages: Linter.LintMessage[]; filename: string; config: Linter.Config[] } {
  if (!sample.typed) {
    const filename = path.join(root, `example.test.${sample.lang}`);
    return { messages: linter.verify(sample.code, untypedConfig, filename), filename, config: untypedConfig };
  }
  if (sample.lang !== 'ts' && sample.lang !== 'tsx') throw new Error('typed samples must be ```ts or ```tsx');
  const dir = typedProject();
  const filename = path.join(dir, `example${++typedCount}.test.${sample.lang}`);
  writeFileSync(filename, sample.code);
  const preset = plugin.configs['recommended-type-checked'];
  const config: Linter.Config[] = [
    {
      ...preset,
      files: ['**/*.{ts,tsx}'],
      languageOptions: { ...preset.languageOptions, parserOptions: { projectService: true, tsconfigRootDir: dir } },
    },
  ];
  return { messages: new Linter({ configType: 'flat', cwd: dir }).verify(sample.code, config, filename), filename, config };
}

const where = (sample: Sample) => `${sample.doc}:${sample.line}`;
const describeMessages = (messages: Linter.LintMessage[]) =>
  messages.map((message) => `${message.line}:${message.column} ${message.ruleId ?? 'parse'} ${message.message}`).join('\n');

describe('docs/rules code samples', () => {
  it('there is a doc for every rule, and every doc has wrong and right samples', () => {
    expect(ruleDocs.map((name) => name.replace(/\.md$/, '')).sort()).toEqual(Object.keys(plugin.rules).sort());
    for (const doc of ruleDocs) {
      const samples = samplesOf(doc, readFileSync(path.join(docsDir, doc), 'utf8'));
      expect(samples.filter((sample) => sample.expectation === 'wrong').length, `${doc}: wrong samples`).toBeGreaterThan(0);
      expect(samples.filter((sample) => sample.expectation === 'right').length, `${doc}: right samples`).toBeGreaterThan(0);
    }
  });

  for (const doc of ruleDocs) {
    const ruleId = `async-test/${doc.replace(/\.md$/, '')}`;
    const samples = samplesOf(doc, readFileSync(path.join(docsDir, doc), 'utf8'));

    describe(doc, () => {
      for (const sample of samples) {
        const title = `${sample.expectation ?? 'unmarked'}${sample.typed ? ' (typed)' : ''} sample at line ${sample.line}`;
        it(title, () => {
          expect(sample.expectation, `${where(sample)}: put <!-- wrong -->, <!-- right --> or <!-- config --> before the block`).toBeDefined();
          const { messages, filename, config } = lint(sample);
          const parseErrors = messages.filter((message) => message.fatal === true);
          expect(parseErrors, `${where(sample)} does not parse:\n${describeMessages(parseErrors)}`).toEqual([]);
          if (sample.expectation === 'config') return;
          if (sample.expectation === 'right') {
            const reports = messages.filter((message) => message.ruleId?.startsWith('async-test/'));
            expect(reports, `${where(sample)} is a right sample, but:\n${describeMessages(reports)}`).toEqual([]);
            return;
          }
          const reports = messages.filter((message) => message.ruleId === ruleId);
          expect(reports.length, `${where(sample)} is a wrong sample, but ${ruleId} does not report it`).toBeGreaterThan(0);
          const fixed = new Linter({ configType: 'flat', cwd: path.dirname(filename) }).verifyAndFix(sample.code, config, filename);
          const afterFix = fixed.messages.filter((message) => message.fatal === true);
          expect(afterFix, `${where(sample)}: the fixed code does not parse:\n${fixed.output}`).toEqual([]);
          const unfixed = fixed.messages.filter((message) => message.fix !== undefined);
          expect(unfixed, `${where(sample)}: fixing does not converge:\n${describeMessages(unfixed)}`).toEqual([]);
          for (const report of reports) {
            for (const suggestion of report.suggestions ?? []) {
              const { range, text } = suggestion.fix;
              const suggested = sample.code.slice(0, range[0]) + text + sample.code.slice(range[1]);
              const errors = linter.verify(suggested, config, filename).filter((message) => message.fatal === true);
              expect(errors, `${where(sample)}: the suggestion "${suggestion.desc}" gives code that does not parse:\n${suggested}`).toEqual([]);
            }
          }
        });
      }
    });
  }
});
