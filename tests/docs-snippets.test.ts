/**
 * Every config snippet in README.md and docs/ works when pasted: each ```js block (other than the `<!-- wrong -->` and
 * `<!-- right -->` test samples that tests/docs-examples.test.ts lints) is a whole eslint.config.js, and is written to a
 * temporary project as one and loaded by ESLint as the `eslint` command loads a user's config. With it, ESLint lints
 *   - a flawed JavaScript test file, which a rule of ours must report;
 *   - a source file that is not a test, which must lint without error (a rule override without `files` stops ESLint
 *     there: "could not find plugin");
 *   - when the snippet gives TypeScript test files a parser, a flawed TypeScript test file, which must parse and be
 *     reported, and with `projectService` and `checkTypes`, also a mistake only the types show.
 * A block marked `<!-- linted with the config above: rule-a, rule-b -->` is a test file that the doc's previous snippet
 * must report with exactly those rules. The project links this repository's build and node_modules; one Node.js process
 * lints every snippet.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { built, repository, temporaryProject, type Project } from './integrations/workspace';

const plugin = built.plugin();

interface Snippet {
  readonly doc: string;
  readonly line: number;
  readonly code: string;
  /** For a test sample: the config snippet it is linted with, and the rules that must report it. */
  readonly sample?: { readonly config: Snippet; readonly rules: readonly string[] };
}

const fence = /^```(\w+)?\s*$/;
const scriptLanguages = new Set(['js', 'javascript', 'mjs', 'cjs']);
const testSample = /^<!--\s*(?:wrong|right)\b/;
const linkedSample = /^<!--\s*linted with the config above:\s*([\w\s,-]+?)\s*-->$/;

function markdownFiles(): string[] {
  const docs = readdirSync(path.join(repository, 'docs'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .map((file) => path.join('docs', file));
  return ['README.md', ...docs.sort()];
}

function snippetsOf(doc: string): Snippet[] {
  const lines = readFileSync(path.join(repository, doc), 'utf8').split('\n');
  const snippets: Snippet[] = [];
  let lastConfig: Snippet | undefined;
  for (let index = 0; index < lines.length; index++) {
    const opening = fence.exec(lines[index]!);
    if (opening === null) continue;
    const end = lines.findIndex((line, at) => at > index && line.trim() === '```');
    if (end === -1) throw new Error(`${doc}:${index + 1}: unterminated code block`);
    let before = index - 1;
    while (before >= 0 && lines[before]!.trim() === '') before--;
    const marker = before >= 0 ? lines[before]!.trim() : '';
    const code = lines.slice(index + 1, end).join('\n') + '\n';
    const line = index + 1;
    index = end;
    if (!scriptLanguages.has(opening[1] ?? '') || testSample.test(marker)) continue;
    const linked = linkedSample.exec(marker);
    if (linked === null) {
      lastConfig = { doc, line, code };
      snippets.push(lastConfig);
    } else {
      if (lastConfig === undefined) throw new Error(`${doc}:${line}: a test sample with no config snippet above it`);
      const rules = linked[1]!.split(',').map((rule) => `async-test/${rule.trim()}`);
      snippets.push({ doc, line, code, sample: { config: lastConfig, rules } });
    }
  }
  return snippets;
}

const snippets = markdownFiles().flatMap(snippetsOf);
const configs = snippets.filter((snippet) => snippet.sample === undefined);
const where = (snippet: Snippet) => `${snippet.doc}:${snippet.line}`;
const configFileOf = (snippet: Snippet) =>
  `${snippet.doc.replace(/[/.]/g, '-')}-${snippet.line}.config.${/\bmodule\.exports\b/.test(snippet.code) ? 'cjs' : 'mjs'}`;

// mocha drops the rejection of an assertion nothing awaits, so `recommended` reports it there.
const flawedScript = `import { test } from 'mocha'; import assert from 'node:assert/strict';
import { loadUser } from '../src/users.js';

test('rejects an unknown id', () => {
  assert.rejects(loadUser(42), /not found/);
});
`;
// The same mistake, in TypeScript syntax, and on line 15 a promise that only the types show.
const flawedTypeScript = `import { test } from 'mocha'; import assert from 'node:assert/strict';
import { loadUser } from '../src/users.js';

interface Users {
  create(name: string): Promise<{ id: number }>;
}
declare const users: Users;

test('rejects an unknown id', () => {
  const id: number = 42;
  assert.rejects(loadUser(id), /not found/);
});

test('creates a user', () => {
  users.create('ann');
});
`;
const typedOnlyLine = 15;

interface LintedFile {
  parser: string | undefined;
  projectService: boolean;
  checkTypes: boolean;
  messages: { ruleId: string | null; line: number; fatal: boolean; message: string }[];
}
interface Result {
  id: string;
  files: Record<string, LintedFile>;
  error?: string;
}

let project: Project;
let results: Map<string, Result>;

beforeAll(() => {
  project = temporaryProject('docs-snippets', [
    'eslint',
    'typescript',
    'typescript-eslint',
    '@typescript-eslint/parser',
    'eslint-plugin-jest',
    '@vitest/eslint-plugin',
  ]);
  // eslint-plugin-jest reads the version of the jest installed beside it, as in a project that runs jest. It looks from
  // its own folder, this repository's node_modules, which has no jest: NODE_PATH, where node looks last, stands in.
  mkdirSync(project.path('installed-jest/jest'), { recursive: true });
  writeFileSync(project.path('installed-jest/jest/package.json'), JSON.stringify({ name: 'jest', version: '30.0.0' }));
  writeFileSync(project.path('package.json'), JSON.stringify({ name: 'snippets', private: true, type: 'module' }));
  // As the README asks of a typed setup: the tsconfig.json includes the test files, JavaScript ones too (under another
  // name than the TypeScript one: of two files that differ only in extension, TypeScript includes the .ts).
  const compilerOptions = { strict: true, allowJs: true, target: 'ES2022', module: 'nodenext', noEmit: true, skipLibCheck: true, types: [] };
  writeFileSync(project.path('tsconfig.json'), JSON.stringify({ compilerOptions, include: ['src', 'tests'] }));
  mkdirSync(project.path('src'));
  mkdirSync(project.path('tests'));
  writeFileSync(project.path('src/users.js'), 'export async function loadUser(id) {\n  return { id };\n}\n');
  writeFileSync(project.path('src/users.ts'), 'export async function loadUser(id: number) {\n  return { id };\n}\n');
  writeFileSync(project.path('tests/users.test.js'), flawedScript);
  writeFileSync(project.path('tests/accounts.test.ts'), flawedTypeScript);

  const jobs = snippets.map((snippet, index) => {
    const config = snippet.sample?.config ?? snippet;
    writeFileSync(project.path(configFileOf(snippet)), config.code);
    if (snippet.sample === undefined) {
      return { id: where(snippet), configFile: configFileOf(snippet), files: ['tests/users.test.js', 'src/users.js', 'tests/accounts.test.ts'] };
    }
    const sampleFile = `tests/sample-${index}.test.js`;
    writeFileSync(project.path(sampleFile), snippet.code);
    return { id: where(snippet), configFile: configFileOf(snippet), files: [sampleFile] };
  });
  writeFileSync(project.path('jobs.json'), JSON.stringify(jobs));
  const runner = path.join(repository, 'tests/fixtures/docs-snippets/lint-snippets.mjs');
  const output = execFileSync(process.execPath, [runner, 'jobs.json'], {
    cwd: project.folder,
    env: { ...process.env, NODE_PATH: project.path('installed-jest') },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  results = new Map((JSON.parse(output) as Result[]).map((result) => [result.id, result]));
}, 300_000);

afterAll(() => project?.remove());

const ours = (file: LintedFile) => file.messages.filter((message) => message.ruleId?.startsWith('async-test/'));
const describeMessages = (file: LintedFile) =>
  file.messages.map((message) => `${message.line} ${message.ruleId ?? 'fatal'}: ${message.message}`).join('\n');

describe('config snippets in README.md and docs/, pasted as eslint.config.js', () => {
  it('are found in the README and in the docs', () => {
    expect(configs.filter((snippet) => snippet.doc === 'README.md').length).toBeGreaterThanOrEqual(6);
    expect(configs.filter((snippet) => snippet.doc.startsWith('docs/')).length).toBeGreaterThanOrEqual(6);
  });

  for (const snippet of snippets) {
    it(`${where(snippet)}${snippet.sample === undefined ? '' : ' (a test file for the config above)'}`, () => {
      if (snippet.sample === undefined) {
        expect(snippet.code, `${where(snippet)} is not a whole config: it must export one`).toMatch(/^(export default|module\.exports =)/m);
      }
      const result = results.get(where(snippet))!;
      expect(result.error, `${where(snippet)}: ESLint stopped`).toBeUndefined();
      for (const [file, linted] of Object.entries(result.files)) {
        // A snippet that gives TypeScript no parser is for JavaScript test files (the README says so).
        if (file.endsWith('.ts') && (linted.parser === undefined || linted.parser === 'espree')) continue;
        expect(
          linted.messages.filter((message) => message.fatal),
          `${where(snippet)}: ${file} does not lint:\n${describeMessages(linted)}`,
        ).toEqual([]);
      }
      if (snippet.sample !== undefined) {
        const [linted] = Object.values(result.files);
        expect([...new Set(ours(linted!).map((message) => message.ruleId))].sort(), describeMessages(linted!)).toEqual(
          [...snippet.sample.rules].sort(),
        );
        return;
      }
      expect(ours(result.files['tests/users.test.js']!).length, `${where(snippet)} reports nothing on a flawed test file`).toBeGreaterThan(0);
      expect(ours(result.files['src/users.js']!)).toEqual([]);
      const typeScript = result.files['tests/accounts.test.ts']!;
      if (typeScript.parser === undefined || typeScript.parser === 'espree') return;
      const reportedLines = ours(typeScript).map((message) => message.line);
      expect(reportedLines, `${where(snippet)}: the TypeScript test file\n${describeMessages(typeScript)}`).toContain(11);
      if (typeScript.projectService && typeScript.checkTypes) expect(reportedLines).toContain(typedOnlyLine);
    });
  }

  it('the README has a snippet for TypeScript test files without type information, and one with', () => {
    const typeScriptConfigs = configs
      .filter((snippet) => snippet.doc === 'README.md')
      .map((snippet) => results.get(where(snippet))!.files['tests/accounts.test.ts']!)
      .filter((file) => file.parser !== undefined && file.parser !== 'espree');
    expect(typeScriptConfigs.some((file) => !file.projectService)).toBe(true);
    expect(typeScriptConfigs.some((file) => file.projectService && file.messages.some((message) => message.line === typedOnlyLine))).toBe(true);
  });
});

describe("the README's presets table", () => {
  it('lists every config of the plugin', () => {
    const readme = readFileSync(path.join(repository, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('### Presets'), readme.indexOf('\n\n', readme.indexOf('| Preset')));
    const listed = [...table.matchAll(/^\| `([\w/-]+)`/gm)].map((match) => match[1]);
    expect(listed).toEqual(Object.keys(plugin.configs));
  });
});
