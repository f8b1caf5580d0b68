/**
 * Adverbs that give a change its direction after a verb that alone says none (`gaan`, `komen`,
 * `lopen`, `schieten`): `gaat met 20% omhoog`, `komt er 5% bij`, `gaat er een tiende af`, `loopt
 * met 8% terug`, `gaat er 3% op vooruit`. Two may stand together (`erop vooruit`).
 */

/** One or two direction adverbs, as a pattern to embed. */
export const DIRECTION_ADVERB = String.raw`(?:(?:omhoog|omlaag|erbij|eraf|erop|eruit|bij|af|toe|op|terug|achteruit|vooruit)(?:\s+(?:omhoog|omlaag|terug|achteruit|vooruit))?)`
