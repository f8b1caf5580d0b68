import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// The documented examples of `prose-calculation` for a counted whole split into listed parts and
// the rest counted at the start of the next sentence or after a semicolon (listed-part-rests), and
// a part with the rest after a verb of remaining (count-rests).
const plan = (lines: string[]): string => example(['# Financiën', '', ...lines], 'gemeente: Lindewaarde')
const fout = (expression: string, stated: string, computed: string): string =>
  `Berekening \`${expression} = ${stated}\` klopt niet: de uitkomst is \`${computed}\`; herstel de berekening of de uitkomst`

/** Listed parts and a rest the rule stays quiet on. */
export const restsOk: RuleExample[] = [
  { title: 'Delen en een rest in de volgende zin die klopt', text: plan(['Van de 90 meldingen gingen er 30 over geluid, 25 over afval en 20 over parkeren. De overige 15 gingen over andere zaken.']) },
  { title: 'Een deel binnen een deel', text: plan(['Van de 90 meldingen gingen er 30 over geluid, waarvan 10 over muziek, en 25 over afval. De overige 35 gingen over andere zaken.']) },
  { title: 'Een rest zonder getal', text: plan(['Van de 60 aanvragen kwamen er 20 uit Noord, 15 uit Zuid en 10 uit Oost. De overige aanvragen kwamen van buiten de gemeente.']) },
  { title: 'Delen en een rest na een puntkomma die klopt', text: plan(['Van de 64 vrijwilligers werken er 20 in de bibliotheek, 16 in het museum en 12 in het theater; de overige 16 helpen bij evenementen.']) },
  { title: 'Een deel en wat er nog resteert, dat klopt', text: plan(['Van de 340 lantaarnpalen vervangen we er 260 in 2026, zodat er voor 2027 nog 80 resteren.']) },
  { title: 'Een tweede deel na `over` als voorzetsel is geen rest', text: plan(['Van de 90 klachten gingen er 60 over geluid, nog 18 over afval.']) }
]

/** Listed parts and a rest the rule reports. */
export const restsNotOk: RuleExample[] = [
  {
    title: 'Drie delen en de overige in de volgende zin',
    text: plan(['Van de 90 meldingen gingen er 30 over geluid, 25 over afval en 20 over parkeren. De overige 20 gingen over andere zaken.']),
    expected: [fout('90 − 30 − 25 − 20', '20', '15')]
  },
  {
    title: 'Drie delen en de rest met het getal tussen komma’s',
    text: plan(['Van de 160 woningen kregen er 70 een warmtepomp, 40 zonnepanelen en 25 nieuwe kozijnen. De rest, 19 woningen, wacht nog op een opname.']),
    expected: [fout('160 − 70 − 40 − 25', '19', '25')]
  },
  {
    title: 'Drie delen en de andere in de volgende zin',
    text: plan(['Van de 48 scholen deden er 20 mee aan de fietsweek, 12 aan de schoolschaatsdag en 9 aan de sportdag. De andere 9 scholen deden niet mee.']),
    expected: [fout('48 − 20 − 12 − 9', '9', '7')]
  },
  {
    title: 'Drie delen en de rest tussen haakjes',
    text: plan(['Van de 130 aanvragen gingen er 64 over isolatie, 31 over glas en 22 over ventilatie. De rest (17) ging over zonneboilers.']),
    expected: [fout('130 − 64 − 31 − 22', '17', '13')]
  },
  {
    title: 'Drie delen en de overige na een puntkomma',
    text: plan(['Van de 64 vrijwilligers werken er 20 in de bibliotheek, 16 in het museum en 12 in het theater; de overige 14 helpen bij evenementen.']),
    expected: [fout('64 − 20 − 16 − 12', '14', '16')]
  },
  {
    title: 'Een deel in een jaar en wat er daarna nog resteert',
    text: plan(['Van de 340 lantaarnpalen vervangen we er 260 in 2026, zodat er voor 2027 nog 70 resteren.']),
    expected: [fout('340 − 260', '70', '80')]
  },
  {
    title: 'Een deel en wat er met `zodat` nog resteert',
    text: plan(['Van de 120 aanvragen zijn er 80 toegekend, zodat er nog 25 resteren voor de tweede ronde.']),
    expected: [fout('120 − 80', '25', '40')]
  }
]
