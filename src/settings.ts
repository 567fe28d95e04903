/**
 * The plugin's shared settings, `settings['async-test']`, validated once per settings object.
 * ESLint does not validate shared settings, so a malformed value is answered here with one clear error.
 */
import { frameworks, Knowledge, runnerOf, type Framework, type RunnerSetting } from './knowledge';
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

export class SettingsError extends Error {
  constructor(detail: string) {
    super(`eslint-plugin-async-test: settings['async-test']${detail}`);
    this.name = 'SettingsError';
  }
}

export function readSettings(settings: Readonly<Record<string, unknown>> | undefined): AsyncTestSettings {
  const raw = settings?.['async-test'];
  if (raw === undefined) return empty;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new SettingsError(' must be an object.');
  let parsed = cache.get(raw);
  if (parsed === undefined) {
    parsed = parseSettings(raw as Record<string, unknown>);
    cache.set(raw, parsed);
  }
  return parsed;
}

function parseSettings(raw: Record<string, unknown>): AsyncTestSettings {
  const { framework, asyncFunctions = [], runnerConfig = {}, libraries = [] } = raw;
  if (framework !== undefined && !frameworks.includes(framework as Framework)) {
    throw new SettingsError(`.framework must be one of ${frameworks.map((name) => `"${name}"`).join(', ')}; got ${JSON.stringify(framework)}.`);
  }
  if (!Array.isArray(asyncFunctions)) throw new SettingsError('.asyncFunctions must be an array.');
  if (!Array.isArray(libraries)) throw new SettingsError('.libraries must be an array of library descriptions.');
  return {
    framework: framework as Framework | undefined,
    asyncFunctions: asyncFunctions.map((entry: unknown, index) => parseAsyncFunction(entry, index)),
    runnerConfig: parseRunnerConfig(runnerConfig),
    knowledge: new Knowledge(libraries.map((entry: unknown, index) => parseLibrary(entry, index))),
  };
}

function parseAsyncFunction(entry: unknown, index: number): AsyncFunctionSetting {
  if (typeof entry === 'string' && entry.length > 0) return { name: entry };
  if (typeof entry === 'object' && entry !== null) {
    const { name, module } = entry as Record<string, unknown>;
    if (typeof name === 'string' && name.length > 0 && (module === undefined || typeof module === 'string')) {
      return module === undefined ? { name } : { name, module };
    }
  }
  throw new SettingsError(
    `.asyncFunctions[${index}] must be a callee name such as "seedDatabase" or an object { name, module? }; got ${JSON.stringify(entry)}.`,
  );
}

function parseLibrary(entry: unknown, index: number) {
  try {
    return readUserLibrary(entry, `.libraries[${index}]`);
  } catch (error) {
    if (error instanceof LibraryFormatError) throw new SettingsError(error.message);
    throw error;
  }
}

function parseRunnerConfig(raw: unknown): Partial<Record<RunnerSetting, boolean>> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new SettingsError(`.runnerConfig must be an object such as { "restoreMocks": true }; got ${JSON.stringify(raw)}.`);
  }
  const parsed: Partial<Record<RunnerSetting, boolean>> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!runnerSettings.includes(key as RunnerSetting) || typeof value !== 'boolean') {
      throw new SettingsError(`.runnerConfig.${key} is not one of ${runnerSettings.join(', ')} with a boolean value.`);
    }
    parsed[key as RunnerSetting] = value;
  }
  return parsed;
}
