import { exportKind, Knowledge, typeKind } from '../../src/knowledge';
import type { Framework, Kind, ValueInfo } from '../../src/knowledge';

const knowledge = new Knowledge([]);

/** The kind of `import { name } from module` (`default`, or `*` for the module object), as that entry point exports it. */
export function imported(module: string, name: string): Kind | undefined {
  const library = knowledge.libraryOfModule(module);
  return library === undefined ? undefined : exportKind(library, name, module);
}

/** The kind of a value annotated with a type the module exports (`let pool: Pool`). */
export function typed(module: string, typeName: string): Kind | undefined {
  const library = knowledge.libraryOfModule(module);
  return library === undefined ? undefined : typeKind(library, typeName);
}

export function global(name: string, framework?: Framework): Kind | undefined {
  return knowledge.globalKind(name, framework);
}

/**
 * Follows a path of operations from a kind. A step is `new`, `()` (a call), `` `` `` (a tagged template), `.name()` (a
 * method call), `.name` (a property read) or `await`.
 */
export function follow(start: Kind | undefined, path: readonly string[]): ValueInfo | undefined {
  let info = start?.info;
  for (const step of path) info = info === undefined ? undefined : next(info, step);
  return info;
}

function next(info: ValueInfo, step: string): ValueInfo | undefined {
  // Awaiting a promise of nothing known gives a plain value; awaiting a value that is no thenable gives it back.
  if (step === 'await') return info.awaitable === undefined ? info : (info.resolvesTo?.info ?? {});
  const { kind } = info;
  if (step === 'new') return kind?.construct;
  if (step === '()') return kind?.call;
  if (step === '``') return kind?.tagged;
  const method = /^\.(.+)\(\)$/.exec(step);
  if (method !== null) return kind?.methodResult(method[1]!);
  if (step.startsWith('.')) return kind?.property(step.slice(1))?.info;
  throw new Error(`Unknown step ${step}`);
}

/**
 * A value in a few words: `value` (plain, nothing known), `pg.Pool` (a kind), `promise`, `promise<pg.PoolClient>`,
 * `knex.QueryBuilder lazy<...>` (a kind that is itself a thenable), with `assertion` when awaiting it settles one;
 * `undefined` when the library says nothing about the operation.
 */
export function describeValue(info: ValueInfo | undefined): string | undefined {
  if (info === undefined) return undefined;
  const { kind, awaitable, resolvesTo, assertion } = info;
  const awaited = awaitable === undefined ? undefined : resolvesTo === undefined ? awaitable : `${awaitable}<${resolvesTo.id}>`;
  const words = [kind?.id, awaited, assertion === true ? 'assertion' : undefined].filter((word) => word !== undefined);
  return words.length === 0 ? 'value' : words.join(' ');
}

/** `resolve('pg', 'Pool', ['new', '.connect()'])` → `'promise<pg.PoolClient>'`. */
export function resolve(module: string, name: string, path: readonly string[] = []): string | undefined {
  return describeValue(follow(imported(module, name), path));
}

/** The kind reached by a path from an import, for its resource, transaction, override and registration facts. */
export function kindAt(module: string, name: string, path: readonly string[] = []): Kind | undefined {
  return follow(imported(module, name), path)?.kind;
}

/** The override `kind.method(…)` makes (`'()'`: calling the value), without its message text. */
export function overrideOf(kind: Kind | undefined, method: string): object | undefined {
  const override = kind?.override(method);
  if (override === undefined) return undefined;
  const { description: _description, ...facts } = override;
  return facts;
}
