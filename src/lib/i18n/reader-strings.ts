/**
 * Every word the reader's controls show or say: the step menu, the "link to this step" control and the announcements
 * of map changes. Templates fill `{name}` slots (fillIn); counts have a form for one and a form for more.
 */

const en = {
  /** The step menu's button. */
  menu: 'Steps',
  /** The step menu's navigation landmark. */
  menuLabel: 'Steps of the story',
  /** The control on each step card. */
  stepLink: 'Link to this step',
  /** Hidden after the control's words, so that a list of links tells the steps apart. */
  stepLinkOf: ' (step {n} of {total})',
  /** What the browser script says; the page hands it over as JSON (MapAnnouncer.astro). */
  live: {
    /** Shown and announced once the step's address is on the clipboard. */
    copied: 'Link copied',
    /** Shown and announced when the clipboard refused: the address bar now holds the step's address. */
    inAddressBar: 'The address bar now links to this step',
    /** What changed since the step just before (the map description's own wording). */
    sincePrevious: 'Since the previous map: {changes}.',
    /** What changed since a step further away, after a jump or a fling. */
    sinceMap: 'Since map {n}: {changes}.',
    newEvents: ['{n} new event', '{n} new events'],
    fewerEvents: ['{n} event fewer', '{n} events fewer'],
    newlyDrawn: 'newly drawn: {names}',
    noLongerDrawn: 'no longer drawn: {names}',
    viewMoves: 'the view moves',
    /** The word before the last item of a list. */
    and: 'and',
  },
};

/** The words of the reader's controls, in one language. */
export type ReaderStrings = typeof en;
/** The words the browser script says. */
export type LiveWords = ReaderStrings['live'];

const fr: ReaderStrings = {
  menu: 'Étapes',
  menuLabel: 'Étapes du récit',
  stepLink: 'Lien vers cette étape',
  stepLinkOf: ' (étape {n} sur {total})',
  live: {
    copied: 'Lien copié',
    inAddressBar: 'La barre d’adresse pointe maintenant vers cette étape',
    sincePrevious: 'Depuis la carte précédente : {changes}.',
    sinceMap: 'Depuis la carte {n} : {changes}.',
    newEvents: ['{n} nouvel événement', '{n} nouveaux événements'],
    fewerEvents: ['{n} événement de moins', '{n} événements de moins'],
    newlyDrawn: 'nouveau tracé : {names}',
    noLongerDrawn: 'tracé retiré : {names}',
    viewMoves: 'la vue se déplace',
    and: 'et',
  },
};

/** The reader's controls' words by language (the story's `lang` picks one). */
export const readerStrings = { en, fr } as const;

/** Fills a template's `{name}` slots; a count picks its form from a [one, more] pair. */
export function fillIn(template: string | readonly string[], values: Record<string, string | number>): string {
  const t = typeof template === 'string' ? template : (template[values.n === 1 ? 0 : 1] ?? '');
  return t.replace(/\{(\w+)\}/g, (slot, name: string) => String(values[name] ?? slot));
}
