/**
 * "Is this expression a promise?" — answered without type information from library knowledge (a value's kind comes from
 * its import, a factory or constructor call, a property or method of another kind, or the test context the runner
 * passes), from same-file functions that are async or return a promise (to a fixed point), from the user's
 * `asyncFunctions` setting, and, when the parser has a program and the caller asks for it, from the type checker.
 */
import type { ParserServices, TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from './ast';
import type * as ts from 'typescript';
import {
  exportKind,
  methodByArgument,
  runnerOfLocalReexports,
  typeKind,
  userAsyncFunction,
  valuePropertyKind,
  type Framework,
  type Kind,
  type MethodByArgumentRule,
  type ValueInfo,
} from '../knowledge';
import type { AsyncTestSettings } from '../settings';
import { destructuredKey, type Binding, type Bindings } from './bindings';
import { isCallback, localFunction, singleInit } from './local-functions';
import { mockedModules } from './mocked-modules';
import {
  calleePath,
  isFunction,
  isNothing,
  memberName,
  propertyKeyName,
  returnStatementsOf,
  skipTransparent,
  someNode,
  type FunctionNode,
} from './nodes';

export type { ValueInfo } from '../knowledge';

/** What the value analysis needs from the rest of the model. */
export interface ValueHost {
  readonly bindings: Bindings;
  readonly framework: Framework | undefined;
  readonly settings: AsyncTestSettings;
  readonly sourceCode: Readonly<Pick<TSESLint.SourceCode, 'ast' | 'visitorKeys' | 'parserServices'>>;
  /**
   * The kind of an export of one of the project's own modules (a relative path, a workspace package), asked only when
   * no library knowledge names the module: see src/project/modules.ts.
   */
  projectKind?(module: string, exportName: string): Kind | undefined;
  /**
   * What the runner passes a registered callback or fixture (the test context, Playwright fixtures), and where. The
   * answer asks this analysis for the kind of the registering call's callee, which may come from an outer callback's
   * parameter (`t.test` in node:test): the questions move outwards, to the registration of an enclosing callback, and
   * end at a function registered by name, which the file model settles before any question (`NameRegistrations`).
   */
  callbackContext(fn: FunctionNode): { readonly kind: Kind; readonly param: number } | undefined;
}

const promise: ValueInfo = { awaitable: 'promise' };
/** In a memo: `unknown` is a cached "nothing known", `pending` a question still being answered. */
const unknown = Symbol('unknown');
const pending = Symbol('pending');
type Memo<K, V> = Map<K, V | typeof unknown | typeof pending>;
const promiseChainMethods = new Set(['then', 'catch', 'finally']);
// Local modules that re-export the runner's API with fixtures (Playwright's `import { test } from './fixtures'`).
const runnerReexports = new Set(['test', 'it', 'describe', 'expect']);

export class ValueAnalysis {
  private readonly infos: Memo<TSESTree.Node, ValueInfo> = new Map();
  private readonly variableInfos: Memo<TSESLint.Scope.Variable, ValueInfo> = new Map();
  /** Imports and globals by binding (an import's binding object is shared by all its references) and name. */
  private readonly importInfos = new Map<Binding, ValueInfo | undefined>();
  private readonly globalInfos = new Map<string, ValueInfo | undefined>();
  private readonly promiseReturning: Memo<FunctionNode, boolean> = new Map();
  private cycleSeen = false;
  private mocked: ReadonlySet<string> | undefined;

  constructor(private readonly host: ValueHost) {}

  /** What the library knowledge says about a value, or undefined when nothing is known. */
  infoOf(node: TSESTree.Node): ValueInfo | undefined {
    // An identifier's answer is kept per binding (see identifierInfo): one entry per use would only repeat it.
    if (node.type === AST_NODE_TYPES.Identifier) return this.identifierInfo(node);
    return this.settle(node, this.infos, this.compute);
  }

  /**
   * A memoised answer that may depend on itself (a variable assigned from itself, mutually recursive functions). A
   * question met again while it is being answered gets "unknown"; an answer that relied on such an unfinished answer is
   * not cached unless it is positive, so the fixed point does not depend on the order of asking. One map holds both
   * the answers and the questions in progress: `infoOf` is the most frequent call of the analysis.
   */
  private settle<K, V>(key: K, memo: Memo<K, V>, compute: (this: ValueAnalysis, key: K) => V | undefined): V | undefined {
    const cached = memo.get(key);
    if (cached === pending) {
      this.cycleSeen = true;
      return undefined;
    }
    if (cached !== undefined) return cached === unknown ? undefined : cached;
    memo.set(key, pending);
    const cycleBefore = this.cycleSeen;
    this.cycleSeen = false;
    const value = compute.call(this, key);
    if ((value !== undefined && value !== false) || !this.cycleSeen) memo.set(key, value === undefined ? unknown : value);
    else memo.delete(key);
    this.cycleSeen ||= cycleBefore;
    return value;
  }

  private awaitableOf(node: TSESTree.Node): ValueInfo | undefined {
    const info = this.infoOf(node);
    return info?.awaitable === undefined ? undefined : info;
  }

  kindOf(node: TSESTree.Node): Kind | undefined {
    return this.infoOf(node)?.kind;
  }

  /** Whether a function is async or returns a promise on some path. */
  returnsPromise(fn: FunctionNode): boolean {
    if (fn.generator) return false;
    if (fn.async) return true;
    return this.settle(fn, this.promiseReturning, this.computeReturnsPromise) ?? false;
  }

  /**
   * Some `return` of a function that is not `async` gives a promise, and none gives nothing: one that can end with
   * `return;` or `return undefined` (`if (!x) return;` before `return fetch(…)`) is not known to give a promise.
   */
  private computeReturnsPromise(fn: FunctionNode): boolean {
    if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return this.isAwaitable(fn.body);
    const returned = returnStatementsOf(fn, this.host.sourceCode.visitorKeys).map((statement) => statement.argument);
    if (returned.some((argument) => argument === null || isNothing(argument))) return false;
    return returned.some((argument) => argument !== null && this.isAwaitable(argument));
  }

  isAwaitable(node: TSESTree.Node): boolean {
    return this.infoOf(node)?.awaitable !== undefined;
  }

  /** `new X(...)`, or a variable initialised with it. */
  private isConstructed(node: TSESTree.Node | undefined): boolean {
    if (node?.type === AST_NODE_TYPES.NewExpression) return true;
    if (node?.type !== AST_NODE_TYPES.Identifier) return false;
    const binding = this.host.bindings.of(node);
    return binding?.type === 'local' && singleInit(binding.variable)?.type === AST_NODE_TYPES.NewExpression;
  }

  /** What a method call on a value of unknown kind is, judged by its first argument (`app.inject({ url })`). */
  resultByArgumentShape(call: TSESTree.CallExpression): ValueInfo | undefined {
    const callee = skipTransparent(call.callee);
    const name = callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee) : undefined;
    const rule = name === undefined ? undefined : methodByArgument(name);
    return rule !== undefined && argumentMatches(rule, call.arguments[0]) ? rule.result : undefined;
  }

  /** Asked only where a kind cares (callback-style APIs): most calls are assertions that take no callback. */
  private endsWithCallback(call: TSESTree.CallExpression): boolean {
    return isCallback(call.arguments.at(-1), this.host.bindings);
  }

  /** An assertion: a matcher on `expect(x)`, a node:assert or chai call. */
  isAssertionCall(node: TSESTree.Node): boolean {
    return this.assertingKind(node) !== undefined;
  }

  /** An assertion that throws when it fails, so that the test's code after it does not run (not tap's `t.equal`). */
  isThrowingAssertion(node: TSESTree.Node): boolean {
    return this.assertingKind(node)?.assertionsThrow === true;
  }

  private assertingKind(node: TSESTree.Node): Kind | undefined {
    if (node.type !== AST_NODE_TYPES.CallExpression) return undefined;
    const callee = skipTransparent(node.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) {
      const kind = this.kindOf(callee);
      return kind?.asserts === true ? kind : undefined;
    }
    const kind = this.kindOf(callee.object);
    return kind?.matchesSubject === true || kind?.asserts === true ? kind : undefined;
  }

  /** With a type checker: whether the expression's type has a callable `then`. */
  typeIsThenable(node: TSESTree.Node): boolean {
    const services = this.host.sourceCode.parserServices as Partial<ParserServices> | undefined;
    if (services?.program == null || services.esTreeNodeToTSNodeMap === undefined) return false;
    const checker = services.program.getTypeChecker();
    const tsNode = services.esTreeNodeToTSNodeMap.get(node as TSESTree.Expression);
    return isThenableType(checker, tsNode, checker.getTypeAtLocation(tsNode));
  }

  private compute(rawNode: TSESTree.Node): ValueInfo | undefined {
    const node = skipTransparent(rawNode);
    switch (node.type) {
      case AST_NODE_TYPES.Identifier:
        return this.identifierInfo(node);
      case AST_NODE_TYPES.MemberExpression: {
        const name = memberName(node);
        if (name === undefined) return undefined;
        const objectKind = this.kindOf(node.object);
        if (objectKind !== undefined) return objectKind.property(name)?.info;
        return valuePropertyKind(name, this.host.bindings.importedModules)?.info;
      }
      case AST_NODE_TYPES.CallExpression:
        return this.callInfo(node);
      case AST_NODE_TYPES.NewExpression:
        return this.kindOf(node.callee)?.construct;
      case AST_NODE_TYPES.TaggedTemplateExpression:
        return this.kindOf(node.tag)?.tagged;
      case AST_NODE_TYPES.AwaitExpression: {
        // Awaiting unwraps every thenable: what it gives is never awaitable, whatever a table says it resolves to.
        const resolved = this.infoOf(node.argument)?.resolvesTo?.info;
        return resolved?.awaitable === undefined ? resolved : undefined;
      }
      case AST_NODE_TYPES.ConditionalExpression:
        return this.awaitableOf(node.consequent) ?? this.awaitableOf(node.alternate);
      // `class User extends Model {}`: the subclass has the statics of its base (`User.query()`), and `new User()`
      // makes what the base makes.
      case AST_NODE_TYPES.ClassExpression:
      case AST_NODE_TYPES.ClassDeclaration:
        return node.superClass == null ? undefined : this.kindOf(node.superClass)?.info;
      case AST_NODE_TYPES.LogicalExpression:
        return this.awaitableOf(node.right) ?? (node.operator === '&&' ? undefined : this.awaitableOf(node.left));
      default:
        return undefined;
    }
  }

  private callInfo(call: TSESTree.CallExpression): ValueInfo | undefined {
    const callee = skipTransparent(call.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression) {
      const name = memberName(callee);
      if (name === undefined) return undefined;
      const objectInfo = this.infoOf(callee.object);
      const objectKind = objectInfo?.kind;
      // `.then(cb)` on a thenable is a promise, whatever the thenable says about callbacks.
      if (promiseChainMethods.has(name) && objectInfo?.awaitable !== undefined) return promise;
      if (objectKind !== undefined) {
        if (objectKind.takesCallbacks && this.endsWithCallback(call) && !isFunctionAssertion(objectKind, name, call)) return {};
        // A function of a module object with a callback form (`undici.request(url, options, cb)`).
        if (objectKind.property(name)?.takesCallbacks === true && this.endsWithCallback(call)) return {};
        if (objectKind.returnsConstructedArgument(name) && this.isConstructed(call.arguments[0])) return {};
        const result = objectKind.methodResult(name);
        if (result !== undefined) return objectKind.property(name)?.callRole === 'fixtures' ? this.withFixtures(result, call) : result;
      }
      // `.then()` on anything else is a promise chain too (`.catch()`/`.finally()` are not that telling).
      if (name === 'then') return promise;
      if (objectKind === undefined) {
        const byArgument = methodByArgument(name);
        if (byArgument !== undefined && argumentMatches(byArgument, call.arguments[0]) && !this.endsWithCallback(call)) return byArgument.result;
      }
    } else {
      const calleeKind = this.kindOf(callee);
      if (calleeKind !== undefined) {
        if (calleeKind.takesCallbacks && this.endsWithCallback(call)) return {};
        const result = calleeKind.call;
        if (result !== undefined) return calleeKind.callRole === 'fixtures' ? this.withFixtures(result, call) : result;
      }
    }
    const helper = localFunction(callee, this.host.bindings);
    if (helper !== undefined) return this.returnsPromise(helper) ? promise : undefined;
    return this.isUserAsyncFunction(callee) ? userAsyncFunction.call : undefined;
  }

  /**
   * `test.extend({ db: async ({}, use) => { …; await use(pool); … } })` gives the runner's test whose callbacks also
   * receive each fixture, of the kind the fixture hands to `use` (or of its value, for a fixture that is no function).
   */
  private withFixtures(result: ValueInfo, call: TSESTree.CallExpression): ValueInfo {
    const fixtures = call.arguments[0];
    if (result.kind === undefined || fixtures?.type !== AST_NODE_TYPES.ObjectExpression) return result;
    return result.kind.withFixtures((name) => {
      const property = fixtures.properties.find(
        (candidate): candidate is TSESTree.Property => candidate.type === AST_NODE_TYPES.Property && propertyKeyName(candidate) === name,
      );
      return property === undefined ? undefined : this.fixtureKind(property.value);
    }).info;
  }

  /** The kind a fixture gives a test: what every `use(…)` of its function is handed, when they agree; else its value's. */
  private fixtureKind(value: TSESTree.Node): Kind | undefined {
    // Playwright's `[async ({}, use) => { … }, { scope: 'worker' }]`.
    const fn = value.type === AST_NODE_TYPES.ArrayExpression ? value.elements[0] : value;
    if (fn === null || fn === undefined || fn.type === AST_NODE_TYPES.SpreadElement) return undefined;
    if (!isFunction(fn)) return this.kindOf(fn);
    const use = fn.params[1];
    if (use?.type !== AST_NODE_TYPES.Identifier) return undefined;
    const handed: TSESTree.Node[] = [];
    someNode(fn.body, this.host.sourceCode.visitorKeys, true, (node) => {
      if (node.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.Identifier || node.callee.name !== use.name)
        return false;
      if (this.host.bindings.localVariableOf(node.callee)?.defs[0]?.name !== use) return false;
      const argument = node.arguments[0];
      if (argument !== undefined) handed.push(argument);
      return false;
    });
    const kinds = handed.map((argument) => this.kindOf(argument));
    const first = kinds[0];
    return first !== undefined && kinds.every((kind) => kind === first) ? first : undefined;
  }

  private identifierInfo(identifier: TSESTree.Identifier): ValueInfo | undefined {
    const binding = this.host.bindings.of(identifier);
    if (binding === undefined) return undefined;
    switch (binding.type) {
      case 'global':
        if (!this.globalInfos.has(binding.name)) this.globalInfos.set(binding.name, this.declaredKind(binding)?.info);
        return this.globalInfos.get(binding.name);
      case 'import':
        if (!this.importInfos.has(binding)) {
          this.importInfos.set(binding, this.isMocked(binding.module) ? undefined : this.declaredKind(binding)?.info);
        }
        return this.importInfos.get(binding);
      case 'local':
        return this.variableInfo(binding.variable);
    }
  }

  /** What the library knowledge says an import or a global is. */
  private declaredKind(binding: Exclude<Binding, { type: 'local' }>): Kind | undefined {
    const { knowledge } = this.host.settings;
    if (binding.type === 'global') return knowledge.globalKind(binding.name, this.host.framework);
    const library = knowledge.libraryOfModule(binding.module);
    if (library !== undefined) return exportKind(library, binding.exportName, binding.module);
    const own = this.host.projectKind?.(binding.module, binding.exportName);
    if (own !== undefined) return own;
    const runner = this.runnerReexportLibrary(binding);
    return runner === undefined ? undefined : exportKind(runner, binding.exportName, binding.module);
  }

  /** Whether the file replaces the module with a mock: then nothing is claimed about what its exports make. */
  private isMocked(module: string): boolean {
    // `vi` and `jest` are read straight from their import or global: asking the value analysis would ask for the mocks.
    this.mocked ??= mockedModules(
      this.host.sourceCode.ast,
      this.host.bindings,
      (runner, method) => this.declaredKind(runner)?.mocksModuleWith(method) === true,
    );
    return this.mocked.has(module);
  }

  private runnerReexportLibrary(binding: { module: string; exportName: string }) {
    if (!binding.module.startsWith('.') || !runnerReexports.has(binding.exportName)) return undefined;
    return runnerOfLocalReexports(this.host.framework).library;
  }

  private variableInfo(variable: TSESLint.Scope.Variable): ValueInfo | undefined {
    return this.settle(variable, this.variableInfos, this.computeVariableInfo);
  }

  private computeVariableInfo(variable: TSESLint.Scope.Variable): ValueInfo | undefined {
    const def = variable.defs[0];
    if (def === undefined || variable.defs.length !== 1) return undefined;
    if (def.type === 'Parameter') return this.parameterInfo(def.node as FunctionNode, def.name as TSESTree.Identifier);
    if (def.type === 'ClassName') return this.infoOf(def.node);
    if (def.type !== 'Variable' || def.node.type !== AST_NODE_TYPES.VariableDeclarator) return undefined;
    const declarator = def.node;
    if (declarator.id.type === AST_NODE_TYPES.ObjectPattern) {
      const key = destructuredKey(declarator.id, def.name);
      if (key === undefined || declarator.init === null) return undefined;
      return this.kindOf(declarator.init)?.property(key)?.info;
    }
    if (declarator.id.type !== AST_NODE_TYPES.Identifier) return undefined;
    const annotated = this.annotationInfo(declarator.id.typeAnnotation);
    if (annotated !== undefined) return annotated;
    // Every value written to the variable (its initializer, and assignments such as `x = request(app)` in a hook)
    // must agree on the kind; otherwise nothing is claimed.
    const written: TSESTree.Node[] = [];
    if (declarator.init !== null) written.push(declarator.init);
    for (const reference of variable.references) {
      if (!reference.isWrite() || reference.writeExpr == null || reference.writeExpr === declarator.init) continue;
      const assignment = reference.identifier.parent;
      if (assignment?.type !== AST_NODE_TYPES.AssignmentExpression || assignment.operator !== '=') return undefined;
      written.push(reference.writeExpr);
    }
    const infos = written.map((expression) => this.infoOf(expression));
    const first = infos[0];
    if (first === undefined) return undefined;
    return infos.every((info) => info !== undefined && info.kind === first.kind && info.awaitable === first.awaitable) ? first : undefined;
  }

  /** A parameter of a registered callback: the test context, Playwright fixtures, or a destructured part of them. */
  private parameterInfo(fn: FunctionNode, name: TSESTree.Identifier): ValueInfo | undefined {
    const annotated = this.annotationInfo(name.typeAnnotation);
    if (annotated !== undefined) return annotated;
    const context = this.host.callbackContext(fn);
    const param = context === undefined ? undefined : fn.params[context.param];
    if (context === undefined || param === undefined) return undefined;
    if (param.type === AST_NODE_TYPES.Identifier && param.name === name.name) return context.kind.info;
    if (param.type === AST_NODE_TYPES.ObjectPattern) {
      const key = destructuredKey(param, name);
      return key === undefined ? undefined : context.kind.property(key)?.info;
    }
    return undefined;
  }

  /** `x: Repository<User>` or `x: pg.Pool`, where the type is imported from a known library. */
  private annotationInfo(annotation: TSESTree.TSTypeAnnotation | undefined): ValueInfo | undefined {
    const type = annotation?.typeAnnotation;
    if (type?.type !== AST_NODE_TYPES.TSTypeReference) return undefined;
    const name = type.typeName;
    const root = name.type === AST_NODE_TYPES.TSQualifiedName ? name.left : name;
    if (root.type !== AST_NODE_TYPES.Identifier) return undefined;
    const binding = this.host.bindings.of(root);
    if (binding?.type !== 'import') return undefined;
    const library = this.host.settings.knowledge.libraryOfModule(binding.module);
    if (library === undefined || this.isMocked(binding.module)) return undefined;
    if (name.type === AST_NODE_TYPES.TSQualifiedName) return typeKind(library, name.right.name)?.info;
    return typeKind(library, binding.exportName)?.info;
  }

  private isUserAsyncFunction(callee: TSESTree.Node): boolean {
    const { asyncFunctions } = this.host.settings;
    if (asyncFunctions.length === 0) return false;
    const path = calleePath(callee);
    if (path === undefined) return false;
    const binding = this.host.bindings.of(path.root);
    const localName = [path.root.name, ...path.members].join('.');
    return asyncFunctions.some((entry) => {
      if (entry.module === undefined) return entry.name === localName;
      if (binding?.type !== 'import' || binding.module !== entry.module) return false;
      const exportPath = binding.exportName === '*' ? path.members : [binding.exportName, ...path.members];
      return entry.name === localName || entry.name === exportPath.join('.');
    });
  }
}

/** `.expect((res) => …)` on a supertest request: the function checks the response; it is no completion callback. */
function isFunctionAssertion(kind: Kind, method: string, call: TSESTree.CallExpression): boolean {
  return call.arguments.length === 1 && kind.assertsWithFunction(method);
}

function argumentMatches(rule: MethodByArgumentRule, argument: TSESTree.Node | undefined): boolean {
  if (argument === undefined) return false;
  if (rule.firstArgument === 'url') {
    const text =
      argument.type === AST_NODE_TYPES.Literal && typeof argument.value === 'string'
        ? argument.value
        : argument.type === AST_NODE_TYPES.TemplateLiteral
          ? (argument.quasis[0]?.value.cooked ?? '')
          : undefined;
    return text !== undefined && (text.startsWith('/') || /^https?:\/\//.test(text));
  }
  return (
    argument.type === AST_NODE_TYPES.ObjectExpression &&
    argument.properties.some(
      (property) => property.type === AST_NODE_TYPES.Property && ['url', 'path', 'method'].includes(propertyKeyName(property) ?? ''),
    )
  );
}

function isThenableType(checker: ts.TypeChecker, node: ts.Node, type: ts.Type): boolean {
  if (type.isUnion()) return type.types.some((part) => isThenableType(checker, node, part));
  const then = type.getProperty('then');
  return then !== undefined && checker.getTypeOfSymbolAtLocation(then, node).getCallSignatures().length > 0;
}
