/**
 * The kind schema, written once: a table of the fields a kind may have, each with the check that reads it from
 * users' settings. The `KindSpec` type, the settings reader and the registry's feature index all come from it, so a
 * new fact about kinds is one entry here (and the `Kind` method that answers it).
 */
import { distance } from 'fastest-levenshtein';
import { parseOutcome, type KindRef, type Outcome } from './outcome';

export class LibraryFormatError extends Error {}

/** What checking a field needs from the library it belongs to: its kinds, and its override families. */
export interface LibraryContext {
  /** Whether the name is a kind of this library (`Client`) or of a built-in one (`knex.QueryBuilder`). */
  readonly isKind: (name: string) => boolean;
  /** The kinds a name may be, for messages: `a kind of this library (Pool, Client) or a built-in kind ("knex.QueryBuilder")`. */
  readonly kinds: string;
  /** One of the library's `overrideFamilies`. */
  readonly family: (value: unknown, path: string) => void;
}

type Run = (value: unknown, path: string, library: LibraryContext) => void;

/**
 * What a call `x.name(…)` can do, by the member name alone: the tables reach the kinds that register tests, block,
 * override or begin a transaction only through a few names, so every other call (`expect(x).toBe(y)`, `res.get(…)`)
 * needs no classification by the rules that look for them.
 */
export type MemberCapability = 'register' | 'block' | 'override' | 'transaction';

interface FieldFacts {
  readonly optional?: boolean;
  readonly builtInOnly?: boolean;
  readonly feature?: { readonly name: string; readonly when?: (value: never) => boolean };
  readonly listsMembers?: MemberCapability;
  readonly reachedAs?: MemberCapability;
}

/**
 * A check of one value, which names the path of what is wrong; its type parameter is the type of a value that
 * passes, so a table of checks is also a type. The facts say what the registry indexes a field for.
 */
export class Check<T, Feature extends string = never> {
  declare readonly type: T;
  declare readonly feature: Feature;

  constructor(
    readonly run: Run,
    readonly facts: FieldFacts = {},
  ) {}

  /** Only the built-in modules write this field: it describes test registrations, which users do not add. */
  builtInOnly(): Check<T, Feature> {
    return new Check(this.run, { ...this.facts, builtInOnly: true });
  }

  /** A kind with this field (with such a value, when `when` is given) has the feature (see `KindFeature`). */
  gives<F extends string>(name: F, when?: (value: T) => boolean): Check<T, Feature | F> {
    return new Check(this.run, { ...this.facts, feature: { name, when } });
  }

  /** The method names this field lists are members through which a call may do what the capability says. */
  listsMembers(capability: MemberCapability): Check<T, Feature> {
    return new Check(this.run, { ...this.facts, listsMembers: capability });
  }

  /** A property or export leading to a kind with this field is a member through which a call may do it. */
  reachedAs(capability: MemberCapability): Check<T, Feature> {
    return new Check(this.run, { ...this.facts, reachedAs: capability });
  }
}

/** In an object of checks (`shape`), a field that may be left out. */
class OptionalCheck<T> extends Check<T> {
  declare readonly isOptional: true;
}

function optional<T>(check: Check<T>): OptionalCheck<T> {
  return new OptionalCheck(check.run, { optional: true });
}

type Checked<Fields> = { readonly [K in keyof Fields]: Fields[K] extends Check<infer T, string> ? T : never };
type OptionalKeys<Fields> = { [K in keyof Fields]: Fields[K] extends OptionalCheck<unknown> ? K : never }[keyof Fields];
/** The type of an object that passes `shape(…, fields)`. */
type Shape<Fields> = Omit<Checked<Fields>, OptionalKeys<Fields>> & Partial<Pick<Checked<Fields>, OptionalKeys<Fields>>>;

/** `hint` is a question that ends the message (`didYouMean`). */
export function fail(path: string, expected: string, got: unknown, hint = ''): never {
  throw new LibraryFormatError(`${path} must be ${expected}; got ${JSON.stringify(got) ?? String(got)}${hint || '.'}`);
}

export function record(value: unknown, path: string, expected: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, expected, value);
  return value as Record<string, unknown>;
}

export function each(value: unknown, path: string, check: (entry: unknown, path: string) => void): void {
  for (const [key, entry] of Object.entries(record(value, path, 'an object'))) check(entry, `${path}.${key}`);
}

/** Rejects the first key not allowed, suggesting the allowed one it is a misspelling of (`modul` for `module`). */
export function allowOnly(value: Record<string, unknown>, allowed: readonly string[], path: string, what = 'a field of this entry'): void {
  const unknown = Object.keys(value).find((key) => !allowed.includes(key));
  if (unknown === undefined) return;
  throw new LibraryFormatError(`${path}.${unknown} is not ${what} (allowed: ${allowed.join(', ')})${didYouMean(unknown, allowed) || '.'}`);
}

/** `; did you mean "framework"?` when one of the names is a likely misspelling of `written`, else nothing. */
export function didYouMean(written: string, names: readonly string[]): string {
  const closest = closestName(written, names);
  return closest === undefined ? '' : `; did you mean "${closest}"?`;
}

/**
 * The name `written` most likely stands for: the same but for case, or within a third of its length in edits
 * (`frameworks`, `modul`, `restoreMock`, `library` for `libraries`).
 */
function closestName(written: string, names: readonly string[]): string | undefined {
  let best: { name: string; edits: number } | undefined;
  for (const name of names) {
    const edits = distance(written.toLowerCase(), name.toLowerCase());
    if (edits <= Math.max(1, Math.floor(name.length / 3)) && (best === undefined || edits < best.edits)) best = { name, edits };
  }
  return best?.name;
}

export function stringList(value: unknown, path: string, nonEmpty: boolean): void {
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string' || item.length === 0) || (nonEmpty && value.length === 0)) {
    fail(path, `${nonEmpty ? 'a non-empty' : 'an'} array of names`, value);
  }
}

function oneOf<const T extends readonly (string | boolean)[]>(...allowed: T): Check<T[number]> {
  return new Check((value, path) => {
    if (!allowed.includes(value as T[number])) fail(path, `one of ${allowed.map((item) => JSON.stringify(item)).join(', ')}`, value);
  });
}

const flag = new Check<boolean>((value, path) => {
  if (typeof value !== 'boolean') fail(path, 'true or false', value);
});

/** Method names (`['query', 'execute']`). */
const names = new Check<readonly string[]>((value, path) => stringList(value, path, false));
const nonEmptyNames = new Check<readonly string[]>((value, path) => stringList(value, path, true));

function text(expected: string): Check<string> {
  return new Check((value, path) => {
    if (typeof value !== 'string') fail(path, expected, value);
  });
}

const position = new Check<number>((value, path) => {
  if (!Number.isInteger(value) || (value as number) < 0) fail(path, 'a parameter position (0, 1, …)', value);
});

/** A kind name, or `value` for a plain value. */
export const kindName = new Check<KindRef>((value, path, library) => {
  if (typeof value !== 'string' || (value !== 'value' && !library.isKind(value))) fail(path, `${library.kinds}, or "value"`, value);
});

/** Every outcome is listed when one is wrong: a user who wrote `"Promise"` meant `"promise"`, not a kind. */
const outcome = new Check<Outcome>((value, path, library) => {
  const meaning = typeof value === 'string' ? parseOutcome(value) : undefined;
  if (meaning === undefined || (meaning.kind !== undefined && !library.isKind(meaning.kind))) {
    const hint = typeof value === 'string' ? didYouMean(value, ['value', 'promise', 'lazy']) : '';
    fail(path, `"value", "promise", "lazy", "promise<Kind>", or ${library.kinds}`, value, hint);
  }
});

const family = new Check<string>((value, path, library) => library.family(value, path));

/** An object whose every entry passes the check (`methods: { query: 'promise' }`). */
function entries<T>(check: Check<T>): Check<Readonly<Record<string, T>>> {
  return new Check((value, path, library) => each(value, path, (entry, at) => check.run(entry, at, library)));
}

/** An object with the fields given, each checked in turn; `expected` describes it when it is no object at all. */
function shape<Fields extends Readonly<Record<string, Check<unknown>>>>(expected: string, fields: Fields): Check<Shape<Fields>> {
  const allowed = Object.keys(fields);
  return new Check((value, path, library) => {
    const object = record(value, path, expected);
    allowOnly(object, allowed, path);
    for (const [name, check] of Object.entries(fields)) {
      if (object[name] !== undefined || check.facts.optional !== true) check.run(object[name], `${path}.${name}`, library);
    }
  });
}

const undoes = new Check<'self' | readonly string[]>((value, path, library) => {
  if (value === 'self') return;
  stringList(value, path, true);
  (value as unknown[]).forEach((name, index) => library.family(name, `${path}[${index}]`));
});

const resource = shape('an object { description, closes }', {
  /** What is held, for messages: "connection pool", "HTTP server". */
  description: text('a string such as "a connection pool"'),
  /**
   * Methods that close it, or paths to them through a property (`connection.close` for `mongoose.connection.close()`).
   * The fix writes the first, awaited when the kind says that method returns a promise.
   */
  closes: names,
  /** Global functions that close it when given the value (`clearInterval(timer)`). */
  closedBy: optional(names),
  /** The statement the fix writes, `{{holder}}` standing for the value, when it is not a call of `closes[0]`. */
  closeStatement: optional(text('a string')),
  /**
   * Methods that open it: making the value opens nothing, calling one of these on it does, and the value itself holds
   * what was opened (`server.listen()`, fastify's `app.listen()`, `mongoose.connect()`).
   */
  openedBy: optional(names),
  /**
   * An option the factory's options object must have for anything to open: `knex({ client: 'pg' })` without
   * `connection` only builds SQL. A config the file does not spell out is taken to open it.
   */
  opensWithOption: optional(text('a string')),
});

const transactionEnds = shape('an object { rollback, commit }', {
  rollback: nonEmptyNames,
  commit: names,
  /** The statement the fix writes, `{{holder}}` standing for the transaction (default: `{{holder}}.<rollback>()`). */
  rollbackStatement: optional(text('a string')),
});

const runnerSettings = ['restoreMocks', 'unstubEnvs', 'unstubGlobals'] as const;
export type RunnerSetting = (typeof runnerSettings)[number];

/** A kind of override a library makes (`overrideFamilies`), for messages and fixes. */
export const overrideFamily = shape('an object { description, undo? }', {
  /** What leaks, for messages: "spies and mocks", "stubbed environment variables". */
  description: text('a string'),
  /** The method on the same receiver that undoes the whole family, used by the fix (`restoreAllMocks`). */
  undo: optional(
    new Check<string>((value, path) => {
      if (typeof value !== 'string' || !/^[A-Za-z_$][\w$]*$/.test(value))
        fail(path, 'the name of the method that undoes the whole family ("reset")', value);
    }),
  ),
  /**
   * What the call replaces: methods of its first argument (`object`: `sinon.stub(obj)`, `sinon.stub(obj, 'get')`), or
   * only the member named by its second (`member`: `sinon.spy(obj, 'get')`). Without them it makes a free-standing
   * double that replaces nothing (`sinon.stub()`, `sinon.spy(callback)`).
   */
  target: optional(oneOf('object', 'member')),
  /**
   * The override lives in its receiver (handlers of a mock server, registrations of a container), not in global
   * state: made through a receiver that the test, its `beforeEach` or the file itself creates, it dies with it.
   */
  inReceiver: optional(flag),
  /** The runner setting that undoes the family after every test, which makes a report pointless. */
  runnerSetting: optional(oneOf(...runnerSettings)),
});
export type OverrideFamily = (typeof overrideFamily)['type'];

const callRoles = ['suite', 'test', 'step', 'beforeAll', 'beforeEach', 'afterAll', 'afterEach', 'teardown', 'fixtures'] as const;

/** What a value of the kind is, and what calling it, constructing it or using its members gives. */
const valueFields = {
  /** What calling a value of this kind gives. */
  call: outcome,
  /** What using a value of this kind as a template tag gives, when it differs from calling it (postgres.js `sql`). */
  tag: outcome,
  /** What `new` on a value of this kind gives. */
  construct: outcome,
  /** Methods: `value.name(...)` gives the outcome. */
  methods: entries(outcome),
  /** Methods not listed above (for example every action of a Playwright page). */
  otherMethods: outcome,
  /** Properties: `value.name` is of the kind named. */
  properties: entries(kindName),
  /** Properties not listed above (for example chai's language chains). */
  otherProperties: kindName,
  /** The value itself is a thenable: a promise, or a lazy builder that runs only when awaited. */
  thenable: oneOf('promise', 'lazy'),
  /** For a thenable: the kind of what awaiting it gives (a query for one document gives the document). */
  resolvesTo: kindName,
  /**
   * Methods that return their first argument instead of a promise when it is an object made with `new` (pg's
   * `client.query(new Cursor(...))` returns the cursor).
   */
  returnsConstructedArgument: names,
};

/** What asserts, and what counts assertions. */
const assertionFields = {
  /** Its methods are matchers on the subject given to `expect(subject)` (jest-style and Playwright assertions). */
  matchesSubject: flag,
  /** Calling it, or its methods, asserts (node:assert, chai's `assert`). */
  asserts: flag,
  /** Its assertions record a failure and return instead of throwing (tap's `t.equal`): the code after them still runs. */
  assertsWithoutThrowing: flag,
  /** Methods that make the runner count the test's assertions (`expect.assertions(n)`, node:test `t.plan(n)`). */
  assertionCounters: names,
  /** Awaiting it settles an assertion (the message then says the assertion never runs). */
  assertion: flag,
};

/** How calling a value registers tests, hooks and fixtures with the runner, and what the runner passes them. */
const registrationFields = {
  /** Calling a value of this kind registers something with the runner. */
  callRole: oneOf(...callRoles)
    .builtInOnly()
    .gives('fixtures', (role) => role === 'fixtures')
    .reachedAs('register'),
  /** It registers from inside a running test, which is its intended use (node:test's `t.test()`, `t.beforeEach()`). */
  fromRunningTest: flag.builtInOnly(),
  /**
   * Called inside a running test, it registers on that test instead, as this kind: node:test's module-level `after()`
   * in a test body is the test's own teardown, like `t.after()`.
   */
  inRunningTest: kindName.builtInOnly(),
  /** Only a call with a title (a string first argument) registers; other calls are annotations (Playwright `test.skip(cond)`). */
  registersOnlyWithTitle: flag.builtInOnly(),
  /** Kind of the first parameter the runner passes to the registered callback (the test context, Playwright fixtures). */
  callbackContext: kindName.builtInOnly(),
  /** Position of the `done` callback among the registered callback's parameters. */
  doneParam: position.builtInOnly().gives('doneCallback'),
  /**
   * Calling it hands a function to code that runs it on its own schedule and ignores what it returns (React's
   * `useEffect`): code in that function is not the test's, and nothing there can be awaited by it.
   */
  detachesCallback: flag,
};

/** What a value opens, begins or overrides, and what closes, ends or undoes it. */
const lifecycleFields = {
  /** A value of this kind holds a connection, socket, server, container or timer until it is closed. */
  resource: resource.gives('resource'),
  /**
   * Methods (or `()`, calling the value itself) that give a value opened elsewhere rather than a new one, so that
   * they open nothing: objection's `Model.knex()`, mongoose's `connection.getClient()`, TypeORM's `getConnection()`.
   */
  returnsExisting: names,
  /** `value.method()` begins a transaction, held by the value it returns (`'returned'`) or by the receiver itself. */
  beginsTransaction: entries(oneOf('returned', 'receiver')).gives('transaction').listsMembers('transaction'),
  /** A value of this kind holds a transaction, ended by these methods. */
  transaction: transactionEnds,
  /** Methods that run SQL text: `query('BEGIN')` begins a transaction on the receiver, `query('ROLLBACK')` ends it. */
  runsSql: names.gives('transaction').listsMembers('transaction'),
  /**
   * Methods that empty tables or the whole database (`orm.schema.clear()`, `knex('t').truncate()`): run in a
   * `beforeEach` or `afterEach`, they keep what one test commits from reaching the next.
   */
  clearsData: names,
  /**
   * Overrides: `value.method(...)` (or calling the value itself, written `()`) overrides something that lasts until it
   * is undone; the name is one of the library's `overrideFamilies`.
   */
  overrides: entries(family)
    .gives('callOverride', (overrides) => Object.hasOwn(overrides, '()'))
    .listsMembers('override'),
  /**
   * Undos: `value.method()` undoes every override of the families listed that was made through the same receiver
   * (`vi.restoreAllMocks()`, `sandbox.restore()`), or, for `'self'`, the override that produced this value
   * (`spy.mockRestore()`, `clock.restore()`).
   */
  undoes: entries(undoes),
  /** Methods that replace a module with a mock for the whole file, hoisted above its imports (`vi.mock('pg')`). */
  mocksModules: names.builtInOnly(),
};

/** HTTP clients' callback style, and calls that block the event loop. */
const httpFields = {
  /** An HTTP client used in tests: its callback form (`.end(cb)`, `inject(opts, cb)`) is reported by no-sync-client. */
  httpClient: flag,
  /**
   * For an HTTP client that is also a server (a fastify app), the methods that send a request or start it; its other
   * methods set the server up (`app.get(path, handler)`, `app.register(plugin)`) and take no callback of the test's.
   */
  clientMethods: names,
  /** Calls whose last argument is a function use the callback style and return no promise (supertest `.end(cb)`). */
  callbackStyle: flag,
  /** Methods whose lone function argument is an assertion on the result, not a callback (supertest `.expect(res => …)`). */
  functionAssertions: names,
  /**
   * Calling it blocks the event loop until a network response arrives: `'always'` (sync-request), `'network-command'`
   * when its command runs curl, wget or httpie or names an http(s) URL (`execSync`), or `'third-argument-false'` for
   * `xhr.open(method, url, false)`.
   */
  blocks: oneOf('always', 'network-command', 'third-argument-false').gives('blocks').reachedAs('block'),
};

/** Every field a kind may have, grouped by what it is about. */
export const kindFields = { ...valueFields, ...assertionFields, ...registrationFields, ...lifecycleFields, ...httpFields };

type KindFields = typeof kindFields;

/** A kind of value of a library, as its module (or a user's settings) describes it. */
export type KindSpec = { readonly [Field in keyof KindFields]?: KindFields[Field]['type'] };

export type CallRole = (typeof callRoles)[number];
export type Resource = KindFields['resource']['type'];
export type TransactionEnds = KindFields['transaction']['type'];

/**
 * What some kinds are that a rule looks for: a `resource` to close (no-open-handles), a transaction begun by a method
 * or by SQL (require-rollback), a call that blocks (no-sync-client), a function whose call overrides something
 * (`nock(…)`, sinon's `stub(…)`: no-leaked-overrides), a registration whose callback takes `done` (no-done-callback),
 * a fixture definition (valid-fixture). A file that can meet no kind with the feature gives that check nothing to do.
 */
export type KindFeature = { [Field in keyof KindFields]: KindFields[Field]['feature'] }[keyof KindFields];

type FieldName = keyof KindFields;
const fieldNames = Object.keys(kindFields) as FieldName[];

/** The fields users may write in settings, in the table's order (the order an error message lists them in). */
const settingsFields = fieldNames.filter((field) => kindFields[field].facts.builtInOnly !== true);
const builtInFields: readonly string[] = fieldNames;

/**
 * Checks one kind description (`at` is its path, for messages). Users' settings may not write the registration
 * fields; the built-in modules may.
 */
export function checkKind(raw: unknown, at: string, library: LibraryContext, from: 'settings' | 'built-in'): void {
  const spec = record(raw, at, 'an object describing the kind');
  allowOnly(spec, from === 'settings' ? settingsFields : builtInFields, at);
  for (const field of fieldNames) {
    if (spec[field] !== undefined) kindFields[field].run(spec[field], `${at}.${field}`, library);
  }
}

/** Every feature a field gives, each with its bit (a file's features are the union of its libraries' bits). */
const featureFields = fieldNames.filter((field) => kindFields[field].facts.feature !== undefined);
export const kindFeatures: readonly KindFeature[] = [...new Set(featureFields.map((field) => kindFields[field].facts.feature!.name as KindFeature))];

/** The features a kind has, as bits: bit `i` stands for `kindFeatures[i]`. */
export function featureBitsOf(spec: KindSpec): number {
  let bits = 0;
  for (const field of featureFields) {
    const value = spec[field];
    const feature = kindFields[field].facts.feature!;
    if (value !== undefined && (feature.when === undefined || (feature.when as (value: unknown) => boolean)(value))) {
      bits |= 1 << kindFeatures.indexOf(feature.name as KindFeature);
    }
  }
  return bits;
}

/** The member names a kind lists for a capability: the methods that override, or that begin a transaction. */
export function listedMembers(spec: KindSpec, capability: MemberCapability): string[] {
  const listed: string[] = [];
  for (const field of fieldNames) {
    const value = spec[field];
    if (value === undefined || kindFields[field].facts.listsMembers !== capability) continue;
    listed.push(...(Array.isArray(value) ? (value as readonly string[]) : Object.keys(value)));
  }
  return listed;
}

/** Whether a property or export leading to a kind with this spec is a member through which a call may do it. */
export function reachedAs(spec: KindSpec, capability: MemberCapability): boolean {
  return fieldNames.some((field) => spec[field] !== undefined && kindFields[field].facts.reachedAs === capability);
}
