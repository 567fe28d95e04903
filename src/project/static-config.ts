/**
 * A runner config read without running it: the value a config module exports (`export default defineConfig({…})`,
 * `module.exports = {…}`, a top-level `const config = {…}` exported by name), with the parts written as literals, or
 * the data of a JSON, JSONC or YAML config. Anything computed (a call, a spread, a variable from elsewhere) is left
 * out and named, so a reader sees only what the file states and can say what it could not read.
 */
import path from 'node:path';
import { parseForESLint } from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import { parse as parseYaml } from 'yaml';
import { AST_NODE_TYPES } from '../analysis/ast';
import { readText } from './files';

export type ConfigValue = string | number | boolean | null | readonly ConfigValue[] | ConfigObject;
export interface ConfigObject {
  readonly [key: string]: ConfigValue;
}

export interface ConfigReading {
  /** What the file states, or undefined when it states nothing that can be read without running it. */
  readonly value?: ConfigValue;
  /**
   * Where the file computes at run time what it states: option paths (`test.restoreMocks`), with `…` for a spread or
   * a computed key (`test.…`).
   */
  readonly unread: readonly string[];
}

/** Functions that wrap a config object and return it: vitest's, vite's and jest's helpers. */
const configWrappers = new Set(['defineConfig', 'defineProject', 'mergeConfig', 'defineWorkspace']);
const unknown = Symbol('unknown');

const readings = new Map<string, ConfigReading>();

/** What a config module's text exports, read once per text. */
export function readConfigModule(text: string): ConfigReading {
  let reading = readings.get(text);
  if (reading === undefined) {
    reading = readConfigText(text);
    readings.set(text, reading);
  }
  return reading;
}

const dataReadings = new Map<string, ConfigReading>();

/** A config file read by its extension (JSON and JSONC alike, YAML, or a module), or undefined when there is none. */
export function readConfigFile(file: string): ConfigReading | undefined {
  const text = readText(file);
  if (text === undefined) return undefined;
  const extension = path.extname(file);
  if (!['.json', '.jsonc', '.yaml', '.yml'].includes(extension)) return readConfigModule(text);
  const key = `${extension}\0${text}`;
  let reading = dataReadings.get(key);
  if (reading === undefined) {
    reading = { value: extension.startsWith('.y') ? yamlValue(text) : jsoncValue(text), unread: [] };
    dataReadings.set(key, reading);
  }
  return reading;
}

function jsoncValue(text: string): ConfigValue | undefined {
  const errors: ParseError[] = [];
  // Comments, but no trailing comma: mocha 12 refuses a config with one (checked).
  const value: unknown = parseJsonc(text, errors, { allowTrailingComma: false });
  return errors.length === 0 ? dataValue(value) : undefined;
}

function yamlValue(text: string): ConfigValue | undefined {
  try {
    return dataValue(parseYaml(text));
  } catch {
    return undefined;
  }
}

/** The plain data of a parsed value (YAML may give dates and other objects, which no option here needs). */
function dataValue(value: unknown): ConfigValue | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) {
    const items = value.map(dataValue);
    return items.every((item) => item !== undefined) ? (items as ConfigValue[]) : undefined;
  }
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return undefined;
  const object: Record<string, ConfigValue> = {};
  for (const [key, item] of Object.entries(value)) {
    const data = dataValue(item);
    if (data !== undefined) object[key] = data;
  }
  return object;
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

interface Evaluation {
  readonly program: TSESTree.Program;
  readonly unread: string[];
}

function readConfigText(text: string): ConfigReading {
  const program = parseModule(text)?.program;
  const exported = program === undefined ? undefined : exportedExpression(program);
  if (program === undefined || exported === undefined) return { unread: [] };
  const evaluation: Evaluation = { program, unread: [] };
  const value = evaluate(exported, evaluation, '', 0);
  return value === unknown ? { unread: [] } : { value, unread: evaluation.unread };
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

/** An option path below `prefix` (`test` and `restoreMocks` give `test.restoreMocks`). */
function below(prefix: string, key: string): string {
  return prefix === '' ? key : `${prefix}.${key}`;
}

function evaluate(node: TSESTree.Node, evaluation: Evaluation, at: string, depth: number): ConfigValue | typeof unknown {
  if (depth > 20) return unknown;
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
      return node.value instanceof RegExp || typeof node.value === 'bigint' ? unknown : node.value;
    case AST_NODE_TYPES.TemplateLiteral:
      return node.expressions.length === 0 ? (node.quasis[0]?.value.cooked ?? unknown) : unknown;
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
      return evaluate(node.expression, evaluation, at, depth + 1);
    case AST_NODE_TYPES.ArrayExpression: {
      const items: ConfigValue[] = [];
      for (const [index, element] of node.elements.entries()) {
        const item =
          element === null || element.type === AST_NODE_TYPES.SpreadElement
            ? unknown
            : evaluate(element, evaluation, below(at, String(index)), depth + 1);
        // A list with a computed entry is not known as a whole.
        if (item === unknown) return unknown;
        items.push(item);
      }
      return items;
    }
    case AST_NODE_TYPES.ObjectExpression: {
      const object: Record<string, ConfigValue> = {};
      for (const property of node.properties) {
        if (property.type !== AST_NODE_TYPES.Property || property.computed) {
          evaluation.unread.push(below(at, '…'));
          continue;
        }
        const key =
          property.key.type === AST_NODE_TYPES.Identifier
            ? property.key.name
            : property.key.type === AST_NODE_TYPES.Literal
              ? String(property.key.value)
              : undefined;
        if (key === undefined) continue;
        const value = evaluate(property.value, evaluation, below(at, key), depth + 1);
        if (value === unknown) evaluation.unread.push(below(at, key));
        else object[key] = value;
      }
      return object;
    }
    case AST_NODE_TYPES.CallExpression: {
      // `defineConfig({…})`, `defineConfig(() => ({…}))`; `mergeConfig(base, {…})` keeps what the last object states.
      const callee = node.callee;
      const name = callee.type === AST_NODE_TYPES.Identifier ? callee.name : undefined;
      const last = node.arguments.at(-1);
      if (name === undefined || !configWrappers.has(name) || last === undefined) return unknown;
      if (name === 'mergeConfig') evaluation.unread.push(below(at, '…'));
      return evaluate(last, evaluation, at, depth + 1);
    }
    case AST_NODE_TYPES.ArrowFunctionExpression:
      return node.body.type === AST_NODE_TYPES.BlockStatement
        ? returnedValue(node.body, evaluation, at, depth)
        : evaluate(node.body, evaluation, at, depth + 1);
    case AST_NODE_TYPES.FunctionExpression:
      return returnedValue(node.body, evaluation, at, depth);
    case AST_NODE_TYPES.Identifier:
      return constantValue(node.name, evaluation, at, depth);
    default:
      return unknown;
  }
}

function returnedValue(body: TSESTree.BlockStatement, evaluation: Evaluation, at: string, depth: number): ConfigValue | typeof unknown {
  const returned = body.body.find((statement): statement is TSESTree.ReturnStatement => statement.type === AST_NODE_TYPES.ReturnStatement);
  return returned?.argument == null ? unknown : evaluate(returned.argument, evaluation, at, depth + 1);
}

/** The value of a top-level `const name = …`. */
function constantValue(name: string, evaluation: Evaluation, at: string, depth: number): ConfigValue | typeof unknown {
  for (const statement of evaluation.program.body) {
    const declaration =
      statement.type === AST_NODE_TYPES.ExportNamedDeclaration && statement.declaration?.type === AST_NODE_TYPES.VariableDeclaration
        ? statement.declaration
        : statement.type === AST_NODE_TYPES.VariableDeclaration
          ? statement
          : undefined;
    if (declaration?.kind !== 'const') continue;
    for (const declarator of declaration.declarations) {
      if (declarator.id.type === AST_NODE_TYPES.Identifier && declarator.id.name === name && declarator.init !== null) {
        return evaluate(declarator.init, evaluation, at, depth + 1);
      }
    }
  }
  return unknown;
}
