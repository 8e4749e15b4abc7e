// "Export this view", in the browser: the published GeoJSON fetched when the reader asks, narrowed
// to the incidents the filters show, and written with the same functions as the build's exports.
import { figuresCsv, toFeatureCollection } from './export';
import { incidentsFromFeatureCollection } from './load';

export type ExportKind = 'geojson' | 'figures-csv';

/** The file for the shown incidents: its name, type and text. */
export async function exportView(
  base: string,
  ids: readonly string[],
  kind: ExportKind,
  fetcher: typeof fetch = fetch,
): Promise<{ name: string; type: string; text: string }> {
  const res = await fetcher(`${base}data/incidents.geojson`);
  if (!res.ok) throw new Error(`incidents.geojson: HTTP ${res.status}`);
  const wanted = new Set(ids);
  const incidents = incidentsFromFeatureCollection(await res.json()).filter((i) => wanted.has(i.id));
  if (kind === 'geojson')
    return {
      name: 'recoupe-view.geojson',
      type: 'application/geo+json',
      text: `${JSON.stringify(toFeatureCollection(incidents))}\n`,
    };
  return { name: 'recoupe-view-figures.csv', type: 'text/csv;charset=utf-8', text: figuresCsv(incidents) };
}
