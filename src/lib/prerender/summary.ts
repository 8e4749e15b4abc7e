// One-line summaries of an incident for link previews (og:description) and the page description:
// each side that spoke, with its main toll (its latest killed figures), in its own terms.
import { alignFigures } from '../compare/align';
import type { Incident } from '../incidents/schema';
import { formatIncidentDate, formatValue } from '../i18n/format';
import { MESSAGES } from '../i18n/messages';
import type { Lang } from '../url/codec';

const KILLED: Record<Lang, string> = { fr: 'tués', en: 'killed' };
const NO_TOLL: Record<Lang, string> = { fr: 'pas de bilan chiffré', en: 'no toll given' };

const quote = (words: string, lang: Lang) => (lang === 'fr' ? `« ${words} »` : `“${words}”`);

/** "Armée : 5 soldats maliens tués · Rebelles : 35 soldats maliens tués, 8 rebelles tués" */
export function sidesAndTolls(incident: Incident, lang: Lang): string {
  const m = MESSAGES[lang];
  const { sides, rows } = alignFigures(incident);
  const killedRows = rows.filter((r) => r.measure === 'killed');
  return sides
    .map((side) => {
      const parts = killedRows.flatMap((row) => {
        const entries = row.cells[side];
        const current = entries?.[entries.length - 1];
        if (!current) return [];
        const value = formatValue(current.figure, lang);
        const group = m.group[row.group];
        return [
          value
            ? `${value} ${group} ${KILLED[lang]}`
            : `${group} ${KILLED[lang]} ${quote(current.figure.wording ?? '', lang)}`,
        ];
      });
      const sep = lang === 'fr' ? ' : ' : ': ';
      return `${m.sideShort[side]}${sep}${parts.length ? parts.join(', ') : NO_TOLL[lang]}`;
    })
    .join(' · ');
}

/** og:description: date, place, then what each side says. */
export function ogDescription(incident: Incident, lang: Lang): string {
  const when = formatIncidentDate(incident.date, lang);
  return `${when}, ${incident.place.name}. ${sidesAndTolls(incident, lang)}.`;
}
