/**
 * A share whose noun phrase is followed only by where its members are, said with a verb of place or
 * origin that ends the clause: `zodat bijna de helft van de masten in de dorpen staat`, `dus ruim
 * 60 procent van de deelnemers uit de stad kwam`, `waarmee een kwart van de bomen op particulier
 * terrein ligt`.
 *
 * Such a verb takes the phrase after the noun as its complement (what is where), so the phrase says
 * which members are the part, not which narrower whole the share is of: the whole is the noun's, as
 * when the share closes on its noun. A phrase followed by a verb of another kind or by more words
 * (`van de hokjes in de binnenstad verdwijnt`, `… in de binnenstad leeg staat`) may narrow the whole,
 * and is not read here. Used by share-claims and share-split-wholes.
 */

// `staan`, `liggen`, `zitten`, `wonen`, `werken`, `komen`, `gaan`, `vallen`, `belanden`, `horen`, in the forms a
// clause ends on (present and past, singular and plural), with the separable `terecht`.
const PLACE_VERB = String.raw`(?:sta(?:at|an)|stond(?:en)?|lig(?:t|gen)|lag(?:en)?|zit(?:ten)?|za(?:t|ten)|wo(?:ont|nen|onde|onden)|werk(?:t|en|te|ten)|(?:terecht\s*)?(?:kom(?:t|en)|kwam(?:en)?)|ga(?:at|an)|ging(?:en)?|v(?:alt|allen|iel|ielen)|beland(?:t|en|de|den)|(?:be)?ho(?:ort|ren|orde|orden))`
// The members' place: a preposition of place or origin and up to four words, none a number or a clause end.
const PLACE = String.raw`(?:in|uit|bij|op|onder|buiten|binnen|naar|tot|aan)\s+(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+`
const NOUN_PHRASE = String.raw`^\s+van\s+(?:de|het|alle)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+\s+`
const CLAUSE_END = String.raw`\s*(?:[.;!?),]|$)`
// The share's noun phrase (`van de systemen`, `van alle aanvragen`) with its place and verb, up to the clause end:
// verb last in a clause after `zodat`, verb first after `dus` (`… van het publiek kwam uit de stad`).
const PLACED = new RegExp(String.raw`${NOUN_PHRASE}(?:${PLACE}\s+${PLACE_VERB}|${PLACE_VERB}\s+${PLACE})${CLAUSE_END}`, 'iu')
// Only the place, its verb before the share (`daarmee komt ruim de helft van het publiek uit de stad`).
const PLACE_ONLY = new RegExp(String.raw`${NOUN_PHRASE}${PLACE}${CLAUSE_END}`, 'iu')
const VERB_LAST = new RegExp(String.raw`\b${PLACE_VERB}\s+$`, 'iu')

/**
 * Whether the words after a share are its noun phrase and only the place of its members, ending the clause.
 *
 * @param before The clause before the share's words (`, zodat `, `; daarmee komt `).
 * @param after The sentence after the share's words (` van de leerlingen in het westen woont.`).
 * @returns True when the place is the verb's complement, so the share is of the noun's whole.
 */
export const placedPredicate = (before: string, after: string): boolean => PLACED.test(after) || (VERB_LAST.test(before) && PLACE_ONLY.test(after))
