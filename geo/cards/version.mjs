// What a card's bytes depend on besides its input: bump CARD_DESIGN when the layout or colours
// change, so every card gets a new file name (link previews are cached by URL). The package
// versions are checked against node_modules by the tests.

/** Layout and colours of geo/cards/card.mjs. */
export const CARD_DESIGN = 1;
export const SATORI_VERSION = '0.63.2';
export const RESVG_VERSION = '2.6.2';

/** Goes into every card's file name hash. */
export const CARD_RENDERER = `card-${CARD_DESIGN} satori@${SATORI_VERSION} resvg-js@${RESVG_VERSION}`;
