/**
 * `node bench/project-model.mjs <list.json>`: run by bench.mjs in a fresh process, so that nothing of the project
 * model is cached or compiled yet. Times `projectFactsOf` over the files listed (absolute paths, in the order ESLint
 * lints them) three times: cold; warm, at once, when every file the model reads is still cached and trusted; and
 * rechecked, more than a second later, when every cached file is due for a `stat` again (src/project/files.ts), which
 * is what a long run pays. Prints the times and what the cold pass found, as JSON.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { projectFactsOf } from '../dist/src/project/project.js';

const files = JSON.parse(readFileSync(process.argv[2], 'utf8'));

function pass() {
  const start = performance.now();
  const facts = files.map((file) => projectFactsOf(file));
  return { ms: performance.now() - start, facts };
}

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
