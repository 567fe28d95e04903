/**
 * The library tables of the rule docs, made from the knowledge modules so that a doc never lists what the rules do
 * not know (or misses what they do): what opens a resource and closes it (no-open-handles), what begins a transaction
 * and ends it (require-rollback), what overrides and what undoes it (no-leaked-overrides). `npm run docs` writes them
 * between markers in the docs; `npm run docs:check` fails when one is out of date.
 */
import { builtInLibraries, kindNamed } from './index';
import { parseOutcome } from './outcome';
import type { KindSpec, LibraryKnowledge } from './types';

/** One row of a table: its cells as Markdown. */
export type Row = readonly string[];

export interface DocTable {
  readonly header: Row;
  readonly rows: readonly Row[];
}

interface KindRef {
  readonly library: LibraryKnowledge;
  readonly name: string;
}

/** Where a value of a kind comes from, as Markdown: `` `new Pool()` ``, `` `await connect()` on Pool ``. */
interface Producer {
  readonly text: string;
  readonly kind: KindRef;
}

/** A kind name as a library module writes it, resolved the way the registry resolves it. */
function resolveName(from: LibraryKnowledge, written: string): KindRef | undefined {
  const kind = kindNamed(from, written);
  return kind === undefined ? undefined : { library: kind.library, name: kind.id.slice(kind.library.name.length + 1) };
}

/** The kind an outcome gives, and whether it is awaited first. */
function outcomeKind(from: LibraryKnowledge, outcome: string): { kind: KindRef; awaited: boolean } | undefined {
  const meaning = parseOutcome(outcome);
  const kind = meaning?.kind === undefined ? undefined : resolveName(from, meaning.kind);
  return kind === undefined ? undefined : { kind, awaited: meaning?.awaitable !== undefined };
}

function specOf(kind: KindRef): KindSpec {
  return kind.library.kinds[kind.name]!;
}

function sameKind(a: KindRef, b: KindRef): boolean {
  return a.library === b.library && a.name === b.name;
}

/** A kind's name as a reader meets it: `Pool` in its own library's row, `express.App` from another library. */
function kindLabel(kind: KindRef, row: LibraryKnowledge): string {
  return kind.library === row ? kind.name : `${kind.library.name}.${kind.name}`;
}

const code = (text: string) => `\`${text}\``;

/** How code names a library's default export: its module's last segment (`postgres`, `knex`). */
function defaultExportName(library: LibraryKnowledge): string {
  return library.modules[0]?.split('/').at(-1) ?? library.name;
}

/** How code names a callable kind: the export of that kind (`nock`, `spyOn`), else the kind's own name. */
function calledName(library: LibraryKnowledge, kindName: string): string {
  const exported = Object.entries(library.exports ?? {}).find(([, written]) => written === kindName)?.[0];
  return exported === undefined ? kindName : exported === 'default' ? defaultExportName(library) : exported;
}

/** Every way the tables make a value of some kind: exports called or constructed, and methods of other kinds. */
function producers(): Producer[] {
  const found: Producer[] = [];
  for (const library of builtInLibraries) {
    const exported = { ...library.exports, ...Object.assign({}, ...Object.values(library.moduleExports ?? {})) } as Record<string, string>;
    for (const [exportName, written] of Object.entries(exported)) {
      const exportKind = resolveName(library, written);
      if (exportKind === undefined) continue;
      const spec = specOf(exportKind);
      const shown = exportName === 'default' ? defaultExportName(library) : exportName;
      const made = (outcome: string | undefined, text: (awaited: boolean) => string) => {
        const result = outcome === undefined ? undefined : outcomeKind(library, outcome);
        if (result !== undefined) found.push({ text: code(text(result.awaited)), kind: result.kind });
      };
      made(spec.construct, () => `new ${shown}()`);
      made(spec.call, (awaited) => `${awaited ? 'await ' : ''}${shown}()`);
      for (const [method, outcome] of Object.entries(spec.methods ?? {}))
        made(outcome, (awaited) => `${awaited ? 'await ' : ''}${shown}.${method}()`);
    }
    for (const [name, spec] of Object.entries(library.kinds)) {
      for (const [method, outcome] of Object.entries(spec.methods ?? {})) {
        const result = outcomeKind(library, outcome);
        if (result === undefined || sameKind(result.kind, { library, name })) continue;
        const text = `${code(`${result.awaited ? 'await ' : ''}${method}()`)} on ${library === result.kind.library ? name : `${library.name}.${name}`}`;
        found.push({ text, kind: result.kind });
      }
    }
  }
  return found;
}

function unique(texts: readonly string[]): string[] {
  return [...new Set(texts)];
}

/** Each kind that holds a resource: how it is opened, and how it is closed. */
export function resourceTable(): DocTable {
  const made = producers();
  const rows: Row[] = [];
  for (const library of builtInLibraries) {
    for (const [name, spec] of Object.entries(library.kinds)) {
      const resource = spec.resource;
      if (resource === undefined) continue;
      const kind = { library, name };
      const opened =
        resource.openedBy?.map((method) => `${code(`${method}()`)} on ${name}`) ??
        made.filter((producer) => sameKind(producer.kind, kind)).map((producer) => producer.text);
      if (opened.length === 0) continue;
      const closes = [...resource.closes.map((method) => code(`${method}()`)), ...(resource.closedBy ?? []).map((fn) => code(`${fn}(…)`))];
      rows.push([library.name, `${resource.description} (${name})`, unique(opened).join(', '), closes.join(', ')]);
    }
  }
  return { header: ['Library', 'What is held', 'Opened by', 'Closed by'], rows };
}

/** Each method that begins a transaction: the rollback the fix writes, and the commit reported in a teardown. */
export function transactionTable(): DocTable {
  const rows: Row[] = [];
  for (const library of builtInLibraries) {
    for (const [name, spec] of Object.entries(library.kinds)) {
      for (const [method, holder] of Object.entries(spec.beginsTransaction ?? {})) {
        const outcome = spec.methods?.[method];
        const held =
          holder === 'receiver' ? { kind: { library, name }, awaited: false } : outcome === undefined ? undefined : outcomeKind(library, outcome);
        const resolved =
          held === undefined
            ? undefined
            : specOf(held.kind).resolvesTo === undefined
              ? held.kind
              : resolveName(held.kind.library, specOf(held.kind).resolvesTo!);
        const ends = resolved === undefined ? undefined : specOf(resolved).transaction;
        if (ends === undefined || resolved === undefined) continue;
        const on = holder === 'receiver' ? `the ${name}` : `the ${kindLabel(resolved, library)}`;
        const verbs = (names: readonly string[]) => (names.length === 0 ? '—' : `${names.map((verb) => code(`${verb}()`)).join(', ')} on ${on}`);
        rows.push([library.name, `${code(`${held!.awaited ? 'await ' : ''}${method}()`)} on ${name}`, verbs(ends.rollback), verbs(ends.commit)]);
      }
      for (const method of spec.runsSql ?? []) {
        rows.push([library.name, `${code(`${method}('BEGIN')`)} on ${name}`, code(`${method}('ROLLBACK')`), code(`${method}('COMMIT')`)]);
      }
    }
  }
  return { header: ['Library', 'Begins', 'Rolled back by', 'Committed by'], rows };
}

/** Each kind of override: what makes it, and the undos that end it. */
export function overrideTable(): DocTable {
  const rows: Row[] = [];
  for (const library of builtInLibraries) {
    for (const [family, details] of Object.entries(library.overrideFamilies ?? {})) {
      const makers: string[] = [];
      const undos: string[] = [];
      for (const [name, spec] of Object.entries(library.kinds)) {
        for (const [method, made] of Object.entries(spec.overrides ?? {})) {
          if (made !== family) continue;
          makers.push(method === '()' ? code(`${calledName(library, name)}(…)`) : `${code(`${method}(…)`)} on ${name}`);
          // The double or scope the call returns may undo its own override (`spy.mockRestore()`).
          const outcome = method === '()' ? spec.call : spec.methods?.[method];
          const result = outcome === undefined ? undefined : outcomeKind(library, outcome);
          for (const [undo, undone] of Object.entries(result === undefined ? {} : (specOf(result.kind).undoes ?? {}))) {
            if (undone === 'self') undos.push(`${code(`${undo}()`)} on the ${kindLabel(result!.kind, library)}`);
          }
        }
        for (const [method, undone] of Object.entries(spec.undoes ?? {})) {
          if (undone !== 'self' && undone.includes(family)) undos.push(`${code(`${method}()`)} on ${name}`);
        }
      }
      if (makers.length === 0) continue;
      const runnerOption = details.runnerSetting === undefined ? '—' : code(`${details.runnerSetting}: true`);
      rows.push([library.name, details.description, unique(makers).join(', '), unique(undos).join(', ') || '—', runnerOption]);
    }
  }
  return { header: ['Library', 'Override', 'Made by', 'Undone by', 'Undone after every test by'], rows };
}

export function markdownTable({ header, rows }: DocTable): string {
  const line = (cells: Row) => `| ${cells.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => ':--')), ...rows.map(line)].join('\n');
}
