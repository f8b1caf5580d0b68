import { periodMismatch } from '@kapstok/rules'
import { describeWordings } from './wordings.js'

// Mend2: fresh wordings for bugs found in the review of the period readers.
// Plan Veldhoorn 2026-2029 (wordingsPlan's default period).
describeWordings(
  periodMismatch,
  [
    // The end verb still reads a bare year or a late moment against the plan's end.
    ['an end verb one year late', ['Dit uitvoeringsprogramma eindigt in 2031 met een slotbijeenkomst voor alle wijkteams.'], '2031']
  ],
  [
    // Finding 1: `tot 1 januari 2030` and `tot begin 2030` leave 2030 out: the period ends in 2029.
    ['a nearby end up to 1 januari of the next year', ['Met dit uitvoeringsprogramma zetten we tot 1 januari 2030 in op schonere pleinen in Veldhoorn.']],
    ['a nearby end up to begin of the next year', ['Met dit uitvoeringsprogramma zetten we tot begin 2030 in op veilige fietsroutes naar de scholen.']]
  ]
)

// Finding 2: a one-year plan; its start said on 1 januari of that year is its own start.
describeWordings(
  periodMismatch,
  [['a start a year late in a one-year plan', ['Dit jaarprogramma start op 1 januari 2028 met de eerste wijkschouw.'], '2028']],
  [
    ['a start on 1 januari of its one year', ['Dit jaarprogramma start op 1 januari 2027 met de eerste wijkschouw.']],
    ['a start begin of its one year', ['Dit jaarprogramma gaat van start begin 2027 met een bewonersavond.']]
  ],
  { titel: 'Jaarprogramma Groene Wijken 2027', periode: '2027-2027' }
)

// Finding 4: `yearRange` reads `ultimo` at its end as `untilWords` does (one source, `endMoment`).
describeWordings(
  periodMismatch,
  [
    ['a range to ultimo a year late', ['Dit uitvoeringsprogramma loopt van 2026 tot ultimo 2030 en richt zich op de wijkcentra.'], 'ultimo 2030'],
    ['a period to ultimo a year late', ['In de periode 2026 t/m ultimo 2030 werkt dit uitvoeringsprogramma aan schone straten.'], '2030']
  ],
  [['a range to ultimo of the last year', ['Dit uitvoeringsprogramma loopt van 2026 tot ultimo 2029 en richt zich op de wijkcentra.']]]
)

// Finding 7: in a begroting `meerjarenperiode` is one of its own budget nouns for the role readers
// too (one list, `budgetNoun`), as it was for the period readers.
describeWordings(
  periodMismatch,
  [['the last year of the meerjarenperiode a year late', ['In de meerjarenperiode is het laatste jaar, 2031, bedoeld als ijkjaar voor de reserves.'], '2031']],
  [['the right last year of the meerjarenperiode', ['In de meerjarenperiode is het laatste jaar, 2030, bedoeld als ijkjaar voor de reserves.']]],
  { titel: 'Programmabegroting Veldhoorn 2027-2030', soort: 'begroting', periode: '2027-2030', datum: '2026-10-01' }
)
