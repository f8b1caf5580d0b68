import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// The documented examples of `prose-calculation` for the price of one thing with a count and a total
// in the next sentence or the clause after a semicolon (priced-counts), and for a price with a discount and the price paid
// after it (discounted-prices).
const plan = (lines: string[]): string => example(['# Financiën', '', ...lines], 'gemeente: Lindewaarde')
const fout = (expression: string, stated: string, computed: string): string =>
  `Berekening \`${expression} = ${stated}\` klopt niet: de uitkomst is \`${computed}\`; herstel de berekening of de uitkomst`

/** Prices with a count and a total, and discounts, that the rule stays quiet on. */
export const pricesOk: RuleExample[] = [
  { title: 'De prijs van één ding en het totaal van een aantal ervan in de zin erna', text: plan(['Een workshop kost € 350. Voor de twaalf workshops trekken we € 4.200 uit.']) },
  { title: 'Een aantal van iets anders dan het ding met de prijs', text: plan(['Een voorstelling kost € 1.800. We verwachten 14 scholen, samen € 36.000.']) },
  { title: 'Een totaal met een andere post erbij', text: plan(['Een speeltoestel kost € 6.500. Voor vijf speeltoestellen rekenen we met € 38.000, inclusief de ondergrond.']) },
  { title: 'Een maximum per aanvraag en een budget', text: plan(['We vergoeden maximaal € 500 per aanvraag. Voor de 60 aanvragen die we verwachten, trekken we € 24.000 uit.']) },
  { title: 'Een prijs per jaar en een aantal over de planperiode', text: plan(['Het onderhoud van een gemaal kost € 4.500 per jaar. In de planperiode nemen we 12 gemalen over, samen € 216.000.']) },
  { title: 'Een korting die klopt', text: plan(['Een jaarkaart voor het zwembad kost € 260. Met de Stadspas krijgen inwoners 50 procent korting en betalen zij € 130.']) },
  { title: 'Een korting op een deel van de prijs', text: plan(['Een muziekles kost € 900 per jaar. Gezinnen met een laag inkomen krijgen 30 procent korting op het instrumentgeld en betalen dan € 840.']) },
  { title: 'Een bedrag na de korting per een andere eenheid dan de prijs', text: plan(['Een abonnement op de bibliotheek kost € 60 per jaar. Met de Stadspas krijgen inwoners 40 procent korting en betalen zij € 3 per maand.']) },
  { title: 'Een korting met het bedrag ervan, dat klopt', text: plan(['De huur van de gymzaal kost € 240 per dagdeel. Sportclubs krijgen 25 procent korting, € 60, en betalen dus € 180.']) },
  { title: 'Een prijs naar verwachting en het totaal met zou neerkomen op, dat klopt', text: plan(['Een grote speelplek kost naar verwachting € 45.000. Voor 6 speelplekken zou dat neerkomen op € 270.000.']) },
  { title: 'Een gemiddelde prijs tegen het huidige prijspeil die klopt', text: plan(['Een overdekte fietsenstalling kost tegen het huidige prijspeil gemiddeld € 14.000. Voor 12 stallingen zou het bedrag neerkomen op € 168.000.']) },
  { title: 'Een bovengrens volgens de raming is geen prijs van elk', text: plan(['Een nieuwe lantaarnpaal kost volgens de raming hooguit € 2.300. Het park krijgt 40 lantaarnpalen, wat neerkomt op € 80.000.']) },
  { title: 'Een prijs en een aantal in twee zinsdelen van één zin, met een totaal dat klopt', text: plan(['Een picknicktafel van hardhout kost € 1.200; voor de 15 picknicktafels langs de plas rekenen we € 18.000.']) },
  { title: 'Een grens aan wat het ding omvat is geen grens aan zijn prijs', text: plan(['Een rondleiding voor maximaal vijftien bezoekers kost € 90. Voor de veertig rondleidingen in het seizoen trekken we € 3.600 uit.']) },
  { title: 'Een prijs die een maximum is', text: plan(['Een aanvraag kost de gemeente maximaal € 500. Voor de 30 aanvragen trekken we € 12.000 uit.']) }
]

/** Prices with a count and a total, and discounts, that the rule reports. */
export const pricesNotOk: RuleExample[] = [
  {
    title: 'Elke keer een prijs, in de zin erna een aantal keer en een totaal',
    text: plan(['Elke keer kost de kermis € 7.400. In de planperiode houden we de kermis vier keer, samen € 31.600.']),
    expected: [fout('4 × 7.400', '31.600', '29.600')]
  },
  {
    title: 'De prijs van één ding en een budget voor een aantal ervan',
    text: plan(['Een training van vier dagdelen kost € 1.650. Voor de zeven trainingen in 2027 trekken we € 13.550 uit.']),
    expected: [fout('7 × 1.650', '13.550', '11.550')]
  },
  {
    title: 'Kosten per ding en een aantal met een totaal',
    text: plan(['De kosten per laadpaal zijn € 3.400. We plaatsen 25 laadpalen; in totaal € 95.000.']),
    expected: [fout('25 × 3.400', '95.000', '85.000')]
  },
  {
    title: 'Een prijs per stuk',
    text: plan(['We kopen picknicktafels à € 1.100 per stuk. We plaatsen 16 picknicktafels, in totaal € 19.800.']),
    expected: [fout('16 × 1.100', '19.800', '17.600')]
  },
  {
    title: 'Een prijs per jaar over een aantal jaren dat de zin telt',
    text: plan(['Het beheer van een vijver kost € 2.400 per jaar. Vier jaar lang beheren we 9 vijvers, samen € 96.400.']),
    expected: [fout('9 × 4 jaar × 2.400', '96.400', '86.400')]
  },
  {
    title: 'Een korting in procenten en wat er betaald wordt',
    text: plan(['Een jaarkaart voor het zwembad kost € 260. Met de Stadspas krijgen inwoners 35 procent korting en betalen zij € 180.']),
    expected: [fout('260 × (1 − 35%)', '180', '169')]
  },
  {
    title: 'Een reductie met zodat',
    text: plan(['Een zwemles kost € 150. Voor kinderen met een Meedoenpas geldt een reductie van 30%, zodat zij € 115 betalen.']),
    expected: [fout('150 × (1 − 30%)', '115', '105')]
  },
  {
    title: 'Een korting en de nieuwe prijs',
    text: plan(['De huur van de zaal kost € 250 per dagdeel. Verenigingen krijgen 20 procent korting; voor hen wordt de prijs € 210.']),
    expected: [fout('250 × (1 − 20%)', '210', '200')]
  },
  {
    title: 'Een prijs naar verwachting en een totaal met zou neerkomen op',
    text: plan(['Een grote speelplek kost naar verwachting € 45.000. Voor 6 speelplekken zou dat neerkomen op € 310.000.']),
    expected: [fout('6 × 45.000', '310.000', '270.000')]
  },
  {
    title: 'Een gemiddelde prijs tegen het huidige prijspeil en een totaal dat niet klopt',
    text: plan(['Een overdekte fietsenstalling kost tegen het huidige prijspeil gemiddeld € 14.000. Voor 12 stallingen zou het bedrag neerkomen op € 205.000.']),
    expected: [fout('12 × 14.000', '205.000', '168.000')]
  },
  {
    title: 'Een prijs volgens de raming en een totaal dat niet klopt',
    text: plan(['Een nieuwe lantaarnpaal kost volgens de raming € 2.300. Het park krijgt 40 lantaarnpalen, wat neerkomt op € 105.000.']),
    expected: [fout('40 × 2.300', '105.000', '92.000')]
  },
  {
    title: 'Een prijs na een puntkomma en een aantal met `rekenen we` zonder `met`',
    text: plan(['Een picknicktafel van hardhout kost € 1.200; voor de 15 picknicktafels langs de plas rekenen we € 19.000.']),
    expected: [fout('15 × 1.200', '19.000', '18.000')]
  },
  {
    title: 'Een prijs van een ding met een kenmerk, en het aantal na een puntkomma',
    text: plan(['Een infobord van emaille kost € 450; voor de 12 infoborden bij de ingangen trekken we € 5.800 uit.']),
    expected: [fout('12 × 450', '5.800', '5.400')]
  },
  {
    title: 'Een prijs van een ding voor een begrensd aantal mensen',
    text: plan(['Een rondleiding voor maximaal vijftien bezoekers kost € 90. Voor de veertig rondleidingen in het seizoen trekken we € 3.200 uit.']),
    expected: [fout('40 × 90', '3.200', '3.600')]
  }
]
