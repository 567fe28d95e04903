/**
 * The test-file model: one object per file, built on first use and cached per `SourceCode`, that every rule asks.
 * It answers which runner the file uses, the role of a call, the async context of a node, and whether a value is a
 * promise. Everything it computes is memoised, so asking twice costs nothing.
 */
import path from 'node:path';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import picomatch from 'picomatch';
import { AST_NODE_TYPES } from './ast';
import {
  runnerOf,
  type FeatureSet,
  type Framework,
  type Kind,
  type KindFeature,
  type MemberCapability,
  type Runner,
  type RunnerSetting,
} from '../knowledge';
import { importedProjectKind, librariesReachedThrough, projectParameterUses, type ImportContext } from '../project/modules';
import { readText } from '../project/files';
import { projectFactsOf, type ProjectFacts } from '../project/project';
import { resolveProjectModule } from '../project/resolve';
import { handlesUnhandledRejections } from '../project/setup-files';
import { readSettings, type AsyncTestSettings } from '../settings';
import { AsyncContexts, type AsyncContext } from './async-context';
import { ValueAnalysis, type ValueInfo } from './async-values';
import { Bindings, requiredModule } from './bindings';
import { detectFramework } from './framework';
import { localFunction } from './local-functions';
import { NameRegistrations } from './name-registrations';
import { parameterUsesOf, type ParameterUses } from './parameter-uses';
import { Pairing } from './pairing';
import { memberName, propertyKeyName, skipTransparent, type FunctionNode } from './nodes';
import { classifyCall, fixtureDefinedBy, type Fixture, type TestCall } from './test-calls';

export type { AsyncContext } from './async-context';
export type { Fixture, TestCall } from './test-calls';
export { isSkipped } from './test-calls';
export type { ValueInfo };

const noUndos: ReadonlySet<string> = new Set();
/** Per runner's list of type-checked-only globs, its matcher, compiled once. */
const typeCheckedMatchers = new Map<readonly string[], (file: string) => boolean>();

export class TestFile {
  readonly bindings: Bindings;
  readonly framework: Framework | undefined;
  /** How the file's runner collects and runs it; undefined when the runner is not known. */
  readonly runner: Runner | undefined;
  readonly values: ValueAnalysis;
  private readonly contexts: AsyncContexts;
  private readonly nameRegistrations: NameRegistrations;
  private readonly calls = new Map<TSESTree.CallExpression, TestCall | null>();
  private pairingEngine: Pairing | undefined;
  private projectFacts: ProjectFacts | undefined;
  private runnerOptions: Readonly<Partial<Record<RunnerSetting, boolean>>> | undefined;
  private reachedFeatures: FeatureSet | undefined;
  private runsNever: boolean | undefined;
  private rejectionsLost: boolean | undefined;
  private projectFeatures: FeatureSet | undefined;
  private readonly argumentCalls = new Map<TSESTree.CallExpression, readonly TSESTree.CallExpression[]>();
  private readonly localUses = new Map<FunctionNode, ParameterUses | null>();

  constructor(
    readonly sourceCode: Readonly<TSESLint.SourceCode>,
    readonly settings: AsyncTestSettings,
    private readonly filename: string,
  ) {
    this.bindings = new Bindings(sourceCode.scopeManager);
    this.bindings.noteDeclarations(sourceCode.ast);
    // The file's imports and globals first, the setting next, then the project (read only when those do not say, or
    // when the globals are mocha's API that Cypress installs too).
    this.framework = detectFramework(this.bindings, sourceCode.ast, settings.framework, () => this.project.framework);
    this.runner = runnerOf(this.framework);
    this.values = new ValueAnalysis({
      bindings: this.bindings,
      framework: this.framework,
      settings,
      sourceCode,
      callbackContext: (fn) => this.callbackContext(fn),
      projectKind: (module, exportName) => importedProjectKind(this.filename, module, exportName, this.importContext),
    });
    this.contexts = new AsyncContexts({
      registrationOf: (fn) => this.registrationOf(fn),
      fixtureOf: (fn) => this.fixtureOf(fn),
      referencesTo: (fn) => this.referencesTo(fn),
      isDetached: (fn) => this.isDetached(fn),
    });
    this.nameRegistrations = new NameRegistrations({
      testCall: (call) => this.testCall(call),
      localFunction: (node) => localFunction(node, this.bindings),
    });
    // Before any other question, so that none of them meets itself (see NameRegistrations).
    this.nameRegistrations.settleAll(this.bindings.localsPassedToCalls);
  }

  /** What the project around the file says: its runner and that runner's config, read on first use. */
  get project(): ProjectFacts {
    return (this.projectFacts ??= projectFactsOf(this.filename));
  }

  /** The project's facts when they are about this file's runner. */
  private get ownProject(): ProjectFacts | undefined {
    return this.project.framework === this.framework ? this.project : undefined;
  }

  /** The runner options that undo overrides after every test: the project's config, then the settings over it. */
  get runnerConfig(): Readonly<Partial<Record<RunnerSetting, boolean>>> {
    return (this.runnerOptions ??= { ...this.ownProject?.autoUndo, ...this.settings.runnerConfig });
  }

  /** Whether what this file overrides stays in it: the runner's default, unless the project's config turns it off. */
  get isolatesFiles(): boolean {
    return this.ownProject?.isolatesFiles ?? this.runner?.isolatesFiles === true;
  }

  /** The project's runs end the process once they are over, whatever is left open (mocha `--exit`). */
  get forcesExit(): boolean {
    return this.ownProject?.forcesExit === true;
  }

  /**
   * A rejection nothing awaits is lost without a word: the runner drops it (mocha), and neither a setup file, the file
   * itself nor a project module it imports registers a handler of its own for unhandled rejections.
   */
  get losesUnawaitedRejections(): boolean {
    if (this.runner?.losesUnawaitedRejections !== true || this.ownProject?.handlesUnhandledRejections === true) return false;
    return (this.rejectionsLost ??= !this.handlesRejectionsItself());
  }

  private handlesRejectionsItself(): boolean {
    if (handlesUnhandledRejections(this.sourceCode.text)) return true;
    return relativeModulesOf(this.sourceCode.ast).some((specifier) => {
      const file = resolveProjectModule(this.filename, specifier);
      const text = file === undefined ? undefined : readText(file);
      return text !== undefined && handlesUnhandledRejections(text);
    });
  }

  /**
   * No run executes the file: the runner only type-checks it (vitest's `*.test-d.ts`), or the project's runner configs
   * list their test files and none takes it. Nothing in it happens at run time.
   */
  get neverRuns(): boolean {
    return (this.runsNever ??= this.isTypeCheckedOnly() || this.project.runByNone === true);
  }

  private isTypeCheckedOnly(): boolean {
    const globs = this.runner?.typeCheckedOnly;
    if (globs === undefined) return false;
    let matches = typeCheckedMatchers.get(globs);
    if (matches === undefined) typeCheckedMatchers.set(globs, (matches = picomatch(globs as string[])));
    return matches(path.basename(this.filename));
  }

  /** What the project's setup files undo around every test, as `library#method` (`sinon#restore`). */
  get rootHookUndos(): ReadonlySet<string> {
    return this.ownProject?.rootHookUndos ?? noUndos;
  }

  /**
   * Whether a value of this file can have a kind with the feature (see `Knowledge.featuresReachedFrom`): a rule that
   * looks only for such values has nothing to look at otherwise.
   */
  mayMeet(feature: KindFeature): boolean {
    const sources = { modules: this.bindings.importedModules, globals: this.bindings.globalNames, framework: this.framework };
    this.reachedFeatures ??= this.settings.knowledge.featuresReachedFrom(sources);
    if (this.reachedFeatures.has(feature)) return true;
    // Only then are the project's own modules that the file imports read, for the libraries they reach.
    this.projectFeatures ??= this.settings.knowledge.featuresReachedFrom({ ...sources, modules: this.modulesReachedThroughProject() });
    return this.projectFeatures.has(feature);
  }

  /** The file's imports, with the library modules its imports of the project's own modules reach. */
  private modulesReachedThroughProject(): Set<string> {
    const modules = new Set(this.bindings.importedModules);
    for (const specifier of this.bindings.importedModules) {
      if (this.settings.knowledge.libraryOfModule(specifier) !== undefined) continue;
      for (const library of librariesReachedThrough(this.filename, specifier, this.importContext)) modules.add(library);
    }
    return modules;
  }

  /** How the file asks about the project modules it imports. */
  private get importContext(): ImportContext {
    return { settings: this.settings, framework: this.framework };
  }

  /**
   * The calls a helper makes on what a call gives it, written as if at the call site: `closePool(pool)`, whose body
   * runs `p.end()`, gives `pool.end()`. For same-file helpers and those of the project's own modules.
   */
  callsOnArguments(call: TSESTree.CallExpression): readonly TSESTree.CallExpression[] {
    let calls = this.argumentCalls.get(call);
    if (calls === undefined) {
      const uses = this.parameterUsesOfCallee(call.callee);
      calls = uses === undefined ? [] : callsAt(call, uses);
      this.argumentCalls.set(call, calls);
    }
    return calls;
  }

  private parameterUsesOfCallee(callee: TSESTree.Node): ParameterUses | undefined {
    const local = localFunction(callee, this.bindings);
    if (local === undefined) return projectParameterUses(this.values.kindOf(callee));
    if (this.localUses.has(local)) return this.localUses.get(local) ?? undefined;
    // A helper that passes its parameter on to itself is answered with nothing while it is being read.
    this.localUses.set(local, null);
    const uses = parameterUsesOf(
      local,
      (node) => this.sourceCode.getDeclaredVariables(node),
      (inner) => this.parameterUsesOfCallee(inner),
    );
    this.localUses.set(local, uses);
    return uses;
  }

  /** The role of a call, if it registers a suite, test, hook, step, teardown or fixtures. */
  testCall(call: TSESTree.CallExpression): TestCall | undefined {
    // Most calls cannot register (`expect(x).toBe(y)`): that is settled by the member name or the callee's kind,
    // without an entry here.
    if (!this.calleeMay('register', call.callee)) return undefined;
    let known = this.calls.get(call);
    if (known === undefined) {
      let kind = this.values.kindOf(call.callee);
      if (kind?.callRole === undefined) return undefined;
      const inTest = kind.inRunningTest;
      if (inTest !== undefined && this.asyncContext(call)?.role === 'test') kind = inTest;
      known = classifyCall(call, kind, (node) => localFunction(node, this.bindings)) ?? null;
      this.calls.set(call, known);
    }
    return known ?? undefined;
  }

  /**
   * Whether a call through `callee` may do what the capability says, before classifying it: a member call only when
   * the knowledge reaches such a kind by its name (`Knowledge.memberMay`); any other callee may.
   */
  calleeMay(capability: MemberCapability, callee: TSESTree.Node): boolean {
    const node = skipTransparent(callee);
    if (node.type !== AST_NODE_TYPES.MemberExpression) return true;
    const name = memberName(node);
    return name !== undefined && this.settings.knowledge.memberMay(capability, name);
  }

  /** The registration whose callback `fn` is. */
  registrationOf(fn: FunctionNode): TestCall | undefined {
    const parent = fn.parent;
    if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(fn as TSESTree.Expression)) {
      const call = this.testCall(parent);
      return call?.callback === fn ? call : undefined;
    }
    // A same-file function passed by name: `it('logs in', checkLogin)`.
    return this.nameRegistrations.of(fn);
  }

  /** The expressions that name a same-file function where it can be called or passed: `helper`, `helpers.create`. */
  referencesTo(fn: FunctionNode): readonly TSESTree.Node[] {
    const variable = this.variableOfFunction(fn);
    if (variable !== undefined) {
      return variable.references.filter((reference) => reference.init !== true).map((reference) => reference.identifier);
    }
    const property = fn.parent;
    if (property?.type !== AST_NODE_TYPES.Property || property.value !== fn) return [];
    const key = propertyKeyName(property);
    const declarator = property.parent.parent;
    if (key === undefined || declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== property.parent) return [];
    const objectVariable = this.sourceCode.getDeclaredVariables(declarator)[0];
    return (objectVariable?.references ?? []).flatMap((reference) => {
      const member = reference.identifier.parent;
      const named = member?.type === AST_NODE_TYPES.MemberExpression && member.object === reference.identifier && memberName(member) === key;
      return named ? [member] : [];
    });
  }

  /** Whether the function is handed to a call that runs it apart from the test (React's `useEffect`). */
  private isDetached(fn: FunctionNode): boolean {
    const call = fn.parent;
    return call?.type === AST_NODE_TYPES.CallExpression && call.callee !== fn && this.values.kindOf(call.callee)?.detachesCallback === true;
  }

  fixtureOf(fn: FunctionNode): Fixture | undefined {
    return fixtureDefinedBy(fn, (call) => this.testCall(call));
  }

  /** Setup → teardown pairing over this file, built on first use. */
  get pairing(): Pairing {
    this.pairingEngine ??= new Pairing({
      sourceCode: this.sourceCode,
      asyncContext: (node) => this.asyncContext(node),
      testCall: (call) => this.testCall(call),
      registrationOf: (fn) => this.registrationOf(fn),
      localFunction: (callee) => localFunction(callee, this.bindings),
      callsOnArguments: (call) => this.callsOnArguments(call),
      isThrowingAssertion: (call) => this.values.isThrowingAssertion(call),
    });
    return this.pairingEngine;
  }

  asyncContext(node: TSESTree.Node): AsyncContext | undefined {
    return this.contexts.of(node);
  }

  asyncContextOfFunction(fn: FunctionNode): AsyncContext | undefined {
    return this.contexts.ofFunction(fn);
  }

  /** The variable a function is bound to: `function f() {}`, `const f = () => {}`. */
  private variableOfFunction(fn: FunctionNode): TSESLint.Scope.Variable | undefined {
    const declarator = fn.parent;
    const declares =
      fn.type === AST_NODE_TYPES.FunctionDeclaration
        ? fn
        : declarator?.type === AST_NODE_TYPES.VariableDeclarator && declarator.init === fn && declarator.id.type === AST_NODE_TYPES.Identifier
          ? declarator
          : undefined;
    if (declares === undefined) return undefined;
    // A function declaration also declares its parameters.
    const variable = this.sourceCode
      .getDeclaredVariables(declares)
      .find((declared) => declared.defs[0]?.node === declares && declared.defs[0].type !== 'Parameter');
    return variable?.defs.length === 1 ? variable : undefined;
  }

  /** What the runner passes a registered callback or fixture, and in which parameter. */
  private callbackContext(fn: FunctionNode): { kind: Kind; param: number } | undefined {
    const registration = this.registrationOf(fn);
    if (registration !== undefined) {
      const kind = registration.kind.callbackContext;
      return kind === undefined || registration.contextParam === undefined ? undefined : { kind, param: registration.contextParam };
    }
    const kind = this.fixtureOf(fn)?.definition.kind.callbackContext;
    return kind === undefined ? undefined : { kind, param: 0 };
  }
}

/**
 * The uses of a helper's parameters as calls on the arguments of one call of it, made once per call: they stand where
 * the call stands (its range, as children of it), so that a matcher reads them as written there.
 */
function callsAt(call: TSESTree.CallExpression, uses: ParameterUses): TSESTree.CallExpression[] {
  const made: TSESTree.CallExpression[] = [];
  uses.forEach((parameterUses, position) => {
    const argument = call.arguments[position];
    if (argument === undefined || argument.type === AST_NODE_TYPES.SpreadElement) return;
    for (const use of parameterUses) {
      const synthetic = syntheticNode<TSESTree.CallExpression>(call, call, {
        type: AST_NODE_TYPES.CallExpression,
        optional: false,
        typeArguments: undefined,
      });
      if ('passedTo' in use) {
        // `clearInterval(timer)`: the argument where the helper put its parameter, nothing in the places before it.
        synthetic.callee = identifier(call, synthetic, use.passedTo);
        synthetic.arguments = Array.from({ length: use.position + 1 }, (_, index) =>
          index === use.position ? argument : identifier(call, synthetic, 'undefined'),
        );
      } else {
        let callee: TSESTree.Expression = argument;
        for (const method of use.methods) {
          const member = syntheticNode<TSESTree.MemberExpressionNonComputedName>(call, synthetic, {
            type: AST_NODE_TYPES.MemberExpression,
            object: callee,
            computed: false,
            optional: false,
          });
          member.property = identifier(call, member, method);
          if (callee !== argument) callee.parent = member;
          callee = member;
        }
        synthetic.callee = callee;
        synthetic.arguments = [];
      }
      made.push(synthetic);
    }
  });
  return made;
}

function syntheticNode<T extends TSESTree.Node>(at: TSESTree.Node, parent: TSESTree.Node, fields: Partial<T>): T {
  return { ...fields, range: at.range, loc: at.loc, parent } as T;
}

function identifier(at: TSESTree.Node, parent: TSESTree.Node, name: string): TSESTree.Identifier {
  return syntheticNode<TSESTree.Identifier>(at, parent, {
    type: AST_NODE_TYPES.Identifier,
    name,
    decorators: [],
    optional: false,
    typeAnnotation: undefined,
  });
}

const cache = new WeakMap<object, TestFile>();

interface ContextLike {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly settings: Readonly<Record<string, unknown>>;
  readonly filename: string;
  readonly physicalFilename?: string;
}

/**
 * The model of the file being linted, shared by every rule. Cached per syntax tree: oxlint reuses one `SourceCode`
 * object for every file, but each file has its own tree.
 */
export function testFileOf(context: ContextLike): TestFile {
  const sourceCode = context.sourceCode;
  let file = cache.get(sourceCode.ast);
  if (file === undefined || file.sourceCode !== sourceCode) {
    file = new TestFile(sourceCode, readSettings(context.settings), context.physicalFilename ?? context.filename);
    cache.set(sourceCode.ast, file);
  }
  return file;
}

/** The relative modules a file imports or requires at its top level (`./common`, `../helpers/db.js`). */
function relativeModulesOf(program: TSESTree.Program): string[] {
  const specifiers: (string | undefined)[] = [];
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) specifiers.push(statement.source.value);
    else if (statement.type === AST_NODE_TYPES.ExpressionStatement) specifiers.push(requiredModule(statement.expression)?.module);
    else if (statement.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const { init } of statement.declarations) specifiers.push(init === null ? undefined : requiredModule(init)?.module);
    }
  }
  return specifiers.filter((specifier): specifier is string => specifier?.startsWith('.') === true);
}
