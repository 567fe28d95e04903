/**
 * What a runner's setup files undo around every test, read without running them: the undo calls in their root hooks
 * (a top-level `beforeEach`/`afterEach`, or mocha's `mochaHooks` root hook plugin), each as the library whose value
 * is called and the method (`sinon#restore` for `afterEach(() => sinon.restore())`). A rule matches an override's
 * family-wide undo against them.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '../analysis/ast';
import { someNode } from '../analysis/nodes';
import { globalKind, libraryOfModule } from '../knowledge';
import { parseModule } from './static-config';

const hookNames = new Set(['beforeEach', 'afterEach']);

/**
 * The text registers a handler for unhandled rejections (`process.on('unhandledRejection', …)`): a project that does so
 * decides itself what becomes of a rejection nothing awaits (mongoose's test helper rethrows it, which fails the mocha
 * run), so a runner's own habit of dropping it is no evidence that a failure is lost.
 */
export function handlesUnhandledRejections(text: string): boolean {
  return (
    text.includes('unhandledRejection') && /process\s*\.\s*(?:on|once|addListener|prependListener)\s*\(\s*['"`]unhandledRejection['"`]/.test(text)
  );
}
const readings = new Map<string, ReadonlySet<string>>();

/** The `library#method` undo calls in the root hooks of a setup file's text, read once per text. */
export function rootHookUndos(text: string): ReadonlySet<string> {
  let undos = readings.get(text);
  if (undos === undefined) {
    undos = readRootHookUndos(text);
    readings.set(text, undos);
  }
  return undos;
}

function readRootHookUndos(text: string): ReadonlySet<string> {
  const parsed = parseModule(text);
  if (parsed === undefined) return new Set();
  const modules = importedModules(parsed.program);
  const undos = new Set<string>();
  // Every call in a hook's body, nested functions included, is noted; the walk never stops early.
  const note = (node: TSESTree.Node): boolean => {
    if (node.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.MemberExpression) return false;
    const method = node.callee.property.type === AST_NODE_TYPES.Identifier ? node.callee.property.name : undefined;
    let root: TSESTree.Node = node.callee.object;
    while (root.type === AST_NODE_TYPES.MemberExpression) root = root.object;
    if (method === undefined || root.type !== AST_NODE_TYPES.Identifier) return false;
    const module = modules.get(root.name);
    const library = module === undefined ? globalKind(root.name, undefined)?.library : libraryOfModule(module);
    if (library !== undefined) undos.add(`${library.name}#${method}`);
    return false;
  };
  for (const hook of rootHooks(parsed.program)) someNode(hook, parsed.visitorKeys, true, note);
  return undos;
}

/** Local names bound at the top level to a module: imports and `require` calls. */
function importedModules(program: TSESTree.Program): Map<string, string> {
  const modules = new Map<string, string>();
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) {
      for (const specifier of statement.specifiers) modules.set(specifier.local.name, String(statement.source.value));
    }
    if (statement.type !== AST_NODE_TYPES.VariableDeclaration) continue;
    for (const declarator of statement.declarations) {
      const init = declarator.init;
      const required =
        init?.type === AST_NODE_TYPES.CallExpression &&
        init.callee.type === AST_NODE_TYPES.Identifier &&
        init.callee.name === 'require' &&
        init.arguments[0]?.type === AST_NODE_TYPES.Literal
          ? String(init.arguments[0].value)
          : undefined;
      if (required === undefined) continue;
      if (declarator.id.type === AST_NODE_TYPES.Identifier) modules.set(declarator.id.name, required);
      if (declarator.id.type === AST_NODE_TYPES.ObjectPattern) {
        for (const property of declarator.id.properties) {
          if (property.type === AST_NODE_TYPES.Property && property.value.type === AST_NODE_TYPES.Identifier)
            modules.set(property.value.name, required);
        }
      }
    }
  }
  return modules;
}

/** The functions a setup file registers around every test. */
function rootHooks(program: TSESTree.Program): TSESTree.Node[] {
  const hooks: TSESTree.Node[] = [];
  for (const statement of program.body) {
    const expression = statement.type === AST_NODE_TYPES.ExpressionStatement ? statement.expression : undefined;
    // `beforeEach(fn)`, `afterEach(fn)` at the top level.
    if (
      expression?.type === AST_NODE_TYPES.CallExpression &&
      expression.callee.type === AST_NODE_TYPES.Identifier &&
      hookNames.has(expression.callee.name)
    ) {
      hooks.push(...expression.arguments);
    }
    // mocha's root hook plugin: `exports.mochaHooks = {…}`, `module.exports = { mochaHooks: {…} }`, `export const mochaHooks = {…}`.
    if (expression?.type === AST_NODE_TYPES.AssignmentExpression) hooks.push(...mochaHooksIn(expression.left, expression.right));
    if (statement.type === AST_NODE_TYPES.ExportNamedDeclaration && statement.declaration?.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of statement.declaration.declarations) {
        if (declarator.id.type === AST_NODE_TYPES.Identifier && declarator.id.name === 'mochaHooks' && declarator.init !== null) {
          hooks.push(...hookProperties(declarator.init));
        }
      }
    }
  }
  return hooks;
}

function mochaHooksIn(target: TSESTree.Node, value: TSESTree.Node): TSESTree.Node[] {
  const name =
    target.type === AST_NODE_TYPES.MemberExpression && target.property.type === AST_NODE_TYPES.Identifier ? target.property.name : undefined;
  if (name === 'mochaHooks') return hookProperties(value);
  if (name !== 'exports' || value.type !== AST_NODE_TYPES.ObjectExpression) return [];
  return value.properties.flatMap((property) =>
    property.type === AST_NODE_TYPES.Property && property.key.type === AST_NODE_TYPES.Identifier && property.key.name === 'mochaHooks'
      ? hookProperties(property.value)
      : [],
  );
}

/** The `beforeEach`/`afterEach` functions of a mocha hooks object (a function, or a list of them). */
function hookProperties(value: TSESTree.Node): TSESTree.Node[] {
  if (value.type !== AST_NODE_TYPES.ObjectExpression) return [];
  return value.properties.flatMap((property): TSESTree.Node[] => {
    if (property.type !== AST_NODE_TYPES.Property || property.key.type !== AST_NODE_TYPES.Identifier || !hookNames.has(property.key.name)) return [];
    return property.value.type === AST_NODE_TYPES.ArrayExpression ? property.value.elements.filter((element) => element !== null) : [property.value];
  });
}
