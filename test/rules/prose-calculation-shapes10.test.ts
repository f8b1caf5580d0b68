import { arithmeticSlip, financeNetStatedVsComputed, proseCalculation } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Wave 10: gates of the sentence-level fallback that were wrong for whole classes. A plural with a
// long vowel (`bomen`, `weken`) is the noun after `per`; `inclusief` right after an amount says what
// it covers; a rest's whole may stand in the sentence before; a count of periods between a cue and
// its result is a distractor; a mean may come before its list; a period carried by the count or by
// the amount carries to the result; a change in a named year is a level; a change aimed at is a target.

const body = (...lines: string[]): string[] => ['# Uitvoering', '', ...lines]

const defects: DefectWording[] = [
  ['a count in a long-vowel plural times a price per one', body('In twee jaar vervangen we 64 lantaarnpalen en 210 bomen, gemiddeld € 900 per boom; dat vraagt € 205.000.'), '205.000'],
  ['a price per one qualified by inclusief', body('Voor 36 scholen van € 2.100 per school inclusief begeleiding en materiaal is € 81.600 nodig.'), '81.600'],
  ['a mean with the number of weeks between the cue and the result', body('De opkomst liep op van 18 naar 22, 25 en 31 deelnemers, gemiddeld over de vier weken 27 deelnemers.'), '27'],
  ['a mean before its list', body('De vier bibliotheken kregen gemiddeld een 7,9: Noord een 7,2, Oost een 8,1, Zuid een 7,4 en West een 7,7.'), '7,9'],
  ['a count per year times a mean amount', body('Met naar schatting 240 leningen per jaar en een gemiddeld bedrag van € 4.500 rekenen we met € 1,2 miljoen per jaar.'), '1,2 miljoen'],
  ['a rate whose period opens the clause, restated per year', body('Per maand melden zich gemiddeld 42 nieuwe gezinnen, op jaarbasis ruim 600.'), '600'],
  ['a weekly rate restated per year after zo’n', body('Per week lenen we zo’n 85 boeken uit, op jaarbasis zo’n 5.200.'), '5.200'],
  ['a fall after a level in a named year and a pair of nouns', body('In 2024 sportten 3.410 kinderen en volwassenen bij een vereniging. Drie jaar eerder waren dat er 3.120. Dat is een groei van 310 volwassenen.'), '310'],
  // (hcalc8: a fronted `na aftrek van` is read as a deduction with any verb after it, so this rest
  // moved here from arithmetic-slip, which yields to that reading.)
  ['a rest whose whole is the one amount before', body('De kermis leverde € 58.400 aan precario op. Na aftrek van de schoonmaakkosten van € 6.900 bleef € 52.500 over voor het dorpsfonds.'), '52.500']
]

const clean: CleanWording[] = [
  ['the long-vowel plural right', body('In twee jaar vervangen we 64 lantaarnpalen en 210 bomen, gemiddeld € 900 per boom; dat vraagt € 189.000.')],
  ['the price with inclusief right', body('Voor 36 scholen van € 2.100 per school inclusief begeleiding en materiaal is € 75.600 nodig.')],
  ['a total including something not stated', body('De bouw kost € 840.000 en de inrichting € 160.000, inclusief btw en leges samen € 1,2 miljoen.')],
  ['the rest right', body('De kermis leverde € 58.400 aan precario op. Na aftrek van de schoonmaakkosten van € 6.900 bleef € 51.500 over voor het dorpsfonds.')],
  ['a smaller amount kept in the next sentence', body('De kermis leverde € 58.400 aan precario op. Daarnaast bleef € 4.000 subsidie over van vorig jaar.')],
  ['the mean over the weeks right', body('De opkomst liep op van 18 naar 22, 25 en 31 deelnemers, gemiddeld over de vier weken 24 deelnemers.')],
  ['the mean before its list right', body('De vier bibliotheken kregen gemiddeld een 7,6: Noord een 7,2, Oost een 8,1, Zuid een 7,4 en West een 7,7.')],
  ['the count per year times a mean amount right', body('Met naar schatting 240 leningen per jaar en een gemiddeld bedrag van € 4.500 rekenen we met € 1,08 miljoen per jaar.')],
  ['the count times an amount per year right', body('Ieder jaar krijgen 95 verenigingen een gemiddelde bijdrage van € 1.400 per jaar, goed voor € 133.000 per jaar.')],
  ['the fall right', body('In 2024 sportten 3.410 kinderen en volwassenen bij een vereniging. Drie jaar eerder waren dat er 3.120. Dat is een groei van 290 volwassenen.')],
  ['the rate whose period opens the clause right', body('Per maand melden zich gemiddeld 42 nieuwe gezinnen, op jaarbasis ruim 500.')],
  ['the weekly rate right after zo’n', body('Per week lenen we zo’n 85 boeken uit, op jaarbasis zo’n 4.400.')],
  ['a monthly amount for a count, restated per year', body('We betalen € 38 per maand voor 180 huishoudens, op jaarbasis € 82.080.')],
  ['a change aimed at after two levels', body('In 2024 waren er 3.410 leden. Drie jaar eerder waren dat er 3.120. Ons streven is een groei van 500 leden.')],
  ['a total over the years of a yearly amount', body('In 2027, 2028 en 2029 ontvangen 8 buurthuizen elk € 2.500 per jaar, samen € 60.000.')]
]

describeWordings(proseCalculation, defects, clean)
// A total over several years of a yearly amount is no written slip either.
describeWordings(financeNetStatedVsComputed, [], [clean.at(-1)!])
// A count times an amount per year with `goed voor`: arithmetic-slip multiplies it, the fallback yields.
describeWordings(arithmeticSlip, [
  ['a count times an amount per year', body('Ieder jaar krijgen 95 verenigingen een gemiddelde bijdrage van € 1.400 per jaar, goed voor € 143.000 per jaar.'), '143.000']
], [])
