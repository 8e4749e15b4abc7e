// Colours for sides. Chosen to be told apart (also by most colour-blind readers) and to carry no
// verdict: no side is green or red.
import type { Side } from './incidents/schema';

export const SIDE_COLOURS: Record<Side, string> = {
  army: '#2c5d8f',
  rebels: '#b5651d',
  jihadists: '#3d3d3d',
  russia: '#7b3f8c',
  france: '#2f7f7a',
  plateforme: '#7a7f22',
  un: '#3b8ed0',
  independent: '#6c6c6c',
  local: '#8c5a3c',
};
