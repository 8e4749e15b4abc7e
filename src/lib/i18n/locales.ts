// The one home of interface languages. To add one: write its catalog (a copy of en.ts, with its
// own `meta`) and register it in CATALOGS below — nothing else names a language.
import { en } from './en';
import { fr, type Messages } from './fr';

export const CATALOGS = { fr, en } satisfies Record<string, Messages>;

export type Lang = keyof typeof CATALOGS;
export type { Messages };
/** Interface languages, the site's first one first. */
export const LOCALES = Object.keys(CATALOGS) as Lang[];
/** The site's first language: its pages live at the unprefixed URLs. */
export const DEFAULT_LANG: Lang = LOCALES[0]!;

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && Object.hasOwn(CATALOGS, value);
}

export function messages(lang: Lang): Messages {
  return CATALOGS[lang];
}

/** BCP 47 tag for Intl formatters. */
export function intlLocale(lang: Lang): string {
  return CATALOGS[lang].meta.intl;
}

/** `dir` for the document: left-to-right or right-to-left. */
export function textDirection(lang: Lang): 'ltr' | 'rtl' {
  return CATALOGS[lang].meta.dir;
}

/**
 * The interface language: an explicit one (URL) if given, else the first browser language we
 * have, else English (the language most readers without French share).
 */
export function resolveLang(explicit: Lang | undefined, navigatorLanguages: readonly string[]): Lang {
  if (explicit) return explicit;
  if (navigatorLanguages.length === 0) return DEFAULT_LANG;
  for (const tag of navigatorLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLang(primary)) return primary;
  }
  return isLang('en') ? 'en' : DEFAULT_LANG;
}

/** The data language (the incident files are in French and English) an interface language reads. */
export function dataLang(lang: Lang): 'fr' | 'en' {
  return CATALOGS[lang].meta.data;
}

/** Data text (titles, summaries) in the interface language, or the one its catalog falls back to. */
export function localized(text: { fr: string; en: string }, lang: Lang): string {
  return text[dataLang(lang)];
}
