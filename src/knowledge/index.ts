/**
 * The registry over the library modules: indexes them by module specifier and by global name, and resolves the kind
 * names they use into linked `Kind` objects. Nothing outside this file reads the raw tables.
 */
import { knex } from './libraries/knex';
import { kysely } from './libraries/kysely';
import { drizzle } from './libraries/drizzle';
import { prisma } from './libraries/prisma';
import { typeorm } from './libraries/typeorm';
import { sequelize } from './libraries/sequelize';
import { mikroOrm } from './libraries/mikro-orm';
import { objection } from './libraries/objection';
import { mongoose } from './libraries/mongoose';
import { mongodb } from './libraries/mongodb';
import { pg } from './libraries/pg';
import { mysql2 } from './libraries/mysql2';
import { postgresJs } from './libraries/postgres-js';
import { ioredis } from './libraries/ioredis';
import { redis } from './libraries/redis';
import { betterSqlite3 } from './libraries/better-sqlite3';
import { pglite } from './libraries/pglite';
import { nodeSqlite } from './libraries/node-sqlite';
import { ava } from './libraries/ava';
import { tap } from './libraries/tap';
import { blockingClients, childProcess, nodeHttp, xmlHttpRequest } from './libraries/blocking-clients';
import { bunTest } from './runners/bun-test';
import { chai } from './libraries/chai';
import { cypress } from './runners/cypress';
import { expectLibrary } from './libraries/expect';
import { express } from './libraries/express';
import { fastify } from './libraries/fastify';
import { fetchLibrary } from './libraries/fetch';
import { hono } from './libraries/hono';
import { jest } from './runners/jest';
import { mocha } from './runners/mocha';
import { nodeAssert } from './libraries/node-assert';
import { nodeFs, nodePromises } from './libraries/node-fs';
import { nodeTest } from './runners/node-test';
import { playwright } from './runners/playwright';
import { promiseLibrary } from './libraries/promise';
import { react } from './libraries/react';
import { supertest } from './libraries/supertest';
import { testingLibrary, userEvent } from './libraries/testing-library';
import { timers } from './libraries/timers';
import { testcontainers, testcontainersModules } from './libraries/testcontainers';
import { mongodbMemoryServer } from './libraries/mongodb-memory-server';
import { workerThreads } from './libraries/worker-threads';
import type {
  CallRole,
  KindSpec,
  LibraryKnowledge,
  MethodByArgument,
  OverrideFamily,
  Resource,
  RunnerBehaviour,
  RunnerKnowledge,
  UnresolvedKindNames,
} from './types';
import { featureBitsOf, kindFeatures, listedMembers, reachedAs, type KindFeature, type MemberCapability } from './kind-schema';
import { parseOutcome, type Outcome } from './outcome';
import { vitest } from './runners/vitest';
import { sinon } from './libraries/sinon';
import { nock } from './libraries/nock';
import { msw } from './libraries/msw';
import { nestjsTesting } from './libraries/nestjs-testing';
import { tsyringe } from './libraries/tsyringe';
import { inversify } from './libraries/inversify';
import { awilix } from './libraries/awilix';

export type { CallRole, Resource, RunnerBehaviour, RunnerSetting } from './types';
export type { KindFeature, MemberCapability } from './kind-schema';
export { patchableGlobals, patchableProcessMembers } from './libraries/runtime-globals';

/** An override a call makes: its qualified family, with the family's description, undo method and runner setting. */
export interface Override extends OverrideFamily {
  readonly family: string;
}

// Order matters for a global when the framework is unknown: jest's shape (callbacks may take `done`) is the cautious one.
const runnerLibraries = [jest, vitest, mocha, nodeTest, bunTest, playwright, cypress] as const satisfies readonly RunnerKnowledge[];

/** A runner's id, as `settings['async-test'].framework` spells it: one per module in `runners/`. */
export type Framework = (typeof runnerLibraries)[number]['framework'];

/** Every runner's id, for the settings and the command line. */
export const frameworks: readonly Framework[] = runnerLibraries.map((library) => library.framework);

/** A runner: its id, how it runs a file, and its API as a library. */
export interface Runner extends RunnerBehaviour {
  readonly framework: Framework;
  readonly library: RunnerKnowledge;
}

const runners = new Map<Framework, Runner>(
  runnerLibraries.map((library) => [library.framework, { ...library.runner, framework: library.framework, library }]),
);

export function runnerOf(framework: Framework | undefined): Runner | undefined {
  return framework === undefined ? undefined : runners.get(framework);
}

/**
 * The runner a local module re-exporting `test` or `expect` stands for (`import { test } from './fixtures'`): the
 * file's own, else the runner whose tests usually import it that way.
 */
export function runnerOfLocalReexports(framework: Framework | undefined): Runner {
  return runnerOf(framework) ?? [...runners.values()].find((runner) => runner.localFixtureModules === true)!;
}

const libraries = withKindNamesResolved([
  ...runnerLibraries,
  expectLibrary,
  chai,
  nodeAssert,
  supertest,
  express,
  fastify,
  hono,
  fetchLibrary,
  promiseLibrary,
  nodePromises,
  nodeFs,
  testingLibrary,
  userEvent,
  react,
  timers,
  workerThreads,
  blockingClients,
  childProcess,
  nodeHttp,
  xmlHttpRequest,
  // Doubles, HTTP mocks and dependency injection: what they override and what undoes it.
  sinon,
  nock,
  msw,
  nestjsTesting,
  tsyringe,
  inversify,
  awilix,
  // Databases, ORMs and drivers.
  knex,
  kysely,
  drizzle,
  prisma,
  typeorm,
  sequelize,
  mikroOrm,
  objection,
  mongoose,
  mongodb,
  pg,
  mysql2,
  postgresJs,
  ioredis,
  redis,
  betterSqlite3,
  nodeSqlite,
  pglite,
  // Servers and containers that tests start.
  mongodbMemoryServer,
  testcontainers,
  testcontainersModules,
  // Other runners whose assertions can be async.
  ava,
  tap,
] as const);

/**
 * The built-in libraries, each kind name they write checked by TypeScript against the kinds they and the others
 * declare: a misspelt one (`'Promise<Row>'`, `'promise<Trasaction>'`) makes this call fail to compile, naming it.
 */
function withKindNamesResolved<const List extends readonly LibraryKnowledge[]>(
  list: List & ([UnresolvedKindNames<List[number]>] extends [never] ? unknown : { readonly unresolvedKindNames: UnresolvedKindNames<List[number]> }),
): readonly LibraryKnowledge[] {
  return list;
}

/** What an operation gives, resolved: a kind to keep following, and whether the value is awaitable. */
export interface ValueInfo {
  readonly kind?: Kind;
  readonly awaitable?: 'promise' | 'lazy';
  /** Awaiting the value settles an assertion. */
  readonly assertion?: boolean;
  /** The kind of the value once awaited. */
  readonly resolvesTo?: Kind;
}

const plainValue: ValueInfo = {};
const noVerbs: readonly string[] = [];

/** When calling a kind blocks the event loop (see `KindSpec.blocks`). */
export type Blocking = NonNullable<KindSpec['blocks']>;

export class Kind {
  private readonly members = new Map<string, Kind | undefined>();
  private readonly methodResults = new Map<string, ValueInfo | undefined>();
  private callInfo: ValueInfo | undefined | null = null;
  private constructInfo: ValueInfo | undefined | null = null;
  private valueInfo: ValueInfo | undefined;

  constructor(
    readonly id: string,
    readonly spec: KindSpec,
    readonly library: LibraryKnowledge,
  ) {}

  get info(): ValueInfo {
    if (this.valueInfo === undefined) {
      const resolvesTo = this.spec.resolvesTo === undefined ? undefined : kindNamed(this.library, this.spec.resolvesTo);
      this.valueInfo = { kind: this, awaitable: this.spec.thenable, assertion: this.spec.assertion, resolvesTo };
    }
    return this.valueInfo;
  }

  /** The result of calling a value of this kind. */
  get call(): ValueInfo | undefined {
    if (this.callInfo === null) this.callInfo = this.spec.call === undefined ? undefined : outcome(this.library, this.spec.call);
    return this.callInfo;
  }

  /** The override that `value.method(...)` (or calling the value, `'()'`) makes, if any. */
  override(method: string): Override | undefined {
    const name = own(this.spec.overrides, method);
    const family = name === undefined ? undefined : own(this.library.overrideFamilies, name);
    return name === undefined || family === undefined ? undefined : { family: `${this.library.name}.${name}`, ...family };
  }

  /** What `value.method()` undoes: `'self'`, or the qualified families it undoes for its receiver. */
  undo(method: string): 'self' | readonly string[] | undefined {
    const undone = own(this.spec.undoes, method);
    if (undone === undefined || undone === 'self') return undone;
    return undone.map((family) => `${this.library.name}.${family}`);
  }

  /** The result of a tagged template with this kind as its tag. */
  get tagged(): ValueInfo | undefined {
    return this.spec.tag === undefined ? this.call : outcome(this.library, this.spec.tag);
  }

  get construct(): ValueInfo | undefined {
    if (this.constructInfo === null) {
      this.constructInfo = this.spec.construct === undefined ? undefined : outcome(this.library, this.spec.construct);
    }
    return this.constructInfo;
  }

  /** The kind of the first parameter of a callback registered through a value of this kind. */
  get callbackContext(): Kind | undefined {
    return this.spec.callbackContext === undefined ? undefined : kindNamed(this.library, this.spec.callbackContext);
  }

  /**
   * This kind with fixtures added to what the runner passes its callbacks (`test.extend({ db })`): `fixture(name)` is
   * the kind of a fixture, or undefined for a name it does not add. Modifiers and hooks reached from it (`test.only`,
   * Playwright's `test.beforeEach`) pass the same fixtures.
   */
  withFixtures(fixture: (name: string) => Kind | undefined): Kind {
    return new WithFixtures(this, fixture);
  }

  /** What a call through a value of this kind registers when made inside a running test, when that differs. */
  get inRunningTest(): Kind | undefined {
    return this.spec.inRunningTest === undefined ? undefined : kindNamed(this.library, this.spec.inRunningTest);
  }

  /** What calling a value of this kind registers with the runner: a suite, a test, a hook, fixtures… */
  get callRole(): CallRole | undefined {
    return this.spec.callRole;
  }

  /** Only a call with a title registers; other calls are annotations (Playwright `test.skip(cond)`). */
  get registersOnlyWithTitle(): boolean {
    return this.spec.registersOnlyWithTitle === true;
  }

  /** It registers from inside a running test, which is its intended use (node:test's `t.test()`). */
  get registersFromRunningTest(): boolean {
    return this.spec.fromRunningTest === true;
  }

  /** The runner passes the registered callback a context (or fixtures) as its first parameter. */
  get passesContext(): boolean {
    return this.spec.callbackContext !== undefined;
  }

  /** Position of `done` among the registered callback's parameters, when the runner passes one. */
  get doneParam(): number | undefined {
    return this.spec.doneParam;
  }

  /** Its methods are matchers on the subject of `expect(subject)`. */
  get matchesSubject(): boolean {
    return this.spec.matchesSubject === true;
  }

  /** Calling it, or its methods, asserts (node:assert, chai's `assert`). */
  get asserts(): boolean {
    return this.spec.asserts === true;
  }

  /** A failing assertion of it throws, so the test's code after it does not run (tap's record a failure and return). */
  get assertionsThrow(): boolean {
    return this.spec.assertsWithoutThrowing !== true;
  }

  /** An HTTP client used in tests, whose callback form no-sync-client reports. */
  get isHttpClient(): boolean {
    return this.spec.httpClient === true;
  }

  /** Whether `value.method(…)` is a request of an HTTP client (not a server's setup, such as a route's handler). */
  requestsWith(method: string): boolean {
    return this.spec.httpClient === true && (this.spec.clientMethods === undefined || this.spec.clientMethods.includes(method));
  }

  /** When calling it blocks the event loop until a network response arrives. */
  get blocks(): Blocking | undefined {
    return this.spec.blocks;
  }

  /** What a value of this kind holds open until it is closed. */
  get resource(): Resource | undefined {
    return this.spec.resource;
  }

  /** The resource that `value.method()` opens in the value itself (`server.listen()`), if it opens one. */
  resourceOpenedBy(method: string): Resource | undefined {
    return this.spec.resource?.openedBy?.includes(method) === true ? this.spec.resource : undefined;
  }

  /** `value.method()` (or calling the value, `'()'`) gives a value opened elsewhere, so it opens nothing. */
  returnsExisting(method: string): boolean {
    return this.spec.returnsExisting?.includes(method) === true;
  }

  /** `value.method()` closes the resource or rolls back the transaction that a value of this kind holds. */
  releasedBy(method: string): boolean {
    return this.spec.resource?.closes.includes(method) === true || this.spec.transaction?.rollback.includes(method) === true;
  }

  /** Whether `value.method()` begins a transaction, held by the value it returns or by the receiver. */
  beginsTransactionWith(method: string): 'returned' | 'receiver' | undefined {
    return own(this.spec.beginsTransaction, method);
  }

  /** `value.method(text)` runs SQL text (`BEGIN`, `ROLLBACK`, `TRUNCATE` are read from it). */
  runsSql(method: string): boolean {
    return this.spec.runsSql?.includes(method) === true;
  }

  /** `value.method()` empties tables or the whole database. */
  clearsData(method: string): boolean {
    return this.spec.clearsData?.includes(method) === true;
  }

  /** The methods that roll back the transaction a value of this kind holds (none when it holds none). */
  get rollbackVerbs(): readonly string[] {
    return this.spec.transaction?.rollback ?? noVerbs;
  }

  /** The methods that commit the transaction a value of this kind holds (none when it holds none). */
  get commitVerbs(): readonly string[] {
    return this.spec.transaction?.commit ?? noVerbs;
  }

  /** The statement that rolls back the transaction `holder` holds: the library's own, else `holder.<rollback>()`. */
  rollbackStatement(holder: string): string | undefined {
    const ends = this.spec.transaction;
    if (ends?.rollbackStatement !== undefined) return ends.rollbackStatement.replaceAll('{{holder}}', holder);
    const verb = ends?.rollback[0];
    return verb === undefined ? undefined : `${holder}.${verb}()`;
  }

  /** Calls whose last argument is a function use the callback style and return no promise (supertest `.end(cb)`). */
  get takesCallbacks(): boolean {
    return this.spec.callbackStyle === true;
  }

  /** `value.method(fn)` with a lone function: the function asserts on the result, it is no callback (`.expect(res => …)`). */
  assertsWithFunction(method: string): boolean {
    return this.spec.functionAssertions?.includes(method) === true;
  }

  /** `value.method(new X())` gives its argument back rather than a promise (pg's `client.query(new Cursor(…))`). */
  returnsConstructedArgument(method: string): boolean {
    return this.spec.returnsConstructedArgument?.includes(method) === true;
  }

  /** `value.method('pkg')` replaces a module with a mock for the whole file, hoisted above its imports (`vi.mock`). */
  mocksModuleWith(method: string): boolean {
    return this.spec.mocksModules?.includes(method) === true;
  }

  /** `value.method(n)` makes the runner count the test's assertions (`expect.assertions(n)`, `t.plan(n)`). */
  countsAssertionsWith(method: string): boolean {
    return this.spec.assertionCounters?.includes(method) === true;
  }

  /** Calling it hands a function to code that runs it on its own schedule (React's `useEffect`). */
  get detachesCallback(): boolean {
    return this.spec.detachesCallback === true;
  }

  /** The kind of `value.name`, when read rather than called (methods read as values are callable kinds). */
  property(name: string): Kind | undefined {
    if (!this.members.has(name)) this.members.set(name, this.findProperty(name));
    return this.members.get(name);
  }

  /** The result of `value.name(...)`: a listed method, a callable property, else the kind's default for methods. */
  methodResult(name: string): ValueInfo | undefined {
    if (!this.methodResults.has(name)) this.methodResults.set(name, this.findMethodResult(name));
    return this.methodResults.get(name);
  }

  private findMethodResult(name: string): ValueInfo | undefined {
    const { properties, methods, otherProperties, otherMethods } = this.spec;
    const method = own(methods, name);
    if (method !== undefined) return outcome(this.library, method);
    const propertyKind = own(properties, name);
    if (propertyKind !== undefined) return kindNamed(this.library, propertyKind)?.call;
    if (otherMethods !== undefined) return outcome(this.library, otherMethods);
    return otherProperties === undefined ? undefined : kindNamed(this.library, otherProperties)?.call;
  }

  private findProperty(name: string): Kind | undefined {
    const { properties, methods, otherProperties, otherMethods } = this.spec;
    const propertyKind = own(properties, name);
    if (propertyKind !== undefined) return kindNamed(this.library, propertyKind);
    const method = own(methods, name);
    if (method !== undefined) return callableKind(this.library, `${this.id}#${name}`, method);
    if (otherProperties !== undefined) return kindNamed(this.library, otherProperties);
    if (otherMethods !== undefined) return callableKind(this.library, `${this.id}#*`, otherMethods);
    return undefined;
  }
}

/** A kind whose callbacks also receive fixtures: see `Kind.withFixtures`. */
class WithFixtures extends Kind {
  private context: Kind | undefined;
  private readonly reached = new Map<Kind, Kind>();

  constructor(
    private readonly base: Kind,
    private readonly fixture: (name: string) => Kind | undefined,
  ) {
    super(`${base.id}+fixtures`, base.spec, base.library);
  }

  override get callbackContext(): Kind | undefined {
    const context = this.base.callbackContext;
    if (context === undefined) return undefined;
    this.context ??= new FixturesContext(context, this.fixture);
    return this.context;
  }

  override property(name: string): Kind | undefined {
    return this.carried(this.base.property(name));
  }

  override methodResult(name: string): ValueInfo | undefined {
    const result = this.base.methodResult(name);
    const kind = this.carried(result?.kind);
    return kind === result?.kind ? result : kind?.info;
  }

  /** A kind reached from the base that passes its callbacks what the base passes gets the fixtures too. */
  private carried(kind: Kind | undefined): Kind | undefined {
    if (kind === this.base) return this;
    const context = kind?.callbackContext;
    if (kind === undefined || context === undefined || context !== this.base.callbackContext) return kind;
    let carried = this.reached.get(kind);
    if (carried === undefined) {
      carried = kind.withFixtures(this.fixture);
      this.reached.set(kind, carried);
    }
    return carried;
  }
}

/** What the runner passes a callback, with fixtures: a fixture's own kind, else what the runner gives by that name. */
class FixturesContext extends Kind {
  constructor(
    private readonly base: Kind,
    private readonly fixture: (name: string) => Kind | undefined,
  ) {
    super(`${base.id}+fixtures`, base.spec, base.library);
  }

  override property(name: string): Kind | undefined {
    return this.fixture(name) ?? this.base.property(name);
  }
}

function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Every kind made so far, per library object (a user's library in settings may reuse a name another config uses). */
const kindsByLibrary = new WeakMap<LibraryKnowledge, Map<string, Kind>>();

function madeKind(library: LibraryKnowledge, id: string, spec: () => KindSpec | undefined): Kind | undefined {
  let made = kindsByLibrary.get(library);
  if (made === undefined) {
    made = new Map();
    kindsByLibrary.set(library, made);
  }
  let kind = made.get(id);
  if (kind === undefined) {
    const found = spec();
    if (found === undefined) return undefined;
    kind = new Kind(id, found, library);
    made.set(id, kind);
  }
  return kind;
}

const librariesByName = new Map(libraries.map((library) => [library.name, library]));
/** Kind names as written in each library module, resolved once: asked for every value the analysis meets. */
const kindsByName = new WeakMap<LibraryKnowledge, Map<string, Kind | undefined>>();

/**
 * Resolves a kind name as written in a library module: `Name` in the same library, `library.Name` in another. Exported
 * for the modules of this folder (the doc tables); rules ask `Kind` questions instead.
 */
export function kindNamed(from: LibraryKnowledge, name: string): Kind | undefined {
  let resolved = kindsByName.get(from);
  if (resolved === undefined) {
    resolved = new Map();
    kindsByName.set(from, resolved);
  }
  if (!resolved.has(name)) resolved.set(name, resolveKindName(from, name));
  return resolved.get(name);
}

function resolveKindName(from: LibraryKnowledge, name: string): Kind | undefined {
  const dot = name.lastIndexOf('.');
  const libraryName = name.slice(0, dot);
  const library = dot === -1 || libraryName === from.name ? from : librariesByName.get(libraryName);
  const local = dot === -1 ? name : name.slice(dot + 1);
  if (library === undefined) return undefined;
  return madeKind(library, `${library.name}.${local}`, () => own(library.kinds, local));
}

function callableKind(library: LibraryKnowledge, id: string, call: Outcome): Kind {
  return madeKind(library, id, () => ({ call }))!;
}

function outcome(library: LibraryKnowledge, text: string): ValueInfo | undefined {
  const meaning = parseOutcome(text);
  if (meaning === undefined) return undefined;
  if (meaning.awaitable !== undefined) {
    return { awaitable: meaning.awaitable, resolvesTo: meaning.kind === undefined ? undefined : kindNamed(library, meaning.kind) };
  }
  return meaning.kind === undefined ? plainValue : kindNamed(library, meaning.kind)?.info;
}

const librariesByModule = new Map<string, LibraryKnowledge>();
for (const library of libraries) for (const specifier of library.modules) librariesByModule.set(specifier, library);

export function libraryOfModule(specifier: string): LibraryKnowledge | undefined {
  return librariesByModule.get(specifier);
}

export function frameworkOfModule(specifier: string): Framework | undefined {
  return runnerLibraryOwning(librariesByModule.get(specifier));
}

function runnerLibraryOwning(library: LibraryKnowledge | undefined): Framework | undefined {
  return library !== undefined && 'framework' in library ? ((library as RunnerKnowledge).framework as Framework) : undefined;
}

/**
 * The kind of an imported binding: a named export, `default`, or `*` for the module object (`import * as`, `require`),
 * as the entry point it is imported from exports it.
 */
export function exportKind(library: LibraryKnowledge, exportName: string, module?: string): Kind | undefined {
  const entryPoint = module === undefined ? undefined : own(library.moduleExports, module);
  if (exportName === '*') {
    if (library.moduleObject !== undefined) return kindNamed(library, library.moduleObject);
    return namespaceKind(library, entryPoint === undefined ? undefined : module);
  }
  const named = own(entryPoint, exportName) ?? own(library.exports, exportName);
  if (named !== undefined) return kindNamed(library, named);
  return exportName === 'default' || library.otherExports === undefined ? undefined : kindNamed(library, library.otherExports);
}

/** The kind of a value annotated with a type the library exports. */
export function typeKind(library: LibraryKnowledge, typeName: string): Kind | undefined {
  const kindName = own(library.types, typeName);
  return kindName === undefined ? undefined : kindNamed(library, kindName);
}

function namespaceKind(library: LibraryKnowledge, module: string | undefined): Kind {
  const properties = { ...library.exports, ...(module === undefined ? {} : own(library.moduleExports, module)) };
  return madeKind(library, `${library.name}.*${module === undefined ? '' : `:${module}`}`, () => ({
    properties,
    otherProperties: library.otherExports,
  }))!;
}

/** The libraries that list each name in one of their records, in registry order: an index instead of a scan. */
function librariesListing(record: 'globals' | 'valueProperties'): Map<string, LibraryKnowledge[]> {
  const index = new Map<string, LibraryKnowledge[]>();
  for (const library of libraries) {
    for (const name of Object.keys(library[record] ?? {})) index.set(name, [...(index.get(name) ?? []), library]);
  }
  return index;
}

const globalsByName = librariesListing('globals');

/** The kind of a free global name, under the file's framework (or any framework's globals when it is unknown). */
export function globalKind(name: string, framework: Framework | undefined): Kind | undefined {
  for (const library of globalsByName.get(name) ?? []) {
    const owner = runnerLibraryOwning(library);
    if (owner !== undefined && framework !== undefined && owner !== framework) continue;
    return kindNamed(library, library.globals![name]!);
  }
  return undefined;
}

export function markerGlobalFramework(name: string): Framework | undefined {
  for (const runner of runners.values()) if (runner.library.markerGlobals?.includes(name) === true) return runner.framework;
  return undefined;
}

/**
 * The runner that a file's globals mark, taken in the order the file first uses them; a runner that installs another's
 * test API as its own wins over that one (a Cypress spec uses mocha's `before`, and `cy`).
 */
export function markerGlobalsFramework(names: Iterable<string>): Framework | undefined {
  let marked: Runner | undefined;
  for (const name of names) {
    const runner = runnerOf(markerGlobalFramework(name));
    if (runner !== undefined && (marked === undefined || runner.library.runsTestApiOf === marked.framework)) marked = runner;
  }
  return marked?.framework;
}

/** The runner whose types a `/// <reference types="…" />` directive names (`cypress`). */
export function typeReferenceFramework(types: string): Framework | undefined {
  for (const runner of runners.values()) if (runner.library.markerTypeReferences?.includes(types) === true) return runner.framework;
  return undefined;
}

const valuePropertiesByName = librariesListing('valueProperties');

/** Properties a library adds to every value (chai's `should`), with the modules that must be imported for it. */
export function valuePropertyKind(name: string, importedModules: ReadonlySet<string>): Kind | undefined {
  for (const library of valuePropertiesByName.get(name) ?? []) {
    if (library.modules.some((specifier) => importedModules.has(specifier))) return kindNamed(library, library.valueProperties![name]!);
  }
  return undefined;
}

export interface MethodByArgumentRule extends MethodByArgument {
  readonly result: ValueInfo | undefined;
}

const methodsByArgument = new Map<string, MethodByArgumentRule>();
for (const library of libraries) {
  for (const [name, rule] of Object.entries(library.methodsByArgument ?? {})) {
    methodsByArgument.set(name, { ...rule, result: outcome(library, rule.outcome) });
  }
}

export function methodByArgument(name: string): MethodByArgumentRule | undefined {
  return methodsByArgument.get(name);
}

/** A user's `settings['async-test'].asyncFunctions` entry, as a kind. */
export const userAsyncFunction: Kind = new Kind('settings.asyncFunction', { call: 'promise' }, promiseLibrary);

/** Every built-in library, in registry order (the tests check each against the format users write in settings). */
export const builtInLibraries: readonly LibraryKnowledge[] = libraries;

type MemberNames = ReadonlySet<string> | 'any';

function memberNamesOf(from: readonly LibraryKnowledge[], capability: MemberCapability): MemberNames {
  const names = new Set<string>();
  // Kinds that register or block are reached as properties (`describe.only`, `cp.execSync`), and through a namespace
  // import as exports (`import * as vitest from 'vitest'; vitest.test(…)`).
  const reaches = (library: LibraryKnowledge, target: string | undefined) => {
    const spec = target === undefined ? undefined : kindNamed(library, target)?.spec;
    return spec !== undefined && reachedAs(spec, capability);
  };
  for (const library of from) {
    for (const spec of Object.values(library.kinds)) {
      for (const name of listedMembers(spec, capability)) names.add(name);
      if (capability === 'register' || capability === 'block') {
        if (reaches(library, spec.otherProperties)) return 'any';
        for (const [name, target] of Object.entries(spec.properties ?? {})) if (reaches(library, target)) names.add(name);
      }
    }
    if (capability === 'register' || capability === 'block') {
      if (reaches(library, library.otherExports)) return 'any';
      for (const exported of [library.exports ?? {}, ...Object.values(library.moduleExports ?? {})]) {
        for (const [name, target] of Object.entries(exported)) if (reaches(library, target)) names.add(name);
      }
    }
  }
  return names;
}

const builtInMemberNames = new Map<MemberCapability, MemberNames>();

/** Features as bits of a number (a file's set is the union of its libraries', made on every file): see `featureBitsOf`. */
const featureBits = Object.fromEntries(kindFeatures.map((feature, index) => [feature, 1 << index])) as Readonly<Record<KindFeature, number>>;

/** The features a file can meet (see `Knowledge.featuresReachedFrom`). */
export class FeatureSet {
  constructor(private readonly bits: number) {}

  has(feature: KindFeature): boolean {
    return (this.bits & featureBits[feature]) !== 0;
  }
}

/** The kinds named in a table (a library's, or one kind's): `Client`, `knex.Knex`, `promise<Server>`. */
function kindsNamedIn(library: LibraryKnowledge, table: object): Kind[] {
  const found: Kind[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      const kind = kindNamed(library, parseOutcome(value)?.kind ?? value);
      if (kind !== undefined) found.push(kind);
    } else if (typeof value === 'object' && value !== null) {
      for (const inner of Object.values(value)) visit(inner);
    }
  };
  visit(table);
  return found;
}

/** The features of the given kinds and of every kind their tables lead to. */
function featuresReachedBy(start: readonly Kind[]): number {
  let bits = 0;
  const seen = new Set<Kind>();
  const queue = [...start];
  for (let kind = queue.pop(); kind !== undefined; kind = queue.pop()) {
    if (seen.has(kind)) continue;
    seen.add(kind);
    bits |= featureBitsOf(kind.spec);
    queue.push(...kindsNamedIn(kind.library, kind.spec));
  }
  return bits;
}

const featuresByLibrary = new WeakMap<LibraryKnowledge, number>();

/** What a file that imports a library (or uses its globals) can meet: any of its kinds, and where they lead. */
function libraryFeatures(library: LibraryKnowledge | undefined): number {
  if (library === undefined) return 0;
  let bits = featuresByLibrary.get(library);
  if (bits === undefined) {
    const own = Object.keys(library.kinds).map((name) => kindNamed(library, name)!);
    bits = featuresReachedBy([...own, ...kindsNamedIn(library, library)]);
    featuresByLibrary.set(library, bits);
  }
  return bits;
}

/** What any file can meet: the results recognised by the shape of a call's argument (`app.inject({ url })`). */
const shapeFeatures = featuresReachedBy(
  libraries.flatMap((library) => Object.values(library.methodsByArgument ?? {}).flatMap((rule) => kindsNamedIn(library, [rule.outcome]))),
);

/** Where a file's values can come from: the modules it imports, the free globals it uses, its runner. */
export interface FileSources {
  readonly modules: Iterable<string>;
  readonly globals: Iterable<string>;
  readonly framework: Framework | undefined;
}

export function isBuiltInLibrary(name: string): boolean {
  return librariesByName.has(name);
}

export function builtInKindExists(libraryName: string, kindName: string): boolean {
  return Object.hasOwn(librariesByName.get(libraryName)?.kinds ?? {}, kindName);
}

/**
 * The built-in libraries with the user's own (`settings['async-test'].libraries`) in front: a user's library wins
 * for its modules and globals.
 */
export class Knowledge {
  private readonly byModule = new Map<string, LibraryKnowledge>();
  private readonly byGlobal = new Map<string, LibraryKnowledge>();
  private readonly memberNames = new Map<MemberCapability, MemberNames>();

  constructor(private readonly userLibraries: readonly LibraryKnowledge[]) {
    for (const library of userLibraries) {
      for (const specifier of library.modules) this.byModule.set(specifier, library);
      for (const name of Object.keys(library.globals ?? {})) this.byGlobal.set(name, library);
    }
  }

  /** Whether a call through this member name can do what the capability says (see `MemberCapability`). */
  memberMay(capability: MemberCapability, memberName: string): boolean {
    const cache = this.userLibraries.length === 0 ? builtInMemberNames : this.memberNames;
    let names = cache.get(capability);
    if (names === undefined) {
      names = memberNamesOf([...libraries, ...this.userLibraries], capability);
      cache.set(capability, names);
    }
    return names === 'any' || names.has(memberName);
  }

  libraryOfModule(specifier: string): LibraryKnowledge | undefined {
    return this.byModule.get(specifier) ?? librariesByModule.get(specifier);
  }

  /**
   * The features of every kind a file can meet. A file's values get their kinds from its imports, its free globals,
   * its runner (the test context, and fixtures a local module re-exports), and argument shapes; each library's
   * kinds reach those of the libraries it names.
   */
  featuresReachedFrom(sources: FileSources): FeatureSet {
    let bits = shapeFeatures;
    for (const specifier of sources.modules) bits |= libraryFeatures(this.libraryOfModule(specifier));
    for (const name of sources.globals) {
      bits |= libraryFeatures(this.byGlobal.get(name));
      for (const library of globalsByName.get(name) ?? []) bits |= libraryFeatures(library);
    }
    // A local module re-exporting `test` gives the runner's: see ValueAnalysis.
    bits |= libraryFeatures(runnerOfLocalReexports(sources.framework).library);
    return new FeatureSet(bits);
  }

  globalKind(name: string, framework: Framework | undefined): Kind | undefined {
    const library = this.byGlobal.get(name);
    return library === undefined ? globalKind(name, framework) : kindNamed(library, library.globals![name]!);
  }
}
