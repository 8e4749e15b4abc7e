// The contest levels, in one ordered list: least to most contested. Marker colours, the legend,
// cluster colours (a cluster shows its most contested member) and sorting all read this order.

export const CONTEST_LEVELS = ['single', 'uncompared', 'agreed', 'disputed', 'sharply-disputed'] as const;

/**
 * single: one side spoke. uncompared: several spoke but never gave numbers for the same figure
 * (so nothing can be said to agree). agreed: comparable figures, none conflicting. disputed /
 * sharply-disputed: conflicting figures (×3 or more for sharply) or a denial.
 */
export type ContestLevel = (typeof CONTEST_LEVELS)[number];

/** A level's place in the order: 0 single … 4 sharply disputed. */
export function levelRank(level: ContestLevel): number {
  return CONTEST_LEVELS.indexOf(level);
}
