/** The plugin object: meta, rules and configs. */
import type { ESLint, Rule } from 'eslint';
import { rules, type RuleName } from '../rules';
import packageJson from '../package.json';
import { acceptHabits, buildConfigs, type ConfigName, type ConfigsWithHabits } from './configs';
import { disablePeerOverlap } from './peer-overlap';

const { name, version } = packageJson;

interface AsyncTestPlugin {
  meta: { name: string; version: string; namespace: 'async-test' };
  rules: Record<RuleName, Rule.RuleModule>;
  configs: ConfigsWithHabits<ConfigName | 'disable-peer-overlap'>;
}

const plugin = {
  meta: { name, version, namespace: 'async-test' },
  // typescript-eslint's rule type is stricter than ESLint's; the objects are the same at run time.
  rules: rules as unknown as Record<RuleName, Rule.RuleModule>,
  configs: {} as AsyncTestPlugin['configs'],
} satisfies AsyncTestPlugin & ESLint.Plugin;

Object.assign(plugin.configs, buildConfigs(plugin, rules), { 'disable-peer-overlap': disablePeerOverlap() });
acceptHabits(plugin.configs);

export = plugin;
