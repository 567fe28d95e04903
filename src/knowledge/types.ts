/**
 * The shape of library knowledge, and `outcomes`, its one helper. A library is described once, as data: which values
 * are of its kinds, and what calling, constructing or reading a property of such a value gives. Every rule reads it
 * through `knowledge/index.ts`.
 */

import type { KindRef, Outcome } from './outcome';
import type { KindSpec, OverrideFamily, RunnerSetting } from './kind-schema';

export type { CallRole, KindSpec, OverrideFamily, Resource, RunnerSetting, TransactionEnds } from './kind-schema';
export type { KindName, KindRef, Outcome } from './outcome';

export interface LibraryKnowledge {
  /** Name used in messages and in qualified kind names. */
  readonly name: string;
  /** Module specifiers whose exports this describes. */
  readonly modules: readonly string[];
  /** Kind of each named export; `default` for the default export. */
  readonly exports?: Readonly<Record<string, KindRef>>;
  /** Exports that differ by entry point, over `exports`: `drizzle` from 'drizzle-orm/node-postgres' makes a Postgres database. */
  readonly moduleExports?: Readonly<Record<string, Readonly<Record<string, KindRef>>>>;
  /** Kind of the whole module object (`require(...)`, `import * as`), when it is not just the named exports. */
  readonly moduleObject?: KindRef;
  /** Kind of a value whose TypeScript annotation names a type the library exports (`let repo: Repository<User>`). */
  readonly types?: Readonly<Record<string, KindRef>>;
  /** Kind of named exports not listed in `exports` (every function of `fs/promises`). */
  readonly otherExports?: KindRef;
  /** Kind of free global names this library provides (only when no local binding shadows them). */
  readonly globals?: Readonly<Record<string, KindRef>>;
  /** Properties that this library adds to every value once it is imported (chai's `should`). */
  readonly valueProperties?: Readonly<Record<string, KindRef>>;
  /**
   * Methods recognised on values of unknown kind by the shape of their first argument, for libraries whose instances
   * usually come from a helper in another file (`app.inject({ url })` from a fastify `build()` helper).
   */
  readonly methodsByArgument?: Readonly<Record<string, MethodByArgument>>;
  /** The kinds of override this library makes, for messages and fixes. */
  readonly overrideFamilies?: Readonly<Record<string, OverrideFamily>>;
  readonly kinds: Readonly<Record<string, KindSpec>>;
}

export interface MethodByArgument {
  readonly outcome: Outcome;
  /** `request-options`: an object literal with a `url`, `path` or `method` key; `url`: a string starting with `/` or `http`. */
  readonly firstArgument: 'request-options' | 'url';
}

/**
 * A test runner is a library (its API as kinds) that also says how files using it are recognised and how it runs them:
 * the facts the rules ask instead of comparing runner names.
 */
export interface RunnerKnowledge extends LibraryKnowledge {
  /** The runner's id, as `settings['async-test'].framework` spells it. */
  readonly framework: string;
  /** Global names whose use marks a file as this runner's when nothing is imported. */
  readonly markerGlobals?: readonly string[];
  /** Packages whose `/// <reference types="…" />` directive at the top of a file marks it as this runner's. */
  readonly markerTypeReferences?: readonly string[];
  /**
   * The runner whose test API this one installs as its own (Cypress runs mocha's `describe`, `before`, …): in a file
   * that uses the marker globals of both, this runner's win.
   */
  readonly runsTestApiOf?: string;
  readonly runner: RunnerBehaviour;
}

/** How a runner collects and runs a test file. */
export interface RunnerBehaviour {
  /** The runner's name in messages: "jest", "Playwright". */
  readonly title: string;
  /** The module a fix imports new hooks and helpers from (added only to an existing import from it). */
  readonly module: string;
  /** Hook names a fix writes. */
  readonly hooks: { readonly beforeAll: string; readonly afterEach: string; readonly afterAll: string };
  /** Hooks are methods of the test function (`test.beforeAll`), not functions of their own. */
  readonly hooksOnTest?: boolean;
  /** The runner has no globals: its functions exist in a file only when imported from it. */
  readonly noGlobals?: boolean;
  /**
   * What it does with the promise a suite callback returns: waits for it (tests registered after an `await` run),
   * ignores it after collecting synchronously (tests registered after a real `await` are lost, or land outside the
   * suite), or rejects the whole file (jest: "Returning a Promise from describe is not supported").
   */
  readonly suitePromise: 'awaited' | 'ignored' | 'rejected';
  /** Registers at any time, also from a running test or after an `await` (node:test): nothing is lost to collection. */
  readonly registersAtAnyTime?: boolean;
  /**
   * A test registered after collection by an async function nobody waits for (an async IIFE, a helper called without
   * `await`) fails the run loudly instead of being lost.
   */
  readonly failsOnLateRegistration?: boolean;
  /**
   * Each test file gets its own globals and module registry, or its own process: what one file overrides cannot reach
   * another file.
   */
  readonly isolatesFiles: boolean;
  /**
   * Node's own modules (`os`, `fs`, `net`) are the worker's, not the file's, although the rest is isolated: a patch on
   * them reaches the later files the worker runs (jest).
   */
  readonly sharesBuiltinModules?: boolean;
  /** What the runner passes a test callback: `done`, a test context (then `done` second), or fixtures. */
  readonly testCallback: 'done' | 'context' | 'context, done' | 'fixtures';
  /**
   * How a test registers code to run when it ends: a function imported from the runner module (`onTestFinished`), or
   * a method of the test context passed first (`t.after`).
   */
  readonly perTestTeardown?: { readonly function: string } | { readonly contextMethod: string };
  /**
   * What becomes of a handle (listening server, socket, interval) a test file leaves open once its tests have run:
   * `blocksExit`: the test process cannot exit while it is open (the run hangs, or its workers are force-killed with a
   * warning); `closedWithWorker`: the worker that ran the file is ended, which closes it, while files are isolated (when
   * they are not, the worker runs later files as under `keptForLaterFiles`); `keptForLaterFiles`: the run ends without
   * waiting for it, but the same process first runs later test files with it still open. Within a file, every runner
   * runs the tests one after another in one process: what a test leaves open is still open in the later ones.
   */
  readonly leftOpenHandles: 'blocksExit' | 'closedWithWorker' | 'keptForLaterFiles';
  /**
   * A global a file calls to say it has registered everything (mocha's `run()` under `--delay`): the runner collects
   * what is registered before that call, also after an `await`.
   */
  readonly endsCollectionWith?: string;
  /** A hook at a file's top level is a root hook: it runs around the tests of every file (mocha). */
  readonly fileHooksRunForEveryFile?: boolean;
  /** An unhandled rejection while a test runs fails that test: an assertion in a dropped `.then` is not lost. */
  readonly failsOnUnhandledRejection?: boolean;
  /**
   * A rejection nothing awaits is dropped without a word, even while its test still runs: a dropped promise's failure is
   * never reported. Runners without it report such a rejection, late and often against another test: jest 29 and 30,
   * vitest while the file's tests run, node:test, Playwright (all checked).
   */
  readonly losesUnawaitedRejections?: boolean;
  /** The runner's spies are disposable: `using spy = vi.spyOn(…)` restores it when the block ends. */
  readonly disposableSpies?: boolean;
  /** Test files the runner only type-checks and never runs (vitest's `*.test-d.ts`), as base-name globs. */
  readonly typeCheckedOnly?: readonly string[];
  /** The runner's call that sets an environment variable until its env stubs are undone: `vi.stubEnv`. */
  readonly stubEnv?: { readonly object: string; readonly method: string };
  /** Config options that undo overrides after every test (`restoreMocks: true`). */
  readonly autoUndoOptions: readonly RunnerSetting[];
  /** Tests usually import `test` with fixtures from a local module (`./fixtures`), which re-exports the runner's. */
  readonly localFixtureModules?: boolean;
  /** How a project shows that it runs its test files with this runner, when the files neither import it nor use its marker globals. */
  readonly project?: RunnerProject;
}

/** What the project model reads to tell a file's runner and the runner's options (never running the config). */
export interface RunnerProject {
  /** Packages whose presence among package.json's dependencies shows the runner. */
  readonly packages: readonly string[];
  /** The command a package.json script runs it with (`vitest`, `bun test`). */
  readonly command: string;
  /** Config files looked for in the package's folder, in the runner's order; the first found is read. */
  readonly configFiles: readonly string[];
  /** The key of package.json that holds its options (`jest`), when it reads one. */
  readonly packageJsonKey?: string;
  /** The key of the config object under which the options are (`test` in a vite config), when not at its top. */
  readonly optionsKey?: string;
  /**
   * The option that lists the test files (globs relative to the config's folder), and what it is by default. A dotted
   * path reaches a nested option (`e2e.specPattern`); with several options the files of all of them are test files,
   * and the default applies when none is set.
   */
  readonly testFilesOption: string | readonly string[];
  readonly defaultTestFiles: readonly string[];
  /** Options that list setup files run in every test file's context, whose root hooks run around every test. */
  readonly setupFilesOptions: readonly string[];
  /** The option that turns the isolation of test files off, and the value that does (vitest `isolate: false`). */
  readonly isolationOff?: { readonly option: string; readonly value: boolean };
  /** The option that ends the process once the run is over, open handles or not (mocha `--exit`, jest `forceExit`). */
  readonly forceExitOption?: string;
  /** Whether the package.json key's options apply beside a config file's (mocha merges both, lists adding up), not only without one. */
  readonly mergesPackageJsonKey?: boolean;
  /** How the test-files option is read when its entries are paths rather than globs (mocha's `spec`). */
  readonly testPaths?: TestPaths;
  /** How the runner's arguments in a package.json script set its options, when they are read. */
  readonly commandLine?: CommandLine;
  /** How its config splits into projects, each running its own files with its own options. */
  readonly projects?: RunnerProjects;
}

/** Projects of one config (jest `projects`, vitest `test.projects`): each has its own root, test files and options. */
export interface RunnerProjects {
  /** The option that lists them: paths or globs of project folders and config files, and inline project configs. */
  readonly option: string;
  /** Files that list them when the config does not, as their default export or JSON (vitest 3's `vitest.workspace.ts`). */
  readonly listFiles?: readonly string[];
  /** What a listed config file must be named, as a regular expression (vitest: `vitest.config.*`, `vite.e2e.config.*`); any file when absent. */
  readonly configFileName?: string;
  /** The option at the top of a config or inline project that sets its root, relative to the config's folder (jest `rootDir`, vitest `root`). */
  readonly rootOption: string;
  /** The option of an inline project that makes it inherit the config's own options (vitest `extends: true`); otherwise it inherits none. */
  readonly extendsOption?: string;
}

/**
 * Test-file entries read as paths: a glob as it is; a folder, whose files with one of the extensions are test files
 * (hidden files left out, sub-folders only when recursive); a file; or a path without its extension.
 */
export interface TestPaths {
  readonly extensionsOption: string;
  readonly defaultExtensions: readonly string[];
  readonly recursiveOption: string;
  /** Globs of files left out. */
  readonly ignoreOption: string;
  /** Files the runner loads before the test files, as test files of the same run (mocha `--file`). */
  readonly filesOption?: string;
}

/** A runner's command line, read from package.json scripts into the options its config file would state. */
export interface CommandLine {
  /** The option that positional arguments add to (mocha `spec`). */
  readonly positionalOption: string;
  /** Options that take a value (`--timeout 2000`); any other `--name` is a flag, and `--no-name` sets it false. */
  readonly valueOptions: readonly string[];
  /** Other spellings of options, on the command line and in config files (`r` for `require`). */
  readonly aliases: Readonly<Record<string, string>>;
  /** Options whose values add up, from the command line, the config file and package.json alike. */
  readonly listOptions: readonly string[];
  /** List options whose values are globs, so a comma in them is not a separator. */
  readonly globListOptions: readonly string[];
  /** The option naming the config file to read instead of the first of `configFiles` (false: none). */
  readonly configOption: string;
  /** The option naming the package.json to read the options key from (false: none). */
  readonly packageOption?: string;
}

/** The same outcome for many methods: `outcomes('promise', ['find', 'save'])`. */
export function outcomes<const O extends Outcome>(outcome: O, names: readonly string[]): Record<string, O> {
  return Object.fromEntries(names.map((name) => [name, outcome]));
}

type WrittenInKind<S> = S extends unknown
  ? | S[Extract<keyof S, 'call' | 'tag' | 'construct' | 'otherMethods' | 'otherProperties' | 'resolvesTo' | 'inRunningTest' | 'callbackContext'>]
    | ValueOf<S[Extract<keyof S, 'methods' | 'properties'>]>
  : never;
type ValueOf<R> = R extends unknown ? R[keyof R] : never;
type WrittenInLibrary<L> =
  | L[Extract<keyof L, 'moduleObject' | 'otherExports'>]
  | ValueOf<L[Extract<keyof L, 'exports' | 'types' | 'globals' | 'valueProperties'>]>
  | ValueOf<ValueOf<L[Extract<keyof L, 'moduleExports'>]>>
  | WrittenInKind<ValueOf<L[Extract<keyof L, 'kinds'>]>>;

/** The kind an outcome or kind reference names (`promise<Transaction>`: `Transaction`); none for a plain one. */
type NamedKind<T> = 0 extends 1 & T ? never : T extends 'value' | 'promise' | 'lazy' ? never : T extends `${'promise' | 'lazy'}<${infer K}>` ? K : T;

// A name typed only as a pattern (a helper's `self: KindName`) cannot be checked: `{}` satisfies a record of its keys.
type Unresolved<K, L extends LibraryKnowledge, All extends LibraryKnowledge> = K extends unknown
  ? {} extends Record<K & string, 1>
    ? never
    : UnresolvedName<K, L, All>
  : never;
type UnresolvedName<K, L extends LibraryKnowledge, All extends LibraryKnowledge> = K extends `${infer Name}.${infer Kind}`
  ? [Extract<All, { readonly name: Name }>] extends [never]
    ? K
    : Kind extends keyof Extract<All, { readonly name: Name }>['kinds']
      ? never
      : K
  : K extends keyof L['kinds']
    ? never
    : K;

/**
 * The kind names that libraries write (in outcomes, properties, exports) but that name no kind: `'Promise<Row>'`
 * or `'promise<Trasaction>'`, which the template-literal `Outcome` cannot catch by itself.
 */
export type UnresolvedKindNames<All extends LibraryKnowledge> = UnresolvedIn<All, All>;
type UnresolvedIn<L extends LibraryKnowledge, All extends LibraryKnowledge> = L extends unknown
  ? Unresolved<NamedKind<WrittenInLibrary<L>>, L, All>
  : never;
