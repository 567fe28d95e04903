/**
 * A runner's command lines in package.json scripts, read without running them: where a script runs the runner
 * (`nyc mocha --recursive test/unit`, `cross-env CI=1 jest`, `npm run lint && mocha`), the arguments it gives it, and
 * the options those arguments set, named as the runner's config file names them.
 */
import type { CommandLine } from '../knowledge/types';
import type { ConfigObject, ConfigValue } from './static-config';

export interface Invocation {
  /** The arguments after the command. */
  readonly arguments: readonly string[];
  /** The shell computes some of them (`$(find test -name '*.js')`, `$FILES`, `xargs mocha`), so they cannot be read. */
  readonly computed: boolean;
}

/** Every place in the scripts where the command (`mocha`, `bun test`) runs, with its arguments. */
export function invocationsOf(scripts: readonly string[], command: string): Invocation[] {
  const words = command.split(' ');
  return scripts.flatMap((script) =>
    shellCommands(script).flatMap((tokens) => {
      const start = tokens.findIndex(
        (token, index) =>
          token.text.split('/').at(-1) === words[0] && words.slice(1).every((word, offset) => tokens[index + 1 + offset]?.text === word),
      );
      if (start === -1) return [];
      const after = tokens.slice(start + words.length);
      const computed = after.some((token) => token.expands) || tokens.slice(0, start).some((token) => token.text === 'xargs');
      return [{ arguments: after.map((token) => token.text), computed }];
    }),
  );
}

interface Token {
  readonly text: string;
  /** The shell substitutes something in it: a variable, a command or a glob it expands itself is not one of these. */
  readonly expands: boolean;
}

/** The simple commands of a script (split at `&&`, `||`, `;`, `|`, `&` and parentheses), each as its words with quotes removed. */
function shellCommands(script: string): Token[][] {
  const commands: Token[][] = [[]];
  let text = '';
  let started = false;
  let expands = false;
  let quote: string | undefined;
  const endWord = () => {
    if (started) commands.at(-1)!.push({ text, expands });
    text = '';
    started = false;
    expands = false;
  };
  for (let index = 0; index < script.length; index++) {
    const char = script[index]!;
    if (quote !== undefined) {
      if (char === quote) quote = undefined;
      else {
        if (quote === '"' && (char === '$' || char === '`')) expands = true;
        text += char;
      }
      continue;
    }
    if (char === "'" || char === '"') {
      quote = char;
      started = true;
    } else if (char === '\\' && index + 1 < script.length) {
      text += script[++index];
      started = true;
    } else if (/\s/.test(char)) {
      endWord();
    } else if (';&|()'.includes(char)) {
      endWord();
      if (commands.at(-1)!.length > 0) commands.push([]);
    } else {
      if (char === '$' || char === '`') expands = true;
      text += char;
      started = true;
    }
  }
  endWord();
  return commands.filter((tokens) => tokens.length > 0);
}

/** The options a runner's arguments set: `--recursive test/unit -r ./setup.js` gives `{ recursive: true, spec: ['test/unit'], require: ['./setup.js'] }`. */
export function optionsOfArguments(args: readonly string[], commandLine: CommandLine): ConfigObject {
  const options: Record<string, ConfigValue> = {};
  const set = (name: string, value: string | boolean) => {
    if (!commandLine.listOptions.includes(name)) options[name] = value;
    else if (typeof value === 'string') options[name] = [...listOf(options[name]), ...listValues(name, value, commandLine)];
  };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === '--') {
      for (const rest of args.slice(index + 1)) set(commandLine.positionalOption, rest);
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      set(commandLine.positionalOption, arg);
      continue;
    }
    const [written, ...valueParts] = arg.replace(/^--?/, '').split('=');
    const negated = written!.startsWith('no-') && !Object.hasOwn(commandLine.aliases, written!);
    const name = canonicalName(negated ? written!.slice(3) : written!, commandLine);
    if (negated) set(name, false);
    else if (valueParts.length > 0) set(name, valueParts.join('='));
    else if (!commandLine.valueOptions.includes(name)) set(name, true);
    else if (index + 1 < args.length) set(name, args[++index]!);
  }
  return options;
}

/** An option's name as the config file writes it (`r` and `require` alike give `require`). */
export function canonicalName(name: string, commandLine: CommandLine): string {
  return commandLine.aliases[name] ?? name;
}

/** A list option's value, as a list (a single value, from a config file, is a list of one). */
export function listOf(value: ConfigValue | undefined): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function listValues(name: string, value: string, commandLine: CommandLine): string[] {
  return commandLine.globListOptions.includes(name) ? [value] : value.split(',').filter((item) => item !== '');
}

/**
 * Options from several places, the first winning: a single value from the first place that sets it, list values from
 * all of them (mocha's command line over its config file over package.json).
 */
export function mergeOptions(sources: readonly ConfigObject[], commandLine: CommandLine): ConfigObject {
  const merged: Record<string, ConfigValue> = {};
  for (const source of sources) {
    for (const [written, value] of Object.entries(source)) {
      const name = canonicalName(written, commandLine);
      if (commandLine.listOptions.includes(name)) {
        const values = typeof value === 'string' ? listValues(name, value, commandLine) : listOf(value);
        merged[name] = [...listOf(merged[name]), ...values];
      } else if (!Object.hasOwn(merged, name)) {
        merged[name] = value;
      }
    }
  }
  return merged;
}
