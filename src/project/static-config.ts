/**
 * A runner config read without running it: the object a config module exports (`export default defineConfig({…})`,
 * `module.exports = {…}`, a top-level `const config = {…}` exported by name), with the parts written as literals.
 * Anything computed (a call, a spread, a variable from elsewhere) is left out, so a reader sees only what the file
 * states; a config that states nothing readable gives an empty object.
 */
import { parseForESLint } from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '../analysis/ast';

export type ConfigValue = string | number | boolean | null | readonly ConfigValue[] | ConfigObject;
export interface ConfigObject {
  readonly [key: string]: ConfigValue;
}

/** Functions that wrap a config object and return it: vitest's, vite's and jest's helpers. */
const configWrappers = new Set(['defineConfig', 'defineProject', 'mergeConfig', 'defineWorkspace']);
const unknown = Symbol('unknown');

const readings = new Map<string, ConfigObject | undefined>();

/** The config object a module's text exports, read once per text. */
export function readConfigModule(text: string): ConfigObject | undefined {
  if (!readings.has(text)) readings.set(text, readConfigText(text));
  return readings.get(text);
}

/** A project module as parsed: its syntax tree, visitor keys and scopes. */
export interface ParsedModule {
  readonly program: TSESTree.Program;
  readonly visitorKeys: TSESLint.SourceCode.VisitorKeys;
  readonly scopeManager: TSESLint.Scope.ScopeManager;
}

/** A project module's syntax tree, or undefined when it does not parse (JavaScript or TypeScript, with JSX when asked). */
export function parseModule(text: string, jsx = false): ParsedModule | undefined {
  try {
    const { ast, visitorKeys, scopeManager } = parseForESLint(text, { sourceType: 'module', range: true, jsx });
    return {
      program: ast as TSESTree.Program,
      visitorKeys: visitorKeys as TSESLint.SourceCode.VisitorKeys,
      scopeManager: scopeManager as unknown as TSESLint.Scope.ScopeManager,
    };
  } catch {
    return undefined;
  }
}

function readConfigText(text: string): ConfigObject | undefined {
  const program = parseModule(text)?.program;
  if (program === undefined) return undefined;
  const exported = exportedExpression(program);
  if (exported === undefined) return undefined;
  const value = evaluate(exported, program, 0);
  return isObject(value) ? value : undefined;
}

function exportedExpression(program: TSESTree.Program): TSESTree.Node | undefined {
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ExportDefaultDeclaration) return statement.declaration;
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement) continue;
    const expression = statement.expression;
    if (expression.type !== AST_NODE_TYPES.AssignmentExpression || expression.left.type !== AST_NODE_TYPES.MemberExpression) continue;
    const { object, property } = expression.left;
    if (
      object.type === AST_NODE_TYPES.Identifier &&
      object.name === 'module' &&
      property.type === AST_NODE_TYPES.Identifier &&
      property.name === 'exports'
    ) {
      return expression.right;
    }
  }
  return undefined;
}

function isObject(value: ConfigValue | typeof unknown): value is ConfigObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function evaluate(node: TSESTree.Node, program: TSESTree.Program, depth: number): ConfigValue | typeof unknown {
  if (depth > 20) return unknown;
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
      return node.value instanceof RegExp || typeof node.value === 'bigint' ? unknown : node.value;
    case AST_NODE_TYPES.TemplateLiteral:
      return node.expressions.length === 0 ? (node.quasis[0]?.value.cooked ?? unknown) : unknown;
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
      return evaluate(node.expression, program, depth + 1);
    case AST_NODE_TYPES.ArrayExpression: {
      const items: ConfigValue[] = [];
      for (const element of node.elements) {
        const item = element === null || element.type === AST_NODE_TYPES.SpreadElement ? unknown : evaluate(element, program, depth + 1);
        // A list with a computed entry is not known as a whole.
        if (item === unknown) return unknown;
        items.push(item);
      }
      return items;
    }
    case AST_NODE_TYPES.ObjectExpression: {
      const object: Record<string, ConfigValue> = {};
      for (const property of node.properties) {
        if (property.type !== AST_NODE_TYPES.Property || property.computed) continue;
        const key =
          property.key.type === AST_NODE_TYPES.Identifier
            ? property.key.name
            : property.key.type === AST_NODE_TYPES.Literal
              ? String(property.key.value)
              : undefined;
        const value = key === undefined ? unknown : evaluate(property.value, program, depth + 1);
        if (key !== undefined && value !== unknown) object[key] = value;
      }
      return object;
    }
    case AST_NODE_TYPES.CallExpression: {
      // `defineConfig({…})`, `defineConfig(() => ({…}))`; `mergeConfig(base, {…})` keeps what the last object states.
      const callee = node.callee;
      const name = callee.type === AST_NODE_TYPES.Identifier ? callee.name : undefined;
      const last = node.arguments.at(-1);
      if (name === undefined || !configWrappers.has(name) || last === undefined) return unknown;
      return evaluate(last, program, depth + 1);
    }
    case AST_NODE_TYPES.ArrowFunctionExpression:
      return node.body.type === AST_NODE_TYPES.BlockStatement ? returnedValue(node.body, program, depth) : evaluate(node.body, program, depth + 1);
    case AST_NODE_TYPES.FunctionExpression:
      return returnedValue(node.body, program, depth);
    case AST_NODE_TYPES.Identifier:
      return constantValue(node.name, program, depth);
    default:
      return unknown;
  }
}

function returnedValue(body: TSESTree.BlockStatement, program: TSESTree.Program, depth: number): ConfigValue | typeof unknown {
  const returned = body.body.find((statement): statement is TSESTree.ReturnStatement => statement.type === AST_NODE_TYPES.ReturnStatement);
  return returned?.argument == null ? unknown : evaluate(returned.argument, program, depth + 1);
}

/** The value of a top-level `const name = …`. */
function constantValue(name: string, program: TSESTree.Program, depth: number): ConfigValue | typeof unknown {
  for (const statement of program.body) {
    const declaration =
      statement.type === AST_NODE_TYPES.ExportNamedDeclaration && statement.declaration?.type === AST_NODE_TYPES.VariableDeclaration
        ? statement.declaration
        : statement.type === AST_NODE_TYPES.VariableDeclaration
          ? statement
          : undefined;
    if (declaration?.kind !== 'const') continue;
    for (const declarator of declaration.declarations) {
      if (declarator.id.type === AST_NODE_TYPES.Identifier && declarator.id.name === name && declarator.init !== null) {
        return evaluate(declarator.init, program, depth + 1);
      }
    }
  }
  return unknown;
}
