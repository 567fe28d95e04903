/**
 * Summaries of the project's own modules that test files import, over a fixture monorepo (a workspace package
 * `@acme/testing` with `test.extend` tests, async helpers, a pool factory and helpers that close what they are given)
 * and a modelled library's own package: where an import leads, what each export is, and the reports that follow.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Linter } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import { afterAll, describe, expect, it, vi } from 'vitest';
import plugin from '../../src/index';
import { exportKind, libraryOfModule } from '../../src/knowledge';
import { importedProjectKind, librariesReachedThrough, projectParameterUses, type ImportContext } from '../../src/project/modules';
import { resolveProjectModule } from '../../src/project/resolve';
import { readSettings } from '../../src/settings';

const projects = path.resolve(import.meta.dirname, '../fixtures/projects');
const workspace = path.join(projects, 'workspace-helpers');
const testFile = path.join(workspace, 'packages/api/test/users.test.ts');
const testing = path.join(workspace, 'packages/testing/src');
const context: ImportContext = { settings: readSettings(undefined), framework: undefined };

const exported = (specifier: string, name: string, from = testFile) => importedProjectKind(from, specifier, name, context);
const libraryKind = (module: string, name: string) => exportKind(libraryOfModule(module)!, name, module);
const pgPool = libraryKind('pg', '*')!.property('Pool')!.construct!.kind;

describe('where an import of the project leads', () => {
  it.each([
    { specifier: '../../testing/src/db', file: 'db.ts', why: 'a relative path, extension left out' },
    { specifier: '@helpers/db', file: 'db.ts', why: 'a tsconfig `paths` alias' },
    { specifier: '@acme/testing', file: 'index.ts', why: 'a workspace package by name, to its main entry' },
  ])('$specifier: $file ($why)', ({ specifier, file }) => {
    expect(resolveProjectModule(testFile, specifier)).toBe(path.join(testing, file));
  });

  it.each([
    { specifier: 'pg', why: 'a package the project installs (or not): never read' },
    { specifier: 'node:fs', why: 'a node built-in' },
    { specifier: './missing', why: 'a file that does not exist' },
  ])('$specifier: nothing ($why)', ({ specifier }) => {
    expect(resolveProjectModule(testFile, specifier)).toBeUndefined();
  });

  it('a file that is not on disk (stdin) resolves nothing', () => {
    expect(resolveProjectModule('<input>', './helpers')).toBeUndefined();
  });

  describe('only files under the project root, outside node_modules', () => {
    const scratch = mkdtempSync(path.join(tmpdir(), 'async-test-modules-'));
    afterAll(() => rmSync(scratch, { recursive: true, force: true }));
    const project = path.join(scratch, 'project');
    mkdirSync(path.join(project, '.git'), { recursive: true });
    mkdirSync(path.join(project, 'test'));
    mkdirSync(path.join(project, 'node_modules/helpers'), { recursive: true });
    mkdirSync(path.join(scratch, 'outside'));
    writeFileSync(path.join(project, 'package.json'), '{ "name": "project" }');
    writeFileSync(path.join(project, 'test/helpers.js'), 'exports.seed = async () => {};');
    writeFileSync(path.join(project, 'node_modules/helpers/index.js'), 'exports.seed = async () => {};');
    writeFileSync(path.join(scratch, 'outside/helpers.js'), 'exports.seed = async () => {};');
    const from = path.join(project, 'test/a.test.js');

    it.each([
      { specifier: './helpers', expected: path.join(project, 'test/helpers.js') },
      { specifier: '../../outside/helpers', expected: undefined },
      { specifier: 'helpers', expected: undefined },
      { specifier: '../node_modules/helpers', expected: undefined },
    ])('$specifier', ({ specifier, expected }) => {
      expect(resolveProjectModule(from, specifier)).toBe(expected);
    });
  });
});

describe('what each export of a project module is', () => {
  it('a test made by test.extend is the runner’s test, whose callbacks also get the fixtures, of the kind each hands to use', () => {
    const test = exported('@acme/testing', 'test');
    expect(test?.callRole).toBe('test');
    expect(test?.callbackContext?.property('db')).toBe(pgPool);
    // What vitest passes a test callback is still there.
    expect(test?.callbackContext?.property('onTestFinished')).toBe(libraryKind('vitest', 'test')!.callbackContext!.property('onTestFinished'));
    expect(test?.callbackContext?.property('cache')).toBeUndefined();
    // Modifiers keep the fixtures.
    expect(test?.property('only')).toBe(test);
    expect(test?.methodResult('each')?.kind).toBe(test);
    // Re-exported under another name: the same test.
    expect(exported('@acme/testing', 'it')).toBe(test);
  });

  it('a library export re-exported by the package is the library’s', () => {
    expect(exported('@acme/testing', 'expect')).toBe(libraryKind('vitest', 'expect'));
  });

  it.each([
    { name: 'seed', why: 'an async function' },
    { name: 'countUsers', why: 'returns the promise of a pg query' },
    { name: 'closePool', why: 'an async function' },
  ])('$name gives a promise ($why)', ({ name }) => {
    expect(exported('@acme/testing', name)?.call?.awaitable).toBe('promise');
  });

  it('an async function nothing in can throw is not claimed to give a promise worth awaiting', () => {
    expect(exported('@acme/testing', 'isEmpty')?.call).toBeUndefined();
  });

  it('a function returning a string is not claimed to be anything', () => {
    expect(exported('@acme/testing', 'describePool')?.call).toBeUndefined();
  });

  it('a factory gives the kind it makes, not taken as opened by the caller (no-open-handles leaves it)', () => {
    const createPool = exported('@acme/testing', 'createPool');
    expect(createPool?.call?.kind).toBe(pgPool);
    expect(createPool?.returnsExisting('()')).toBe(true);
  });

  it('a function handing out a module-level pool gives a pool it does not open', () => {
    const sharedPool = exported('@acme/testing', 'sharedPool');
    expect(sharedPool?.call?.kind).toBe(pgPool);
    expect(sharedPool?.returnsExisting('()')).toBe(true);
  });

  it('a function that also hands the pool it makes to something else gives a pool the caller need not close', () => {
    const trackedPool = exported('@acme/testing', 'trackedPool');
    expect(trackedPool?.call?.kind).toBe(pgPool);
    expect(trackedPool?.returnsExisting('()')).toBe(true);
  });

  it.each([
    { name: 'closePool', uses: [[{ methods: ['end'] }]], why: 'calls end() on its parameter' },
    { name: 'closeAll', uses: [[{ methods: ['end'] }]], why: 'passes it on to closePool' },
    { name: 'logCount', uses: [[{ methods: ['query'] }]], why: 'only queries it' },
    { name: 'seed', uses: [[{ methods: ['query'] }], []], why: 'queries its first parameter, not its second' },
  ])('$name: what it does with its parameters ($why)', ({ name, uses }) => {
    expect(projectParameterUses(exported('@acme/testing', name))).toEqual(uses);
  });

  it('the same module through a relative path and through tsconfig paths gives the same kinds', () => {
    const kind = exported('../../testing/src/db', 'createPool');
    expect(kind).toBeDefined();
    expect(exported('@helpers/db', 'createPool')).toBe(kind);
  });

  it('a CommonJS module: its object (require, a default import) and its properties', () => {
    const helpers = exported('../../testing/src/cjs-helpers', '*');
    expect(exported('../../testing/src/cjs-helpers', 'default')).toBe(helpers);
    expect(helpers?.methodResult('makePool')?.kind).toBe(pgPool);
    expect(projectParameterUses(helpers?.property('shutDown'))).toEqual([[{ methods: ['end'] }]]);
    expect(exported('../../testing/src/cjs-helpers', 'shutDown')).toBe(helpers?.property('shutDown'));
  });

  it('an export the module does not have is nothing', () => {
    expect(exported('@acme/testing', 'missing')).toBeUndefined();
  });

  it('the libraries a module reaches, through the project modules it imports', () => {
    expect([...librariesReachedThrough(testFile, '@acme/testing', context)].sort()).toEqual(['pg', 'vitest']);
  });

  describe("a modelled library's own tests import it by relative path", () => {
    const spec = path.join(projects, 'own-library/test/pool.spec.js');

    // Its tests drive its internals as its users do not: the library's knowledge is left out, its source is summarised.
    it.each([{ specifier: '..' }, { specifier: '../lib' }, { specifier: '../lib/index.js' }])('$specifier: not the library', ({ specifier }) => {
      expect(exported(specifier, '*', spec)).not.toBe(libraryKind('pg', '*'));
      expect(librariesReachedThrough(spec, specifier, context)).toEqual([]);
    });
  });
});

describe('built once per module, again when its text changes', () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'async-test-modules-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  mkdirSync(path.join(scratch, '.git'));
  const helper = path.join(scratch, 'helper.js');
  const from = path.join(scratch, 'a.test.js');

  it('the same kind while the module is unchanged; a new summary after an edit', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      writeFileSync(helper, 'exports.seed = async (db) => db.query(1);');
      const first = importedProjectKind(from, './helper', 'seed', context);
      expect(first?.call?.awaitable).toBe('promise');
      expect(importedProjectKind(from, './helper', 'seed', context)).toBe(first);
      writeFileSync(helper, 'exports.seed = () => 1;');
      utimesSync(helper, new Date(Date.now() + 5000), new Date(Date.now() + 5000));
      vi.setSystemTime(Date.now() + 2000);
      const second = importedProjectKind(from, './helper', 'seed', context);
      expect(second).not.toBe(first);
      expect(second?.call).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });
});

function reportsOf(file: string, text: string, rules: Record<string, unknown>): string[] {
  const linter = new Linter({ cwd: projects });
  const config = [
    { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
    { files: ['**/*.js'], languageOptions: { sourceType: 'commonjs' as const } },
    { files: ['**/*.{js,ts}'], plugins: { 'async-test': plugin }, rules },
  ];
  return linter
    .verify(text, config as Linter.Config[], { filename: file })
    .map((message) => `${message.line}:${message.column} ${message.ruleId ?? 'fatal'} ${message.messageId ?? message.message}`);
}

describe('reports that follow from the summaries', () => {
  // Dropped promises are the strict check here: vitest reports their rejections, late.
  const rules = { 'async-test/await-async-calls': ['error', { reportLateFailures: true }], 'async-test/no-open-handles': 'error' };

  it('the fixture test file: an unawaited imported helper and fixture query', () => {
    // The pool its last test leaves open is closed with the file's worker under vitest: no-open-handles says nothing.
    expect(reportsOf(testFile, readFileSync(testFile, 'utf8'), rules)).toEqual([
      '4:3 async-test/await-async-calls unawaited',
      '5:3 async-test/await-async-calls unawaited',
    ]);
  });

  it("a library's own test importing it by relative path gets no library knowledge: the pool it opens is not known", () => {
    const spec = path.join(projects, 'own-library/test/pool.spec.js');
    expect(reportsOf(spec, readFileSync(spec, 'utf8'), rules)).toEqual([]);
  });
});
