/**
 * `AST_NODE_TYPES` read once. @typescript-eslint/utils re-exports the enum through a getter, and compiled CommonJS
 * reads the export on every use, so each `node.type === AST_NODE_TYPES.X` in a hot path cost a function call.
 */
import { AST_NODE_TYPES as NodeTypes } from '@typescript-eslint/utils';

export const AST_NODE_TYPES = NodeTypes;
export type AST_NODE_TYPES = NodeTypes;
