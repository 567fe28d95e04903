/**
 * eslint-doc-generator (`npm run docs` writes, `npm run docs:check` verifies): the rules table in README.md and the
 * header of each docs/rules/<rule-id>.md come from the built plugin's meta; the rest of each doc is written by hand.
 * @type {import('eslint-doc-generator').GenerateOptions}
 */
module.exports = {
  // The title carries the description, so the notices leave it out.
  ruleDocTitleFormat: 'desc-parens-prefix-name',
  ruleDocNotices: ['deprecated', 'configs', 'fixableAndHasSuggestions', 'requiresTypeChecking'],
  configEmoji: [
    ['recommended', '✅'],
    ['recommended-type-checked', '☑️'],
    ['strict', '🔒'],
    ['all', '🌐'],
  ],
  // Every rule doc says what goes wrong at run time, shows wrong and right examples, the fix, and when not to use it.
  ruleDocSectionInclude: ['What goes wrong', 'Examples', 'Fix', 'When not to use it'],
};
