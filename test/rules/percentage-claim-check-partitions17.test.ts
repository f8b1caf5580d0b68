import { percentageClaimCheck } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Wave 17 (hpart), shares of one whole that cannot all be true: one whole named once (`Van de …`,
// `… bestaat voor …`, a lead sentence with a colon and a list, a table column headed `aandeel`
// without a totaal row) split by percentages or fraction words into categories of one attribute,
// adding up to more than 100 % beyond rounding; and the complement forms (`de overige …`,
// `de rest (…)`). Fresh wordings, written before reading the rule's code. Look-alikes: the same
// shapes adding up, each share of its own whole, overlapping activities (different verbs, or a sum
// far above 100), `meer antwoorden mogelijk`, a `waarvan` subset, growth percentages, other years.

const body = (...lines: string[]): string[] => ['# Cijfers', '', ...lines]

const defects: BatteryWording[] = [
  ['three shares after Van de, one verb', body('Van de nieuwe huurcontracten in 2027 is 45 procent voor starters, 38 procent voor senioren en 24 procent voor gezinnen.'), '107'],
  ['tevreden, neutraal, ontevreden with %', body('Van de bezoekers van het zwembad was 48% tevreden, 33% neutraal en 27% ontevreden.'), '108'],
  ['voor … en voor …, two complements', body('De bezoekers van de weekmarkt kwamen voor 62 procent uit de eigen gemeente en voor 46 procent van buiten.'), '108'],
  ['bestaat voor … uit', body('Het ingezamelde afval bestaat voor 44% uit papier, voor 31% uit plastic en voor 32% uit glas.'), '107'],
  ['lead sentence with a colon and a list', body('De gebruikers van de deelauto\'s naar woonplaats:', '', '- Centrum: 41 procent', '- Oost: 37 procent', '- West: 29 procent')],
  ['table column headed Aandeel without a totaal row', body('| Wijk | Aandeel |', '|---|---|', '| Noord | 28% |', '| Zuid | 35% |', '| Oost | 22% |', '| West | 24% |')],
  ['fraction words, verb once', body('Van de leerlingen komt de helft op de fiets, een derde met de bus en een kwart met de auto.')],
  ['complement, de overige', body('Zestig procent van de meldingen komt telefonisch binnen, de overige 45 procent via de website.'), '105'],
  ['complement, de rest in brackets', body('Een derde van de aanvragen is toegekend, de rest (72 procent) afgewezen.')],
  ['complement across two sentences', body('Van de 820 sporters is 58 procent lid van een club. De overige 49 procent sport zelfstandig.'), '107'],
  ['decimal shares', body('Van het bedrijfsafval werd 47,5% hergebruikt, 38,5% verbrand en 21% gestort.'), '107'],
  ['two sexes', body('Van de vrijwilligers bij de voedselbank is 57 procent vrouw en 49 procent man.'), '106'],
  ['numbers in words', body('Van de nieuwe straatbomen is vijftig procent eik, dertig procent linde en dertig procent esdoorn.'), '110'],
  ['voor … positief, neutraal, negatief', body('De ondervraagde ondernemers waren voor 41% positief, voor 37% neutraal en voor 29% negatief over de nieuwe parkeerregels.'), '107'],
  ['list of uses after a colon, shares in brackets', body('Het budget voor openbaar groen gaat naar:', '', '- maaien en snoeien (45%)', '- het planten van bollen (35%)', '- inspecties (27%)')],
  ['wagenpark bestaat voor … en voor …', body('Het wagenpark van de buitendienst bestaat voor 64 procent uit elektrische voertuigen en voor 43 procent uit voertuigen op diesel.'), '107'],
  ['als volgt samengesteld, in one sentence', body('De adviesraad is als volgt samengesteld: 40 procent inwoners, 35 procent ondernemers en 31 procent vertegenwoordigers van instellingen.'), '106'],
  ['een op de vijf beside percentages', body('Van de aanvragen kwam een op de vijf uit Noord, 46 procent uit Zuid en 41 procent uit het buitengebied.'), '107'],
  ['ruim de helft and de resterende after a semicolon', body('Ruim de helft van de bouwkavels is verkocht; de resterende 55 procent ligt nog braak.')],
  ['table column headed %', body('| Vervoerswijze | % |', '|---|---|', '| Fiets | 41 |', '| Auto | 38 |', '| Openbaar vervoer | 26 |')],
  ['topics after one verb, each with over', body('Van de meldingen over overlast ging 58 procent over geluid en 49 procent over parkeren.'), '107'],
  // Added with the fixes, in shapes the first wordings did not have: the category before each share,
  // `Onder de`, a share of a named whole first, a share restated in brackets.
  ['the category before each share', body('Van de aanlegkosten draagt het waterschap 45%, de provincie 35% en de gemeente 27%.'), '107'],
  ['payers with the whole after the first share', body('De netbeheerder betaalt 55 procent van de aansluitkosten, de woningcorporatie 30 procent en de gemeente 20 procent.'), '105'],
  ['Onder de, two shares', body('Onder de mantelzorgers die zich meldden was 46 procent man en 59 procent vrouw.'), '105'],
  ['fractions after a share of a named whole', body('Een kwart van de leden traint in de ochtend, een derde in de middag en de helft in de avond.')],
  ['a fraction restated in brackets', body('Bijna een derde (32 procent) van de nieuwe ondernemers vestigt zich in het centrum, 47 procent op de bedrijventerreinen en 26 procent thuis.'), '105'],
  ['a lead that ends in uit, shares in brackets', body('De cursisten van het taalhuis kwamen uit:', '', '- Noord (36%)', '- Zuid (41%)', '- Oost (29%)')],
  ['a lead naar leeftijd, age bands', body('De bezoekers van het wijkfeest naar leeftijd:', '', '- tot 18 jaar: 22%', '- 18 tot 65 jaar: 58%', '- 65 jaar en ouder: 26%')],
  ['payers before their shares, percent sign', body('Van de kosten van de fietsbrug draagt het Rijk 50%, de regio 30% en de gemeente 25%.'), '105'],
  ['a whole with a count, shares in a second sentence', body('Het loket hielp 1.340 mensen. Van hen was 52 procent huurder, 31 procent eigenaar en 24 procent inwonend.'), '107']
]

const clean: CleanWording[] = [
  ['three age bands adding up', body('Van de 740 deelnemers is 42 procent jonger dan 25, 36 procent tussen 25 en 50 en 22 procent ouder.')],
  ['satisfaction adding up within rounding', body('Van de respondenten was 34% tevreden, 33% neutraal en 34% ontevreden.')],
  ['each share of its own whole', body('Van de jongeren sport 48 procent wekelijks, van de ouderen 61 procent.')],
  ['two groups in one sentence', body('45 procent van de huurders en 70 procent van de eigenaren wil zonnepanelen op het dak.')],
  ['overlapping activities far above 100', body('Van de inwoners wandelt 58% wekelijks, fietst 64% en zwemt 12%.')],
  ['more answers possible', body('Van de bezoekers gebruikt 54 procent de bus en 51 procent de fiets (meer antwoorden mogelijk).')],
  ['a waarvan subset', body('Van de aanvragen is 70 procent toegekend, waarvan 40 procent binnen vier weken.')],
  ['growth percentages', body('Het aantal meldingen steeg met 60 procent in Noord en met 48 procent in Zuid.')],
  ['percentages of different years', body('In 2024 woonde 58 procent van de cliënten zelfstandig; in 2026 was dat 54 procent.')],
  ['table column Aandeel adding up', body('| Wijk | Aandeel |', '|---|---|', '| Noord | 31% |', '| Zuid | 27% |', '| Oost | 22% |', '| West | 20% |')],
  ['table of occupancy rates per location', body('| Locatie | Bezetting (%) |', '|---|---|', '| Eikenlaan | 82 |', '| Rietkamp | 76 |', '| Zonnehof | 91 |')],
  ['different verbs, different attributes', body('Van de deelnemers rookt 28 procent en drinkt 83 procent wel eens alcohol.')],
  ['complement adding up', body('Zestig procent van de meldingen komt telefonisch binnen, de overige 40 procent via de website.')],
  ['complement with a fraction within rounding', body('Een derde van de aanvragen is toegekend, de rest (67 procent) afgewezen.')],
  ['shares that move between years', body('Het aandeel sociale huur stijgt van 30 naar 34 procent, het aandeel koop daalt van 50 naar 47 procent.')],
  ['targets for different wholes in a list', body('Wat we willen bereiken:', '', '- 80% van de scholen heeft een watertappunt', '- 45% van de sportclubs is rookvrij')],
  ['a share and a growth beside it', body('Van het budget gaat 62 procent naar onderhoud, 45 procent meer dan in 2025.')],
  ['survey results for different questions', body('Uit de enquête:', '', '- 72% van de ouders is tevreden over de opvang', '- 64% van de leerkrachten vindt de werkdruk hoog')],
  ['fraction words adding up', body('Van de leerlingen komt de helft op de fiets, een derde met de bus en de rest met de auto.')],
  ['one predicate about two objects', body('Van de inwoners is 62 procent tevreden over het groen en 48 procent over de straten.')],
  ['table of yearly shares headed %', body('| Jaar | % |', '|---|---|', '| 2024 | 61 |', '| 2025 | 58 |')],
  ['ruim de helft with the rest adding up', body('Ruim de helft van de bouwkavels is verkocht; de resterende 45 procent ligt nog braak.')],
  ['rates per district in one sentence', body('Van de inwoners in Noord is 62 procent tevreden, in Zuid 48 procent.')],
  ['three habits, each with its own verb', body('Van de scholieren ontbijt 72 procent, 18 procent snoept dagelijks en 14 procent slaapt te kort.')],
  ['two payers for two projects', body('Het waterschap betaalt 45% van de dijk en de provincie 62% van de brug.')],
  ['a share restated in brackets, adding up', body('Bijna een derde (32 procent) van de nieuwe ondernemers vestigt zich in het centrum, 42 procent op de bedrijventerreinen en 26 procent thuis.')],
  ['one verb about two objects', body('Van de deelnemers vond 55 procent de training nuttig en 52 procent de begeleiding prettig.')],
  ['two facilities of schools', body('Van de twaalf scholen heeft 50 procent een gymzaal en 58 procent een eigen schoolbieb.')],
  ['rates per district after a colon that names no division', body('Wat opvalt in de cijfers:', '', '- Noord: 62%', '- Zuid: 48%')],
  ['rates per district in a table headed with the group', body('| Wijk | Aandeel 65-plus |', '|---|---|', '| Noord | 28% |', '| Zuid | 35% |', '| Oost | 22% |', '| West | 24% |')],
  ['two attributes of schools', body('Van de basisscholen heeft 64 procent een buitenlokaal en 55 procent een moestuin.')]
]

describeBattery(percentageClaimCheck, defects, clean, 30)
