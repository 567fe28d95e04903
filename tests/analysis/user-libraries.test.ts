import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtInLibraries, Knowledge } from '../../src/knowledge';
import type { LibraryKnowledge } from '../../src/knowledge/types';
import { readUserLibrary } from '../../src/knowledge/user-libraries';
import { readSettings } from '../../src/settings';
import { temporaryProject } from '../integrations/workspace';

const client = {
  name: 'acme-db',
  modules: ['@acme/db'],
  exports: { Client: 'ClientClass' },
  kinds: { ClientClass: { construct: 'Client' }, Client: { methods: { query: 'promise' } } },
};
const withLibrary = (library: unknown) => ({ 'async-test': { libraries: [library] } });
const readWith = (library: unknown) => () => readSettings(withLibrary(library));

describe("settings['async-test'].libraries", () => {
  it('accepts a library in the format of the built-in modules, and puts it in front of them', () => {
    const { knowledge } = readSettings(withLibrary(client));
    expect(knowledge.libraryOfModule('@acme/db')?.name).toBe('acme-db');
    expect(knowledge.libraryOfModule('knex')?.name).toBe('knex');
    expect(readSettings(withLibrary({ ...client, name: 'my-knex', modules: ['knex'] })).knowledge.libraryOfModule('knex')?.name).toBe('my-knex');
  });

  it("accepts docs/libraries.md's example and knows its kinds", async () => {
    const doc = readFileSync(path.join(__dirname, '../../docs/libraries.md'), 'utf8');
    const block = [...doc.matchAll(/```js\n([\s\S]*?)```/g)].map((match) => match[1]!).find((code) => code.includes('libraries: ['));
    // The example is a whole eslint.config.js: it imports ESLint and the plugin, which the project links.
    const project = temporaryProject('libraries-doc', ['eslint']);
    try {
      writeFileSync(project.path('eslint.config.mjs'), block!);
      const config = (await import(pathToFileURL(project.path('eslint.config.mjs')).href)).default as { settings?: Record<string, unknown> }[];
      const library = readSettings(config.find((entry) => entry.settings !== undefined)!.settings).knowledge.libraryOfModule('@acme/db');
      expect(Object.keys(library!.kinds)).toEqual(['Connect', 'ClientClass', 'Client', 'Query', 'Transaction']);
    } finally {
      project.remove();
    }
  });

  it('knows the member names through which a call may register a test, including those a user library adds', () => {
    const builtIn = new Knowledge([]);
    expect(['only', 'skip', 'describe', 'step', 'test', 'beforeAll'].every((name) => builtIn.memberMay('register', name))).toBe(true);
    expect(['toBe', 'get', 'then', 'each', 'spec'].some((name) => builtIn.memberMay('register', name))).toBe(false);
    const wrapper = readSettings(withLibrary({ name: 'acme-test', modules: ['@acme/test'], exports: { spec: 'vitest.Test' }, kinds: {} })).knowledge;
    expect(wrapper.memberMay('register', 'spec')).toBe(true);
    const perEntryPoint = readSettings(
      withLibrary({
        name: 'acme-test',
        modules: ['@acme/test', '@acme/test/e2e'],
        moduleExports: { '@acme/test/e2e': { scenario: 'vitest.Test' } },
        kinds: {},
      }),
    ).knowledge;
    expect(perEntryPoint.memberMay('register', 'scenario')).toBe(true);
  });

  it('accepts kinds of built-in libraries by their qualified name', () => {
    expect(
      readWith({ ...client, kinds: { ...client.kinds, Client: { methods: { builder: 'knex.QueryBuilder', raw: 'promise<knex.Knex>' } } } }),
    ).not.toThrow();
  });

  it.each([
    ['not an array', { 'async-test': { libraries: {} } }, /\.libraries must be an array/],
    ['an entry that is not an object', withLibrary('acme'), /\.libraries\[0\] must be an object/],
    ['a name missing', withLibrary({ ...client, name: undefined }), /\.libraries\[0\]\.name must be a name/],
    ['a built-in name', withLibrary({ ...client, name: 'knex' }), /name no built-in library uses \("knex" is one\)/],
    ['no modules', withLibrary({ ...client, modules: [] }), /\.libraries\[0\]\.modules must be a non-empty array of names; got \[\]/],
    [
      'a misspelt field',
      withLibrary({ ...client, kinds: { ...client.kinds, Client: { method: {} } } }),
      /kinds\.Client\.method is not a field of this entry \(allowed: call, tag/,
    ],
    [
      'a runner-only field',
      withLibrary({ ...client, kinds: { ...client.kinds, Client: { callRole: 'test' } } }),
      /kinds\.Client\.callRole is not a field/,
    ],
    [
      'a misspelt outcome',
      withLibrary({ ...client, kinds: { ...client.kinds, Client: { methods: { query: 'promis' } } } }),
      /kinds\.Client\.methods\.query must be "value", "promise", "lazy", "promise<Kind>", or a kind of this library \(ClientClass, Client\) or a built-in kind \("knex\.QueryBuilder"\); got "promis"; did you mean "promise"\?$/,
    ],
    [
      'an outcome that is not a string',
      withLibrary({ ...client, kinds: { ...client.kinds, Client: { methods: { query: 1 } } } }),
      /methods\.query must be "value", "promise", "lazy", "promise<Kind>", or a kind of this library \(ClientClass, Client\) or a built-in kind \("knex\.QueryBuilder"\); got 1\.$/,
    ],
    ['an unknown kind in exports', withLibrary({ ...client, exports: { Client: 'Clinet' } }), /\.exports\.Client must be a kind of this library/],
    [
      'an unknown built-in kind',
      withLibrary({ ...client, kinds: { ...client.kinds, Client: { methods: { b: 'knex.Nope' } } } }),
      /methods\.b must be "value", "promise", "lazy", "promise<Kind>", or a kind of this library/,
    ],
    [
      'an override of an undeclared family',
      withLibrary({ ...client, kinds: { ...client.kinds, Client: { overrides: { set: 'flags' } } } }),
      /overrides\.set must be an override family of this library \(none declared in overrideFamilies\)/,
    ],
    [
      'a resource without closes',
      withLibrary({ ...client, kinds: { ...client.kinds, Client: { resource: { description: 'pool' } } } }),
      /resource\.closes must be an array of names; got undefined/,
    ],
    [
      'a transaction without rollback',
      withLibrary({ ...client, kinds: { ...client.kinds, Client: { transaction: { rollback: [], commit: ['commit'] } } } }),
      /transaction\.rollback must be a non-empty array/,
    ],
    [
      'a bad blocks value',
      withLibrary({ ...client, kinds: { ...client.kinds, Client: { blocks: 'sometimes' } } }),
      /blocks must be one of "always", "network-command", "third-argument-false"; got "sometimes"/,
    ],
  ])('rejects %s with one clear error', (_, settings, message) => {
    expect(() => readSettings(settings)).toThrow(message);
    expect(() => readSettings(settings)).toThrow(/^eslint-plugin-async-test: settings\['async-test'\]/);
  });

  // The format users write is the format of the built-in modules: each of those passes the same check (under a
  // name of its own), except the runners, whose registration fields users do not write.
  const registersTests = (library: LibraryKnowledge) =>
    Object.values(library.kinds).some((kind) => kind.callRole !== undefined || kind.callbackContext !== undefined);
  it.each(
    builtInLibraries.filter((library) => !('framework' in library) && !registersTests(library)).map((library) => [library.name, library] as const),
  )('the built-in %s module is in the documented format', (name, library) => {
    const { valueProperties: _valueProperties, methodsByArgument: _methodsByArgument, ...described } = library;
    expect(() => readUserLibrary({ ...described, name: `${name}-copy` }, name)).not.toThrow();
  });
});
