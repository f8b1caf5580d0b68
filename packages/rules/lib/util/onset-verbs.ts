/**
 * The verbs of a start: a rule that takes effect, a service that opens, a party that switches
 * over (`ingaan`, `in werking treden`, `van start gaan`, `overstappen`, `invoeren`). Unlike a verb
 * of a level or a state (`stijgt per`, `geldt vanaf`), whose present still holds, the present of
 * such a verb with a moment announces the start. Read by `dated-future` and `onset-clauses`.
 */

/**
 * Present forms of separable verbs of a start, with the particle that comes after them in a main
 * clause (`gaat … in`, `treedt … in werking`, `wordt … van kracht`). Not `sluit … aan` without a
 * moment: that also says a plan fits another.
 */
const onsetParticles: Record<string, string> = {
  treedt: 'in\\s{1,3}werking', treden: 'in\\s{1,3}werking', voert: 'in', voeren: 'in', stapt: 'over', stappen: 'over', schakelt: 'over', schakelen: 'over',
  neemt: 'in\\s{1,3}gebruik', nemen: 'in\\s{1,3}gebruik', gaat: 'in|open|van\\s{1,3}start', gaan: 'in|open|van\\s{1,3}start', wordt: 'van\\s{1,3}kracht', worden: 'van\\s{1,3}kracht',
  sluit: 'aan', sluiten: 'aan', loopt: 'af', lopen: 'af'
}

// The same verbs at the end of a subordinate clause, the particle written before or onto them
// (`ingaat`, `in werking treedt`, `van start gaat`, `overstapt`), and verbs of a start without a
// particle (`begint`, `start`, `opent`, `vervalt`).
const finalOnset = /(?:^|\s)(?:in\s{0,3}gaa?t|in\s{0,3}gaan|open\s{0,3}gaa?t|open\s{0,3}gaan|in\s{1,3}werking\s{1,3}(?:treedt|treden)|van\s{1,3}kracht\s{1,3}(?:wordt|worden)|van\s{1,3}start\s{1,3}(?:gaat|gaan)|over\s{0,3}(?:stapt|stappen|schakelt|schakelen)|in\s{0,3}(?:voert|voeren)|in\s{1,3}gebruik\s{1,3}(?:neemt|nemen)|aan\s{0,3}(?:sluit|sluiten)|af\s{0,3}(?:loopt|lopen))\s{0,3}[.!?]?$/iu
const plainOnset = /^(?:begint|beginnen|start|starten|opent|openen|vervalt|vervallen)$/iu
// A word that makes the next one a noun (`de start`, `een nieuw begin`, `het openen van`).
const nounOpener = /^(?:de|het|een|deze|die|dit|onze|hun|zijn|haar|nieuwe?|eerste|officiële)$/iu
// A particle that closes its verb: at the end of the clause, or before a phrase or a clause that
// follows it (`stapt … over op een nieuw systeem`, `sluit … aan bij het meldpunt`).
const closing = String.raw`(?=\s{0,3}(?:[.!?,;:)]|$)|\s{1,3}(?:op|per|bij|voor|met|naar|in|tot|en|of|zodat|waardoor|waarmee|dan)\b)`

/**
 * Whether the finite verb of a start is followed by its particle (`gaat … in`, `stapt … over
 * op`), not by a preposition of the same form (`gaat … in de wijk rijden`).
 *
 * @param verb The finite verb, any case.
 * @param rest The clause after it.
 * @returns Whether the particle closes the verb.
 */
export function startParticleAfter(verb: string, rest: string): boolean {
  return particleAfter.get(verb.toLowerCase())?.test(` ${rest}`) ?? false
}

// Each verb's particle pattern, compiled once: it was built anew for every word of every clause.
// A Map, not the object: a word like `constructor` found an inherited member there and made an
// invalid pattern.
const particleAfter = new Map(Object.entries(onsetParticles).map(([verb, particle]) => [verb, new RegExp(String.raw`\s(?:${particle})${closing}`, 'iu')]))

/**
 * Whether a clause tells a start with a finite verb in the present: a separable verb and its
 * particle further on, the verb and particle at the end, or a verb of a start that needs none.
 *
 * @param clause A finite clause.
 * @returns Whether it does.
 */
export function tellsStart(clause: string): boolean {
  const words = clause.split(/\s+/u).map((w) => w.replace(/^[("“']+|[.!?,;:)"”']+$/gu, '')).filter(Boolean)
  if (finalOnset.test(clause.trim())) return true
  for (let i = 0; i < words.length; i++) {
    const word = (words[i] ?? '').toLowerCase()
    if (plainOnset.test(word) && !nounOpener.test(words[i - 1] ?? '') && !/^te$/iu.test(words[i - 1] ?? '')) return true
    if (particleAfter.has(word) && startParticleAfter(word, words.slice(i + 1).join(' '))) return true
  }
  return false
}
