/**
 * A paragraph that stops without punctuation on a finite auxiliary or copula that still waits for
 * its participle, infinitive or predicate: "Fietsen die te lang bij het station staan, worden" or
 * "De nieuwe beheerder van de markthal zal". Used by `unfinished-sentence`.
 */

// Finite auxiliaries and copulas: in a main clause they stand second and their complement follows.
const auxiliaries = new Set(['wordt', 'worden', 'zal', 'zullen', 'moet', 'moeten', 'kan', 'kunnen', 'mag', 'mogen', 'wil', 'willen', 'is', 'zijn', 'blijft', 'blijven', 'gaat', 'gaan'])
// Modals take no reflexive: `zich` a few adverbs before one at the end owes the reflexive verb
// itself (`zodat bewoners zich op tijd kunnen`). No word that may be an infinitive or participle
// stands between (`zich aanmelden kunnen` is whole).
const modals = new Set(['zal', 'zullen', 'moet', 'moeten', 'kan', 'kunnen', 'mag', 'mogen', 'wil', 'willen', 'gaat', 'gaan', 'hoeft', 'hoeven'])
const reflexiveWaits = /\bzich(?:\s+(?!\p{L}*(?:en|ge\p{L}+d|ge\p{L}+t)\b)[\p{L}'’]+){0,4}\s*$/iu
// Words that open a bijzin or an indirect question, whose finite verb stands last ("…, omdat het
// gebouwd wordt", "de kaart toont voor welke boten een steiger bruikbaar is").
const subordinator = /\b(?:die|dat|als|omdat|wanneer|zodat|zodra|nadat|voordat|hoewel|of|tenzij|terwijl|waar\p{L}*|wie|wat|welke?|hoe|hoeveel|waarom|sinds|totdat)\b/iu
// A subject opened by a determiner, then no verb: the auxiliary at the end is the clause's first verb.
const determinerStart = /^(?:de|het|een|alle|elke|iedere|onze|deze|die|dit|veel)\s/iu

/**
 * Whether `body` (a paragraph without final punctuation, its last word `word`) stops on an
 * auxiliary in the place of a main clause's finite verb: right after a comma that closes a fronted
 * bijzin, or as the only auxiliary of a sentence that opens with a determiner and has no bijzin.
 *
 * @param body The paragraph.
 * @param word Its last word, lower case.
 * @param index Where that word starts in `body`.
 */
export function endsOnAuxiliary(body: string, word: string, index: number): boolean {
  const before = body.slice(0, index)
  if (modals.has(word) && reflexiveWaits.test(before)) return true
  if (!auxiliaries.has(word)) return false
  if (/,\s*$/u.test(before)) return true
  const sentence = before.slice(Math.max(before.search(/[.!?:;]\s+(?=\S)[^.!?:;]*$/u) + 1, 0)).trim()
  if (!determinerStart.test(sentence) || /,/u.test(sentence) || subordinator.test(sentence.replace(determinerStart, ''))) return false
  const words = sentence.split(/\s+/u)
  return words.length >= 3 && !words.some((w) => auxiliaries.has(w.toLowerCase()))
}
