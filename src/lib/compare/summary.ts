// One-line summaries of an incident for link previews (og:description) and the page description:
// each side that spoke, with its main toll (its latest killed figures), in its own terms.
import { formatIncidentDate, formatValue } from '../i18n/format';
import { messages, type Lang } from '../i18n/locales';
import type { Incident } from '../incidents/schema';
import { alignFigures } from './align';
import { lowerBound } from './values';

/** "Armée : 5 soldats maliens tués · Rebelles : 35 soldats maliens tués, 8 rebelles tués" */
export function sidesAndTolls(incident: Incident, lang: Lang): string {
  const m = messages(lang);
  const { sides, rows } = alignFigures(incident);
  const killedRows = rows.filter((r) => r.measure === 'killed');
  return sides
    .map((side) => {
      const parts = killedRows.flatMap((row) => {
        const entries = row.cells[side];
        const current = entries?.[entries.length - 1];
        if (!current) return [];
        const { figure } = current;
        const value = formatValue(figure, lang);
        // A range takes the plural; a number or bound, the form its number takes.
        const count =
          typeof figure.value === 'object' && 'min' in figure.value ? undefined : lowerBound(figure.value);
        return [
          value
            ? m.summary.killed(value, count, row.group)
            : m.summary.killedWords(figure.wording ?? '', row.group),
        ];
      });
      return m.summary.sideSays(
        m.sideShort[side],
        parts.length ? parts.join(m.summary.join) : m.summary.noToll,
      );
    })
    .join(' · ');
}

/** og:description: date, place, then what each side says. */
export function ogDescription(incident: Incident, lang: Lang): string {
  const when = formatIncidentDate(incident.date, lang);
  return `${when}, ${incident.place.name}. ${sidesAndTolls(incident, lang)}.`;
}
