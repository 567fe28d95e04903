/**
 * Which runner a file is written for: from its imports, else from the runner globals it uses, else from
 * `settings['async-test'].framework`. Unknown when none of these says.
 */
import { frameworkOfModule, markerGlobalFramework, type Framework } from '../knowledge';
import type { Bindings } from './bindings';

export function detectFramework(bindings: Bindings, configured: Framework | undefined): Framework | undefined {
  for (const specifier of bindings.importedModules) {
    const framework = frameworkOfModule(specifier);
    if (framework !== undefined) return framework;
  }
  for (const name of bindings.globalNames) {
    const framework = markerGlobalFramework(name);
    if (framework !== undefined) return framework;
  }
  return configured;
}
