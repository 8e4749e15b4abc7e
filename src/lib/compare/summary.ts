// One-line summaries of an incident for link previews (og:description) and the page description:
// each side that spoke, with its headline toll (its latest whole-event killed figures), in its own
// terms: words stay words, parts stay parts.
import { formatValue } from '../i18n/format.ts';
import { messages, type Lang } from '../i18n/locales.ts';
import { formatIncidentDate, placeName } from '../i18n/format.ts';
import type { Incident, Side } from '../incidents/schema.ts';
import { alignFigures, headline } from './align.ts';
import { lowerBound } from './values.ts';

/** Each side that spoke and what it says of the dead, in its own terms (its headline statements). */
export function sideSummaries(incident: Incident, lang: Lang): { side: Side; says: string }[] {
  const m = messages(lang);
  const { sides, rows } = alignFigures(incident);
  const killedRows = rows.filter((r) => r.measure === 'killed');
  return sides.map((side) => {
    const parts = killedRows.flatMap((row) => {
      const said = headline(row.cells[side]);
      if (!said) return [];
      if (said.total) {
        const figure = said.total;
        const value = formatValue(figure, lang);
        // A range takes the plural; a number or bound, the form its number takes.
        const count =
          typeof figure.value === 'object' && 'min' in figure.value ? undefined : lowerBound(figure.value);
        return [
          value
            ? m.summary.killed(value, count, row.group)
            : m.summary.killedWords(figure.wording?.text ?? '', row.group),
        ];
      }
      const list = said.parts.map(
        (p) =>
          `${formatValue(p, lang) ?? m.summary.quoteWords(p.wording?.text ?? '')} ${(p.qualifiers ?? []).map((q) => m.qualifier[q]).join(', ')}`,
      );
      return [m.summary.killedParts(list.join(m.summary.join), row.group)];
    });
    if (parts.length) return { side, says: parts.join(m.summary.join) };
    // No whole-event death toll: say what the side did give, never "nothing" when it gave something.
    const says = killedRows.some((r) => r.cells[side]?.partial.length)
      ? m.summary.partialDeathToll
      : rows.some((r) => r.cells[side])
        ? m.summary.noDeathToll
        : m.summary.noToll;
    return { side, says };
  });
}

/** "Armée : 5 soldats maliens tués · Rebelles : 35 soldats maliens tués, 8 rebelles tués" */
export function sidesAndTolls(incident: Incident, lang: Lang): string {
  const m = messages(lang);
  return sideSummaries(incident, lang)
    .map(({ side, says }) => m.summary.sideSays(m.sideShort[side], says))
    .join(' · ');
}

/** og:description: date, place, then what each side says. */
export function ogDescription(incident: Incident, lang: Lang): string {
  const when = formatIncidentDate(incident.date, lang);
  return `${when}, ${placeName(incident.place, lang)}. ${sidesAndTolls(incident, lang)}.`;
}
