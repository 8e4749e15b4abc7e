// Dates, numbers and figure values through Intl, honest about precision: a month-precise date is
// printed as a month, "at least 30" stays a bound, words stay words.
import type { DatePrecision, Figure, Incident } from '../incidents/schema';
import type { Lang } from '../url/codec';
import { MESSAGES } from './messages';

const LOCALE: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

// Building an Intl formatter costs far more than using one (a list of 300 rows spent ~10 ms on
// it): one formatter per language and option set, made on first use.
const DAY: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
const MONTH: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', timeZone: 'UTC' };
const SHORT_DAY: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
};
const SHORT_MONTH: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', timeZone: 'UTC' };
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: Lang, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang} ${JSON.stringify(opts)}`;
  let f = dateFormats.get(key);
  if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(LOCALE[lang], opts)));
  return f;
}
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, digits?: number): Intl.NumberFormat {
  const key = `${lang} ${digits}`;
  let f = numberFormats.get(key);
  if (!f)
    numberFormats.set(
      key,
      (f = new Intl.NumberFormat(
        LOCALE[lang],
        digits === undefined ? {} : { maximumFractionDigits: digits },
      )),
    );
  return f;
}

// ISO dates are calendar days, not instants: format them in UTC so no time zone shifts the day.
function parts(iso: string): Date {
  const [y, m = '01', d = '01'] = iso.split('-');
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
}

export function formatNumber(n: number, lang: Lang): string {
  return numberFormat(lang).format(n);
}

/** "17 septembre 2023", "septembre 2023" (month precision), "semaine du 17 septembre 2023". */
export function formatDate(iso: string, precision: DatePrecision | undefined, lang: Lang): string {
  const isMonth = precision === 'month' || /^\d{4}-\d{2}$/.test(iso);
  const text = dateFormat(lang, isMonth ? MONTH : DAY).format(parts(iso));
  return precision === 'week' ? MESSAGES[lang].weekOf(text) : text;
}

/** The incident's date or date range with its precision. */
export function formatIncidentDate(date: Incident['date'], lang: Lang): string {
  if (!date.end || date.end === date.start || date.precision !== 'day')
    return formatDate(date.start, date.precision, lang);
  return dateFormat(lang, DAY).formatRange(parts(date.start), parts(date.end));
}

/** Short numeric date for lists: "17/09/2023" or "Sept 2023" for month precision. */
export function formatShortDate(iso: string, precision: DatePrecision | undefined, lang: Lang): string {
  return dateFormat(lang, precision === 'month' ? SHORT_MONTH : SHORT_DAY).format(parts(iso));
}

/** A figure's number part: "5", "10 à 20", "au moins 30"; undefined when only words were given. */
export function formatValue(figure: Figure, lang: Lang): string | undefined {
  const v = figure.value;
  const m = MESSAGES[lang];
  if (v === undefined) return undefined;
  if (typeof v === 'number') return formatNumber(v, lang);
  if ('at_least' in v) return m.atLeast(formatNumber(v.at_least, lang));
  return m.range(formatNumber(v.min, lang), formatNumber(v.max, lang));
}

/** How a gap ratio reads: ×7, ×2.5 (one decimal below 10). */
export function formatRatio(ratio: number, lang: Lang): string {
  const digits = ratio < 10 ? 1 : 0;
  return numberFormat(lang, digits).format(ratio);
}

/** "français", "anglais", "arabe" … from an ISO 639-1 code, in the interface language. */
export function languageName(code: string, lang: Lang): string {
  try {
    return new Intl.DisplayNames([LOCALE[lang]], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
