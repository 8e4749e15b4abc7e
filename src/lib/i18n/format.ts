// Dates, numbers and figure values through Intl, honest about precision: a month-precise date is
// printed as a month, "at least 30" stays a bound, words stay words.
import type { DatePrecision, Figure, Incident } from '../incidents/schema';
import type { Lang } from '../url/codec';
import { MESSAGES } from './messages';

const LOCALE: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

// Building an Intl formatter costs far more than using one (a list of 300 rows spent ~10 ms on
// it): one formatter per language and style, made on first use. ISO dates are calendar days, not
// instants, so every style formats in UTC and no time zone shifts the day.
const DATE_STYLES = {
  day: { year: 'numeric', month: 'long', day: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  shortDay: { year: 'numeric', month: 'short', day: 'numeric' },
  shortMonth: { year: 'numeric', month: 'short' },
  monthName: { month: 'short' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;
export type DateStyle = keyof typeof DATE_STYLES;
const dateFormats: Partial<Record<`${Lang} ${DateStyle}`, Intl.DateTimeFormat>> = {};
const numberFormats: Partial<Record<`${Lang} ${number | undefined}`, Intl.NumberFormat>> = {};

/** The shared formatter for a language and date style (always in UTC). */
export function dateFormat(lang: Lang, style: DateStyle): Intl.DateTimeFormat {
  return (dateFormats[`${lang} ${style}`] ??= new Intl.DateTimeFormat(LOCALE[lang], {
    ...DATE_STYLES[style],
    timeZone: 'UTC',
  }));
}

function numberFormat(lang: Lang, maxDigits?: number): Intl.NumberFormat {
  return (numberFormats[`${lang} ${maxDigits}`] ??= new Intl.NumberFormat(
    LOCALE[lang],
    maxDigits === undefined ? {} : { maximumFractionDigits: maxDigits },
  ));
}

/** An ISO day, month or year ("2023-09-17", "2023-09") as the UTC midnight it starts at. */
export function utcDay(iso: string): Date {
  const [y, m = '01', d = '01'] = iso.split('-');
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
}

export function formatNumber(n: number, lang: Lang): string {
  return numberFormat(lang).format(n);
}

/** "17 septembre 2023", "septembre 2023" (month precision), "semaine du 17 septembre 2023". */
export function formatDate(iso: string, precision: DatePrecision | undefined, lang: Lang): string {
  const isMonth = precision === 'month' || /^\d{4}-\d{2}$/.test(iso);
  const text = dateFormat(lang, isMonth ? 'month' : 'day').format(utcDay(iso));
  return precision === 'week' ? MESSAGES[lang].weekOf(text) : text;
}

/** The incident's date or date range with its precision. */
export function formatIncidentDate(date: Incident['date'], lang: Lang): string {
  if (!date.end || date.end === date.start || date.precision !== 'day')
    return formatDate(date.start, date.precision, lang);
  return dateFormat(lang, 'day').formatRange(utcDay(date.start), utcDay(date.end));
}

/** Short numeric date for lists: "17/09/2023" or "Sept 2023" for month precision. */
export function formatShortDate(iso: string, precision: DatePrecision | undefined, lang: Lang): string {
  return dateFormat(lang, precision === 'month' ? 'shortMonth' : 'shortDay').format(utcDay(iso));
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
