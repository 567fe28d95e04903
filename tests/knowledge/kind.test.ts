import { describe, expect, expectTypeOf, it } from 'vitest';
import { builtInKindExists, builtInLibraries, exportKind, Kind, libraryOfModule } from '../../src/knowledge';
import { checkKind, featureBitsOf, kindFeatures, listedMembers, reachedAs, type LibraryContext } from '../../src/knowledge/kind-schema';
import { bunTest } from '../../src/knowledge/runners/bun-test';
import { childProcess, nodeHttp, xmlHttpRequest } from '../../src/knowledge/libraries/blocking-clients';
import { expectLibrary } from '../../src/knowledge/libraries/expect';
import { jest } from '../../src/knowledge/runners/jest';
import { knex } from '../../src/knowledge/libraries/knex';
import { mongoose } from '../../src/knowledge/libraries/mongoose';
import { nodeAssert } from '../../src/knowledge/libraries/node-assert';
import { nodeTest } from '../../src/knowledge/runners/node-test';
import { parseOutcome, type Outcome } from '../../src/knowledge/outcome';
import { pg } from '../../src/knowledge/libraries/pg';
import { playwright } from '../../src/knowledge/runners/playwright';
import { supertest } from '../../src/knowledge/libraries/supertest';
import { vitest } from '../../src/knowledge/runners/vitest';
import type { LibraryKnowledge, UnresolvedKindNames } from '../../src/knowledge/types';
import { readSettings } from '../../src/settings';

describe('parseOutcome', () => {
  it.each([
    ['value', {}],
    ['promise', { awaitable: 'promise' }],
    ['lazy', { awaitable: 'lazy' }],
    ['promise<Transaction>', { awaitable: 'promise', kind: 'Transaction' }],
    ['lazy<knex.QueryBuilder>', { awaitable: 'lazy', kind: 'knex.QueryBuilder' }],
    ['QueryBuilder', { kind: 'QueryBuilder' }],
    ['node-http.ListeningServer', { kind: 'node-http.ListeningServer' }],
    // Not an outcome at all: the settings reader says what is allowed, the registry gives nothing.
    ['Promise<Row>', undefined],
    ['promise<>', undefined],
    ['promise<Row', undefined],
  ])('reads %s', (text, meaning) => {
    expect(parseOutcome(text)).toEqual(meaning);
  });

  it('types the written form, so a misspelt outcome in a built-in module does not compile', () => {
    const written: Outcome[] = ['value', 'promise', 'lazy', 'promise<Client>', 'lazy<knex.Transaction>', 'QueryBuilder', 'mongodb.Collection'];
    // @ts-expect-error a misspelt keyword is no kind name (kinds are capitalised)
    const misspelt: Outcome = 'promis';
    // @ts-expect-error the kind a promise resolves to is capitalised too
    const lowercaseKind: Outcome = 'promise<row>';
    expect([...written, misspelt, lowercaseKind].map((text) => parseOutcome(text) !== undefined)).toEqual(Array(9).fill(true));
  });

  it('types the kind names a built-in module writes against the kinds declared (the registry compiles only when all resolve)', () => {
    const acme = {
      name: 'acme',
      modules: ['acme'],
      kinds: {
        Db: { methods: { begin: 'Promise<Trx>', query: 'promise<Rows>', trx: 'promise<Trx>', knex: 'knex.Knex', nope: 'knex.Nope' } },
        Trx: {},
      },
    } as const satisfies LibraryKnowledge;
    expectTypeOf<UnresolvedKindNames<typeof acme | typeof knex>>().toEqualTypeOf<'Promise<Trx>' | 'Rows' | 'knex.Nope'>();
    expectTypeOf<UnresolvedKindNames<typeof knex | typeof pg>>().toEqualTypeOf<never>();
  });
});

/** What the settings reader says about a library whose `Client` kind is the one given. */
function messageFor(Client: unknown, overrideFamilies: unknown = { flags: { description: 'feature flags' } }): string {
  const library = { name: 'acme-db', modules: ['@acme/db'], overrideFamilies, kinds: { Pool: { methods: { connect: 'promise<Client>' } }, Client } };
  try {
    readSettings({ 'async-test': { libraries: [library] } });
  } catch (error) {
    return (error as Error).message;
  }
  return 'accepted';
}

const at = "eslint-plugin-async-test: settings['async-test'].libraries[0]";

describe('the kind schema, read from settings', () => {
  it.each([
    [
      'value: a capitalised promise',
      { methods: { query: 'Promise<Row>' } },
      `${at}.kinds.Client.methods.query must be "value", "promise", "lazy", "promise<Kind>", or a kind of this library (Pool, Client) or a built-in kind ("knex.QueryBuilder"); got "Promise<Row>".`,
    ],
    [
      'value: an unknown kind awaited',
      { methods: { query: 'lazy<Row>' } },
      `${at}.kinds.Client.methods.query must be "value", "promise", "lazy", "promise<Kind>", or a kind of this library (Pool, Client) or a built-in kind ("knex.QueryBuilder"); got "lazy<Row>".`,
    ],
    [
      'value: a property of an unknown kind',
      { properties: { pool: 'Pools' } },
      `${at}.kinds.Client.properties.pool must be a kind of this library (Pool, Client) or a built-in kind ("knex.QueryBuilder"), or "value"; got "Pools".`,
    ],
    [
      'value: a call outcome written as a kind lists the outcomes too',
      { call: 'Promise' },
      `${at}.kinds.Client.call must be "value", "promise", "lazy", "promise<Kind>", or a kind of this library (Pool, Client) or a built-in kind ("knex.QueryBuilder"); got "Promise"; did you mean "promise"?`,
    ],
    [
      'a misspelt field, with the field it stands for',
      { method: { query: 'promise' } },
      `${at}.kinds.Client.method is not a field of this entry (allowed: call, tag, construct, methods, otherMethods, properties, ` +
        'otherProperties, thenable, resolvesTo, returnsConstructedArgument, matchesSubject, asserts, assertsWithoutThrowing, assertionCounters, ' +
        'assertion, detachesCallback, resource, returnsExisting, beginsTransaction, transaction, runsSql, clearsData, overrides, undoes, ' +
        'httpClient, clientMethods, callbackStyle, functionAssertions, blocks); did you mean "methods"?',
    ],
    ['value: thenable', { thenable: true }, `${at}.kinds.Client.thenable must be one of "promise", "lazy"; got true.`],
    ['assertions: asserts', { asserts: 'yes' }, `${at}.kinds.Client.asserts must be true or false; got "yes".`],
    ['assertions: assertionCounters', { assertionCounters: 'plan' }, `${at}.kinds.Client.assertionCounters must be an array of names; got "plan".`],
    ['registration: detachesCallback', { detachesCallback: 1 }, `${at}.kinds.Client.detachesCallback must be true or false; got 1.`],
    [
      'lifecycle: resource.closedBy',
      { resource: { description: 'pool', closes: ['end'], closedBy: 'clear' } },
      `${at}.kinds.Client.resource.closedBy must be an array of names; got "clear".`,
    ],
    [
      'lifecycle: a resource field',
      { resource: { description: 'pool', closes: ['end'], opens: ['x'] } },
      `${at}.kinds.Client.resource.opens is not a field of this entry (allowed: description, closes, closedBy, closeStatement, openedBy, opensWithOption).`,
    ],
    [
      'lifecycle: transaction.commit',
      { transaction: { rollback: ['rollback'] } },
      `${at}.kinds.Client.transaction.commit must be an array of names; got undefined.`,
    ],
    [
      'lifecycle: undoes',
      { undoes: { reset: ['flag'] } },
      `${at}.kinds.Client.undoes.reset[0] must be an override family of this library (flags); got "flag".`,
    ],
    [
      'lifecycle: beginsTransaction',
      { beginsTransaction: { begin: 'yes' } },
      `${at}.kinds.Client.beginsTransaction.begin must be one of "returned", "receiver"; got "yes".`,
    ],
    ['HTTP: functionAssertions', { functionAssertions: [''] }, `${at}.kinds.Client.functionAssertions must be an array of names; got [""].`],
    ['blocking: blocks', { blocks: true }, `${at}.kinds.Client.blocks must be one of "always", "network-command", "third-argument-false"; got true.`],
    ['a kind that is no object', 'Client', `${at}.kinds.Client must be an object describing the kind; got "Client".`],
  ])('%s names the exact path', (_, Client, message) => {
    expect(messageFor(Client)).toBe(message);
  });

  it.each(['callRole', 'fromRunningTest', 'inRunningTest', 'registersOnlyWithTitle', 'callbackContext', 'doneParam', 'mocksModules'])(
    'leaves %s to the built-in modules, and lists the fields users may write by concern',
    (field) => {
      expect(messageFor({ [field]: 0 })).toBe(
        `${at}.kinds.Client.${field} is not a field of this entry (allowed: call, tag, construct, methods, otherMethods, properties, ` +
          'otherProperties, thenable, resolvesTo, returnsConstructedArgument, matchesSubject, asserts, assertsWithoutThrowing, assertionCounters, assertion, ' +
          'detachesCallback, resource, returnsExisting, beginsTransaction, transaction, runsSql, clearsData, overrides, undoes, ' +
          'httpClient, clientMethods, callbackStyle, functionAssertions, blocks).',
      );
    },
  );

  it('checks override families with the same table', () => {
    expect(messageFor({}, { flags: { description: 'flags', target: 'all' } })).toBe(
      `${at}.overrideFamilies.flags.target must be one of "object", "member"; got "all".`,
    );
    expect(messageFor({}, { flags: { description: 'flags', undo: 'reset all' } })).toBe(
      `${at}.overrideFamilies.flags.undo must be the name of the method that undoes the whole family ("reset"); got "reset all".`,
    );
    expect(messageFor({ overrides: { set: 'flags' }, undoes: { reset: ['flags'], restore: 'self' } })).toBe('accepted');
  });
});

/** Kind names resolve as the registry resolves them: `Name` in the library, `library.Name` among the built-ins. */
function contextOf(library: LibraryKnowledge): LibraryContext {
  return {
    isKind: (name) => {
      const dot = name.lastIndexOf('.');
      return dot === -1 ? Object.hasOwn(library.kinds, name) : builtInKindExists(name.slice(0, dot), name.slice(dot + 1));
    },
    kinds: `a kind of ${library.name}`,
    family: (value, path) => {
      if (!Object.hasOwn(library.overrideFamilies ?? {}, String(value))) throw new Error(`${path}: unknown family ${String(value)}`);
    },
  };
}

describe('the kind schema, over the built-in modules', () => {
  it.each(builtInLibraries.map((library) => [library.name, library] as const))(
    'every kind of %s passes the table, runner fields included',
    (name, library) => {
      for (const [kindName, spec] of Object.entries(library.kinds)) {
        expect(() => checkKind(spec, `${name}.kinds.${kindName}`, contextOf(library), 'built-in')).not.toThrow();
      }
    },
  );

  it('reads the features from the fields that give them', () => {
    expect([...kindFeatures].sort()).toEqual(['blocks', 'callOverride', 'doneCallback', 'fixtures', 'resource', 'transaction']);
    const bit = (feature: (typeof kindFeatures)[number]) => 1 << kindFeatures.indexOf(feature);
    expect(featureBitsOf(pg.kinds.Client)).toBe(bit('resource') | bit('transaction'));
    expect(featureBitsOf(knex.kinds.Transaction)).toBe(0);
    expect(featureBitsOf(jest.kinds.Test)).toBe(bit('doneCallback'));
    expect(featureBitsOf(vitest.kinds.Extend)).toBe(bit('fixtures'));
    expect(featureBitsOf(vitest.kinds.Test)).toBe(0);
    expect(featureBitsOf(childProcess.kinds.SyncCommand)).toBe(bit('blocks'));
    // Only an override made by calling the value itself (`nock(…)`) is a call override.
    expect(featureBitsOf({ overrides: { '()': 'http' } })).toBe(bit('callOverride'));
    expect(featureBitsOf({ overrides: { stub: 'http' } })).toBe(0);
  });

  it('reads the member names a call may act through', () => {
    expect(listedMembers(knex.kinds.Knex, 'transaction')).toEqual(['transaction']);
    expect(listedMembers(pg.kinds.Client, 'transaction')).toEqual(['query']);
    expect(listedMembers({ overrides: { stub: 'a', spy: 'a' } }, 'override')).toEqual(['stub', 'spy']);
    expect(listedMembers(pg.kinds.Client, 'override')).toEqual([]);
    expect(reachedAs(vitest.kinds.Test, 'register')).toBe(true);
    expect(reachedAs(vitest.kinds.Test, 'block')).toBe(false);
    expect(reachedAs(childProcess.kinds.SyncCommand, 'block')).toBe(true);
  });
});

const kind = (library: LibraryKnowledge, name: string) => new Kind(`${library.name}.${name}`, library.kinds[name]!, library);

describe('Kind questions', () => {
  it('registration: role, title, running test, context and done', () => {
    expect(kind(vitest, 'Test').callRole).toBe('test');
    expect(kind(vitest, 'Extend').callRole).toBe('fixtures');
    expect(kind(pg, 'Client').callRole).toBeUndefined();
    expect(kind(vitest, 'Test').passesContext).toBe(true);
    expect(kind(jest, 'Test').passesContext).toBe(false);
    expect(kind(jest, 'Test').doneParam).toBe(0);
    expect(kind(vitest, 'Test').doneParam).toBeUndefined();
    expect(kind(bunTest, 'AfterEach').registersFromRunningTest).toBe(true);
    expect(kind(jest, 'AfterEach').registersFromRunningTest).toBe(false);
    const annotation = Object.entries(playwright.kinds).find(([, spec]) => 'registersOnlyWithTitle' in spec)?.[0];
    expect(kind(playwright, annotation!).registersOnlyWithTitle).toBe(true);
    expect(kind(playwright, 'Test').registersOnlyWithTitle).toBe(false);
    expect(Object.values(nodeTest.kinds).some((spec) => 'fromRunningTest' in spec)).toBe(true);
  });

  it('fixtures: a test with fixtures passes them to its callbacks, and so do the modifiers and hooks reached from it', () => {
    const pool = kind(pg, 'Pool');
    const fixture = (name: string) => (name === 'db' ? pool : undefined);
    const vitestTest = exportKind(libraryOfModule('vitest')!, 'test')!;
    const extended = vitestTest.withFixtures(fixture);
    expect(extended.callRole).toBe('test');
    expect(extended.callbackContext?.property('db')).toBe(pool);
    expect(extended.callbackContext?.property('onTestFinished')).toBe(vitestTest.callbackContext?.property('onTestFinished'));
    expect(vitestTest.callbackContext?.property('db')).toBeUndefined();
    expect(extended.property('only')).toBe(extended);
    expect(extended.methodResult('each')?.kind).toBe(extended);
    const playwrightTest = exportKind(libraryOfModule('@playwright/test')!, 'test')!.withFixtures(fixture);
    expect(playwrightTest.property('beforeEach')?.callbackContext?.property('db')).toBe(pool);
    expect(playwrightTest.property('beforeEach')?.callRole).toBe('beforeEach');
    // A suite is given no fixtures.
    expect(playwrightTest.property('describe')?.callbackContext).toBeUndefined();
  });

  it('assertions, HTTP clients and blocking calls', () => {
    expect(kind(expectLibrary, 'Assertion').matchesSubject).toBe(true);
    expect(kind(pg, 'Client').matchesSubject).toBe(false);
    expect(Object.keys(nodeAssert.kinds).some((name) => kind(nodeAssert, name).asserts)).toBe(true);
    expect(kind(pg, 'Client').asserts).toBe(false);
    expect(kind(nodeHttp, 'Request').isHttpClient).toBe(true);
    expect(Object.keys(supertest.kinds).some((name) => kind(supertest, name).isHttpClient)).toBe(true);
    expect(kind(pg, 'Client').isHttpClient).toBe(false);
    expect(kind(childProcess, 'SyncCommand').blocks).toBe('network-command');
    expect(kind(xmlHttpRequest, 'Open').blocks).toBe('third-argument-false');
    expect(kind(pg, 'Client').blocks).toBeUndefined();
  });

  it('resources: what opens, what gives an existing one, what releases', () => {
    expect(kind(pg, 'Pool').resource?.closes).toEqual(['end']);
    expect(kind(knex, 'QueryBuilder').resource).toBeUndefined();
    expect(kind(nodeHttp, 'Server').resourceOpenedBy('listen')?.description).toBe('listening HTTP server');
    expect(kind(nodeHttp, 'Server').resourceOpenedBy('close')).toBeUndefined();
    expect(kind(nodeHttp, 'ListeningServer').resourceOpenedBy('listen')).toBeUndefined();
    expect(kind(mongoose, 'Connection').returnsExisting('getClient')).toBe(true);
    expect(kind(mongoose, 'Connection').returnsExisting('close')).toBe(false);
    expect(kind(pg, 'PoolClient').releasedBy('release')).toBe(true);
    expect(kind(knex, 'Transaction').releasedBy('rollback')).toBe(true);
    expect(kind(knex, 'Transaction').releasedBy('commit')).toBe(false);
  });

  it('transactions: what begins one, SQL, clearing data, and what ends one', () => {
    expect(kind(knex, 'Knex').beginsTransactionWith('transaction')).toBe('returned');
    expect(kind(knex, 'Knex').beginsTransactionWith('select')).toBeUndefined();
    expect(kind(knex, 'Knex').beginsTransactionWith('hasOwnProperty')).toBeUndefined();
    expect(kind(pg, 'Client').runsSql('query')).toBe(true);
    expect(kind(pg, 'Client').runsSql('end')).toBe(false);
    expect(kind(knex, 'QueryBuilder').clearsData('truncate')).toBe(true);
    expect(kind(knex, 'QueryBuilder').clearsData('select')).toBe(false);
    expect(kind(knex, 'Transaction').rollbackVerbs).toEqual(['rollback']);
    expect(kind(knex, 'Transaction').commitVerbs).toEqual(['commit']);
    expect(kind(pg, 'Client').rollbackVerbs).toEqual([]);
    // No allocation per question: the same (empty) list every time.
    expect(kind(pg, 'Client').rollbackVerbs).toBe(kind(pg, 'Pool').commitVerbs);
    expect(kind(knex, 'Transaction').rollbackStatement('trx')).toBe('trx.rollback()');
    expect(kind(pg, 'Client').rollbackStatement('client')).toBeUndefined();
    expect(
      new Kind(
        't.T',
        { transaction: { rollback: ['rollback'], commit: [], rollbackStatement: 'await {{holder}}.rollback().execute()' } },
        knex,
      ).rollbackStatement('trx'),
    ).toBe('await trx.rollback().execute()');
  });
});
