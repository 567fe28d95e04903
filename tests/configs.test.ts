/**
 * The typed preset beside the user's own typescript-eslint: it parses with the project's TypeScript parser when there
 * is one, so that one TypeScript program serves the user's files and the test files, and the package depends on
 * typescript-eslint by a range, so that a project on a newer 8.x installs one copy.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import packageJson from '../package.json';
import { usersTypeScriptParser } from '../src/configs';

const repository = path.resolve(__dirname, '..');
const ourParser = require.resolve('@typescript-eslint/parser');
const folders: string[] = [];

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function project(): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'async-test-configs-'));
  folders.push(folder);
  writeFileSync(path.join(folder, 'package.json'), '{ "name": "app" }\n');
  return folder;
}

/** A copy of the parser under `packageFolder`, with its own identity and version, that counts the files it parses. */
function installParser(packageFolder: string, version: string): string {
  mkdirSync(packageFolder, { recursive: true });
  writeFileSync(path.join(packageFolder, 'package.json'), JSON.stringify({ name: '@typescript-eslint/parser', version, main: 'index.js' }));
  writeFileSync(
    path.join(packageFolder, 'index.js'),
    [
      `const real = require(${JSON.stringify(ourParser)});`,
      `module.exports = {`,
      `  ...real,`,
      `  version: ${JSON.stringify(version)},`,
      `  meta: { name: 'user-copy', version: ${JSON.stringify(version)} },`,
      `  parseForESLint(code, options) {`,
      `    globalThis.userParserCalls = (globalThis.userParserCalls ?? 0) + 1;`,
      `    return real.parseForESLint(code, options);`,
      `  },`,
      `};`,
      '',
    ].join('\n'),
  );
  return path.join(packageFolder, 'index.js');
}

function installTypescriptEslint(folder: string): void {
  const umbrella = path.join(folder, 'node_modules/typescript-eslint');
  mkdirSync(umbrella, { recursive: true });
  writeFileSync(path.join(umbrella, 'package.json'), JSON.stringify({ name: 'typescript-eslint', version: '8.74.0', main: 'index.js' }));
  writeFileSync(path.join(umbrella, 'index.js'), 'module.exports = {};\n');
}

describe('the dependency on typescript-eslint', () => {
  it.each(['@typescript-eslint/parser', '@typescript-eslint/utils'] as const)('%s is a range of 8.x, so that a newer 8.x is shared', (name) => {
    expect(packageJson.dependencies[name]).toMatch(/^\^8\.\d+\.\d+$/);
  });
});

describe("the project's TypeScript parser", () => {
  it("is typescript-eslint's, even when another copy sits at the top of node_modules", () => {
    const folder = project();
    installParser(path.join(folder, 'node_modules/@typescript-eslint/parser'), '8.72.0');
    installTypescriptEslint(folder);
    const users = installParser(path.join(folder, 'node_modules/typescript-eslint/node_modules/@typescript-eslint/parser'), '8.74.0');
    expect(usersTypeScriptParser(folder)).toBe(require(users));
  });

  it('is the @typescript-eslint/parser installed directly, without typescript-eslint', () => {
    const folder = project();
    const users = installParser(path.join(folder, 'node_modules/@typescript-eslint/parser'), '8.74.0');
    expect(usersTypeScriptParser(folder)).toBe(require(users));
  });

  it('is none for a project without one, or with a parser of another major version', () => {
    const folder = project();
    expect(usersTypeScriptParser(folder)).toBeUndefined();
    installParser(path.join(folder, 'node_modules/@typescript-eslint/parser'), '7.18.0');
    expect(usersTypeScriptParser(folder)).toBeUndefined();
  });

  it('parses the test files under recommended-type-checked, in an ESLint run from the project', () => {
    const folder = project();
    installParser(path.join(folder, 'node_modules/@typescript-eslint/parser'), '8.74.0');
    writeFileSync(
      path.join(folder, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, noEmit: true, types: [] }, include: ['*.ts'] }),
    );
    writeFileSync(path.join(folder, 'users.test.ts'), "import { test } from 'mocha';\n\ntest('lists', () => {\n  fetch('/users');\n});\n");
    const script = [
      `const { ESLint } = require(${JSON.stringify(require.resolve('eslint'))});`,
      `const plugin = require(${JSON.stringify(path.join(repository, 'dist/src/index.js'))});`,
      `const preset = plugin.configs['recommended-type-checked'];`,
      `const config = [preset, { languageOptions: { parserOptions: { tsconfigRootDir: process.cwd() } } }];`,
      `new ESLint({ cwd: process.cwd(), overrideConfigFile: true, overrideConfig: config }).lintFiles(['users.test.ts']).then((results) => {`,
      `  const parser = preset.languageOptions.parser.meta.name;`,
      `  console.log(JSON.stringify({ parser, calls: globalThis.userParserCalls, rules: results[0].messages.map((m) => m.ruleId) }));`,
      `});`,
    ].join('\n');
    const run = spawnSync(process.execPath, ['-e', script], { cwd: folder, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ parser: 'user-copy', calls: 1, rules: ['async-test/await-async-calls'] });
  });
});
