/**
 * The project around a test file, read the way its runner reads it, statically: which runner runs the file (the
 * runners its package.json installs or its scripts run, narrowed to those whose config, or default, test-file patterns
 * cover the file) and what that runner's config says about undoing overrides after every test. Nothing of the
 * project is ever run. A file whose project does not say, or says more than one runner, gets no runner from here.
 */
import path from 'node:path';
import { frameworks, runnerOf, type Framework, type RunnerSetting } from '../knowledge';
import type { RunnerProject, RunnerProjects, TestPaths } from '../knowledge/types';
import { invocationsOf, listOf, mergeOptions, optionsOfArguments } from './command-line';
import { exists, pathKind, readJson, readText, recheckAfterMs } from './files';
import { isGlob, matcherOf, normalEntry, relativePath } from './paths';
import { projectListOf, projectsFor, type ProjectList } from './projects';
import { unreadOf, type ProjectRunner, type Unread } from './unread';
import { handlesUnhandledRejections, rootHookUndos as readRootHookUndos } from './setup-files';
import { readConfigFile, type ConfigObject, type ConfigValue } from './static-config';

export interface ProjectFacts {
  /** The runner that runs the file, when exactly one of the project's runners covers it. */
  readonly framework?: Framework;
  /** That runner's options that undo overrides after every test (`restoreMocks: true`). */
  readonly autoUndo: Readonly<Partial<Record<RunnerSetting, boolean>>>;
  /** Whether that runner isolates test files, when its config says otherwise than the runner's default. */
  readonly isolatesFiles?: boolean;
  /** What the setup files' root hooks undo around every test, as `library#method` (`sinon#restore`). */
  readonly rootHookUndos: ReadonlySet<string>;
  /** The files the facts were read from, for a reader asking why: package.json, the runner config, setup files. */
  readonly readFrom: readonly string[];
  /** The runner config file read, when there is one (the one that lists the projects, when it lists them). */
  readonly config?: string;
  /**
   * What the config computes at run time, so that the facts leave it to the file (only when there is some): for the
   * runner of the file, what its config computes; for a file whose runner could not be told, what every runner's does.
   */
  readonly unread?: readonly Unread[];
  /** The runner's options end the process when the run is over, open handles or not (mocha `--exit`). */
  readonly forcesExit?: boolean;
  /** A setup file registers a handler for unhandled rejections (`process.on('unhandledRejection', …)`). */
  readonly handlesUnhandledRejections?: boolean;
  /** The package's runners, by configs that list their test files, take none of them for this file: it never runs. */
  readonly runByNone?: boolean;
}

const noFacts: ProjectFacts = { autoUndo: {}, rootHookUndos: new Set(), readFrom: [] };
const noOptions: ConfigObject = Object.freeze({});

/**
 * How many package.json files, from the file's folder up, can speak for it: its package's, folders that only set
 * `"type"` (`test/package.json`), and its workspace root's.
 */
const packageFoldersLimit = 5;

export function projectFactsOf(filename: string): ProjectFacts {
  if (!path.isAbsolute(filename)) return noFacts;
  for (const folder of packageFolders(path.dirname(filename))) {
    const read = readJson(path.join(folder, 'package.json'));
    if (typeof read !== 'object' || read === null) continue;
    const packageJson = read as PackageJson;
    const used = runnersUsedBy(packageJson);
    if (used.length === 0) {
      // A package that runs its tests with a runner not modelled here (`tap`, `ava`) speaks for its files: its
      // workspace root's runner does not run them.
      if (Object.keys(objectOrEmpty(packageJson.scripts)).some((name) => name === 'test' || name.startsWith('test:'))) return noFacts;
      continue;
    }
    const runsByRunner = used.map((runner) => ({
      runner,
      runs: runsOf(folder, runner, packageJson).flatMap((run) => projectRunsOf(run, runner, filename)),
    }));
    const covering = runsByRunner.flatMap(({ runner, runs }) => {
      const taking = runs.filter((run) => covers(run, runner.project, filename));
      return taking.length === 0 ? [] : [{ runner, runs: taking }];
    });
    if (covering.length === 0) {
      const runs = runsByRunner.flatMap(({ runs }) => runs);
      return statesItsTestFiles(runsByRunner)
        ? { ...noFacts, runByNone: true, readFrom: runs.flatMap((run) => run.files) }
        : withUnread(noFacts, runs);
    }
    if (covering.length !== 1) return noFacts;
    const [{ runner, runs }] = covering as [{ runner: ProjectRunner; runs: RunnerConfigReading[] }];
    return withUnread(factsOf(folder, runner, runs), runs);
  }
  return noFacts;
}

/**
 * The facts of the runs of a runner that take a file (mocha run by two scripts): reported leaks must happen in every
 * run, so an undo that one of them makes counts, and files share state only when none of them isolates them.
 */
function factsOf(folder: string, runner: ProjectRunner, runs: readonly RunnerConfigReading[]): ProjectFacts {
  const autoUndo: Partial<Record<RunnerSetting, boolean>> = {};
  for (const option of runner.autoUndoOptions) {
    const values = runs.map((run) => run.options[option]);
    if (values.includes(true)) autoUndo[option] = true;
    else if (values.includes(false)) autoUndo[option] = false;
  }
  const setupFiles = runs.flatMap((run) => setupFilesOf(run.folder, runner, run.options));
  const rootHookUndos = new Set(setupFiles.flatMap(({ text }) => [...readRootHookUndos(text)]));
  const readFrom = [...new Set([path.join(folder, 'package.json'), ...runs.flatMap((run) => run.files), ...setupFiles.map(({ file }) => file)])];
  const isolationOff = runner.project.isolationOff;
  const shared = isolationOff !== undefined && runs.every((run) => run.options[isolationOff.option] === isolationOff.value);
  const config = runs.find((run) => run.files.length > 0)?.files[0];
  const forceExit = runner.project.forceExitOption;
  const forcesExit = forceExit !== undefined && runs.every((run) => run.options[forceExit] === true);
  const handlesRejections = setupFiles.some(({ text }) => handlesUnhandledRejections(text));
  return {
    framework: runner.framework,
    autoUndo,
    rootHookUndos,
    readFrom,
    ...(config === undefined ? {} : { config }),
    ...(shared ? { isolatesFiles: false } : {}),
    ...(forcesExit ? { forcesExit } : {}),
    ...(handlesRejections ? { handlesUnhandledRejections: true } : {}),
  };
}

/**
 * Every runner of the package runs by a config, read whole, that lists its test files: a file none of them takes is
 * one the package never runs (vitest's `include` leaves out `*.test-d.ts`). Defaults and computed configs prove nothing.
 */
function statesItsTestFiles(runsByRunner: readonly { runner: ProjectRunner; runs: readonly RunnerConfigReading[] }[]): boolean {
  return runsByRunner.every(
    ({ runner, runs }) =>
      runs.length > 0 && runs.every((run) => run.files.length > 0 && run.unread.length === 0 && run.testFiles !== runner.project.defaultTestFiles),
  );
}

function withUnread(facts: ProjectFacts, runs: readonly RunnerConfigReading[]): ProjectFacts {
  const seen = new Set<string>();
  const unread = runs.flatMap((run) => run.unread).filter((item) => !seen.has(JSON.stringify(item)) && seen.add(JSON.stringify(item)));
  return unread.length === 0 ? facts : { ...facts, unread };
}

const setupFileExtensions = ['', '.js', '.ts', '.mjs', '.cjs', '.mts', '.cts'];

/** The project's own setup files the runner's options list, with their text (packages such as `ts-node/register` are left out). */
function setupFilesOf(folder: string, runner: ProjectRunner, options: ConfigObject): { file: string; text: string }[] {
  const listed = runner.project.setupFilesOptions.flatMap((option) => {
    const value = options[option];
    return typeof value === 'string' ? [value] : (stringList(value) ?? []);
  });
  return listed.flatMap((given) => {
    const relative = given.replace(/^<rootDir>\//, '');
    for (const extension of setupFileExtensions) {
      const file = path.resolve(folder, relative + extension);
      if (!file.startsWith(folder + path.sep)) return [];
      const text = readText(file);
      if (text !== undefined) return [{ file, text }];
    }
    return [];
  });
}

interface PackageJson {
  readonly dependencies?: Record<string, unknown>;
  readonly devDependencies?: Record<string, unknown>;
  readonly scripts?: Record<string, unknown>;
  readonly [key: string]: unknown;
}

/** From the file's folder up to the repository's root (a folder with `.git`), the folders that hold a package.json. */
function packageFolders(start: string): string[] {
  const found: string[] = [];
  for (let folder = start; found.length < packageFoldersLimit; folder = path.dirname(folder)) {
    if (exists(path.join(folder, 'package.json'))) found.push(folder);
    if (exists(path.join(folder, '.git')) || path.dirname(folder) === folder || path.basename(folder) === 'node_modules') break;
  }
  return found;
}

const projectRunners: readonly ProjectRunner[] = frameworks
  .map((framework) => runnerOf(framework)!)
  .filter((runner): runner is ProjectRunner => runner.project !== undefined);

/** Per package.json value (the same object while its text does not change): the runners it uses. */
const runnersByPackage = new WeakMap<PackageJson, ProjectRunner[]>();

function runnersUsedBy(packageJson: PackageJson): ProjectRunner[] {
  let used = runnersByPackage.get(packageJson);
  if (used === undefined) {
    used = findRunnersUsedBy(packageJson);
    runnersByPackage.set(packageJson, used);
  }
  return used;
}

function findRunnersUsedBy(packageJson: PackageJson): ProjectRunner[] {
  const dependencies = { ...objectOrEmpty(packageJson.dependencies), ...objectOrEmpty(packageJson.devDependencies) };
  const scripts = scriptsOf(packageJson);
  return projectRunners.filter(
    ({ project }) => project.packages.some((name) => Object.hasOwn(dependencies, name)) || invocationsOf(scripts, project.command).length > 0,
  );
}

/** The value when it is an object, else one shared empty object (so that caches keyed by it stay hits). */
function objectOrEmpty(value: unknown): Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : noOptions;
}

/** One way the runner runs the package's tests: a config (and, for mocha, a script's command line) and the files it takes. */
interface RunnerConfigReading {
  /** The folder its test-file patterns and setup files are relative to. */
  readonly folder: string;
  /** The config files read for it: the runner's config, and the project's own when the config lists projects. */
  readonly files: readonly string[];
  /** The runner's options as the file states them. */
  readonly options: ConfigObject;
  readonly testFiles: readonly string[] | RegExp;
  /** What its config files or its script compute, which the options leave out. */
  readonly unread: readonly Unread[];
}

const runsCache = new Map<string, { checkedAt: number; packageJson: PackageJson; runs: readonly RunnerConfigReading[] }>();

/** The runs of a runner in a package, read again only when package.json changes or a second has passed (as its files are). */
function runsOf(folder: string, runner: ProjectRunner, packageJson: PackageJson): readonly RunnerConfigReading[] {
  const key = `${folder}\0${runner.framework}`;
  const now = Date.now();
  const cached = runsCache.get(key);
  if (cached !== undefined && cached.packageJson === packageJson && now - cached.checkedAt < recheckAfterMs) return cached.runs;
  const runs = readRunnerConfig(folder, runner, packageJson);
  runsCache.set(key, { checkedAt: now, packageJson, runs });
  return runs;
}

/**
 * The runs of a runner in a package: one per script that runs it with the arguments it gives (when the runner's
 * command line is read), else one, from its config file or package.json key.
 */
function readRunnerConfig(folder: string, runner: ProjectRunner, packageJson: PackageJson): RunnerConfigReading[] {
  const { project } = runner;
  const { commandLine } = project;
  if (commandLine === undefined) return [readRun(folder, runner, packageJson, noOptions)];
  const invocations = Object.entries(objectOrEmpty(packageJson.scripts)).flatMap(([name, script]) =>
    typeof script === 'string' ? invocationsOf([script], project.command).map((invocation) => ({ name, ...invocation })) : [],
  );
  // A package that installs the runner but runs it from no script runs it bare (`npx mocha`).
  if (invocations.length === 0) return [readRun(folder, runner, packageJson, noOptions)];
  return invocations.map((invocation) =>
    // Arguments the shell computes (`mocha $(find test -name '*.js')`) say nothing readable about the files: that run takes none.
    invocation.computed
      ? {
          folder,
          files: [],
          options: noOptions,
          testFiles: [],
          unread: [{ file: path.join(folder, 'package.json'), options: [`scripts.${invocation.name}`] }],
        }
      : readRun(folder, runner, packageJson, optionsOfArguments(invocation.arguments, commandLine)),
  );
}

function readRun(folder: string, runner: ProjectRunner, packageJson: PackageJson, commandOptions: ConfigObject): RunnerConfigReading {
  const { project } = runner;
  const { commandLine } = project;
  const named = commandLine === undefined ? undefined : commandOptions[commandLine.configOption];
  let files: string[] = [];
  let config: ConfigObject | undefined;
  let unread: Unread[] = [];
  // `--config <file>` reads that file; `--no-config`, none.
  const candidates = typeof named === 'string' ? [named] : named === false ? [] : project.configFiles;
  for (const name of candidates) {
    const candidate = path.resolve(folder, name);
    const reading = readConfigFile(candidate);
    if (reading === undefined) continue;
    files = [candidate];
    config = objectOrEmpty(reading.value) as ConfigObject;
    unread = unreadOf(candidate, reading, runner);
    break;
  }
  const fromPackage =
    project.packageJsonKey !== undefined && (config === undefined || project.mergesPackageJsonKey === true)
      ? packageJsonOptions(folder, project, packageJson, commandOptions)
      : undefined;
  const options =
    commandLine === undefined
      ? (((project.optionsKey === undefined ? (config ?? fromPackage) : objectOrEmpty((config ?? fromPackage)?.[project.optionsKey])) as
          ConfigObject | undefined) ?? noOptions)
      : mergeOptions([commandOptions, config ?? noOptions, fromPackage ?? noOptions], commandLine);
  // jest's `rootDir`, vite's `root`: the folder its patterns are relative to.
  const root = project.projects === undefined ? undefined : config?.[project.projects.rootOption];
  const runFolder = typeof root === 'string' ? path.resolve(folder, normalEntry(root)) : folder;
  return { folder: runFolder, files, options, testFiles: testFilesOf(options, project), unread };
}

/**
 * A run's projects whose root could hold the file, each a run of its own; the run itself when its config lists none.
 * A list the config computes says neither which project runs the file nor with what options: the run then keeps the
 * runner's default test files and states no options.
 */
function projectRunsOf(run: RunnerConfigReading, runner: ProjectRunner, filename: string): RunnerConfigReading[] {
  const { project } = runner;
  const { projects } = project;
  if (projects === undefined) return [run];
  const computed = run.unread.some(({ options }) => options.some((option) => option.split('.').at(-1) === projects.option));
  const list = computed ? { file: undefined, entries: undefined } : projectListOfRun(run, projects);
  if (list === undefined) return [run];
  if (list.entries === undefined) {
    const listFile = list.file === undefined ? [] : [list.file];
    return [
      {
        ...run,
        files: [...run.files, ...listFile],
        options: noOptions,
        testFiles: project.defaultTestFiles,
        unread: [...run.unread, ...listFile.map((file) => ({ file, options: [] }))],
      },
    ];
  }
  const entries = list.entries;
  return projectsFor({ ...list, entries }, run.folder, run.options, project as RunnerProject & { projects: RunnerProjects }, filename).map(
    (listed) => {
      const reading = listed.config === undefined ? undefined : readConfigFile(listed.config);
      return {
        folder: listed.folder,
        files: [...run.files, ...listed.files],
        options: listed.options,
        testFiles: testFilesOf(listed.options, project),
        unread: [...run.unread, ...(reading === undefined ? [] : unreadOf(listed.config!, reading, runner))],
      };
    },
  );
}

const projectLists = new WeakMap<RunnerConfigReading, ProjectList | undefined>();

/** The projects a run's config lists, once per run (a run is kept while its files do not change). */
function projectListOfRun(run: RunnerConfigReading, projects: RunnerProjects): ProjectList | undefined {
  if (!projectLists.has(run)) projectLists.set(run, projectListOf(run.options, run.folder, projects));
  return projectLists.get(run);
}

/** The options under the runner's package.json key: the package's own, or (mocha `--package <file>`) another's; `--no-package`, none. */
function packageJsonOptions(
  folder: string,
  project: RunnerProject,
  packageJson: PackageJson,
  commandOptions: ConfigObject,
): ConfigObject | undefined {
  const option = project.commandLine?.packageOption;
  const named = option === undefined ? undefined : commandOptions[option];
  if (named === false) return undefined;
  const source = typeof named === 'string' ? objectOrEmpty(readJson(path.resolve(folder, named))) : packageJson;
  const options = source[project.packageJsonKey!];
  return options === undefined ? undefined : (objectOrEmpty(options) as ConfigObject);
}

function scriptsOf(packageJson: PackageJson): string[] {
  return Object.values(objectOrEmpty(packageJson.scripts)).filter((script): script is string => typeof script === 'string');
}

/** Per options object (kept while the config's text does not change) and runner: the test-file patterns it gives. */
const testFilesByOptions = new WeakMap<ConfigObject, Map<RunnerProject, readonly string[] | RegExp>>();

function testFilesOf(options: ConfigObject, project: RunnerProject): readonly string[] | RegExp {
  let byRunner = testFilesByOptions.get(options);
  if (byRunner === undefined) testFilesByOptions.set(options, (byRunner = new Map()));
  let testFiles = byRunner.get(project);
  if (testFiles === undefined) {
    testFiles = findTestFiles(options, project);
    byRunner.set(project, testFiles);
  }
  return testFiles;
}

function findTestFiles(options: ConfigObject, project: RunnerProject): readonly string[] | RegExp {
  // jest's alternative to testMatch.
  const testRegex = options.testRegex;
  if (typeof testRegex === 'string') {
    try {
      return new RegExp(testRegex);
    } catch {
      return project.defaultTestFiles;
    }
  }
  // Several options (Cypress `e2e.specPattern` and `component.specPattern`): the files of those set.
  const lists = [project.testFilesOption].flat().map((option) => {
    const listed = option.split('.').reduce<unknown>((value, key) => objectOrEmpty(value)[key], options) as ConfigValue | undefined;
    return typeof listed === 'string' ? [listed] : stringList(listed);
  });
  return lists.some((globs) => globs !== undefined) ? lists.flatMap((globs) => globs ?? []) : project.defaultTestFiles;
}

function stringList(value: ConfigValue | undefined): string[] | undefined {
  return Array.isArray(value) && value.every((item) => typeof item === 'string') ? (value as string[]) : undefined;
}

/** The file last asked about, and its path relative to each run's folder: a package's runs mostly share one folder. */
let relativeFile: string | undefined;
const relativeByFolder = new Map<string, string>();

function relativeTo(folder: string, filename: string): string {
  if (filename !== relativeFile) {
    relativeFile = filename;
    relativeByFolder.clear();
  }
  let relative = relativeByFolder.get(folder);
  if (relative === undefined) {
    relative = relativePath(folder, filename);
    relativeByFolder.set(folder, relative);
  }
  return relative;
}

/** Whether the runner's test-file patterns, relative to the config's folder, take the file. */
function covers(reading: RunnerConfigReading, project: RunnerProject, filename: string): boolean {
  const relative = relativeTo(reading.folder, filename);
  if (relative.startsWith('../') || relative.split('/').includes('node_modules')) return false;
  if (reading.testFiles instanceof RegExp) return reading.testFiles.test(relative);
  if (project.testPaths !== undefined) return takenByPaths(reading, project.testPaths, relative);
  // jest writes `<rootDir>/…`; globs may start with `./`.
  return reading.testFiles.some((glob) => matcherOf(normalEntry(glob), true)(relative));
}

/**
 * Whether test-file entries read as paths take the file, as mocha 12 looks them up (checked): a glob as it is (hidden
 * files left out); a folder, whose files with one of the extensions it takes (sub-folders only when recursive, hidden
 * files never); a file; a path without its extension. Ignored globs take nothing; `--file` files are part of the run.
 */
function takenByPaths(reading: RunnerConfigReading, paths: TestPaths, relative: string): boolean {
  const { options } = reading;
  if (listOf(options[paths.ignoreOption]).some((glob) => matcherOf(normalEntry(glob), false)(relative))) return false;
  if (paths.filesOption !== undefined && listOf(options[paths.filesOption]).some((file) => normalEntry(file) === relative)) return true;
  const listed = listOf(options[paths.extensionsOption]);
  const extensions = (listed.length > 0 ? listed : paths.defaultExtensions).map((extension) => `.${extension.replace(/^\./, '')}`);
  const recursive = options[paths.recursiveOption] === true;
  return (reading.testFiles as readonly string[]).some((given) => {
    const entry = normalEntry(given);
    if (isGlob(entry)) return matcherOf(entry, false)(relative);
    const kind = pathKind(path.resolve(reading.folder, entry));
    if (kind === 'file') return relative === entry;
    if (kind === undefined) return extensions.some((extension) => relative === entry + extension);
    const inside = entry === '' ? relative : relative.startsWith(`${entry}/`) ? relative.slice(entry.length + 1) : undefined;
    if (inside === undefined || (!recursive && inside.includes('/'))) return false;
    return !path.posix.basename(inside).startsWith('.') && extensions.some((extension) => inside.endsWith(extension));
  });
}
