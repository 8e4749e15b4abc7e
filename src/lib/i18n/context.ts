// The interface language, handed to components through context rather than a `lang` prop on each:
// the app provides its state; a prerendered or embedded page provides a fixed language.
import { createContext } from 'svelte';
import type { Lang, Messages } from './locales';

export interface Locale {
  readonly lang: Lang;
  readonly m: Messages;
}

const [get, set] = createContext<Locale>();

/** Called once by whatever renders the components (App, a prerendered page, an embed). */
export const setLocale = set;

/** The interface language and its catalog. */
export const useLocale = get;
