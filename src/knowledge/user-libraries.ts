/**
 * Libraries a user describes in `settings['async-test'].libraries`, in the format of the modules in this folder: their
 * kinds of value, what each method gives, and their resources, transactions and overrides. Every rule reads them as it
 * reads a built-in module. A malformed description is answered with one error naming the first wrong entry, since
 * ESLint does not validate shared settings.
 */
import { builtInKindExists, isBuiltInLibrary } from './index';
import {
  allowOnly,
  checkKind,
  each,
  fail,
  kindName,
  LibraryFormatError,
  overrideFamily,
  record,
  stringList,
  type LibraryContext,
} from './kind-schema';
import type { LibraryKnowledge } from './types';

export { LibraryFormatError };

/** Checks one entry of `libraries` (`at` is its path for messages, `.libraries[0]`) and returns it as knowledge. */
export function readUserLibrary(raw: unknown, at: string): LibraryKnowledge {
  const library = record(raw, at, 'an object such as { name, modules, exports, kinds }');
  allowOnly(library, libraryFields, at);
  const name = library.name;
  if (typeof name !== 'string' || !/^[@A-Za-z][\w@/.-]*$/.test(name)) fail(`${at}.name`, 'a name such as "acme-db"', name);
  if (isBuiltInLibrary(name)) fail(`${at}.name`, `a name no built-in library uses ("${name}" is one)`, name);
  // A library of globals only (XMLHttpRequest) has no modules.
  stringList(library.modules, `${at}.modules`, library.globals === undefined);
  const kinds = record(library.kinds, `${at}.kinds`, 'an object of kind descriptions');
  const families = library.overrideFamilies === undefined ? {} : record(library.overrideFamilies, `${at}.overrideFamilies`, 'an object');
  const isKind = (value: string) => {
    const dot = value.lastIndexOf('.');
    const [library, kind] = dot === -1 ? [name, value] : [value.slice(0, dot), value.slice(dot + 1)];
    return library === name ? Object.hasOwn(kinds, kind) : builtInKindExists(library, kind);
  };
  const ownKinds = Object.keys(kinds).join(', ') || 'none yet';
  const family = (value: unknown, path: string) => {
    const declared = Object.keys(families).join(', ') || 'none declared in overrideFamilies';
    if (typeof value !== 'string' || !Object.hasOwn(families, value)) fail(path, `an override family of this library (${declared})`, value);
  };
  const context: LibraryContext = { isKind, kinds: `a kind of this library (${ownKinds}) or a built-in kind ("knex.QueryBuilder")`, family };
  // A plain value (`value`) has no kind: an export left out of `otherExports`.
  const kindRef = (value: unknown, path: string) => kindName.run(value, path, context);

  for (const field of ['exports', 'types', 'globals'] as const) {
    if (library[field] !== undefined) each(library[field], `${at}.${field}`, kindRef);
  }
  if (library.moduleExports !== undefined) {
    each(library.moduleExports, `${at}.moduleExports`, (exported, path) => each(exported, path, kindRef));
  }
  for (const field of ['moduleObject', 'otherExports'] as const) {
    if (library[field] !== undefined) kindRef(library[field], `${at}.${field}`);
  }
  each(families, `${at}.overrideFamilies`, (entry, path) => overrideFamily.run(entry, path, context));
  each(kinds, `${at}.kinds`, (kind, kindAt) => checkKind(kind, kindAt, context, 'settings'));
  return library as unknown as LibraryKnowledge;
}

const libraryFields = [
  'name',
  'modules',
  'exports',
  'moduleExports',
  'moduleObject',
  'types',
  'otherExports',
  'globals',
  'overrideFamilies',
  'kinds',
];
