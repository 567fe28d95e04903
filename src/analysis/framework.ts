/**
 * Which runner a file is written for: from its imports, else from a `/// <reference types="…" />` directive at its top,
 * else from the runner globals it uses, else from `settings['async-test'].framework`, else from its project (read only
 * when needed). Unknown when none of these says.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { frameworkOfModule, markerGlobalsFramework, runnerOf, typeReferenceFramework, type Framework } from '../knowledge';
import type { Bindings } from './bindings';

export function detectFramework(
  bindings: Bindings,
  program: TSESTree.Program,
  configured: Framework | undefined,
  project: () => Framework | undefined,
): Framework | undefined {
  for (const specifier of bindings.importedModules) {
    const framework = frameworkOfModule(specifier);
    if (framework !== undefined) return framework;
  }
  for (const types of typeReferences(program)) {
    const framework = typeReferenceFramework(types);
    if (framework !== undefined) return framework;
  }
  const marked = markerGlobalsFramework(bindings.globalNames);
  if (marked === undefined) return configured ?? project();
  // mocha's `before` in a spec of a project that runs Cypress, which installs mocha's API: the setting or the project
  // names the runner more exactly than the marker.
  const named = configured ?? project();
  return runnerOf(named)?.library.runsTestApiOf === marked ? named : marked;
}

const typeReference = /^\/\s*<reference\s+types\s*=\s*["']([^"']+)["']/;

/** The packages named by triple-slash type references, which TypeScript reads only before the first statement. */
function typeReferences(program: TSESTree.Program): string[] {
  const start = program.body[0]?.range[0] ?? Infinity;
  const found: string[] = [];
  for (const comment of program.comments ?? []) {
    if (comment.range[0] >= start) break;
    const types = comment.type === 'Line' ? typeReference.exec(comment.value)?.[1] : undefined;
    if (types !== undefined) found.push(types);
  }
  return found;
}
