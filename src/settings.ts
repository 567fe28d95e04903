/**
 * The plugin's shared settings, `settings['async-test']`, validated once per settings object.
 * ESLint does not validate shared settings, so a malformed value is answered here with one clear error.
 */
import { frameworks, Knowledge, runnerOf, type Framework, type RunnerSetting } from './knowledge';
import { allowOnly, didYouMean, fail, record } from './knowledge/kind-schema';
import { LibraryFormatError, readUserLibrary } from './knowledge/user-libraries';

export interface AsyncFunctionSetting {
  /** The callee as written, dotted for members: `seedDatabase`, `api.post`. */
  readonly name: string;
  /** When set, the callee's root must be imported from this module. */
  readonly module?: string;
}

export interface AsyncTestSettings {
  readonly framework?: Framework;
  readonly asyncFunctions: readonly AsyncFunctionSetting[];
  /** The runner options that undo overrides after every test (`restoreMocks: true` in vitest or jest config). */
  readonly runnerConfig: Readonly<Partial<Record<RunnerSetting, boolean>>>;
  /** The built-in library knowledge with the user's `libraries` in front. */
  readonly knowledge: Knowledge;
}

const cache = new WeakMap<object, AsyncTestSettings>();
const empty: AsyncTestSettings = { asyncFunctions: [], runnerConfig: {}, knowledge: new Knowledge([]) };
/** Every runner's auto-undo options, in the order the runners list them. */
const runnerSettings: readonly RunnerSetting[] = [...new Set(frameworks.flatMap((framework) => runnerOf(framework)!.autoUndoOptions))];

/** The settings, in the order messages list them. */
const settingNames = ['framework', 'asyncFunctions', 'runnerConfig', 'libraries'];

/**
 * ESLint does not validate shared settings: a mistake here is found while the first rule is created, and ESLint then
 * puts "Error while loading rule '<that rule>':" before the message. The message names the setting, and the stack,
 * which is what the `eslint` command prints, starts with the message as written here rather than with that rule.
 */
export class SettingsError extends Error {
  constructor(detail: string) {
    super(`eslint-plugin-async-test: settings['async-test']${detail}`);
    this.name = 'SettingsError';
    const frames = (this.stack ?? '').split('\n').slice(1);
    Object.defineProperty(this, 'stack', { value: [this.message, ...frames].join('\n'), writable: true, configurable: true });
  }
}

export function readSettings(settings: Readonly<Record<string, unknown>> | undefined): AsyncTestSettings {
  const raw = settings?.['async-test'];
  if (raw === undefined) return empty;
  let parsed = typeof raw === 'object' && raw !== null ? cache.get(raw) : undefined;
  if (parsed === undefined) {
    try {
      parsed = parseSettings(record(raw, '', 'an object such as { framework: "jest" }'));
    } catch (error) {
      if (error instanceof LibraryFormatError) throw new SettingsError(error.message);
      throw error;
    }
    cache.set(raw as object, parsed);
  }
  return parsed;
}

function parseSettings(raw: Record<string, unknown>): AsyncTestSettings {
  const misplaced = Object.keys(raw).find((key) => runnerSettings.includes(key as RunnerSetting));
  if (misplaced !== undefined) {
    throw new LibraryFormatError(
      `.${misplaced} is not a setting: runner options go under runnerConfig, as in { runnerConfig: { ${misplaced}: true } }.`,
    );
  }
  allowOnly(raw, settingNames, '', 'a setting');
  const { framework, asyncFunctions = [], runnerConfig = {}, libraries = [] } = raw;
  if (framework !== undefined && !frameworks.includes(framework as Framework)) {
    const names = frameworks.map((name) => `"${name}"`).join(', ');
    fail('.framework', `one of ${names}`, framework, typeof framework === 'string' ? didYouMean(framework, frameworks) : '');
  }
  if (!Array.isArray(asyncFunctions))
    fail('.asyncFunctions', 'an array of callee names ("seedDatabase") or { name, module } objects', asyncFunctions);
  if (!Array.isArray(libraries)) fail('.libraries', 'an array of library descriptions', libraries);
  return {
    framework: framework as Framework | undefined,
    asyncFunctions: asyncFunctions.map((entry: unknown, index) => parseAsyncFunction(entry, `.asyncFunctions[${index}]`)),
    runnerConfig: parseRunnerConfig(runnerConfig),
    knowledge: new Knowledge(libraries.map((entry: unknown, index) => readUserLibrary(entry, `.libraries[${index}]`))),
  };
}

function parseAsyncFunction(entry: unknown, at: string): AsyncFunctionSetting {
  if (typeof entry === 'string' && entry.length > 0) return { name: entry };
  const described = record(entry, at, 'a callee name such as "seedDatabase" or an object { name, module? }');
  allowOnly(described, ['name', 'module'], at, 'a field of an async function');
  const { name, module } = described;
  if (typeof name !== 'string' || name.length === 0) fail(`${at}.name`, 'a callee name such as "seedDatabase" or "api.post"', name);
  if (module === undefined) return { name };
  if (typeof module !== 'string' || module.length === 0) fail(`${at}.module`, 'a module name such as "./helpers/api.js"', module);
  return { name, module };
}

function parseRunnerConfig(raw: unknown): Partial<Record<RunnerSetting, boolean>> {
  const options = record(raw, '.runnerConfig', 'an object such as { restoreMocks: true }');
  allowOnly(options, runnerSettings, '.runnerConfig', 'a runner option the plugin reads');
  const parsed: Partial<Record<RunnerSetting, boolean>> = {};
  for (const [key, value] of Object.entries(options)) {
    if (typeof value !== 'boolean') fail(`.runnerConfig.${key}`, 'true or false', value);
    parsed[key as RunnerSetting] = value;
  }
  return parsed;
}
