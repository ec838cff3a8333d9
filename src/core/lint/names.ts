/** Every rule `lint.rules` in the config can set: the content rules and the cross-file one. */
export const LINT_RULES = [
  'title-length',
  'body-empty',
  'template-leftover',
  'noise-line',
  'halfwidth-punctuation',
  'heading-order',
  'docnum-brackets',
  'duplicate-title',
  'web-residue',
  'sequence-gap',
  'placeholder',
  'missing-number',
  'doubled-punctuation',
  'title-echo',
  'repeated-paragraph',
  'misused-word',
] as const;
