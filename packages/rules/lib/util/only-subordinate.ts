/**
 * A paragraph or sentence that is only a subordinate clause (`Omdat de vraag stijgt.`, `Om de
 * wachttijd te verkorten.`), with no main clause after it, for `unfinished-sentence`.
 */

// A paragraph that is only a subordinate clause: "Omdat de vraag stijgt." or "Waardoor het aanbod
// stopt." (a relative adverb that opens a sentence points back, but its clause stays a bijzin),
// with no main clause after it,
// or a purpose clause "Om de wachttijd terug te dringen." (one `te`, right before the last word:
// "Om dit te bereiken gaan we door te investeren." has its main clause in between).
const subordinator = /^(?:om\s+(?!.*\ste\s.*\ste\s)(?=.*\ste\s+\p{L}+[.,]?$)|omdat|wanneer|indien|zodat|doordat|waardoor|waarna|nadat|voordat|hoewel|zodra|tenzij|aangezien|opdat|mits|als\s+(?:de|het|een|er|we|wij|u|je|ze|zij|iemand|men|dit|dat|deze|die|mensen|inwoners|\d))\b/iu
// A finite verb followed by its subject: the main clause after a bijzin without a comma ("… stijgen passen we …").
// Also a singular verb before a subject with an article ("… compleet zijn start het loket …", "…
// afgerond wordt de aanpak …"); a plural form before an article is more often the bijzin's own.
// And two verbs in a row, the second a common finite verb before its subject ("… samenwerken is de
// hulp …"), or `dan` before the main verb ("Als … gaat dan wordt …").
const mainClause = /\p{L}(?:en|t|d)\s+(?:we|wij|ze|zij|u|ik|je|jullie|het\s+college|de\s+gemeente|de\s+raad|er)\b|\p{L}[td]\s+(?:dit|dat|deze|de|het|een)\s|\p{L}(?:en|t|d|n)\s+(?:is|wordt|zijn|worden|kan|kunnen|moet|moeten|zal|zullen|heeft|hebben|gaat|gaan|komt|komen|blijft|blijven|staat|staan|ligt|liggen|krijgt|krijgen)\s+(?:de|het|een|er|dit|dat|deze|die|hun|onze|geen|veel|meer|ook|snel|al|we|wij|ze|zij|u|ik)\b|\bdan\s+(?:is|wordt|zijn|worden|kan|kunnen|moet|moeten|zal|zullen|heeft|hebben|gaat|gaan|komt|komen)\s/iu

// A paragraph of one sentence that is a bijzin and nothing more: "Als de kosten hoger uitvallen
// dan begroot." or "Omdat de vraag stijgt,". Not a heading-like line in bold, not a question.
export function onlySubordinate(body: string): boolean {
  if (body.includes('\n') || !/[.,]$/.test(body) || !/^\p{Lu}/u.test(body) || /^[*_]/.test(body) || !subordinator.test(body)) return false
  const inner = body.slice(0, -1)
  if (/[.!?;:]/.test(inner.replace(/\b(?:\p{L}\.){1,4}/gu, ''))) return false
  // A comma inside: a main clause may follow it ("Als de kosten stijgen, passen we …").
  if (inner.includes(',')) return false
  // Without a comma: a short clause whose verb is not followed by a subject after the conjunction.
  const rest = inner.replace(subordinator, '')
  return inner.split(/\s+/).length <= 30 && !mainClause.test(rest)
}
