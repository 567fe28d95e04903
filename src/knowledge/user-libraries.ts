/**
 * Libraries a user describes in `settings['async-test'].libraries`, in the format of the modules in this folder: their
 * kinds of value, what each method gives, and their resources, transactions and overrides. Every rule reads them as it
 * reads a built-in module. A malformed description is answered with one error naming the first wrong entry, since
 * ESLint does not validate shared settings.
 */
import { builtInKindExists, isBuiltInLibrary } from './index';
import type { LibraryKnowledge } from './types';

export class LibraryFormatError extends Error {}

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
  const kindRef = (value: unknown, path: string) => {
    if (typeof value !== 'string') fail(path, 'a kind name', value);
    if (value === 'value') return; // a plain value: no kind (an export left out of `otherExports`)
    const dot = value.lastIndexOf('.');
    const [library, kind] = dot === -1 ? [name, value] : [value.slice(0, dot), value.slice(dot + 1)];
    const known = library === name ? Object.hasOwn(kinds, kind) : builtInKindExists(library, kind);
    const ownKinds = Object.keys(kinds).join(', ') || 'none yet';
    if (!known) fail(path, `a kind of this library (${ownKinds}) or of a built-in one ("knex.QueryBuilder")`, value);
  };
  const outcome = (value: unknown, path: string) => {
    if (value === 'value' || value === 'promise' || value === 'lazy') return;
    const awaited = typeof value === 'string' ? /^(?:promise|lazy)<(.+)>$/.exec(value) : null;
    if (awaited !== null) kindRef(awaited[1], path);
    else if (typeof value === 'string' && !value.includes('<')) kindRef(value, path);
    else fail(path, '"value", "promise", "lazy", "promise<Kind>" or a kind name', value);
  };

  for (const field of ['exports', 'types', 'globals'] as const) {
    if (library[field] !== undefined) each(library[field], `${at}.${field}`, kindRef);
  }
  if (library.moduleExports !== undefined) {
    each(library.moduleExports, `${at}.moduleExports`, (exported, path) => each(exported, path, kindRef));
  }
  for (const field of ['moduleObject', 'otherExports'] as const) {
    if (library[field] !== undefined) kindRef(library[field], `${at}.${field}`);
  }
  each(families, `${at}.overrideFamilies`, (family, path) => {
    const fields = record(family, path, 'an object { description, undo? }');
    allowOnly(fields, ['description', 'undo', 'target', 'inReceiver', 'runnerSetting'], path);
    if (typeof fields.description !== 'string') fail(`${path}.description`, 'a string', fields.description);
    if (fields.undo !== undefined && (typeof fields.undo !== 'string' || !/^[A-Za-z_$][\w$]*$/.test(fields.undo))) {
      fail(`${path}.undo`, 'the name of the method that undoes the whole family ("reset")', fields.undo);
    }
    oneOf(fields.target, ['object', 'member'], `${path}.target`);
    oneOf(fields.inReceiver, [true, false], `${path}.inReceiver`);
    oneOf(fields.runnerSetting, ['restoreMocks', 'unstubEnvs', 'unstubGlobals'], `${path}.runnerSetting`);
  });
  const family = (value: unknown, path: string) => {
    const declared = Object.keys(families).join(', ') || 'none declared in overrideFamilies';
    if (typeof value !== 'string' || !Object.hasOwn(families, value)) fail(path, `an override family of this library (${declared})`, value);
  };

  each(kinds, `${at}.kinds`, (kind, kindAt) => {
    const spec = record(kind, kindAt, 'an object describing the kind');
    allowOnly(spec, kindFields, kindAt);
    for (const field of ['call', 'tag', 'construct', 'otherMethods'] as const) {
      if (spec[field] !== undefined) outcome(spec[field], `${kindAt}.${field}`);
    }
    if (spec.methods !== undefined) each(spec.methods, `${kindAt}.methods`, outcome);
    if (spec.properties !== undefined) each(spec.properties, `${kindAt}.properties`, kindRef);
    if (spec.otherProperties !== undefined) kindRef(spec.otherProperties, `${kindAt}.otherProperties`);
    if (spec.resolvesTo !== undefined) kindRef(spec.resolvesTo, `${kindAt}.resolvesTo`);
    oneOf(spec.thenable, ['promise', 'lazy'], `${kindAt}.thenable`);
    oneOf(spec.blocks, ['always', 'network-command', 'third-argument-false'], `${kindAt}.blocks`);
    for (const field of ['matchesSubject', 'asserts', 'assertion', 'httpClient', 'callbackStyle', 'detachesCallback'] as const) {
      oneOf(spec[field], [true, false], `${kindAt}.${field}`);
    }
    for (const field of ['assertionCounters', 'returnsConstructedArgument', 'returnsExisting', 'runsSql', 'clearsData', 'functionAssertions'] as const) {
      if (spec[field] !== undefined) stringList(spec[field], `${kindAt}.${field}`, false);
    }
    if (spec.overrides !== undefined) each(spec.overrides, `${kindAt}.overrides`, family);
    if (spec.undoes !== undefined) {
      each(spec.undoes, `${kindAt}.undoes`, (undone, path) => {
        if (undone === 'self') return;
        stringList(undone, path, true);
        (undone as unknown[]).forEach((name, index) => family(name, `${path}[${index}]`));
      });
    }
    if (spec.beginsTransaction !== undefined) {
      each(spec.beginsTransaction, `${kindAt}.beginsTransaction`, (value, path) => oneOf(value, ['returned', 'receiver'], path, true));
    }
    if (spec.resource !== undefined) {
      const path = `${kindAt}.resource`;
      const resource = record(spec.resource, path, 'an object { description, closes }');
      allowOnly(resource, ['description', 'closes', 'closedBy', 'closeStatement', 'openedBy', 'opensWithOption'], path);
      optionalString(resource.opensWithOption, `${path}.opensWithOption`);
      if (typeof resource.description !== 'string') fail(`${path}.description`, 'a string such as "a connection pool"', resource.description);
      stringList(resource.closes, `${path}.closes`, false);
      for (const field of ['closedBy', 'openedBy'] as const) {
        if (resource[field] !== undefined) stringList(resource[field], `${path}.${field}`, false);
      }
      optionalString(resource.closeStatement, `${path}.closeStatement`);
    }
    if (spec.transaction !== undefined) {
      const path = `${kindAt}.transaction`;
      const ends = record(spec.transaction, path, 'an object { rollback, commit }');
      allowOnly(ends, ['rollback', 'commit', 'rollbackStatement'], path);
      stringList(ends.rollback, `${path}.rollback`, true);
      stringList(ends.commit, `${path}.commit`, false);
      optionalString(ends.rollbackStatement, `${path}.rollbackStatement`);
    }
  });
  return library as unknown as LibraryKnowledge;
}

const libraryFields = [
  'name', 'modules', 'exports', 'moduleExports', 'moduleObject', 'types', 'otherExports', 'globals', 'overrideFamilies', 'kinds',
];
// The runner-only fields (callRole, callbackContext, doneParam…) describe test registrations, which users do not add.
const kindFields = [
  'call', 'tag', 'construct', 'methods', 'otherMethods', 'properties', 'otherProperties', 'thenable', 'resolvesTo', 'matchesSubject', 'asserts',
  'assertionCounters', 'assertion', 'returnsConstructedArgument', 'overrides', 'undoes', 'resource', 'returnsExisting',
  'beginsTransaction', 'transaction', 'runsSql', 'clearsData', 'httpClient', 'blocks', 'callbackStyle',
  'detachesCallback', 'functionAssertions',
];

function fail(path: string, expected: string, got: unknown): never {
  throw new LibraryFormatError(`${path} must be ${expected}; got ${JSON.stringify(got) ?? String(got)}.`);
}

function optionalString(value: unknown, path: string): void {
  if (value !== undefined && typeof value !== 'string') fail(path, 'a string', value);
}

function record(value: unknown, path: string, expected: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, expected, value);
  return value as Record<string, unknown>;
}

function each(value: unknown, path: string, check: (entry: unknown, path: string) => void): void {
  for (const [key, entry] of Object.entries(record(value, path, 'an object'))) check(entry, `${path}.${key}`);
}

function allowOnly(value: Record<string, unknown>, allowed: readonly string[], path: string): void {
  const unknown = Object.keys(value).find((key) => !allowed.includes(key));
  if (unknown !== undefined) throw new LibraryFormatError(`${path}.${unknown} is not a field of this entry (allowed: ${allowed.join(', ')}).`);
}

function stringList(value: unknown, path: string, nonEmpty: boolean): void {
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string' || item.length === 0) || (nonEmpty && value.length === 0)) {
    fail(path, `${nonEmpty ? 'a non-empty' : 'an'} array of names`, value);
  }
}

function oneOf(value: unknown, allowed: readonly unknown[], path: string, required = false): void {
  if ((value === undefined && !required) || allowed.includes(value)) return;
  fail(path, `one of ${allowed.map((item) => JSON.stringify(item)).join(', ')}`, value);
}
