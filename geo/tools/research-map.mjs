/**
 * How the research's vocabulary maps onto the incident schema, and the editorial decisions taken
 * while importing it. Kept apart from the converter so each decision is visible and reviewable.
 * Every decision names the research incident it concerns and says why.
 */

/** Research side labels → contract sides. */
export const SIDE = {
  army: 'army',
  rebels: 'rebels',
  jihadists: 'jihadists',
  russia: 'russia',
  france: 'france',
  plateforme: 'plateforme',
  un: 'un',
  independent: 'independent',
  'civilians/local': 'local',
};

/** Research stance labels → contract stances. */
export const STANCE = { statement: 'statement', no_comment: 'no-comment', denial: 'denial' };

/**
 * Flat figure keys → [measure, group]. `opponent` is resolved per claim by `opponentGroup`
 * because the research counts "the army's opponent" without naming it.
 */
export const FIGURE_KEY = {
  killed_army: ['killed', 'army'],
  killed_wagner: ['killed', 'russia'],
  killed_rebels: ['killed', 'rebels'],
  killed_jihadists: ['killed', 'jihadists'],
  killed_civilians: ['killed', 'civilians'],
  killed_un: ['killed', 'un'],
  killed_unspecified: ['killed', 'unspecified'],
  assailants_neutralised: ['neutralised', 'assailants'],
  wounded_army: ['wounded', 'army'],
  wounded_wagner: ['wounded', 'russia'],
  wounded_rebels: ['wounded', 'rebels'],
  wounded_jihadists: ['wounded', 'jihadists'],
  wounded_civilians: ['wounded', 'civilians'],
  wounded_un: ['wounded', 'un'],
  wounded_unspecified: ['wounded', 'unspecified'],
  missing_army: ['missing', 'army'],
  missing_wagner: ['missing', 'russia'],
  prisoners_army: ['captured', 'army'],
  prisoners_wagner: ['captured', 'russia'],
  prisoners_rebels_or_jihadists: ['captured', 'opponent'],
  aircraft_lost_army: ['aircraft_lost', 'army'],
  vehicles_lost_army: ['vehicles_lost', 'army'],
  vehicles_lost_opponent: ['vehicles_lost', 'opponent'],
};

/**
 * The research's "opponent" is the army's adversary. Seen from the army it is whoever it calls
 * "terroristes" without naming them (the schema's `assailants`, as the research does for
 * `assailants_neutralised`); a rebel or jihadist claimant speaks of its own losses.
 * @param {string} side contract side of the claimant
 */
export function opponentGroup(side) {
  if (side === 'army' || side === 'russia' || side === 'plateforme') return 'assailants';
  if (side === 'rebels' || side === 'jihadists') return side;
  return 'unspecified';
}

/** Research event labels → the schema's event types (one label may yield several). */
export const EVENT_TYPE = {
  'attack on base': ['attack-on-base'],
  'attack on rebel position': ['attack-on-base'],
  'suicide VBIED': ['suicide-attack'],
  shelling: ['shelling'],
  ambush: ['ambush'],
  clash: ['clash'],
  battle: ['clash'],
  'attack on UN convoy': ['attack-on-un'],
  'boat attack': ['attack-on-civilians'],
  'attack on civilians': ['attack-on-civilians'],
  'attack on civilians (alleged)': ['attack-on-civilians'],
  'attack on civilians (alleged summary killings)': ['attack-on-civilians'],
  'aircraft loss': ['aircraft-loss'],
  'shoot-down claim': ['attack-on-aircraft'],
  'fire on aircraft': ['attack-on-aircraft'],
  'seizure of town': ['seizure'],
  'seizure of site (no casualties reported)': ['seizure'],
  'camp handover dispute': ['camp-handover'],
  airstrike: ['airstrike'],
  IED: ['ied'],
  'drone strike': ['drone-strike'],
  'drone strike (targeted)': ['drone-strike'],
  'military operation': ['military-operation'],
};

/** Outlets the research itself describes as aligned with a party. */
export const RELAY_BY_OUTLET = [
  [/^Free Azawad/, 'pro-rebel'],
  [/^APM-Azawad/, 'pro-rebel'],
  [/^bamada\.net \(Le Matin\)/, 'pro-government'],
  [/^Blog repost of Mondafrique/, 'partisan'],
  // Not labelled by the research, but Sputnik is owned by the Russian state (Rossiya Segodnya).
  [/^Sputnik/, 'russian-state'],
];

/** Place names the generic "text before the first bracket or comma" rule gets wrong. */
export const PLACE_NAME = {
  '2023-09-07-tombouctou-boat-bamba': { name: 'Niger River near Banikane' },
  '2023-09-09-su25-north-gao': { name: 'Ifardane / Tinaouker' },
};

/**
 * Coordinate precisions the research gives in words only. The km value is how far the point may
 * be from where things happened, chosen on the high side and explained in the note.
 */
export const PRECISION = {
  '2022-08-07-tessit': {
    km: 10,
    en: 'Taken from a Wikipedia infobox (to the minute) and not independently checked; 10 km assumed until verified.',
    fr: 'Tiré de l’infobox de Wikipédia (à la minute près) et non vérifié ; 10 km retenus en attendant une vérification.',
  },
  '2023-10-31-minusma-kidal-gao-convoy': {
    km: 220,
    en: 'Route-level: plotted at Anefis; the blasts happened somewhere on the Kidal–Gao road, whose far end (Gao) is about 210 km from Anefis.',
    fr: 'Échelle de l’itinéraire : point placé à Anefis ; les explosions ont eu lieu sur la route Kidal–Gao, dont l’extrémité (Gao) est à environ 210 km d’Anefis.',
  },
  '2024-10-08-kidal-column': {
    km: 200,
    en: 'Plotted at Kidal, where the column ended; its furthest point (the Intaghaghite valley, south of Tinzaouaten) may be about 200 km away.',
    fr: 'Point placé à Kidal, où la colonne a terminé ; son point le plus éloigné (vallée d’Intaghaghite, au sud de Tinzaouaten) peut être à environ 200 km.',
  },
};

/**
 * Figures changed or added while importing, each for a reason the research itself records.
 * Keyed by incident id and claimant prefix. `drop` removes a research figure key; `add` appends
 * figures; `replace` substitutes one key's figure; `note` is appended to the claim's note.
 */
/**
 * @typedef {{ measure: string, group: string, value?: number | Record<string, number>, wording?: string }} FigureOut
 * @typedef {{ incident: string, claimant: string, why: string, drop?: string[], add?: FigureOut[],
 *   replace?: Record<string, FigureOut>, note?: { en: string, fr: string } }} FigureFix
 * @type {FigureFix[]}
 */
export const FIGURE_FIXES = [
  {
    incident: '2020-03-19-tarkint',
    claimant: 'FAMa (first statement',
    drop: ['wounded_army'],
    why: "The research notes '10 wounded' is only in a Wikipedia mirror, and its own rule is that Wikipedia never alone supports a figure of an unflagged claim; the summary still says so.",
  },
  {
    incident: '2023-09-07-tombouctou-boat-bamba',
    claimant: 'Security, UN and local',
    drop: ['killed_unspecified'],
    why: "The research notes 'more than a hundred' counts dead and missing together, so it is not a death toll; kept in the note, as the research does for the Ménaka 'about 20 dead, wounded and missing'.",
  },
  {
    incident: '2023-09-12-bourem',
    claimant: 'Pro-government daily Le Matin',
    replace: { vehicles_lost_opponent: { measure: 'vehicles_lost', group: 'rebels', value: 20 } },
    why: 'The paper says the 20 burnt vehicles were CMA vehicles, so the group is known.',
  },
  {
    incident: '2023-09-17-lere',
    claimant: 'FAMa general staff communiqué',
    add: [{ measure: 'killed', group: 'assailants', value: 7 }],
    note: {
      en: "AFP rendered the ~30 as 'plus d'une trentaine' (more than thirty), perhaps adding the 7 bodies; the communiqué says the occupants were 'estimés à une trentaine'.",
      fr: "L'AFP a rendu la trentaine par « plus d'une trentaine », en ajoutant peut-être les 7 corps ; le communiqué dit les occupants « estimés à une trentaine ».",
    },
    why: "The communiqué reports 7 bodies left in the Army camp besides the ~30 'neutralised' (research summary, figures_note and disagreements); AFP's wording differs from the communiqué's (checked against the relays).",
  },
  {
    incident: '2023-09-17-lere',
    claimant: 'CSP communiqué (message seen',
    add: [{ measure: 'wounded', group: 'army', wording: 'des dizaines' }],
    why: "The research's figures_note records dozens of soldiers wounded; the AFP dispatch (seed) words it 'des dizaines d'autres blessés'.",
  },
  {
    incident: '2024-07-25-tinzaouaten',
    claimant: 'CSP-DPA communiqué (1 August)',
    replace: { prisoners_army: { measure: 'captured', group: 'unspecified', value: 7 } },
    why: 'The research stored an English explanation as wording; its note says 7 prisoners in all, FAMa and Wagner, split not given.',
  },
];
