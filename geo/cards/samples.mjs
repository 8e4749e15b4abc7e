// Sample cards from the real data (tolls as the incident files record them), for the tests and
// for `node geo/cards/preview.mjs`, which renders them to look at.

const SIDE = {
  army: '#2c5d8f',
  rebels: '#a65a17',
  jihadists: '#3d3d3d',
  russia: '#7b3f8c',
  independent: '#6c6c6c',
};
const SHARPLY_DISPUTED = '#b3261e';

/** Where the samples are, for their locators. */
export const SAMPLE_PLACES = {
  lere: { lon: -4.9118, lat: 15.7118 },
  tinzaouaten: { lon: 2.96732, lat: 19.95427 },
};

/** Léré, 17–18 September 2023, in French. */
export const LERE_FR = {
  lang: /** @type {const} */ ('fr'),
  kicker: '17–18 septembre 2023 · Attaque de camp',
  title: 'Raid du CSP contre les deux camps militaires de Léré',
  place: 'Léré, région de Tombouctou',
  sides: [
    { label: 'Armée', colour: SIDE.army, says: '5 soldats maliens tués' },
    { label: 'Rebelles', colour: SIDE.rebels, says: '35 soldats maliens tués, 8 rebelles tués' },
    { label: 'Indépendants', colour: SIDE.independent, says: 'pas de bilan chiffré' },
  ],
  level: { label: 'Versions très divergentes (×3 ou plus)', colour: SHARPLY_DISPUTED },
  more: ['+ 1 autre camp', '+ 2 autres camps', '+ 3 autres camps', '+ 4 autres camps', '+ 5 autres camps'],
  brand: 'Recoupe',
  tagline: 'Nord du Mali : la version de chaque camp, incident par incident',
};

/** The same in English. */
export const LERE_EN = {
  lang: /** @type {const} */ ('en'),
  kicker: '17–18 September 2023 · Attack on a base',
  title: 'CSP raid on the two army camps at Léré',
  place: 'Léré, Timbuktu region',
  sides: [
    { label: 'Army', colour: SIDE.army, says: '5 Malian soldiers killed' },
    { label: 'Rebels', colour: SIDE.rebels, says: '35 Malian soldiers killed, 8 rebels killed' },
    { label: 'Independent', colour: SIDE.independent, says: 'no toll given' },
  ],
  level: { label: 'Versions differ sharply (×3 or more)', colour: SHARPLY_DISPUTED },
  more: ['+ 1 more side', '+ 2 more sides', '+ 3 more sides', '+ 4 more sides', '+ 5 more sides'],
  brand: 'Recoupe',
  tagline: 'Northern Mali: every side’s version, incident by incident',
};

/**
 * Tinzaouaten, 25–27 July 2024: six voices with long tolls (the Russian side's two sources, the
 * military bloggers and the Wagner-linked channel, get a row each).
 */
export const TINZAOUATEN_FR = {
  lang: /** @type {const} */ ('fr'),
  kicker: '25–27 juillet 2024 · Combats, embuscade, perte d’aéronef',
  title: 'Bataille de Tinzaouaten : lourdes pertes des FAMa et de Wagner',
  place: 'Tinzaouaten et la vallée au sud, région de Kidal (cercle d’Abeïbara)',
  sides: [
    {
      label: 'Armée',
      colour: SIDE.army,
      says: '2 militaires tués, 10 blessés, une vingtaine d’assaillants tués ; puis un « mouvement rétrograde »',
    },
    {
      label: 'Rebelles',
      colour: SIDE.rebels,
      says: '47 soldats maliens tués, 84 membres des forces russes tués, 9 rebelles tués, 7 prisonniers',
    },
    {
      label: 'Jihadistes',
      colour: SIDE.jihadists,
      says: '50 combattants de Wagner et 10 soldats maliens tués, tous leurs véhicules détruits',
    },
    {
      label: 'Russie',
      colour: SIDE.russia,
      says: 'au moins 20 combattants de Wagner tués, certains capturés',
    },
    {
      label: 'Wagner',
      colour: SIDE.russia,
      says: 'pertes « importantes » après une tempête de sable, sans bilan chiffré',
    },
    {
      label: 'Indépendants',
      colour: SIDE.independent,
      says: 'au moins 47 corps sur une vidéo authentifiée par Reuters ; 23 combattants de Wagner disparus',
    },
  ],
  level: { label: 'Versions très divergentes (×3 ou plus)', colour: SHARPLY_DISPUTED },
  more: ['+ 1 autre camp', '+ 2 autres camps', '+ 3 autres camps', '+ 4 autres camps', '+ 5 autres camps'],
  brand: 'Recoupe',
  tagline: 'Nord du Mali : la version de chaque camp, incident par incident',
};

/** The home page's card, in French. */
export const HOME_FR = {
  lang: /** @type {const} */ ('fr'),
  title: 'Nord du Mali : chaque incident, la version de chaque camp',
  tagline: 'Armée, rebelles, jihadistes, Russie, ONU : les bilans côte à côte, chacun sourcé',
  kicker: 'Carte interactive',
  figure: '85',
  noun: 'incidents',
  brand: 'Recoupe',
};
