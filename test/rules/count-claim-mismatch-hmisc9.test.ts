import { countClaimMismatch } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hmisc9 battery, written before reading the rule's code: a lead-in announces a count of a plural
// noun (`de volgende vier eisen:`), and the sentence holds another figure as well (a threshold
// with a unit, an amount, a year, a count of another noun), or the members follow as questions
// in the next sentences of the paragraph; the members are another number. Look-alikes: the right
// count beside another figure, a count of another noun with an uncounted list, a part of a whole,
// a count of questions received, one question after the count that only asks the reader.
const p = (...lines: string[]): string[] => ['# Aanpak', '', ...lines]
const items = (n: number, mark = '-'): string[] => ['eerst de buurt horen;', 'de kosten ramen;', 'een ontwerp laten maken;', 'de raad informeren;', 'het werk aanbesteden;', 'de uitvoering volgen.'].slice(0, n).map((t, i) => `${mark === '1.' ? `${i + 1}.` : mark} ${t}`)

const defects: BatteryWording[] = [
  ['an amount threshold in the lead-in', p('Elke aanvraag boven € 5.000 beoordelen we op de volgende drie punten:', '', ...items(4)), 'drie'],
  ['an age threshold before the count', p('Voor woningen ouder dan 40 jaar gelden vier eisen:', '', ...items(3)), 'vier'],
  ['an area threshold, the count in digits', p('Bij een dak groter dan 200 m² stellen we de volgende 3 voorwaarden:', '', ...items(4, '1.')), '3'],
  ['a count of another noun before the counted noun', p('Voor de 12 scholen in de gemeente gelden de volgende vijf afspraken:', '', ...items(4)), 'vijf'],
  ['a year and a visitor number in the lead-in', p('Sinds 2024 hanteren we bij evenementen met meer dan 500 bezoekers twee regels:', '', ...items(3)), 'twee'],
  ['questions in the next sentences', p('Een initiatief beoordelen we aan de hand van drie vragen. Past het in de wijk? Is het veilig? Wie betaalt het onderhoud? Doen de buren mee?'), 'drie'],
  ['questions after a colon in the same paragraph', p('Wij stellen ons twee vragen: wie doet wat? Wat kost het? Wanneer is het klaar?'), 'twee'],
  ['a surface limit and bullet items', p('Een terras van maximaal 30 m² moet aan vijf regels voldoen:', '', ...items(4)), 'vijf'],
  ['a budget in the lead-in and fewer items', p('Met een budget van € 80.000 per jaar kiezen we voor deze drie accenten:', '', ...items(2)), 'drie'],
  ['a height in brackets in the lead-in', p('De toets (voor bouwwerken hoger dan 15 meter) kent vier stappen:', '', ...items(3, '1.')), 'vier'],
  ['a percentage in the lead-in', p('In wijken met minder dan 8 procent groen nemen we zes maatregelen:', '', ...items(5)), 'zes'],
  ['questions in words after a number of days', p('Binnen 10 werkdagen beantwoorden we vier vragen. Is de aanvraag volledig? Past zij in het beleid? Is er budget?'), 'vier']
]

const clean: CleanWording[] = [
  ['the right count beside an amount', p('Elke aanvraag boven € 5.000 beoordelen we op de volgende drie punten:', '', ...items(3))],
  ['the right count beside a count of another noun', p('Voor de 12 scholen in de gemeente gelden de volgende vijf afspraken:', '', ...items(5))],
  ['a count of another noun and an uncounted list', p('Voor 4 wijken gelden deze afspraken:', '', ...items(3))],
  ['the right number of questions', p('Een initiatief beoordelen we aan de hand van drie vragen. Past het in de wijk? Is het veilig? Wie betaalt het onderhoud?')],
  ['questions in the next paragraph', p('We stellen drie vragen. Past het? Is het veilig? Wat kost het?', '', 'Twijfelt u nog? Bel ons gerust.')],
  ['a height threshold and an uncounted list', p('Voor gebouwen hoger dan 25 meter geldt een extra toets. Daarbij kijken we naar:', '', ...items(3))],
  ['a count of pilots and a list of lessons', p('In 2026 hebben we 3 pilots gedaan; de lessen zijn:', '', ...items(4))],
  ['a part of a whole', p('Van de vijf criteria zijn er drie nieuw:', '', ...items(3))],
  ['a count of questions received', p('We kregen 40 vragen. De meest gestelde waren: Wanneer begint het? Wat kost het?')],
  ['the right count after a number of officers', p('Met 2 extra handhavers willen we drie dingen bereiken:', '', ...items(3))],
  ['one question to the reader after the count', p('Een aanvraag toetsen we aan vier vragen, die in bijlage 2 staan. Heeft u een vraag? Mail ons.')]
]

describeBattery(countClaimMismatch, defects, clean, 11)
