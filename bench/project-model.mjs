/**
 * Run by bench.mjs in a fresh process, so that nothing of the project model is cached or compiled yet.
 *
 * `node bench/project-model.mjs <list.json>`: times `projectFactsOf` over the files listed (absolute paths, in the
 * order ESLint lints them) three times: cold; warm, at once, when every file the model reads is still cached and
 * trusted; and rechecked, more than a second later, when every cached file is due for a `stat` again
 * (src/project/files.ts), which is what a long run pays. Prints the times and what the cold pass found, as JSON.
 *
 * `node bench/project-model.mjs <list.json> --lint <folder>`: lints the files with the parser alone, then with our
 * `recommended`, as a run does (ESLint with `stats`, from the folder), and times everything the rules ask of the
 * project model in the second lint: the project
 * facts, the summaries of the project's own modules the files import (parsing and resolving them, wherever it is
 * asked), the libraries those modules reach, and what their helpers do with their arguments. Counted at the model's
 * entry points and at its parse and resolve steps, the outermost only, so nothing is counted twice; what a summary
 * works out lazily from a tree already parsed (what an exported function returns) is left out. Prints the model's time
 * by part, the parser-only lint's parse time and our rule time, as JSON.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';

const { values: options, positionals } = parseArgs({ allowPositionals: true, options: { lint: { type: 'string' } } });
const files = JSON.parse(readFileSync(positionals[0], 'utf8'));

if (options.lint === undefined) await timeFacts();
else await timeInLint(options.lint);

async function timeFacts() {
  const { projectFactsOf } = await import('../dist/src/project/project.js');
  const pass = () => {
    const start = performance.now();
    const facts = files.map((file) => projectFactsOf(file));
    return { ms: performance.now() - start, facts };
  };
  const cold = pass();
  const warm = pass();
  await sleep(1100);
  const rechecked = pass();

  const runners = {};
  for (const facts of cold.facts) if (facts.framework !== undefined) runners[facts.framework] = (runners[facts.framework] ?? 0) + 1;
  process.stdout.write(
    JSON.stringify({
      coldMs: cold.ms,
      warmMs: warm.ms,
      recheckedMs: rechecked.ms,
      runners,
      autoUndo: cold.facts.filter((facts) => Object.values(facts.autoUndo).includes(true)).length,
      rootHookUndos: cold.facts.filter((facts) => facts.rootHookUndos.size > 0).length,
      readFrom: new Set(cold.facts.flatMap((facts) => facts.readFrom)).size,
    }),
  );
}

async function timeInLint(folder) {
  // The compiled modules are CommonJS, and call each other through their exports objects: a function replaced there
  // is the one the rules call.
  const require = createRequire(import.meta.url);
  const parts = {
    facts: [[require('../dist/src/project/project.js'), 'projectFactsOf']],
    modules: [
      [require('../dist/src/project/modules.js'), 'importedProjectKind'],
      [require('../dist/src/project/modules.js'), 'projectParameterUses'],
      [require('../dist/src/project/module-parser.js'), 'parseProjectModule'],
      [require('../dist/src/project/resolve.js'), 'resolveProjectModule'],
    ],
    reach: [[require('../dist/src/project/modules.js'), 'librariesReachedThrough']],
  };
  const spent = { facts: 0, modules: 0, reach: 0 };
  let depth = 0;
  for (const [part, functions] of Object.entries(parts)) {
    for (const [exports, name] of functions) {
      const original = exports[name];
      exports[name] = function timed(...args) {
        if (depth > 0) return original.apply(this, args);
        depth += 1;
        const start = performance.now();
        try {
          return original.apply(this, args);
        } finally {
          spent[part] += performance.now() - start;
          depth -= 1;
        }
      };
    }
  }
  const { ESLint } = await import('eslint');
  const { default: plugin } = await import('../dist/src/index.js');
  const { languages } = await import('./test-files.mjs');
  const lint = async (config) => {
    const eslint = new ESLint({ cwd: folder, overrideConfigFile: true, overrideConfig: [...languages, ...config], stats: true, warnIgnored: false });
    let parseMs = 0;
    let ruleMs = 0;
    for (const result of await eslint.lintFiles(files)) {
      for (const pass of result.stats?.times.passes ?? []) {
        parseMs += pass.parse?.total ?? 0;
        for (const time of Object.values(pass.rules ?? {})) ruleMs += time.total;
      }
    }
    return { parseMs, ruleMs };
  };
  // The parser alone first, in the same process, so that the model's time is set against a parse time measured under
  // the same load (the machine's load can change twofold between processes).
  const { parseMs } = await lint([]);
  const ours = await lint([plugin.configs.recommended]);
  const modelMs = spent.facts + spent.modules + spent.reach;
  process.stdout.write(
    JSON.stringify({ modelMs, factsMs: spent.facts, modulesMs: spent.modules, reachMs: spent.reach, parseMs, ruleMs: ours.ruleMs }),
  );
}
