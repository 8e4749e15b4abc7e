// "12 incidents, sept.–déc. 2023": how many are shown and when they happened, through Intl.
import { dateFormat, utcDay } from '../i18n/format';
import { MESSAGES } from '../i18n/messages';
import type { Lang } from '../url/codec';
import type { IndexEntry } from './index';

/** "sept.–déc. 2023", "oct. 2023" (one month), "oct. 2023 – févr. 2024". */
export function formatMonthRange(start: string, end: string, lang: Lang): string {
  return dateFormat(lang, 'shortMonth').formatRange(utcDay(start), utcDay(end));
}

/** The count with the months the shown incidents span (first start to last end). */
export function countLabel(entries: readonly IndexEntry[], lang: Lang): string {
  const m = MESSAGES[lang];
  if (entries.length === 0) return m.explore.countNone;
  let start = entries[0]!.start;
  let end = entries[0]!.end;
  for (const e of entries) {
    if (e.start < start) start = e.start;
    if (e.end > end) end = e.end;
  }
  return m.explore.count(entries.length, formatMonthRange(start, end, lang));
}
