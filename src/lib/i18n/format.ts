// Dates, numbers and figure values through Intl, honest about precision: a month-precise date is
// printed as a month, "at least 30" stays a bound, words stay words.
import { utcDay } from '../dates';
import type { DatePrecision, Figure, Group, Incident, Measure } from '../incidents/schema';
import { dataLang, intlLocale, messages, type Lang, type Messages } from './locales';

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
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** The shared formatter for a language and date style (always in UTC). */
export function dateFormat(lang: Lang, style: DateStyle): Intl.DateTimeFormat {
  const key = `${lang} ${style}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(intlLocale(lang), { ...DATE_STYLES[style], timeZone: 'UTC' });
    dateFormats.set(key, f);
  }
  return f;
}

function numberFormat(lang: Lang, maxDigits?: number): Intl.NumberFormat {
  const key = `${lang} ${maxDigits}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(
      intlLocale(lang),
      maxDigits === undefined ? {} : { maximumFractionDigits: maxDigits },
    );
    numberFormats.set(key, f);
  }
  return f;
}

export function formatNumber(n: number, lang: Lang): string {
  return numberFormat(lang).format(n);
}

/** "17 septembre 2023", "septembre 2023" (month precision), "semaine du 17 septembre 2023". */
export function formatDate(iso: string, precision: DatePrecision | undefined, lang: Lang): string {
  const isMonth = precision === 'month' || /^\d{4}-\d{2}$/.test(iso);
  const text = dateFormat(lang, isMonth ? 'month' : 'day').format(utcDay(iso));
  return precision === 'week' ? messages(lang).weekOf(text) : text;
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

/** "sept.–déc. 2023", "oct. 2023" (one month), "oct. 2023 – févr. 2024". */
export function formatMonthRange(start: string, end: string, lang: Lang): string {
  return dateFormat(lang, 'shortMonth').formatRange(utcDay(start), utcDay(end));
}

/** "12 incidents, sept.–déc. 2023": how many are shown and the months they span (first start to last end). */
export function countLabel(spans: readonly { start: string; end: string }[], lang: Lang): string {
  const m = messages(lang);
  if (spans.length === 0) return m.explore.countNone;
  let start = spans[0]!.start;
  let end = spans[0]!.end;
  for (const s of spans) {
    if (s.start < start) start = s.start;
    if (s.end > end) end = s.end;
  }
  return m.explore.count(spans.length, formatMonthRange(start, end, lang));
}

/** A figure's number part: "5", "10 à 20", "au moins 30"; undefined when only words were given. */
export function formatValue(figure: Figure, lang: Lang): string | undefined {
  const v = figure.value;
  const m = messages(lang);
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
    return new Intl.DisplayNames([intlLocale(lang)], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A place's name in the interface language: its English exonym (Timbuktu) where it has one. */
export function placeName(place: { name: string; name_en?: string | undefined }, lang: Lang): string {
  return dataLang(lang) === 'en' && place.name_en ? place.name_en : place.name;
}

/** "Algérie", "Algeria" from an ISO 3166-1 code, in the interface language. */
export function countryName(code: string, lang: Lang): string {
  try {
    return new Intl.DisplayNames([intlLocale(lang)], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The row label for a figure's group: people for casualties, owners for lost equipment. */
export function groupLabel(m: Messages, measure: Measure, group: Group): string {
  return measure === 'aircraft_lost' || measure === 'vehicles_lost' ? m.owner[group] : m.group[group];
}
