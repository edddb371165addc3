import type { Language } from '../state/settings';

/**
 * A word's forms by the language's plural category (Intl.PluralRules: English and Spanish
 * have "one" and "other"; Spanish also has "many" for round millions). A category a word
 * does not give falls back to its "other" form.
 */
export type PluralForms = { one: string; other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

const rules = new Map<Language, Intl.PluralRules>();

export function plural(lang: Language, n: number, forms: PluralForms): string {
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(lang)));
  return forms[r.select(n)] ?? forms.other;
}
