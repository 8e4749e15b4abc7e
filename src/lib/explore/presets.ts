// Date presets relative to the data, not to today: "the last 3 months" of a dataset that ends in
// December 2024 is October–December 2024, whenever it is read. Whole calendar months, so the
// range reads cleanly in the URL and in the count label.
import { monthEnd, monthStart } from '../dates';

export type PresetId = 'all' | '3m' | '6m' | '12m';

export interface Preset {
  id: PresetId;
  /** Both undefined for "all". */
  from: string | undefined;
  to: string | undefined;
}

const MONTHS: Record<Exclude<PresetId, 'all'>, number> = { '3m': 3, '6m': 6, '12m': 12 };

/** The presets for a dataset whose last incident ends on `latest` (ISO day). */
export function presets(latest: string | undefined): Preset[] {
  const all: Preset = { id: 'all', from: undefined, to: undefined };
  if (!latest) return [all];
  const to = monthEnd(latest);
  return [
    all,
    ...Object.entries(MONTHS).map(([id, n]) => ({
      id: id as PresetId,
      from: monthStart(latest, 1 - n),
      to,
    })),
  ];
}

/** The preset the current range is, if any. */
export function activePreset(list: readonly Preset[], from?: string, to?: string): PresetId | undefined {
  return list.find((p) => p.from === from && p.to === to)?.id;
}
