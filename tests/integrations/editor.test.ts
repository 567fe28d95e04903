/**
 * Inline warnings in an editor: the ESLint language server that VS Code's ESLint extension runs (and that other editors
 * run as `vscode-eslint-language-server`), started over stdio against a fixture workspace whose
 * eslint.config.mjs spreads our `recommended` preset. The test talks to it as an editor does: it answers the server's
 * `workspace/configuration` with the settings object docs/editor.md shows (the one VS Code sends), read from the page,
 * pulls the diagnostics, asks for code actions and applies the quick fix through `workspace/executeCommand` →
 * `workspace/applyEdit`. Then what the page says of other settings: what fails without some of them, what ESLint 9 does
 * with them, and what Neovim's nvim-lspconfig sends, with and without the page's correction.
 */
import { cpSync, existsSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspClient } from './lsp-client';
import { built, repository, temporaryProject, type Project } from './workspace';

const fixture = path.join(repository, 'tests/fixtures/editor');
const original = readFileSync(path.join(fixture, 'tests/users.test.js'), 'utf8');
const serverBin = path.join(repository, 'node_modules/vscode-langservers-extracted/bin/vscode-eslint-language-server');
const plugin = built.plugin();

interface Position {
  line: number;
  character: number;
}
interface Range {
  start: Position;
  end: Position;
}
interface TextEdit {
  range: Range;
  newText: string;
}
interface Diagnostic {
  range: Range;
  message: string;
  severity: number;
  source: string;
  code: string;
  codeDescription?: { href: string };
}
interface CodeAction {
  title: string;
  kind?: string;
  isPreferred?: boolean;
  command?: { command: string; arguments?: unknown[] };
}
interface WorkspaceEdit {
  changes?: Record<string, TextEdit[]>;
  documentChanges?: { textDocument: { uri: string }; edits: TextEdit[] }[];
}

/** A block of docs/editor.md, by the marker line before it. */
function pageBlock(marker: string): string {
  const page = readFileSync(path.join(repository, 'docs/editor.md'), 'utf8');
  const found = new RegExp(`<!-- ${marker} -->\\n\`\`\`\\w+\\n([\\s\\S]*?)\\n\`\`\`\\n`).exec(page);
  if (found === null) throw new Error(`docs/editor.md has no block marked <!-- ${marker} -->`);
  return found[1]!;
}

/** The settings object docs/editor.md tells other editors to answer `workspace/configuration` with, as it shows it. */
const pageSettings = JSON.parse(pageBlock('language-server-settings')) as Record<string, unknown>;

function offsetAt(text: string, { line, character }: Position): number {
  let offset = 0;
  for (let current = 0; current < line; current++) offset = text.indexOf('\n', offset) + 1;
  return offset + character;
}

function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => offsetAt(text, b.range.start) - offsetAt(text, a.range.start));
  return sorted.reduce(
    (result, edit) => result.slice(0, offsetAt(text, edit.range.start)) + edit.newText + result.slice(offsetAt(text, edit.range.end)),
    text,
  );
}

function editsFor(edit: WorkspaceEdit, target: string): TextEdit[] {
  return [
    ...(edit.changes?.[target] ?? []),
    ...(edit.documentChanges ?? []).filter((change) => change.textDocument.uri === target).flatMap((change) => change.edits),
  ];
}

const range = (line: number, start: number, end: number): Range => ({
  start: { line: line - 1, character: start - 1 },
  end: { line: line - 1, character: end - 1 },
});

let project: Project;
let uri: string;
let client: LspClient;
let text = original;
let version = 1;

beforeAll(async () => {
  expect(existsSync(path.join(repository, 'dist/src/index.js')), 'run `npm run build` first').toBe(true);
  // The fixture, in a temporary folder whose node_modules links `eslint` and `eslint-plugin-async-test` to this
  // repository's install and build, as a user's project has them installed.
  project = temporaryProject('editor', ['eslint']);
  const workspace = project.folder;
  cpSync(fixture, workspace, { recursive: true });
  uri = pathToFileURL(project.path('tests/users.test.js')).href;

  client = new LspClient(process.execPath, [serverBin, '--stdio'], workspace);
  client.onRequest('workspace/configuration', (params) => (params as { items: unknown[] }).items.map(() => pageSettings));
  client.onRequest('workspace/applyEdit', (params) => {
    text = applyEdits(text, editsFor((params as { edit: WorkspaceEdit }).edit, uri));
    version += 1;
    client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return { applied: true };
  });
  await client.request('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(workspace).href,
    workspaceFolders: [{ name: 'editor', uri: pathToFileURL(workspace).href }],
    capabilities: {
      workspace: { configuration: true, applyEdit: true, workspaceFolders: true, workspaceEdit: { documentChanges: true } },
      textDocument: {
        diagnostic: { dynamicRegistration: false },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll.eslint'] } } },
      },
    },
  });
  client.notify('initialized', {});
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'javascript', version, text } });
});

afterAll(async () => {
  await client?.stop().catch(() => client.kill());
  project?.remove();
});

async function pullDiagnostics(): Promise<Diagnostic[]> {
  const report = await client.request<{ kind: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
  expect(report.kind).toBe('full');
  return report.items;
}

describe('the ESLint language server with the recommended preset', () => {
  it('reports our diagnostics, with the rule id, the range and a link to the rule doc', async () => {
    const diagnostics = await pullDiagnostics();
    expect(diagnostics, client.log.join('\n')).toEqual([
      {
        source: 'eslint',
        severity: 1,
        code: 'async-test/await-async-calls',
        codeDescription: { href: plugin.rules['await-async-calls'].meta?.docs?.url },
        message: expect.stringContaining('`expect(…).rejects.toThrow(…)` is never awaited'),
        range: range(5, 3, 52),
      },
      {
        source: 'eslint',
        severity: 1,
        code: 'async-test/no-done-callback',
        codeDescription: { href: plugin.rules['no-done-callback'].meta?.docs?.url },
        message: expect.stringContaining('vitest passes the test context here, not a `done` callback'),
        range: range(8, 23, 27),
      },
    ]);
    expect(diagnostics[0]!.codeDescription!.href).toBe(
      'https://github.com/eslint-plugin-async-test/eslint-plugin-async-test/blob/main/docs/rules/await-async-calls.md',
    );
  });

  it('offers the fix as the preferred quick fix and the suggestion as another, and applies the fix', async () => {
    const [unawaited, doneCallback] = await pullDiagnostics();
    const fixActions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: unawaited!.range,
      context: { diagnostics: [unawaited], only: ['quickfix'] },
    });
    const fix = fixActions.find((action) => action.command?.command === 'eslint.applySingleFix');
    expect(fix).toMatchObject({ title: 'Fix this async-test/await-async-calls problem', kind: 'quickfix', isPreferred: true });

    const suggestionActions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: doneCallback!.range,
      context: { diagnostics: [doneCallback], only: ['quickfix'] },
    });
    expect(suggestionActions.map((action) => action.title)).toContain(
      'Return a promise instead: wrap the body in `new Promise`. (async-test/no-done-callback)',
    );

    await client.request('workspace/executeCommand', fix!.command);
    expect(text.split('\n').slice(3, 6)).toEqual([
      "test('rejects an unknown id', async () => {",
      "  await expect(loadUser(42)).rejects.toThrow('not found');",
      '});',
    ]);
    // The rest of the file is untouched, and the fixed mistake is no longer reported.
    expect(text.replace('async () => {\n  await ', '() => {\n  ')).toBe(original);
    expect((await pullDiagnostics()).map((diagnostic) => diagnostic.code)).toEqual(['async-test/no-done-callback']);
  });
});

/**
 * What Neovim's nvim-lspconfig sends (its lsp/eslint.lua, neovim/nvim-lspconfig@00e2635): its `settings` table, with
 * what its `before_init` adds for a project with an eslint.config.* file (the folder, and `experimental.useFlatConfig`
 * turned on). Lua's `nil` fields are left out, as Neovim leaves them out of the JSON it sends.
 */
const nvimLspconfigSettings = (root: string) => ({
  validate: 'on',
  useESLintClass: false,
  experimental: { useFlatConfig: true },
  codeActionOnSave: { enable: false, mode: 'all' },
  format: true,
  quiet: false,
  onIgnoredFiles: 'off',
  rulesCustomizations: [],
  run: 'onType',
  problems: { shortenToSingleLine: false },
  nodePath: '',
  workingDirectory: { mode: 'location' },
  codeAction: { disableRuleComment: { enable: true, location: 'separateLine' }, showDocumentation: { enable: true } },
  workspaceFolder: { uri: root, name: path.basename(root) },
});

/** The rule ids a fresh server reports on the fixture's test file under the given settings, or the error it answers. */
async function diagnosticsUnder(settings: (root: string) => unknown, eslint = path.join(repository, 'node_modules/eslint')) {
  const fresh = temporaryProject('editor-settings');
  cpSync(fixture, fresh.folder, { recursive: true });
  symlinkSync(eslint, fresh.path('node_modules/eslint'), 'dir');
  const file = pathToFileURL(fresh.path('tests/users.test.js')).href;
  const server = new LspClient(process.execPath, [serverBin, '--stdio'], fresh.folder);
  server.onRequest('workspace/configuration', (params) => (params as { items: unknown[] }).items.map(() => settings(fresh.folder)));
  try {
    await server.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(fresh.folder).href,
      workspaceFolders: [{ name: 'editor', uri: pathToFileURL(fresh.folder).href }],
      capabilities: { workspace: { configuration: true }, textDocument: { diagnostic: { dynamicRegistration: false } } },
    });
    server.notify('initialized', {});
    server.notify('textDocument/didOpen', { textDocument: { uri: file, languageId: 'javascript', version: 1, text: original } });
    const report = await server.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri: file } });
    return { codes: report.items.map((item) => item.code), error: undefined, log: server.log.join('\n') };
  } catch (error) {
    return { codes: [], error: String(error), log: server.log.join('\n') };
  } finally {
    await server.stop().catch(() => server.kill());
    fresh.remove();
  }
}

const ours = ['async-test/await-async-calls', 'async-test/no-done-callback'];

describe('the settings other editors send', () => {
  it('without nodePath, problems and rulesCustomizations, every request fails', async () => {
    const { nodePath: _nodePath, problems: _problems, rulesCustomizations: _rules, ...partial } = pageSettings;
    const result = await diagnosticsUnder(() => partial);
    expect(result.error).toContain('The "path" argument must be of type string');
  });

  it.skipIf(!existsSync(path.join(repository, 'tests/eslint9/node_modules/eslint/package.json')))(
    "the page's object works with ESLint 9 too",
    async () => {
      const result = await diagnosticsUnder(() => pageSettings, path.join(repository, 'tests/eslint9/node_modules/eslint'));
      expect(result.codes, result.log).toEqual(ours);
    },
  );

  it("nvim-lspconfig's settings show nothing with ESLint 10, and the page's Neovim correction shows the problems", async () => {
    const uncorrected = await diagnosticsUnder(nvimLspconfigSettings);
    expect(uncorrected.codes).toEqual([]);
    expect(uncorrected.log).toContain("doesn't export a FlatESLint class");

    // The page's before_init runs nvim-lspconfig's, then sets this one setting.
    const lua = pageBlock('neovim');
    expect(lua).toContain('lspconfig_before_init(params, config)');
    expect(lua).toContain('config.settings.experimental.useFlatConfig = false');
    const corrected = await diagnosticsUnder((root) => ({ ...nvimLspconfigSettings(root), experimental: { useFlatConfig: false } }));
    expect(corrected.codes, corrected.log).toEqual(ours);
  });
});
