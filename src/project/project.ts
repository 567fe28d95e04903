/**
 * The project around a test file, read the way its runner reads it, statically: which runner runs the file (the
 * runners its package.json installs or its scripts run, narrowed to those whose config, or default, test-file patterns
 * cover the file) and what that runner's config says about undoing overrides after every test. Nothing of the
 * project is ever run. A file whose project does not say, or says more than one runner, gets no runner from here.
 */
import path from 'node:path';
import picomatch from 'picomatch';
import { frameworks, runnerOf, type Framework, type Runner, type RunnerSetting } from '../knowledge';
import type { RunnerProject } from '../knowledge/types';
import { exists, readJson, readText } from './files';
import { rootHookUndos as readRootHookUndos } from './setup-files';
import { readConfigModule, type ConfigObject, type ConfigValue } from './static-config';

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
    const covering = used.flatMap((runner) => {
      const reading = readRunnerConfig(folder, runner, packageJson);
      return covers(reading, folder, filename) ? [{ runner, reading }] : [];
    });
    if (covering.length !== 1) return noFacts;
    const [{ runner, reading }] = covering as [{ runner: ProjectRunner; reading: RunnerConfigReading }];
    const autoUndo: Partial<Record<RunnerSetting, boolean>> = {};
    for (const option of runner.autoUndoOptions) {
      const value = reading.options[option];
      if (typeof value === 'boolean') autoUndo[option] = value;
    }
    const setupFiles = setupFilesOf(folder, runner, reading.options);
    const rootHookUndos = new Set(setupFiles.flatMap(({ text }) => [...readRootHookUndos(text)]));
    const readFrom = [
      path.join(folder, 'package.json'),
      ...(reading.file === undefined ? [] : [reading.file]),
      ...setupFiles.map(({ file }) => file),
    ];
    const isolationOff = runner.project.isolationOff;
    const isolation = isolationOff !== undefined && reading.options[isolationOff.option] === isolationOff.value ? { isolatesFiles: false } : {};
    return { framework: runner.framework, autoUndo, rootHookUndos, readFrom, ...isolation };
  }
  return noFacts;
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

/** A runner that says how a project shows it. */
type ProjectRunner = Runner & { readonly project: RunnerProject };

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
  const scripts = Object.values(objectOrEmpty(packageJson.scripts)).filter((script): script is string => typeof script === 'string');
  return projectRunners.filter(
    ({ project }) =>
      project.packages.some((name) => Object.hasOwn(dependencies, name)) || scripts.some((script) => runsCommand(script, project.command)),
  );
}

/** Whether a script runs the command: `vitest run`, `cross-env CI=1 jest`, `npx mocha`, not `vitest-browser`. */
function runsCommand(script: string, command: string): boolean {
  return new RegExp(`(^|[\\s;&|/(])${command.replace(' ', '\\s+')}($|[\\s;&|)])`).test(script);
}

/** The value when it is an object, else one shared empty object (so that caches keyed by it stay hits). */
function objectOrEmpty(value: unknown): Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : noOptions;
}

interface RunnerConfigReading {
  /** The config file read, if any. */
  readonly file?: string;
  /** The runner's options as the file states them. */
  readonly options: ConfigObject;
  readonly testFiles: readonly string[] | RegExp;
}

function readRunnerConfig(folder: string, runner: ProjectRunner, packageJson: PackageJson): RunnerConfigReading {
  const { project } = runner;
  let file: string | undefined;
  let config: ConfigObject | undefined;
  for (const name of project.configFiles) {
    const candidate = path.join(folder, name);
    const text = readText(candidate);
    if (text === undefined) continue;
    file = candidate;
    config = name.endsWith('.json') ? (objectOrEmpty(readJson(candidate)) as ConfigObject) : (readConfigModule(text) ?? noOptions);
    break;
  }
  if (config === undefined && project.packageJsonKey !== undefined) config = objectOrEmpty(packageJson[project.packageJsonKey]) as ConfigObject;
  const options =
    ((project.optionsKey === undefined ? config : objectOrEmpty(config?.[project.optionsKey])) as ConfigObject | undefined) ?? noOptions;
  return { file, options, testFiles: testFilesOf(options, project) };
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

const matchers = new Map<string, (file: string) => boolean>();

/** Whether the runner's test-file patterns, relative to the config's folder, take the file. */
function covers(reading: RunnerConfigReading, folder: string, filename: string): boolean {
  const relative = path.relative(folder, filename).split(path.sep).join('/');
  if (relative.startsWith('../') || relative.split('/').includes('node_modules')) return false;
  if (reading.testFiles instanceof RegExp) return reading.testFiles.test(relative);
  return reading.testFiles.some((glob) => {
    // jest writes `<rootDir>/…`; globs may start with `./`.
    const pattern = glob.replace(/^<rootDir>\//, '').replace(/^\.\//, '');
    let matcher = matchers.get(pattern);
    if (matcher === undefined) {
      matcher = picomatch(pattern, { dot: true });
      matchers.set(pattern, matcher);
    }
    return matcher(relative);
  });
}
