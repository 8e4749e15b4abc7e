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
  if (['army', 'russia', 'plateforme', 'france', 'un'].includes(side)) return 'assailants';
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
  // 2012–2022 and 2025 research files.
  'attack on UN': ['attack-on-un'],
  'alleged summary executions': ['executions'],
  siege: ['attack-on-base'],
  'seizure of military camp': ['seizure'],
  'hostage-taking': ['hostages'],
  // Prefects and civil servants killed in Kidal (2014): civilians, as the type's label says.
  'killing of officials': ['attack-on-civilians'],
  'shooting on protesters': ['attack-on-civilians'],
  raid: ['military-operation'],
  // Malian soldiers held captive by jihadists, reported killed in a French raid (Abeïbara 2017).
  'deaths of hostages (disputed)': ['hostages'],
  'mass grave (disputed attribution)': ['mass-grave'],
  'information operation (alleged)': ['information-operation'],
  // "Claimed" is the claims' business; the type says what is reported.
  'drone attack (claimed)': ['drone-strike'],
  'drone strike (claimed)': ['drone-strike'],
  'destruction of property': ['destruction'],
};

/**
 * Research date precisions that are not day | week | month, per incident: the schema's word and why.
 * @type {Record<string, {precision: string, why: string}>}
 */
export const DATE_PRECISION = {
  '2025-10-30-beydi-wedding-drone-strike': {
    precision: 'week',
    why: "The research infers the day from 'Thursday' in a report of 31 Oct ('approximate'): the week is known, the day is not.",
  },
};

/** Outlets the research itself describes as aligned with a party. First match wins. */
export const RELAY_BY_OUTLET = [
  [/^Free Azawad/, 'pro-rebel'],
  [/^APM-Azawad/, 'pro-rebel'],
  [/^bamada\.net \(Le Matin\)/, 'pro-government'],
  [/^Blog repost of Mondafrique/, 'partisan'],
  // Not labelled by the research, but Sputnik is owned by the Russian state (Rossiya Segodnya).
  [/^Sputnik/, 'russian-state'],
  // Likewise RT, funded by the Russian state (TV-Novosti).
  [/^RT France/, 'russian-state'],
  // 2012–2022 and 2025 files: outlets their field guides call pro-MNLA, pro-Azawad or pro-rebel.
  [/pro-MNLA|pro-Azawad|pro-rebel|^Issikta blog/, 'pro-rebel'],
  // … pro-government, in the outlet label or by name (the Malian dailies their guides list).
  [
    /pro-government|Nouvel Horizon|L'Indépendant|Le Soir de Bamako|^Info-Matin|^Le Tjikan|^Diasporaction/,
    'pro-government',
  ],
  // … "Russian-linked" (African Initiative, the Pravda network): aligned, state ownership not stated.
  [/^African Initiative|^Pravda network/, 'partisan'],
  [/partisan|pro-Amazigh|^Afrique M[eé]dia/, 'partisan'],
];

/**
 * Place names the generic "text before the first bracket or comma" rule gets wrong. `name` is a
 * short proper noun in the usual French-press spelling; what the research says about the place
 * (an English description) goes to the localized `place.detail`. `alt_names` replaces the spelling
 * found in brackets after the name.
 * @type {Record<string, {name: string, alt_names?: string[]}>}
 */
export const PLACE_NAME = {
  // Already published: the English descriptions the first import kept as names.
  '2023-08-03-menaka-ambush': { name: 'Ménaka' },
  '2023-09-07-tombouctou-boat-bamba': { name: 'Banikane', alt_names: [] }, // "(Gourma-Rharous)" is the cercle
  '2023-09-08-gao-airport': { name: 'Gao' },
  '2023-09-09-su25-north-gao': { name: 'Ifardane / Tinaouker' },
  '2023-10-31-minusma-kidal-gao-convoy': { name: 'Kidal–Anefis–Gao' },
  '2024-02-09-intahaka': { name: 'Intahaka' },
  '2024-07-09-takalote': { name: 'Takalote et Eferer' },
  '2024-07-30-tinzaouaten-drone-strikes': { name: 'Tinzaouaten' },
  '2024-10-05-tinzaouaten-arlit-road-drone-strike': { name: 'Tinzaouaten–Arlit' },
  '2024-10-08-kidal-column': { name: 'Kidal' },
  // 2012–2022 file.
  '2012-03-10-tessalit-amachach': { name: 'Amachach' },
  // Plotted at Gao (see the coordinate note); Kidal and Tombouctou are other_locations.
  '2012-03-30-kidal-gao-timbuktu': { name: 'Gao' },
  '2013-02-10-gao': { name: 'Gao' },
  '2015-08-15-anefis': { name: 'Anefis', alt_names: [] }, // "(Tousik)" spells Touzik, not Anefis
  '2017-07-26-takellote': { name: 'Takalote', alt_names: ['Takellote', 'Takalout'] },
  '2017-10-23-abeibara': { name: 'Abeïbara' },
  '2018-04-14-timbuktu': { name: 'Tombouctou', alt_names: ['Timbuktu'] },
  '2018-04-26-aklaz-awkassa': { name: 'Aklaz et Awkassa', alt_names: ['Akliz', 'Wakasa'] },
  '2018-12-11-tinabaw': { name: 'Tinabaw et Tabangout-Tissalatatene' },
  '2019-11-01-indelimane': { name: 'Indelimane' },
  '2019-11-25-helicopter-collision': { name: 'Indelimane', alt_names: [] }, // "(Liptako)" is the area
  '2021-03-15-tessit': { name: 'Tessit' },
  '2021-03-25-talataye-strike': { name: 'Talataye' },
  '2021-08-08-ouatagouna': { name: 'Ouatagouna' },
  '2022-03-08-tamalat-inchinane': {
    name: 'Tamalat et Inchinane',
    alt_names: ['Tamalet', 'Insinane', 'Inchinanane'],
  },
  '2022-04-19-gossi': { name: 'Gossi' },
  '2022-06-04-anderamboukane': { name: 'Andéramboukane' },
  // 2025 file.
  '2023-12-03-menaka-labbezanga-attacks': { name: 'Ménaka' },
  '2025-02-16-tilemsi-valley-operations': { name: 'Tilemsi' },
  '2025-03-16-ejdeir-lougmeiza-air-strike': { name: 'Ejdeïr', alt_names: ['Jdeir', 'Adjeir'] },
  '2025-06-04-tessit-camp-attack': { name: 'Tessit' },
  '2025-07-10-tin-aouker-convoy-mine': { name: 'Tin Aouker', alt_names: ['Tinaouker'] },
  '2025-08-03-wabaria-attack': { name: 'Wabaria' },
  '2025-08-23-tessalit-amachach-drone-attacks': { name: 'Amachach' },
  '2025-08-28-takalot-gamou-residence': { name: 'Takalote', alt_names: ['Takalot'] },
  '2025-11-13-tangatta-albouhera-drone-strikes': { name: 'Tangatta et Albouhera' },
  '2026-02-18-anefis-aguelhok-convoy-drone-ied': { name: 'Anefis–Aguelhok' },
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
  '2021-03-15-tessit': {
    km: 30,
    en: 'Plotted at Tessit from a Wikipedia infobox not independently checked; the ambush hit the relief convoy somewhere on its route to the Tessit post, which the sources do not locate. 30 km assumed, an estimate, not a measured distance.',
    fr: 'Point placé à Tessit d’après une infobox de Wikipédia non vérifiée ; l’embuscade a visé le convoi de relève quelque part sur sa route vers le poste de Tessit, que les sources ne situent pas. 30 km retenus : une estimation, pas une distance mesurée.',
  },
  '2025-06-04-tessit-camp-attack': {
    km: 10,
    en: 'Same point as the 2022 Tessit entry, taken from a Wikipedia infobox (to the minute) and not independently checked; 10 km assumed until verified.',
    fr: 'Même point que l’entrée Tessit 2022, tiré de l’infobox de Wikipédia (à la minute près) et non vérifié ; 10 km retenus en attendant une vérification.',
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
  // 2012–2022 file. The research files French and Plateforme losses under *_unspecified and says
  // whose they are in figures_note; the schema has groups for them, so the note's group is used.
  // "Opponent" keys are resolved from the summary or note where the default would misread them.
  {
    incident: '2012-01-17-menaka',
    claimant: 'Local sources in Ménaka',
    replace: { vehicles_lost_opponent: { measure: 'vehicles_lost', group: 'rebels', value: 3 } },
    why: 'The summary says the air force struck three MNLA vehicles.',
  },
  {
    incident: '2012-06-27-gao-mnla-mujao',
    claimant: 'Witnesses in Gao',
    replace: {
      prisoners_rebels_or_jihadists: {
        measure: 'captured',
        group: 'rebels',
        wording: 'des dizaines de prisonniers',
      },
    },
    why: "figures_note: the prisoners were MNLA members held by MUJAO (the default would file them under the claimant's side).",
  },
  {
    incident: '2012-11-16-menaka-mnla-mujao',
    claimant: 'MUJAO spokesman',
    replace: { prisoners_rebels_or_jihadists: { measure: 'captured', group: 'rebels', value: 20 } },
    why: "figures_note: the 20 prisoners are MNLA fighters held by MUJAO, not MUJAO's own men.",
  },
  {
    incident: '2013-01-10-konna',
    claimant: 'Malian presidency',
    replace: { killed_unspecified: { measure: 'killed', group: 'france', value: 1 } },
    why: 'figures_note: the one unspecified dead is a French helicopter pilot.',
  },
  {
    incident: '2013-02-22-in-khalil',
    claimant: 'MNLA (as reported',
    replace: { prisoners_rebels_or_jihadists: { measure: 'captured', group: 'assailants', value: 9 } },
    why: 'The summary says the MNLA took nine prisoners among attackers it called terrorists, not MNLA men.',
  },
  {
    incident: '2015-08-15-anefis',
    claimant: 'GATIA secretary-general Fahad Ag Almahmoud (17 Aug',
    replace: { killed_unspecified: { measure: 'killed', group: 'plateforme', value: 0 } },
    why: 'figures_note: the unspecified dead are GATIA/Plateforme (claimed zero).',
  },
  {
    incident: '2015-08-15-anefis',
    claimant: 'Plateforme source and official',
    replace: { vehicles_lost_opponent: { measure: 'vehicles_lost', group: 'rebels', value: 4 } },
    why: 'figures_note: CMA vehicles recovered by the Plateforme.',
  },
  {
    incident: '2015-08-15-anefis',
    claimant: 'Plateforme (as relayed',
    replace: {
      wounded_unspecified: {
        measure: 'wounded',
        group: 'plateforme',
        wording: 'de nombreux blessés (Gatia)',
      },
      prisoners_rebels_or_jihadists: { measure: 'captured', group: 'rebels', value: 8 },
      vehicles_lost_opponent: { measure: 'vehicles_lost', group: 'rebels', value: 5 },
    },
    why: 'figures_note and summary: the wounded are GATIA, the eight prisoners and five vehicles CMA.',
  },
  {
    incident: '2016-07-21-kidal',
    claimant: 'CMA spokesman',
    replace: {
      killed_unspecified: { measure: 'killed', group: 'plateforme', wording: 'une trentaine de morts' },
    },
    why: 'figures_note: the unspecified dead are GATIA dead as claimed by the CMA.',
  },
  {
    incident: '2017-01-18-gao-moc',
    claimant: 'Kibaru (provisional',
    replace: { killed_unspecified: { measure: 'killed', group: 'plateforme', value: 27 } },
    why: 'figures_note: the 27 are Plateforme fighters.',
  },
  {
    incident: '2013-02-21-gao',
    claimant: 'French general staff (situation update',
    replace: { wounded_unspecified: { measure: 'wounded', group: 'france', value: 2 } },
    why: 'figures_note: the two unspecified wounded are French soldiers.',
  },
  {
    incident: '2018-04-14-timbuktu',
    claimant: 'Malian Ministry of Security',
    replace: {
      wounded_unspecified: { measure: 'wounded', group: 'france', wording: 'une dizaine (Barkhane)' },
    },
    why: 'figures_note: the unspecified wounded are French soldiers.',
  },
  {
    incident: '2018-04-14-timbuktu',
    claimant: 'French general staff',
    replace: { wounded_unspecified: { measure: 'wounded', group: 'france', value: 7 } },
    why: 'figures_note: the unspecified wounded are French soldiers.',
  },
  {
    incident: '2018-04-26-aklaz-awkassa',
    claimant: 'MSA (first statement on Aklaz',
    replace: { killed_unspecified: { measure: 'killed', group: 'plateforme', value: 1 } },
    why: 'figures_note: the one unspecified dead is an MSA fighter.',
  },
  {
    incident: '2019-01-20-aguelhok',
    claimant: 'Kibaru',
    replace: { prisoners_rebels_or_jihadists: { measure: 'captured', group: 'assailants', value: 1 } },
    why: "An attacker captured, as in the MINUSMA-close source (the default files an independent outlet's count as unspecified).",
  },
  {
    incident: '2019-11-25-helicopter-collision',
    claimant: 'French Presidency',
    replace: { killed_unspecified: { measure: 'killed', group: 'france', value: 13 } },
    why: 'figures_note: the 13 are French soldiers.',
  },
  {
    incident: '2019-11-25-helicopter-collision',
    claimant: 'Islamic State claim',
    replace: { killed_unspecified: { measure: 'killed', group: 'france', value: 13 } },
    why: 'figures_note: the 13 are French soldiers.',
  },
  {
    incident: '2022-03-08-tamalat-inchinane',
    claimant: 'MSA (official',
    replace: {
      killed_unspecified: {
        measure: 'killed',
        group: 'plateforme',
        wording: 'une vingtaine de combattants (MSA)',
      },
    },
    why: 'figures_note: the unspecified dead are MSA fighters.',
  },
  {
    incident: '2022-09-06-talataye',
    claimant: 'Plateforme des mouvements',
    replace: { killed_unspecified: { measure: 'killed', group: 'plateforme', value: 3 } },
    why: 'figures_note: the unspecified dead are Plateforme (MSA) fighters.',
  },
];

/**
 * Claims with no `statement_date` and no dated source whose date the research nevertheless states
 * in its own text (claimant, notes, incident fields). Each is published with that date, at the
 * precision the text allows (a month when the day is approximate or could be either of two), and
 * a `date_note` saying where it comes from. `research` quotes the phrase that states the date.
 * Keyed as the import log names a claim: `<incident id> "<claimant>"`. Every other claim without
 * a date stays out: an eyewitness's presence on a day, a hedged guess ("probably", "suggest"), a
 * URL or a Wikipedia snapshot month is not the date a claim was made.
 * Recovered claims are numbered like gap claims, after the published ids of their side.
 * @type {Record<string, {date: string, research: string, note: {en: string, fr: string}}>}
 */
export const STATED_DATES = {
  '2012-01-18-aguelhok "Eyewitness present in Aguelhok on 24 Jan (RFI)"': {
    date: '2012-02',
    research: "statement_date_note: 'Reported by RFI in mid-February 2012; exact date not visible.'",
    note: {
      en: 'Month given by the research: the account was reported by RFI in mid-February 2012 (the exact day is not visible). 24 January is when the witness was in Aguelhok, not when he spoke.',
      fr: 'Mois donné par la recherche : le témoignage a été rapporté par RFI à la mi-février 2012 (le jour exact n’est pas visible). Le 24 janvier est le jour où le témoin était à Aguelhok, non celui où il a parlé.',
    },
  },
  '2013-02-10-gao "Malian Defence Minister"': {
    date: '2013-02',
    research:
      "statement_date_note: 'Date inferred; reported the day after the fighting.' (fighting of 10–11 Feb 2013)",
    note: {
      en: 'Month given by the research: the minister’s toll was reported the day after the fighting of 10–11 February 2013; which of the two days it follows is not said, so only the month is given.',
      fr: 'Mois donné par la recherche : le bilan du ministre a été rapporté au lendemain des combats des 10 et 11 février 2013 ; lequel des deux jours n’étant pas précisé, seul le mois est indiqué.',
    },
  },
  '2013-02-21-gao "French general staff (situation update on the Defence Ministry website)"': {
    date: '2013-02-22',
    research:
      "statement_date_note: 'Update published the day after the fighting (reported 'vendredi')'; discrepancies: '(French general staff, next day)' (fighting of 21 Feb 2013)",
    note: {
      en: 'Date given by the research: the update was published the day after the fighting of 21 February (a Friday, ‘vendredi’).',
      fr: 'Date donnée par la recherche : le point de situation a été publié au lendemain des combats du 21 février (« vendredi »).',
    },
  },
  '2015-01-27-gao-protest "Gao residents and youth organisations"': {
    date: '2015-04',
    research:
      "statement_date_note: 'Reactions reported the day after the report; date approximate.'; the UN claim: 'findings released 2 Apr 2015'",
    note: {
      en: 'Month given by the research: the reactions were reported the day after the UN inquiry’s findings, released on 2 April 2015; the research calls the day approximate, so only the month is given.',
      fr: 'Mois donné par la recherche : les réactions ont été rapportées au lendemain des conclusions de l’enquête de l’ONU, publiées le 2 avril 2015 ; la recherche jugeant le jour approximatif, seul le mois est indiqué.',
    },
  },
  '2017-07-26-takellote "Kibaru (sources \'dignes de foi\')"': {
    date: '2017-07-27',
    research:
      "statement_date_note: 'Published the day after the fighting; date not visible.' (fighting of 26 Jul 2017)",
    note: {
      en: 'Date given by the research: Kibaru published its count the day after the fighting of 26 July.',
      fr: 'Date donnée par la recherche : Kibaru a publié son bilan au lendemain des combats du 26 juillet.',
    },
  },
  '2018-04-26-aklaz-awkassa "MSA (first statement on Aklaz, 27 Apr, as relayed by Algerian daily Liberté)"': {
    date: '2018-04-27',
    research: "claimant: 'MSA (first statement on Aklaz, 27 Apr, …)'",
    note: {
      en: 'Date given by the research: the MSA’s first statement on Aklaz, of 27 April, the day after the night attack (as relayed by Liberté).',
      fr: 'Date donnée par la recherche : première déclaration du MSA sur Aklaz, du 27 avril, au lendemain de l’attaque nocturne (relayée par Liberté).',
    },
  },
  '2018-12-11-tinabaw "MSA (spokesman Mohamed Ag Albachar; secretary-general Moussa Ag Acharatoumane)"': {
    date: '2018-12-13',
    research: "statement_date_note: 'The MSA note is reported as issued on 'jeudi' (13 Dec)'",
    note: {
      en: 'Date given by the research: the MSA’s note is reported as issued on Thursday (‘jeudi’) 13 December. The research does not date the first toll of 42 separately.',
      fr: 'Date donnée par la recherche : la note du MSA est rapportée comme publiée le jeudi 13 décembre. La recherche ne date pas à part le premier bilan de 42 morts.',
    },
  },
  '2022-06-04-anderamboukane "Malian pro-government press (Nouvel Horizon and others, 6 Jun)"': {
    date: '2022-06-06',
    research:
      "claimant: '(Nouvel Horizon and others, 6 Jun)'; statement_date_note: 'Articles published 'hier dimanche 5 juin' + 1'",
    note: {
      en: 'Date given by the research: articles of 6 June, which speak of ‘hier dimanche 5 juin’.',
      fr: 'Date donnée par la recherche : articles du 6 juin, qui parlent d’« hier dimanche 5 juin ».',
    },
  },
  '2022-09-06-talataye "Army information office director Col. Souleymane Dembélé (to Nouvel Horizon)"': {
    date: '2022-09',
    research: "statement_date_note: 'Quoted by L'Indiscret around 9 Sep; date of the interview not visible.'",
    note: {
      en: 'Month given by the research: quoted by L’Indiscret around 9 September 2022; the day of the interview is not visible.',
      fr: 'Mois donné par la recherche : cité par L’Indiscret vers le 9 septembre 2022 ; le jour de l’entretien n’est pas visible.',
    },
  },
};
