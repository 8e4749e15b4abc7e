// Colours, in one place: components and the map's style expressions read them from here.
// Chosen to carry no verdict (no side is green or red), to be told apart, also by most
// colour-blind readers, and to read as text at 4.5:1 or more on the panel's paper (WCAG AA).
import { CONTEST_LEVELS, type ContestLevel } from './compare/levels.ts';
import type { Side } from './incidents/schema.ts';
import { PALETTE } from './palette.js';

export { PALETTE };

export const SIDE_COLOURS: Record<Side, string> = {
  army: '#2c5d8f',
  rebels: '#a65a17',
  jihadists: '#3d3d3d',
  russia: '#7b3f8c',
  france: '#2f7f7a',
  plateforme: '#6b7020',
  foreign: '#8a5a00',
  community: '#5b6b2f',
  un: '#1f78b4',
  independent: '#6c6c6c',
  local: '#8c5a3c',
};

/** Colour per contest level, light to dark so it also reads in greyscale. */
export const LEVEL_COLOURS: Record<ContestLevel, string> = {
  single: '#a9b1ba',
  uncompared: '#5f7388',
  agreed: '#3f8f86',
  disputed: '#e0892b',
  'sharply-disputed': '#b3261e',
};

/** Level colours in CONTEST_LEVELS order (least contested first). */
export const LEVEL_COLOUR_RAMP: readonly string[] = CONTEST_LEVELS.map((l) => LEVEL_COLOURS[l]);

/**
 * The colours as CSS: the paper and ink as variables on `:root` (`--ink`, `--paper`, …), and side and
 * level colours as classes (`.side-army`, `.level-disputed` set `--side` / `--level`): markup
 * carries a class, never an inline style, so a strict Content-Security-Policy holds. Served as the
 * virtual stylesheet `virtual:theme.css` (vite.config.ts).
 */
export function themeCss(): string {
  const rules = [
    `:root{--ink:${PALETTE.ink};--ink-muted:${PALETTE.inkMuted};--paper:${PALETTE.paper};--rule:${PALETTE.rule};--accent:${PALETTE.accent}}`,
    ...Object.entries(SIDE_COLOURS).map(([side, c]) => `.side-${side}{--side:${c}}`),
    ...Object.entries(LEVEL_COLOURS).map(([level, c]) => `.level-${level}{--level:${c}}`),
  ];
  return `${rules.join('\n')}\n`;
}
