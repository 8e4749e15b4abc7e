// Plural forms through Intl.PluralRules, so a count picks its grammatical form the way each
// language does ("1 incident", "0 incident" in French, "0 incidents" in English) instead of a
// hand-written `n > 1` test.

/** The forms a phrase takes; `other` is required, the rest as the language needs them. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<string, Intl.PluralRules>();

/** The form of `forms` that `n` takes in the language of `locale` (a BCP 47 tag). */
export function plural(locale: string, n: number, forms: PluralForms): string {
  let r = rules.get(locale);
  if (!r) rules.set(locale, (r = new Intl.PluralRules(locale)));
  return forms[r.select(n)] ?? forms.other;
}
