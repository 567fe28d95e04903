/**
 * `node scripts/write-knowledge-tables.mjs [--check]` (run by `npm run docs` and `npm run docs:check`, after the build):
 * writes the library tables of the rule docs from the knowledge modules, between the lines
 * `<!-- knowledge-table: NAME -->` and `<!-- end knowledge-table -->`; with `--check`, fails when one is out of date.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { markdownTable, overrideTable, resourceTable, transactionTable } from '../dist/src/knowledge/doc-tables.js';

const tables = { resources: resourceTable, transactions: transactionTable, overrides: overrideTable };
const check = process.argv.includes('--check');
const docs = path.resolve(import.meta.dirname, '../docs/rules');
const block = /(<!-- knowledge-table: ([\w-]+) -->\n)[\s\S]*?(<!-- end knowledge-table -->)/g;

let stale = 0;
for (const name of readdirSync(docs).filter((file) => file.endsWith('.md'))) {
  const file = path.join(docs, name);
  const text = readFileSync(file, 'utf8');
  const written = text.replace(block, (_, start, table, end) => {
    if (!Object.hasOwn(tables, table)) throw new Error(`${name}: no knowledge table named "${table}"`);
    return `${start}${markdownTable(tables[table]())}\n${end}`;
  });
  if (written === text) continue;
  if (check) {
    console.error(`docs/rules/${name}: a knowledge table is out of date; run \`npm run docs\`.`);
    stale += 1;
  } else {
    writeFileSync(file, written);
    console.log(`docs/rules/${name}: knowledge tables written`);
  }
}
process.exitCode = stale === 0 ? 0 : 1;
