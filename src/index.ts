/** The plugin object: meta, rules and presets. */
import type { ESLint, Linter, Rule } from 'eslint';
import { rules, type RuleName } from '../rules';
import packageJson from '../package.json';
import { buildConfigs, type ConfigName } from './configs';

const { name, version } = packageJson;

interface AsyncTestPlugin {
  meta: { name: string; version: string; namespace: 'async-test' };
  rules: Record<RuleName, Rule.RuleModule>;
  configs: Record<ConfigName, Linter.Config>;
}

const plugin = {
  meta: { name, version, namespace: 'async-test' },
  // typescript-eslint's rule type is stricter than ESLint's; the objects are the same at run time.
  rules: rules as unknown as Record<RuleName, Rule.RuleModule>,
  configs: {} as Record<ConfigName, Linter.Config>,
} satisfies AsyncTestPlugin & ESLint.Plugin;

Object.assign(plugin.configs, buildConfigs(plugin, rules));

export = plugin;
