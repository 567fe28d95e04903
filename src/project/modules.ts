/**
 * Summaries of the project's own modules that test files import: for each export, the kind the value analysis gives
 * it when run over the module itself, so that an imported `test` made by `test.extend(…)` is the runner's test, an
 * imported async helper returns a promise, a factory returns a pool, and a helper that closes what it is given
 * closes the argument at the call site. A summary is built on the first question about one of its exports, once per
 * module and process (again only when the module's text changes), and nothing in it is ever run.
 *
 * A modelled library's own tests that import it by relative path (`require('..')`, `from '../src'`) do not get the
 * library's knowledge: its source is summarised as any module. Giving them the knowledge was tried and left out for
 * now: on knex's, sequelize's and fastify's suites a good share of the reports it added were false.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '../analysis/ast';
import { ValueAnalysis, type ValueHost } from '../analysis/async-values';
import { Bindings } from '../analysis/bindings';
import { detectFramework } from '../analysis/framework';
import { localFunction, singleInit } from '../analysis/local-functions';
import { isFunction, isNothing, memberName, returnStatementsOf, skipTransparent, someNode, type FunctionNode } from '../analysis/nodes';
import { parameterUsesOf, type ParameterUses } from '../analysis/parameter-uses';
import { exportKind, Kind, type Framework, type Knowledge, type ValueInfo } from '../knowledge';
import type { LibraryKnowledge } from '../knowledge/types';
import type { AsyncTestSettings } from '../settings';
import { readText } from './files';
import { resolveProjectModule } from './resolve';
import { parseProjectModule } from './module-parser';
import type { ParsedModule } from './static-config';

/** Who asks: the settings' knowledge, and the importing file's runner (a module that names none is read as its). */
export interface ImportContext {
  readonly settings: AsyncTestSettings;
  readonly framework: Framework | undefined;
}

/** The kind of what `fromFile` imports as `exportName` (`default`, or `*` for the module object) from `specifier`. */
export function importedProjectKind(fromFile: string, specifier: string, exportName: string, context: ImportContext): Kind | undefined {
  return projectModuleOf(fromFile, specifier, context)?.exportKind(exportName);
}

/**
 * The library modules (`pg`, `vitest`) a project module reaches through its imports and those of the project modules
 * it imports, up to a few modules deep: what a file that imports it can meet. Read from the modules' text without
 * parsing them, since most are never summarised (a helper that imports a library's whole source tree).
 */
export function librariesReachedThrough(fromFile: string, specifier: string, context: ImportContext): readonly string[] {
  return librariesAt(fromFile, specifier, context, 1);
}

/** The libraries an import of `from` is, or reaches at `depth` modules from the test file. */
function librariesAt(from: string, specifier: string, context: ImportContext, depth: number): readonly string[] {
  if (context.settings.knowledge.libraryOfModule(specifier) !== undefined) return [specifier];
  // Past the depth nothing more is read: its imports are not even resolved.
  if (depth > reachDepth) return [];
  const file = resolveProjectModule(from, specifier);
  return file === undefined ? [] : librariesReachedFrom(file, context, depth);
}

interface Reached {
  readonly at: number;
  readonly libraries: readonly string[];
}

/** Per knowledge, module and depth: the libraries it reaches, kept for a while (every test file asks again). */
const reachedByKnowledge = new WeakMap<Knowledge, Map<string, Reached>>();
const reachedKeptMs = 10_000;

function librariesReachedFrom(file: string, context: ImportContext, depth: number): readonly string[] {
  let reached = reachedByKnowledge.get(context.settings.knowledge);
  if (reached === undefined) reachedByKnowledge.set(context.settings.knowledge, (reached = new Map()));
  const key = `${file}\0${depth}`;
  const now = Date.now();
  const known = reached.get(key);
  if (known !== undefined && now - known.at < reachedKeptMs) return known.libraries;
  // A cycle of imports meets this entry again: it reaches nothing more than what is being found.
  reached.set(key, { at: now, libraries: [] });
  const found = new Set<string>();
  for (const next of specifiersIn(readText(file) ?? '')) for (const library of librariesAt(file, next, context, depth + 1)) found.add(library);
  const libraries = [...found];
  reached.set(key, { at: now, libraries });
  return libraries;
}

/** How many modules deep the libraries a test file can meet are looked for: a helper, the module it uses, one more. */
const reachDepth = 3;
const specifierPattern = /(?:\bfrom|\bimport|\brequire)\s*\(?\s*(['"])([^'"\n]+)\1/g;
const specifierReadings = new Map<string, readonly string[]>();

/** The modules a text imports, requires or re-exports from (comments may add a few: only a gate is built on them). */
function specifiersIn(text: string): readonly string[] {
  let found = specifierReadings.get(text);
  if (found === undefined) {
    found = [...new Set(Array.from(text.matchAll(specifierPattern), (match) => match[2]!))];
    specifierReadings.set(text, found);
  }
  return found;
}

/** What a function of a project module does with its arguments, when the kind is one (see `parameterUsesOf`). */
export function projectParameterUses(kind: Kind | undefined): ParameterUses | undefined {
  return kind instanceof ProjectFunction ? kind.parameterUses : undefined;
}

const promise: ValueInfo = { awaitable: 'promise' };
const pending = Symbol('pending');
/** The library of the kinds made here: no table of its own, and no name a rule or a user's settings could use. */
const projectLibrary: LibraryKnowledge = { name: 'project', modules: [], kinds: {} };

interface CachedSummary {
  readonly text: string;
  readonly summary: ModuleSummary;
}

/** Per settings (whose knowledge the kinds come from): per module and importing runner, the summary of its text. */
const summaries = new WeakMap<AsyncTestSettings, Map<string, CachedSummary>>();

/**
 * What a module's text is apart from who asks: its tree, scopes, bindings and exports. Made once per text and shared
 * by the summaries of every settings and importing runner (a helper imported by jest and by mocha files is parsed once).
 */
interface ModuleText {
  readonly text: string;
  readonly read: ModuleReading | undefined;
}

type ModuleReading = Pick<ModuleAnalysis, 'parsed' | 'bindings' | 'exports' | 'reexportsAllFrom' | 'moduleObject'>;

const moduleTexts = new Map<string, ModuleText>();

function readingOf(file: string, text: string): ModuleReading | undefined {
  const known = moduleTexts.get(file);
  if (known?.text === text) return known.read;
  const parsed = parseProjectModule(file, text);
  let read: ModuleReading | undefined;
  if (parsed !== undefined) {
    const bindings = new Bindings(parsed.scopeManager);
    bindings.noteDeclarations(parsed.program);
    read = { parsed, bindings, ...exportsOf(parsed.program, parsed.scopeManager) };
  }
  moduleTexts.set(file, { text, read });
  return read;
}

function projectModuleOf(fromFile: string, specifier: string, context: ImportContext): ModuleSummary | undefined {
  const file = resolveProjectModule(fromFile, specifier);
  return file === undefined ? undefined : summaryOf(file, context);
}

function summaryOf(file: string, context: ImportContext): ModuleSummary | undefined {
  const text = readText(file);
  if (text === undefined) return undefined;
  let cache = summaries.get(context.settings);
  if (cache === undefined) summaries.set(context.settings, (cache = new Map()));
  const key = `${file}\0${context.framework ?? ''}`;
  const cached = cache.get(key);
  if (cached?.text === text) return cached.summary;
  // A summary may rest on others (a helper calling another module's helper): an edited module renews them all.
  if (cached !== undefined) cache.clear();
  const summary = new ModuleSummary(file, () => readingOf(file, text), context);
  cache.set(key, { text, summary });
  return summary;
}

/** What an export is, as the module writes it: a value or function of its own, or another module's export. */
type ExportTarget = { readonly node: TSESTree.Node } | { readonly from: string; readonly name: string };

interface ModuleAnalysis {
  readonly parsed: ParsedModule;
  readonly bindings: Bindings;
  readonly values: ValueAnalysis;
  readonly exports: ReadonlyMap<string, ExportTarget>;
  /** `export * from '…'`: where names the module does not list may come from. */
  readonly reexportsAllFrom: readonly string[];
  /** `module.exports = …` when it is not an object literal: the module object itself (a function, a class instance). */
  readonly moduleObject: TSESTree.Node | undefined;
}

interface FunctionSummary {
  readonly call: ValueInfo | undefined;
}

class ModuleSummary {
  private analysis: ModuleAnalysis | undefined;
  private readonly kinds = new Map<string, Kind | undefined | typeof pending>();
  private readonly functionKinds = new Map<FunctionNode, ProjectFunction>();
  private readonly functionSummaries = new Map<FunctionNode, FunctionSummary | typeof pending>();
  private readonly uses = new Map<FunctionNode, ParameterUses | typeof pending>();
  private namespace: Kind | undefined;

  constructor(
    readonly file: string,
    private readonly reading: () => ModuleReading | undefined,
    private readonly context: ImportContext,
  ) {}

  /** The kind of an export, `*` for the module object; undefined when the module does not say what it is. */
  exportKind(name: string): Kind | undefined {
    const known = this.kinds.get(name);
    if (known === pending) return undefined;
    if (known !== undefined || this.kinds.has(name)) return known;
    this.kinds.set(name, pending);
    const kind = this.findExportKind(name);
    this.kinds.set(name, kind);
    return kind;
  }

  private findExportKind(name: string): Kind | undefined {
    const analysis = this.analyse();
    if (analysis === undefined) return undefined;
    if (name === '*') return analysis.moduleObject === undefined ? this.namespaceKind() : this.kindOfNode(analysis.moduleObject);
    const target = analysis.exports.get(name);
    if (target !== undefined) return 'from' in target ? this.kindImported(target.from, target.name) : this.kindOfNode(target.node);
    // A CommonJS module's default import is its module object.
    if (name === 'default' && !analysis.parsed.program.body.some(isModuleSyntax)) return this.exportKind('*');
    for (const from of analysis.reexportsAllFrom) {
      const kind = this.kindImported(from, name);
      if (kind !== undefined) return kind;
    }
    return undefined;
  }

  private kindImported(specifier: string, name: string): Kind | undefined {
    const library = this.context.settings.knowledge.libraryOfModule(specifier);
    if (library !== undefined) return exportKind(library, name, specifier);
    return importedProjectKind(this.file, specifier, name, this.context);
  }

  private namespaceKind(): Kind {
    this.namespace ??= new ProjectNamespace(`project:${this.file}`, (name) => this.exportKind(name));
    return this.namespace;
  }

  private kindOfNode(node: TSESTree.Node): Kind | undefined {
    const { bindings, values, parsed } = this.analyse()!;
    const fn = isFunction(node) ? node : localFunction(node, bindings);
    if (fn !== undefined) return this.functionKind(fn);
    // `export default { closePool, createPool }`: an object of helpers, read as a module object.
    const properties = objectLiteralOf(node, parsed.scopeManager);
    if (properties !== undefined) {
      return new ProjectNamespace(`project:${this.file}:${node.range[0]}`, (name) => {
        const value = properties.get(name);
        return value === undefined ? undefined : this.kindOfNode(value);
      });
    }
    return values.kindOf(node);
  }

  private functionKind(fn: FunctionNode): Kind {
    let kind = this.functionKinds.get(fn);
    if (kind === undefined) {
      kind = new ProjectFunction(
        `project:${this.file}:${fn.range[0]}`,
        () => this.functionSummary(fn),
        () => this.parameterUses(fn) ?? [],
      );
      this.functionKinds.set(fn, kind);
    }
    return kind;
  }

  private functionSummary(fn: FunctionNode): FunctionSummary {
    const known = this.functionSummaries.get(fn);
    if (known === pending) return { call: undefined };
    if (known !== undefined) return known;
    this.functionSummaries.set(fn, pending);
    const summary = this.summariseFunction(fn);
    this.functionSummaries.set(fn, summary);
    return summary;
  }

  /** What calling the function gives: a promise (resolving to a kind the returns agree on), or the kind it returns. */
  private summariseFunction(fn: FunctionNode): FunctionSummary {
    const { values, parsed, bindings } = this.analyse()!;
    if (fn.generator) return { call: undefined };
    const returned = (
      fn.body.type === AST_NODE_TYPES.BlockStatement
        ? returnStatementsOf(fn, parsed.visitorKeys).flatMap((statement) => (statement.argument === null ? [] : [statement.argument]))
        : [fn.body]
    ).filter((expression) => !isNothing(expression));
    const infos = returned.map((expression) => values.infoOf(expression));
    // An async function that cannot throw (`async (a) => a === 15`) gives a promise that always fulfils: nothing to await for.
    if (fn.async && !mayThrow(fn, parsed.visitorKeys, bindings)) return { call: undefined };
    if (fn.async) {
      const kinds = infos.map((info) => (info?.awaitable === undefined ? info?.kind : info.resolvesTo));
      const first = kinds[0];
      const resolvesTo = first !== undefined && kinds.every((kind) => kind === first) ? first : undefined;
      return { call: resolvesTo === undefined ? promise : { awaitable: 'promise', resolvesTo } };
    }
    const first = infos[0];
    const agreed = first !== undefined && infos.every((info) => info !== undefined && info.kind === first.kind && info.awaitable === first.awaitable);
    // Only what is known is claimed: a plain value is left unknown, as the file's own helpers are.
    if (agreed && (first.kind !== undefined || first.awaitable !== undefined)) return { call: first };
    return { call: values.returnsPromise(fn) ? promise : undefined };
  }

  private parameterUses(fn: FunctionNode): ParameterUses | undefined {
    const known = this.uses.get(fn);
    if (known === pending) return undefined;
    if (known !== undefined) return known;
    const { parsed, bindings, values } = this.analyse()!;
    this.uses.set(fn, pending);
    const uses = parameterUsesOf(
      fn,
      (node) => parsed.scopeManager.getDeclaredVariables(node),
      (callee) => {
        const local = localFunction(callee, bindings);
        return local === undefined ? projectParameterUses(values.kindOf(callee)) : this.parameterUses(local);
      },
    );
    this.uses.set(fn, uses);
    return uses;
  }

  private analyse(): ModuleAnalysis | undefined {
    if (this.analysis === undefined) {
      const reading = this.reading();
      if (reading !== undefined) this.analysis = analyseModule(this.file, reading, this.context);
    }
    return this.analysis;
  }
}

function analyseModule(file: string, reading: ModuleReading, context: ImportContext): ModuleAnalysis {
  const { parsed, bindings } = reading;
  const { program, visitorKeys } = parsed;
  const framework = detectFramework(bindings, program, context.settings.framework, () => context.framework);
  const moduleContext: ImportContext = { settings: context.settings, framework };
  const host: ValueHost = {
    bindings,
    framework,
    settings: context.settings,
    sourceCode: { ast: program as TSESLint.SourceCode.Program, visitorKeys, parserServices: {} },
    // What a runner passes the module's own callbacks is no part of what it exports.
    callbackContext: () => undefined,
    projectKind: (module, exportName) => importedProjectKind(file, module, exportName, moduleContext),
  };
  return { ...reading, values: new ValueAnalysis(host) };
}

/** The exports a module writes: ES module exports, and CommonJS `module.exports = …`, `exports.name = …`. */
function exportsOf(
  program: TSESTree.Program,
  scopeManager: TSESLint.Scope.ScopeManager,
): Pick<ModuleAnalysis, 'exports' | 'reexportsAllFrom' | 'moduleObject'> {
  const exports = new Map<string, ExportTarget>();
  const reexportsAllFrom: string[] = [];
  let moduleObject: TSESTree.Node | undefined;
  const declared = (declarator: TSESTree.VariableDeclarator): TSESTree.Node | undefined => {
    const variable = scopeManager.getDeclaredVariables(declarator)[0];
    return variable === undefined ? undefined : singleInit(variable);
  };
  for (const statement of program.body) {
    switch (statement.type) {
      case AST_NODE_TYPES.ExportAllDeclaration:
        if (statement.exported === null) reexportsAllFrom.push(statement.source.value);
        else exports.set(exportedName(statement.exported), { from: statement.source.value, name: '*' });
        break;
      case AST_NODE_TYPES.ExportDefaultDeclaration:
        exports.set('default', { node: statement.declaration });
        break;
      case AST_NODE_TYPES.ExportNamedDeclaration: {
        const source = statement.source?.value;
        for (const specifier of statement.specifiers) {
          if (specifier.exportKind === 'type') continue;
          const local = exportedName(specifier.local);
          exports.set(exportedName(specifier.exported), source === undefined ? { node: specifier.local } : { from: source, name: local });
        }
        const declaration = statement.declaration;
        if (declaration?.type === AST_NODE_TYPES.FunctionDeclaration && declaration.id !== null) {
          exports.set(declaration.id.name, { node: declaration });
        } else if (declaration?.type === AST_NODE_TYPES.VariableDeclaration) {
          for (const declarator of declaration.declarations) {
            const value = declarator.id.type === AST_NODE_TYPES.Identifier ? declared(declarator) : undefined;
            if (value !== undefined) exports.set((declarator.id as TSESTree.Identifier).name, { node: value });
          }
        }
        break;
      }
      case AST_NODE_TYPES.ExpressionStatement: {
        const assigned = commonJsExport(statement.expression);
        if (assigned === undefined) break;
        if (assigned.name !== undefined) {
          exports.set(assigned.name, { node: assigned.value });
        } else {
          const value = objectLiteralOf(assigned.value, scopeManager);
          if (value === undefined) moduleObject = assigned.value;
          else for (const [name, node] of value) exports.set(name, { node });
        }
        break;
      }
      default:
        break;
    }
  }
  return { exports, reexportsAllFrom, moduleObject };
}

function exportedName(node: TSESTree.Identifier | TSESTree.StringLiteral): string {
  return node.type === AST_NODE_TYPES.Identifier ? node.name : node.value;
}

function isModuleSyntax(statement: TSESTree.ProgramStatement): boolean {
  return (
    statement.type === AST_NODE_TYPES.ImportDeclaration ||
    statement.type === AST_NODE_TYPES.ExportAllDeclaration ||
    statement.type === AST_NODE_TYPES.ExportDefaultDeclaration ||
    statement.type === AST_NODE_TYPES.ExportNamedDeclaration
  );
}

/** `module.exports = value` (no name) or `module.exports.name = value` / `exports.name = value`. */
function commonJsExport(expression: TSESTree.Expression): { name?: string; value: TSESTree.Node } | undefined {
  if (expression.type !== AST_NODE_TYPES.AssignmentExpression || expression.operator !== '=') return undefined;
  const target = expression.left;
  if (target.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const name = memberName(target);
  if (isModuleExports(target)) return { value: expression.right };
  const object = target.object;
  const onExports = (object.type === AST_NODE_TYPES.Identifier && object.name === 'exports') || isModuleExports(object);
  return onExports && name !== undefined ? { name, value: expression.right } : undefined;
}

function isModuleExports(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.MemberExpression &&
    node.object.type === AST_NODE_TYPES.Identifier &&
    node.object.name === 'module' &&
    memberName(node) === 'exports'
  );
}

/** The properties of an object literal, written in place or held by a `const`: `module.exports = { a, b: helper }`. */
function objectLiteralOf(node: TSESTree.Node, scopeManager: TSESLint.Scope.ScopeManager): Map<string, TSESTree.Node> | undefined {
  let object = skipTransparent(node);
  if (object.type === AST_NODE_TYPES.Identifier) {
    const name = object.name;
    // The module's top-level scope: an ES module's, or the function scope of a CommonJS one.
    const variable = scopeManager.globalScope?.childScopes.find((scope) => scope.block.type === AST_NODE_TYPES.Program)?.set.get(name);
    const init = variable === undefined ? undefined : singleInit(variable);
    if (init !== undefined) object = skipTransparent(init);
  }
  if (object.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
  const properties = new Map<string, TSESTree.Node>();
  for (const property of object.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.computed || property.key.type !== AST_NODE_TYPES.Identifier) continue;
    properties.set(property.key.name, property.value);
  }
  return properties;
}

/** A function a project module exports: calling it gives what its body returns. */
class ProjectFunction extends Kind {
  constructor(
    id: string,
    private readonly summary: () => FunctionSummary,
    private readonly uses: () => ParameterUses,
  ) {
    super(id, {}, projectLibrary);
  }

  override get call(): ValueInfo | undefined {
    return this.summary().call;
  }

  /**
   * What it makes is not taken as opened by the caller: no-open-handles leaves it alone. Factories were read as
   * opening what they return, and on sequelize's suite most of what that added was false: its helpers make instances
   * that only build SQL (a Sequelize instance holds nothing open until it runs a query), or hand them to a list a
   * root hook closes (`destroySequelizeAfterTest(sequelize)`), which the rule cannot follow.
   */
  override returnsExisting(method: string): boolean {
    return method === '()';
  }

  /** What the function does with each of its arguments. */
  get parameterUses(): ParameterUses {
    return this.uses();
  }
}

/** A project module's object (`import * as helpers`, `require('./helpers')`): its exports as properties. */
class ProjectNamespace extends Kind {
  constructor(
    id: string,
    private readonly exportKind: (name: string) => Kind | undefined,
  ) {
    super(id, {}, projectLibrary);
  }

  override property(name: string): Kind | undefined {
    return this.exportKind(name);
  }

  override methodResult(name: string): ValueInfo | undefined {
    return this.exportKind(name)?.call;
  }

  override returnsExisting(method: string): boolean {
    return this.exportKind(method)?.returnsExisting('()') === true;
  }
}

/** Statements and expressions that cannot throw when their parts cannot: no call, access, `await`, coercion of an object. */
const cannotThrow = new Set<string>([
  AST_NODE_TYPES.BlockStatement,
  AST_NODE_TYPES.ReturnStatement,
  AST_NODE_TYPES.IfStatement,
  AST_NODE_TYPES.ExpressionStatement,
  AST_NODE_TYPES.ConditionalExpression,
  AST_NODE_TYPES.LogicalExpression,
  AST_NODE_TYPES.Literal,
]);

/**
 * Whether running the function's body may throw, read strictly: anything but literals, bound names, `===`/`!==`, `!`
 * and plain control flow may. Parameters with defaults or patterns may throw too.
 */
function mayThrow(fn: FunctionNode, visitorKeys: TSESLint.SourceCode.VisitorKeys, bindings: Bindings): boolean {
  if (fn.params.some((param) => param.type !== AST_NODE_TYPES.Identifier)) return true;
  return someNode(fn.body, visitorKeys, true, (node) => {
    if (cannotThrow.has(node.type)) return false;
    if (node.type === AST_NODE_TYPES.Identifier) return node.name !== 'undefined' && bindings.of(node) === undefined;
    if (node.type === AST_NODE_TYPES.BinaryExpression) return node.operator !== '===' && node.operator !== '!==';
    if (node.type === AST_NODE_TYPES.UnaryExpression) return node.operator !== '!';
    return true;
  });
}
