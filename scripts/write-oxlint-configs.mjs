#!/usr/bin/env node
/**
 * Writes dist/oxlint/<preset>.json: the plugin's presets as oxlint configs, which a user's .oxlintrc.json `extends`
 * (docs/oxlint.md). `npm run build` runs this after tsc, from the built plugin, so that they always hold the presets'
 * current rules and options. Presets that need type information are left out: oxlint gives a JS plugin no types; so
 * is `disable-peer-overlap`, which holds none of our rules.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const dist = path.resolve(import.meta.dirname, '../dist');
const plugin = createRequire(import.meta.url)(path.join(dist, 'src/index.js'));

mkdirSync(path.join(dist, 'oxlint'), { recursive: true });
for (const [name, preset] of Object.entries(plugin.configs)) {
  if (preset.languageOptions !== undefined || preset.plugins === undefined) continue;
  const config = {
    // Relative to this file: oxlint resolves a plugin named in an extended config from that config's folder.
    jsPlugins: ['../src/index.js'],
    overrides: [{ files: preset.files, rules: preset.rules }],
  };
  writeFileSync(path.join(dist, 'oxlint', `${name}.json`), `${JSON.stringify(config, null, 2)}\n`);
}
