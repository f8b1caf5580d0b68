// (A module of its own, importing nothing: the tokenizer reads it too, and amount-change imports the tokenizer.)
/**
 * Nouns that name the size of a change between two values: a rise, a fall, or what the fall saves
 * or loses (`een besparing van`, `een krimp van`, `een winst van 14 minuten`); `plus` only before
 * `van` (`een plus van € 20.000`), where it names a rise and not an addition (`€ 5.000 plus …`). One list for every
 * reader of `van A naar B, een … van C`, so a new way of naming the gap reaches all of them.
 */
export const CHANGE_NOUN = String.raw`(?:plus(?=\s+van\s)|stijging|verhoging|ophoging|toename|groei|aanwas|uitbreiding|daling|verlaging|afname|vermindering|reductie|besparing|bezuiniging|krimp|inkrimping|teruggang|achteruitgang|vooruitgang|verlies|winst)`
