/**
 * Whether a plural noun counts people by what they do or are: the agent nouns Dutch forms with
 * `-er`, `-aar`, `-eur`, `-ist`, `-ant` or `-ent` (`mantelzorgers`, `begeleiders`, `kunstenaars`,
 * `adviseurs`, `specialisten`, `collectanten`, `docenten`), and the heads of compounds of people
 * (`beroepskrachten`, `verpleegkundigen`, `budgetcoaches`, `brandweermannen`). A rate `per persoon` or
 * `per hoofd` is over such a count, whichever role the text names the people by.
 */

// The plural endings of nouns for people.
const ENDINGS = /(?:[^aeiou]ers|aars|eurs|isten|anten|enten|kundigen|krachten|coaches|genoten|mannen|vrouwen|lieden|ouders|gasten)$/iu
// Nouns of things with those endings: measures, objects, places and animals (`kilometers`, `containers`,
// `kamers`, `vijvers`, `vlinders`), `-menten` and `-centen` (`documenten`, `procenten`) and sides,
// plants, boxes and interest (`zijkanten`, `planten`, `kisten`, `renten`).
const THINGS = /(?:meters|liters|containers|computers|printers|servers|dossiers|nummers|cijfers|letters|kamers|filters|registers|folders|flyers|posters|stickers|banners|kaders|centers|clusters|trailers|scooters|emmers|kelders|zolders|polders|oevers|vijvers|borders|vlinders|kevers|bevers|otters|zomers|winters|lockers|vouchers|menten|centen|kanten|planten|kisten|renten|tenten)$/iu

/**
 * Whether a plural noun names people by a role.
 *
 * @param noun A word, as a text writes it.
 * @returns True for an agent noun or a compound of people.
 */
export const isPersonNoun = (noun: string): boolean => noun.length >= 5 && ENDINGS.test(noun) && !THINGS.test(noun)
