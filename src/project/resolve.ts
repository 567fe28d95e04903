/**
 * Where an import of a test file leads when it is one of the project's own modules: a relative path, a tsconfig
 * `paths` alias, or a workspace package by name. Resolution is oxc-resolver's (node's algorithm, package `exports`,
 * tsconfig `paths` found from the importing file); a module counts only when it lands under the project root (the
 * nearest folder with `.git`, else the outermost folder with a package.json) and outside `node_modules`, so nothing
 * installed, and nothing outside the project, is ever read.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import type { NapiResolveOptions, ResolverFactory } from 'oxc-resolver';
import { exists, readJson, readText } from './files';

/** Files a module can be: what a test imports from its project. */
const moduleExtensions = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
/**
 * How long a resolution is kept before it is made again: long enough that a command-line run resolves each import
 * once or twice (a resolution that fails walks every node_modules folder up to the root), short enough that an editor
 * sees a new helper file soon.
 */
const recheckAfterMs = 10_000;
/** How deep a workspace pattern with `**` is followed (`packages/**` for `packages/group/name`). */
const workspaceDepth = 3;

interface Resolution {
  checkedAt: number;
  file: string | undefined;
}

interface ProjectResolver {
  readonly root: string;
  readonly resolver: ResolverFactory;
  /** The same without tsconfig: a tsconfig that extends one not installed makes every resolution through it fail. */
  readonly withoutTsconfig: ResolverFactory;
  clearedAt: number;
}

const resolutions = new Map<string, Resolution>();
/** Per project root (and workspace root): one resolver, whose own cache is cleared at most once a second. */
const resolvers = new Map<string, ProjectResolver | null>();
let resolverFactory: typeof ResolverFactory | null | undefined;

/**
 * The project file `specifier` names when `fromFile` imports it, or undefined when it is no module of the project (a
 * package from `node_modules`, a node built-in, a file outside the project root, one that does not exist).
 */
export function resolveProjectModule(fromFile: string, specifier: string): string | undefined {
  if (!path.isAbsolute(fromFile) || specifier.startsWith('node:') || specifier === '') return undefined;
  const key = `${path.dirname(fromFile)}\0${specifier}`;
  const now = Date.now();
  let known = resolutions.get(key);
  if (known === undefined || now - known.checkedAt >= recheckAfterMs) {
    known = { checkedAt: now, file: resolveNow(fromFile, specifier, now) };
    resolutions.set(key, known);
  }
  return known.file;
}

function resolveNow(fromFile: string, specifier: string, now: number): string | undefined {
  const project = resolverFor(path.dirname(fromFile));
  if (project === undefined) return undefined;
  // Files may have appeared or gone since the resolver looked (an editor session): its cache is renewed as ours is.
  if (now - project.clearedAt >= recheckAfterMs) {
    project.resolver.clearCache();
    project.withoutTsconfig.clearCache();
    project.clearedAt = now;
  }
  let file: string | undefined;
  try {
    file = project.resolver.resolveFileSync(fromFile, specifier).path ?? project.withoutTsconfig.resolveFileSync(fromFile, specifier).path;
  } catch {
    return undefined;
  }
  if (file === undefined || !moduleExtensions.includes(path.extname(file))) return undefined;
  const relative = path.relative(project.root, file);
  if (relative.startsWith('..') || path.isAbsolute(relative) || relative.split(path.sep).includes('node_modules')) return undefined;
  return file;
}

/** The project root of a folder: the nearest folder with `.git`, else the outermost one with a package.json. */
export function projectRootOf(folder: string): string | undefined {
  let outermostPackage: string | undefined;
  for (let current = folder; ; current = path.dirname(current)) {
    if (exists(path.join(current, '.git'))) return current;
    if (exists(path.join(current, 'package.json'))) outermostPackage = current;
    if (path.dirname(current) === current) return outermostPackage;
  }
}

/** The nearest folder, from `folder` up to `root`, whose package.json (or pnpm-workspace.yaml) lists workspaces. */
function workspaceRootOf(folder: string, root: string): string | undefined {
  for (let current = folder; ; current = path.dirname(current)) {
    if (workspacePatterns(current).length > 0) return current;
    if (current === root || path.dirname(current) === current) return undefined;
  }
}

function resolverFor(folder: string): ProjectResolver | undefined {
  const root = projectRootOf(folder);
  if (root === undefined) return undefined;
  const workspaceRoot = workspaceRootOf(folder, root);
  const key = `${root}\0${workspaceRoot ?? ''}`;
  if (!resolvers.has(key)) resolvers.set(key, makeResolver(root, workspaceRoot) ?? null);
  return resolvers.get(key) ?? undefined;
}

function makeResolver(root: string, workspaceRoot: string | undefined): ProjectResolver | undefined {
  const Factory = loadResolverFactory();
  if (Factory === undefined) return undefined;
  const options: NapiResolveOptions = {
    extensions: moduleExtensions,
    // TypeScript's ES-module imports name the emitted file: `./helpers.js` is `helpers.ts`.
    extensionAlias: { '.js': ['.ts', '.tsx', '.js'], '.mjs': ['.mts', '.mjs'], '.cjs': ['.cts', '.cjs'] },
    conditionNames: ['node', 'import', 'require', 'default'],
    mainFields: ['module', 'main'],
    // A workspace package is found through node_modules when the workspace is installed, else by its folder.
    fallback: workspaceRoot === undefined ? {} : workspacePackages(workspaceRoot, root),
  };
  const withoutTsconfig = new Factory(options);
  return { root, resolver: withoutTsconfig.cloneWithOptions({ ...options, tsconfig: 'auto' }), withoutTsconfig, clearedAt: Date.now() };
}

/** The resolver, loaded on first use; a platform without its native binding gets no summaries rather than an error. */
function loadResolverFactory(): typeof ResolverFactory | undefined {
  if (resolverFactory === undefined) {
    try {
      resolverFactory = (require('oxc-resolver') as typeof import('oxc-resolver')).ResolverFactory;
    } catch {
      resolverFactory = null;
    }
  }
  return resolverFactory ?? undefined;
}

/** The workspace globs a folder declares: package.json `workspaces` (a list, or yarn's `{ packages }`), pnpm's list. */
function workspacePatterns(folder: string): readonly string[] {
  const packageJson = readJson(path.join(folder, 'package.json')) as { workspaces?: unknown } | undefined;
  const declared = packageJson?.workspaces;
  const listed = Array.isArray(declared) ? declared : (declared as { packages?: unknown } | undefined)?.packages;
  if (Array.isArray(listed)) return listed.filter((item): item is string => typeof item === 'string');
  const pnpm = readText(path.join(folder, 'pnpm-workspace.yaml'));
  return pnpm === undefined ? [] : pnpmPackages(pnpm);
}

/** The `packages:` list of a pnpm-workspace.yaml, read line by line (it is a list of quoted or bare globs). */
function pnpmPackages(text: string): string[] {
  const found: string[] = [];
  let inPackages = false;
  for (const line of text.split(/\r?\n/)) {
    if (/^packages:\s*$/.test(line)) inPackages = true;
    else if (/^\S/.test(line)) inPackages = false;
    else if (inPackages) {
      const item = /^\s*-\s*['"]?([^'"#]+?)['"]?\s*(#.*)?$/.exec(line)?.[1];
      if (item !== undefined) found.push(item);
    }
  }
  return found;
}

/** Each workspace package's name, mapped to its folder (inside the project root). */
function workspacePackages(workspaceRoot: string, root: string): Record<string, string[]> {
  const patterns = workspacePatterns(workspaceRoot);
  const included = patterns.filter((pattern) => !pattern.startsWith('!')).map((pattern) => pattern.replace(/^\.\//, '').replace(/\/$/, ''));
  const excluded = patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => pattern.slice(1).replace(/^\.\//, ''));
  if (included.length === 0) return {};
  const isIncluded = picomatch(included);
  const isExcluded = excluded.length === 0 ? () => false : picomatch(excluded);
  // Only folders on the way to a pattern's fixed part (`packages` of `packages/*`), or inside it, are walked.
  const fixedParts = included.map((pattern) => {
    const parts = pattern.split('/');
    const firstGlob = parts.findIndex((part) => picomatch.scan(part).isGlob);
    return (firstGlob === -1 ? parts : parts.slice(0, firstGlob)).join('/');
  });
  const worthWalking = (child: string) =>
    fixedParts.some((fixed) => fixed === '' || fixed === child || fixed.startsWith(`${child}/`) || child.startsWith(`${fixed}/`));
  const packages: Record<string, string[]> = {};
  const visit = (relative: string, depth: number) => {
    if (depth > workspaceDepth) return;
    let entries;
    try {
      entries = readdirSync(path.join(workspaceRoot, relative), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (!entry.isDirectory() || entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (!worthWalking(child)) continue;
      const folder = path.join(workspaceRoot, child);
      if (isIncluded(child) && !isExcluded(child) && folder.startsWith(root + path.sep)) {
        const name = (readJson(path.join(folder, 'package.json')) as { name?: unknown } | undefined)?.name;
        if (typeof name === 'string') packages[name] = [folder];
      }
      visit(child, depth + 1);
    }
  };
  visit('', 1);
  return packages;
}
