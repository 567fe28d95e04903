/**
 * `async-test-lint`: lints the test files under the given paths with the `recommended` preset, ignoring any ESLint
 * config of the user's. Returns the exit code: 0 clean, 1 errors (or too many warnings), 2 bad usage or a crash.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { convertIgnorePatternToMinimatch } from '@eslint/compat';
import { ESLint, type Linter } from 'eslint';
import plugin from '../index';
import { frameworks, type Framework } from '../knowledge';
import { projectFactsOf } from '../project/project';
import { cliConfig } from './config';
import { formatSarif } from './sarif';

export interface CliIO {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly cwd: string;
}

const command = 'async-test-lint';
const formats = ['stylish', 'json', 'sarif'] as const;
type Format = (typeof formats)[number];
/** Formats whose output is read by programs: notes go to stderr, so that stdout stays valid. */
const machineFormats: readonly Format[] = ['json', 'sarif'];

const help = `Usage: ${command} [paths…] [options]

Lints the test files under the given paths (default: .) for async mistakes, with the
recommended preset of eslint-plugin-async-test. Your own ESLint config is not read.
Test files are *.test.*, *.spec.*, *.cy.* and the scripts under __tests__/, test/, tests/ and e2e/.

Options:
  --fix                 write the fixes to the files
  --format <name>       stylish (default), json, or sarif (SARIF 2.1.0, for code scanning)
  --framework <name>    the runner of files that neither import one nor use its globals, and
                        whose project does not say: ${frameworks.join(', ')}
  --ignore-pattern <glob>
                        also skip the files matching the glob (may be given more than once);
                        the patterns of the .gitignore at the project root are skipped too, and so
                        are node_modules/, dist/, coverage/, .cache/ and the root's build/
  --max-warnings <n>    exit with code 1 when there are more than n warnings; every check is an
                        error, so the warnings are the eslint-disable comments for this plugin's
                        rules that suppress nothing (--max-warnings 0 fails on a stale one)
  -h, --help            show this help
  -v, --version         show the version

Exit codes: 0 no errors, 1 errors or too many warnings, 2 bad usage or a crash.
`;

interface Options {
  readonly paths: string[];
  readonly fix: boolean;
  readonly format: Format;
  readonly maxWarnings: number | undefined;
  readonly framework: Framework | undefined;
  readonly ignorePatterns: readonly string[];
  readonly help: boolean;
  readonly version: boolean;
}

export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    const options = parseOptions(argv);
    if (options.help) {
      io.stdout.write(help);
      return 0;
    }
    if (options.version) {
      io.stdout.write(`${plugin.meta.version}\n`);
      return 0;
    }
    return await lint(options, io);
  } catch (error) {
    // Bad usage and crashes alike: one line on stderr, exit code 2.
    io.stderr.write(`${command}: ${error instanceof Error ? firstLine(error.message) : String(error)}\n`);
    return 2;
  }
}

function parseOptions(argv: readonly string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: true,
      options: {
        fix: { type: 'boolean', default: false },
        format: { type: 'string', default: 'stylish' },
        'max-warnings': { type: 'string' },
        framework: { type: 'string' },
        'ignore-pattern': { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    throw new Error(describeParseError(error));
  }
  const { values, positionals } = parsed;
  const format = values.format;
  if (!isFormat(format)) throw new Error(`unknown format "${format}" (use ${formats.slice(0, -1).join(', ')} or ${formats.at(-1)})`);
  return {
    paths: positionals.length === 0 ? ['.'] : positionals,
    fix: values.fix,
    format,
    maxWarnings: values['max-warnings'] === undefined ? undefined : parseMaxWarnings(values['max-warnings']),
    framework: values.framework === undefined ? undefined : parseFramework(values.framework),
    ignorePatterns: values['ignore-pattern'] ?? [],
    help: values.help,
    version: values.version,
  };
}

/** node's messages are long and name no command; keep the part the user needs. */
function describeParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const unknown = /^Unknown option '([^']+)'/.exec(message);
  if (unknown !== null) return `unknown option ${unknown[1]} (see --help)`;
  // `--max-warnings -1`: node reads the dash as the start of another option.
  const ambiguous = /^Option '([^']+)' argument is ambiguous/.exec(message);
  if (ambiguous !== null) {
    return `${ambiguous[1]} needs a value; write ${ambiguous[1]}=<value> for a value that starts with "-" (see --help)`;
  }
  const line = firstLine(message).replace(/\.$/, '');
  return `${line.charAt(0).toLowerCase()}${line.slice(1)} (see --help)`;
}

function isFormat(value: string): value is Format {
  return (formats as readonly string[]).includes(value);
}

function parseFramework(text: string): Framework {
  if (!(frameworks as readonly string[]).includes(text)) throw new Error(`unknown framework "${text}" (use ${frameworks.join(', ')})`);
  return text as Framework;
}

function parseMaxWarnings(text: string): number {
  if (!/^\d+$/.test(text)) throw new Error(`--max-warnings expects a whole number of warnings, not "${text}"`);
  return Number(text);
}

async function lint(options: Options, io: CliIO): Promise<number> {
  for (const given of options.paths) {
    if (!isGlob(given) && !existsSync(path.resolve(io.cwd, given))) throw new Error(`no such file or directory: ${given}`);
  }
  const targets = options.paths.map((given) => path.resolve(io.cwd, given));
  const basePath = basePathFor(targets);
  const eslint = new ESLint({
    cwd: basePath,
    overrideConfigFile: true,
    overrideConfig: [...cliConfig(), ...settingsConfig(options), ...ignoresConfig(basePath, options)],
    errorOnUnmatchedPattern: false,
    // A path the user names that is not a test file is skipped quietly, as the ones found in folders are.
    warnIgnored: false,
    fix: options.fix && fixesToApply,
  });
  const results = (await eslint.lintFiles(targets)).map(withoutOtherRules);
  if (options.fix) await ESLint.outputFixes(results);
  const output = await format(results, options.format, eslint, io.cwd);
  if (results.length === 0) {
    const note = `${command}: no test files found under ${options.paths.join(', ')}\n`;
    if (machineFormats.includes(options.format)) {
      io.stdout.write(`${output}\n`);
      io.stderr.write(note);
    } else {
      io.stdout.write(note);
    }
    return 0;
  }
  if (output !== '') io.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
  if (options.format === 'stylish') io.stdout.write(projectLines(results, io.cwd));
  const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
  const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
  if (errors > 0) return 1;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr.write(`${command}: too many warnings (${warnings}, at most ${options.maxWarnings} allowed)\n`);
    return 1;
  }
  return 0;
}

/** Skipped after the preset's globs take the test files in: what the .gitignore and `--ignore-pattern` name. */
function ignoresConfig(basePath: string, options: Options): Linter.Config[] {
  const ignores = [...gitignorePatterns(basePath), ...options.ignorePatterns];
  return ignores.length === 0 ? [] : [{ name: 'async-test-lint/user-ignores', ignores }];
}

function settingsConfig(options: Options): Linter.Config[] {
  return options.framework === undefined ? [] : [{ name: 'async-test-lint/framework', settings: { 'async-test': { framework: options.framework } } }];
}

/** The patterns of the .gitignore at the project root: coverage reports, build output and caches hold no suites. */
function gitignorePatterns(basePath: string): string[] {
  let text: string;
  try {
    text = readFileSync(path.join(basePath, '.gitignore'), 'utf8');
  } catch {
    return [];
  }
  return (
    text
      .split(/\r?\n/)
      .map((line) => line.trim())
      // A negated line could take back what the command itself skips; only what the file ignores is kept.
      .filter((line) => line !== '' && !line.startsWith('#') && !line.startsWith('!'))
      .map((line) => convertIgnorePatternToMinimatch(line))
  );
}

/**
 * One line per project of the linted files: the runner and config the project model read, or that it could not tell
 * (the files' own imports and globals, and `--framework`, decide then), and what the config computes at run time.
 */
function projectLines(results: readonly ESLint.LintResult[], cwd: string): string {
  const projects = new Map<string, { files: number; said: string; unread: string }>();
  for (const result of results) {
    const facts = projectFactsOf(result.filePath);
    const packageJson = facts.readFrom[0];
    const folder = packageJson === undefined ? nearestPackageFolder(path.dirname(result.filePath)) : path.dirname(packageJson);
    const said =
      facts.framework === undefined
        ? 'no runner known from the project'
        : `${facts.framework} (${facts.config === undefined ? 'package.json' : path.relative(folder, facts.config)})`;
    // What the config computes at run time is left to the files: the line says so.
    const unread = (facts.unread ?? [])
      .map(({ file, options }) => `${path.relative(folder, file)} ${options.length === 0 ? '(all of it)' : options.join(', ')}`)
      .join('; ');
    const key = `${folder}\0${said}\0${unread}`;
    const entry = projects.get(key) ?? { files: 0, said, unread };
    entry.files += 1;
    projects.set(key, entry);
  }
  return [...projects.entries()]
    .map(([key, { files, said, unread }]) => {
      const folder = path.relative(cwd, key.split('\0')[0]!) || '.';
      const computed = unread === '' ? '' : `; computed at run time, not read: ${unread}`;
      return `${command}: ${folder}: ${said}, ${files} file${files === 1 ? '' : 's'}${computed}\n`;
    })
    .join('');
}

/** The nearest folder from `start` up that holds a package.json, else `start`. */
function nearestPackageFolder(start: string): string {
  for (let folder = start; ; folder = path.dirname(folder)) {
    if (existsSync(path.join(folder, 'package.json'))) return folder;
    if (path.dirname(folder) === folder) return start;
  }
}

/**
 * The user's inline comments name rules of their own config, which this command does not load: ESLint reports
 * `// eslint-disable-next-line jest/no-standalone-expect` as "Definition for rule … was not found", and a disable
 * comment as unused when it suppresses nothing here. Inline config that ESLint itself rejects is the user's ESLint's
 * concern too: ESLint 10 stops at each `eslint-env` comment of an old suite with a fatal "no longer supported".
 * Only our rules' reports, problems with comments that name our rules (unused disable comments as warnings, never
 * removed: see `fixesToApply`), and files that do not parse are kept.
 */
function withoutOtherRules(result: ESLint.LintResult): ESLint.LintResult {
  const ours = `${plugin.meta.namespace}/`;
  const messages = result.messages
    .filter((message) =>
      message.ruleId === null
        ? message.message.startsWith('Parsing error:') || message.message.includes(`'${ours}`)
        : message.ruleId.startsWith(ours),
    )
    .map((message) => (message.ruleId === null ? withoutFix(message) : message));
  const count = (severity: number, fixable = false) =>
    messages.filter((message) => message.severity === severity && (!fixable || message.fix !== undefined)).length;
  return {
    ...result,
    messages,
    errorCount: count(2),
    fatalErrorCount: messages.filter((message) => message.fatal === true).length,
    warningCount: count(1),
    fixableErrorCount: count(2, true),
    fixableWarningCount: count(1, true),
  };
}

function withoutFix({ fix: _fix, ...message }: Linter.LintMessage): Linter.LintMessage {
  return message;
}

/** Our rules' fixes only: a disable comment that looks unused here may be needed by the user's own config. */
function fixesToApply(message: Linter.LintMessage): boolean {
  return message.ruleId !== null;
}

async function format(results: ESLint.LintResult[], name: Format, eslint: ESLint, cwd: string): Promise<string> {
  if (name !== 'sarif') return (await eslint.loadFormatter(name)).format(results);
  const enabled = plugin.configs.recommended.rules ?? {};
  const rules = new Map(
    Object.entries(plugin.rules)
      .map(([ruleName, rule]) => [`${plugin.meta.namespace}/${ruleName}`, rule.meta] as const)
      .filter(([id]) => id in enabled),
  );
  return formatSarif(results, { tool: { name: command, version: plugin.meta.version }, rules, cwd });
}

/**
 * ESLint matches the preset's globs (files under any `test` folder, say) against paths relative to its base path. The
 * base is the project root (the nearest folder with a package.json) over the linted paths, so that a path means the
 * same from any working directory, and paths outside the working directory are linted too.
 */
function basePathFor(targets: readonly string[]): string {
  const folders = targets.map((target) => {
    if (isGlob(target)) return staticPrefix(target);
    return statSync(target).isDirectory() ? target : path.dirname(target);
  });
  return nearestPackageFolder(folders.reduce(commonAncestor));
}

function staticPrefix(glob: string): string {
  const segments = glob.split(path.sep);
  const firstMagic = segments.findIndex(isGlob);
  return segments.slice(0, firstMagic).join(path.sep) || path.sep;
}

function commonAncestor(a: string, b: string): string {
  let ancestor = a;
  while (isOutside(ancestor, b)) ancestor = path.dirname(ancestor);
  return ancestor;
}

function isOutside(folder: string, target: string): boolean {
  const relative = path.relative(folder, target);
  return relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
}

function isGlob(given: string): boolean {
  return /[*?{}[\]]/.test(given);
}

function firstLine(message: string): string {
  return message.split('\n', 1)[0] ?? message;
}
