/**
 * Whether a preposition at the end of a sentence misses its object: not when it is the particle of a
 * separable verb, stranded after er/daar/hier/waar, half of a circumposition, a postposition of
 * direction, or after a form of `zijn`; always when the noun before it takes it as its object.
 */
import { hasSeparableVerb, isVerbParticle } from '@kapstok/nl'
import { prepositionSet } from './sentence-end-words.js'

const stranding = /\b(?:er|daar|hier|waar|nergens|ergens|overal)\b/iu
// Circumpositions: "tegen een probleem aan", "van de vraag uit", "onder de drempel door".
const circumposition: Record<string, RegExp> = { aan: /\b(?:tegen|achter)\b/iu, uit: /\b(?:van|vanuit)\b/iu, door: /\b(?:onder|tussen)\b/iu, in: /\btussen\b/iu, om: /\brond\b/iu }
const postposition = /^(?:op|in|uit|om|over|door|langs)$/u
const pathNoun = /^(?:kant|kanten|straat|straten|wijk|wijken|buurt|stad|dorp|deur|weg|hoek|grens|trap|berg|land|wereld|richting|school|huis|water)$/iu
const zijn = new Set(['is', 'zijn', 'was', 'waren', 'ben', 'bent', 'blijft', 'blijven'])

// Whether a sentence ending on a preposition at `index` misses its object: not a particle of a
// separable verb in the clause, not stranded after er/daar/hier/waar, not "is op/om/voor".
export function objectMissing(body: string, index: number, word: string, least = 3): boolean {
  const start = Math.max(body.lastIndexOf('. ', index), body.lastIndexOf('? ', index), body.lastIndexOf('! ', index), body.lastIndexOf('\n', index)) + 1
  const sentence = body.slice(start, index)
  const words = sentence.split(/[\s,;:()]+/).filter(Boolean)
  if (words.length < 2 || /https?:|www\./.test(sentence)) return false
  const lower = word.toLowerCase()
  // A word in capitals is an abbreviation (`politie en OM`), no preposition.
  if (word.length >= 2 && word === word.toUpperCase()) return false
  if (lower === 'een') return !/^(?:er|nog|nummer|stap|fase|punt|prioriteit|plaats|hoofdstuk|paragraaf|bijlage|deel|niveau|groep|klas|categorie|tabel|figuur|doel|pijler|thema|route|spoor|actie)$/i.test(words.at(-1) ?? '')
  if (stranding.test(sentence) || circumposition[lower]?.test(sentence)) return false
  // A preposition joined by `en` or `of` to what stands before (`zorgen over de drukte en over`) opens
  // a second phrase; a pair of particles or adverbs is whole (`in en uit`, `af en aan`).
  if (/^(?:en|of)$/iu.test(words.at(-1) ?? '') && words.length >= 4) {
    const before = (words.at(-2) ?? '').toLowerCase()
    return !prepositionSet.has(before) && !isVerbParticle(before)
  }
  // A postposition of direction after a noun of place (`de andere kant op`, `de wijk in`, `de deur uit`).
  if (postposition.test(lower) && pathNoun.test(words.at(-1) ?? '')) return false
  // A noun right before it that takes this preposition for its object (`overleg met`,
  // `onderzoek naar`): the verb earlier in the clause does not make it a particle.
  if (governedBy(words.at(-1) ?? '', lower)) return true
  // `om` right after another particle opens a purpose clause (`We zetten twee coaches in om.`):
  // that particle is the verb's, so `om` is not.
  if (lower === 'om' && (words.at(-1) ?? '').toLowerCase() !== 'om' && isVerbParticle(words.at(-1) ?? '')) return words.length >= least
  if (isVerbParticle(lower) && (hasSeparableVerb(words, lower) || zijn.has((words.at(-1) ?? '').toLowerCase()) || figureObject(words))) return false
  // A clause may be a fragment by design (a caption, an answer): only a sentence that starts a main clause counts.
  return words.length >= least
}

// A quantity as the object before the particle (`zette … 640 ton zout in`, `trekt hiervoor
// € 40.000 uit`): a number not inside a prepositional phrase is the verb's own object, so the
// particle belongs to a separable verb, known to the lists or not.
function figureObject(words: string[]): boolean {
  return words.some((w, k) => k >= 2 && /^(?:€|\d[\d.,]*)$/u.test(w) && !prepositionSet.has((words[k - 1] ?? '').toLowerCase()) && !/^(?:€|met|tot|t\/m)$/iu.test(words[k - 1] ?? ''))
}

// Nouns of general Dutch that take a prepositional object, with those prepositions: at the end of
// a clause the object is missing, whatever the verb ("we voeren overleg met", "we doen onderzoek naar").
const governingNouns: Record<string, readonly string[]> = {
  afspraak: ['over', 'met'], afspraken: ['over', 'met'], overleg: ['met', 'over'], gesprek: ['met', 'over'], gesprekken: ['met', 'over'],
  onderzoek: ['naar'], informatie: ['over'], aandacht: ['voor'], zicht: ['op'], inzicht: ['in'], behoefte: ['aan'], contact: ['met'],
  samenwerking: ['met'], discussie: ['over'], besluit: ['over'], besluitvorming: ['over'], toezicht: ['op'], invloed: ['op'], nadruk: ['op'],
  zorgen: ['over'], vragen: ['over'], keuze: ['voor'], ruimte: ['voor'], draagvlak: ['voor'], verantwoordelijkheid: ['voor']
}

function governedBy(noun: string, preposition: string): boolean {
  return governingNouns[noun.toLowerCase()]?.includes(preposition) ?? false
}
