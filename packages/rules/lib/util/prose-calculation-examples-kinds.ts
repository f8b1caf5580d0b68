import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// The documented examples of `prose-calculation` for a count split after a colon into two parts
// (covering-kinds): two kinds of the whole that together cover it must make it up; two main groups,
// examples or parts with a rest beside them need not. Also a count below a thousand split into
// exact counts (whole-splits): it is exact itself, not rounded to tens.
const plan = (lines: string[]): string => example(['# Beheer', '', ...lines], 'gemeente: Lindewaarde')
// A failing example: its line, and the parts, whole and sum its one message quotes.
const short = (title: string, line: string, parts: string, whole: string, sum: string): RuleExample => ({
  title,
  text: plan([line]),
  expected: [`Berekening \`${parts} = ${whole}\` klopt niet: de uitkomst is \`${sum}\`; herstel de berekening of de uitkomst`]
})

/** Two parts after a colon the rule stays quiet on. */
export const coveringKindsOk: RuleExample[] = [
  { title: 'Een rest na een geheel en een deel die klopt', text: plan(['Van de 260 aangeschreven verenigingen dienden er 214 een aanvraag in; de overige 46 lieten niets van zich horen.']) },
  { title: 'Een tweede deel dat geen rest is', text: plan(['Van de 300 bezoekers waren er 210 tevreden, 40 niet tevreden.']) },
  { title: 'Twee soorten van het geheel die het samen maken', text: plan(['Het waterschap beheert 73 stuwen: 29 vaste stuwen en 44 beweegbare stuwen.']) },
  { title: 'Twee delen naar materiaal: misschien alleen de hoofdgroepen', text: plan(['In de kernen staan 96 bushokjes: 52 van glas en 31 van hout.']) },
  { title: 'Twee soorten en een rest die nog open is', text: plan(['Op het terrein komen 260 woningen: 95 huur en 120 koop; de rest is nog niet bepaald.']) },
  { title: 'Twee soorten als voorbeeld', text: plan(['Het dorp telt 58 bruggen: onder meer 19 fietsbruggen en 23 voetbruggen.']) },
  { title: 'Twee soorten naast een derde zonder aantal', text: plan(['We onderhouden 48 gemalen: 17 rioolgemalen en 22 poldergemalen, naast enkele kleine bemalingen.']) },
  { title: 'Twee soorten na `vooral`: de hoofdgroepen', text: plan(['Het sportpark heeft 34 velden: vooral 14 grasvelden en 12 kunstgrasvelden.']) },
  { title: 'Twee plaatsen, geen soorten', text: plan(['Er liggen 67 speelplekken: 38 in de wijken en 19 in de parken.']) },
  { title: 'Een rond aantal verdeeld over jaren dat klopt', text: plan(['Wij willen in drie jaar 150 nieuwe bankjes plaatsen: 50 in 2026, 50 in 2027 en 50 in 2028.']) },
  { title: 'Een rond aantal na `circa` met zijn delen', text: plan(['Het buurtteam telt circa 130 vrijwilligers: 45 in Noord, 40 in Oost en 48 in West.']) },
  { title: 'Een afgerond aantal van duizenden met zijn delen', text: plan(['De voedselbank heeft 1.200 vaste klanten: 415 in Noord, 390 in Oost en 398 in West.']) }
]

/** Two kinds of a whole after a colon that fall short of it: likely a slip, reported as a warning. */
export const coveringKindsNotOk: RuleExample[] = [
  {
    title: 'Een rest na een geheel en een deel die niet klopt',
    text: plan(['Van de 260 aangeschreven verenigingen dienden er in 2026 214 een aanvraag in; 36 verenigingen deden niet mee.']),
    expected: ['Berekening `260 − 214 = 36` klopt niet: de uitkomst is `46`; herstel de berekening of de uitkomst']
  },
  short('Het woord van het geheel met twee bijvoeglijke naamwoorden, samen te weinig', 'Het waterschap beheert 73 stuwen: 29 vaste stuwen en 38 beweegbare stuwen.', '29 + 38', '73', '67'),
  short('Twee soorten als samenstelling die tekortschieten', 'Het dorp telt 58 bruggen: 19 fietsbruggen en 33 voetbruggen.', '19 + 33', '58', '52'),
  short('Twee bijvoeglijke naamwoorden zonder het zelfstandig naamwoord', 'In de binnenstad hangen 84 lantaarns: 37 koperen en 41 zinken.', '37 + 41', '84', '78'),
  short('Twee delen die elkaars tegendeel zijn', 'De bibliotheek heeft 46 medewerkers: 17 voltijd en 24 deeltijd.', '17 + 24', '46', '41'),
  short('Twee delen met binnen en buiten', 'De school telt 530 leerlingen: 310 binnen de dorpskern en 190 buiten de dorpskern.', '310 + 190', '530', '500'),
  short('Een rond aantal dat zijn delen per jaar net niet geven', 'Wij willen in drie jaar 150 nieuwe bankjes plaatsen: 45 in 2026, 50 in 2027 en 50 in 2028.', '45 + 50 + 50', '150', '145'),
  short('Een rond aantal dat zijn delen per wijk net niet geven', 'Het buurtteam telt 130 vrijwilligers: 45 in Noord, 40 in Oost en 48 in West.', '45 + 40 + 48', '130', '133'),
  short('Een rond aantal leerlingen over drie scholen', 'De drie scholen tellen 310 leerlingen: 120 aan de Esdoorn, 96 aan de Wilg en 90 aan de Linde.', '120 + 96 + 90', '310', '306')
]
