import { describeCalculationBattery, type WrongCalculation } from './calculation-battery.js'

// Wave 8 (small results): a result of one or two digits is chance-prone only when nothing ties
// it to its terms. When the sentence ties them (the same noun or unit, a change word, a mean word
// over a list of the same noun, `per fte` with a count), a small result is read like a large one.
// Written before reading the readers' code; the wrong ones are counted, the right ones must stay quiet.

const wrong: WrongCalculation[] = [
  ['a growth of homes, two digits', ['De wijk telde 486 woningen in 2024 en 541 in 2025, een groei van 45 woningen.'], '45'],
  ['three places by district, samen', ['Van de opvangplekken liggen er 23 in Noord, 9 in Midden en 6 in Zuid, samen 36 plekken.'], '36'],
  ['three lengths in km', ['De nieuwe fietspaden zijn 2,4 km, 1,7 km en 3,1 km lang, samen 7,4 km.'], '7,4'],
  ['a difference of millions', ['De begroting daalt van € 8,6 mln naar € 7,1 mln, een verschil van € 1,3 mln.'], '1,3'],
  ['a negative change', ['In 2024 kwamen er 312 meldingen binnen en in 2025 nog 296: een verandering van −26.'], '26'],
  ['a three-digit rise of pupils', ['Het aantal leerlingen steeg van 1.215 naar 1.337, een toename van 112 leerlingen.'], '112'],
  ['volunteers over teams, gemiddeld', ['De 96 vrijwilligers zijn verdeeld over 12 teams, gemiddeld 9 per team.'], '9'],
  ['requests per fte', ['De 270 aanvragen worden behandeld door 9 fte, dat is 35 aanvragen per fte.'], '35'],
  ['mean of four yearly figures', ['Het aantal bezoekers was 410 in 2022, 430 in 2023, 450 in 2024 en 470 in 2025, gemiddeld 450 per jaar.'], '`450`'],
  ['mean of five waiting times', ['De wachttijd in de vijf wijken was 6, 8, 7, 9 en 5 weken; gemiddeld 8 weken.'], '`8`'],
  ['the whole in the sentence before', ['Samen zijn er 27 speeltuinen. Daarvan liggen er 12 in het centrum en 13 in de dorpen.'], '27'],
  ['a line break inside the sentence', ['De kosten bedragen € 2,3 mln voor de bouw en € 0,8 mln voor de inrichting,', 'samen € 3,3 mln.'], '3,3'],
  ['a fall in bold', ['Het aantal meldingen daalde van 74 naar 58, **een daling van 14**.'], '14'],
  ['three months of requests, samen', ['In de drie zomermaanden kwamen er 18, 24 en 27 aanvragen binnen, samen 59 aanvragen.'], '59'],
  ['hours in a week', ['De cursus duurt 3,5 uur op dinsdag en 2,5 uur op donderdag, in totaal 7 uur per week.'], '`7`'],
  ['a remainder after a relative clause', ['Van de 64 deelnemers, die allemaal uit de gemeente komen, vielen er 9 uit, zodat er 53 overbleven.'], '53']
]

const right: Array<[string, string[]]> = [
  ['the growth right', ['De wijk telde 486 woningen in 2024 en 541 in 2025, een groei van 55 woningen.']],
  ['the places right', ['Van de opvangplekken liggen er 23 in Noord, 9 in Midden en 6 in Zuid, samen 38 plekken.']],
  ['the lengths right', ['De nieuwe fietspaden zijn 2,4 km, 1,7 km en 3,1 km lang, samen 7,2 km.']],
  ['a small number that is a part, not a difference', ['De wijk telde 486 woningen in 2024 en 541 in 2025; 45 daarvan zijn huurwoningen.']],
  ['millions rounded with circa', ['De kosten van € 2,34 mln en € 0,81 mln komen samen op circa € 3,2 mln.']],
  ['a mean with ruim', ['De 100 vrijwilligers zijn verdeeld over 12 teams, gemiddeld ruim 8 per team.']],
  ['per fte of another noun', ['Het team heeft 9 fte en behandelt 270 aanvragen; per fte komen daar 4 uur scholing bij.']],
  ['a fall of another noun', ['Het aantal meldingen daalde van 74 naar 58; het aantal klachten daalde met 9.']],
  ['a rise right with years around', ['In 2024 waren er 12 aanvragen en in 2025 19, een stijging van 7.']],
  ['a count of districts after a list of weeks', ['De wachttijd in de vijf wijken was 6, 8, 7, 9 en 5 weken; in 4 wijken is een loket.']],
  ['bijna for a rounded sum', ['De drie projecten kosten € 1,9 mln, € 2,1 mln en € 1,8 mln, samen bijna € 6 mln.']],
  ['a rise as a percentage', ['Het aantal deelnemers steeg van 40 naar 50, een stijging van 25%.']],
  ['a subset that is no sum', ['Van de 64 deelnemers kwamen er 23 uit Noord en 9 uit Midden; 30 volgden de hele cursus.']],
  ['the negative change right', ['In 2024 kwamen er 312 meldingen binnen en in 2025 nog 296: een verandering van −16.']],
  ['the yearly mean right', ['Het aantal bezoekers was 410 in 2022, 430 in 2023, 450 in 2024 en 470 in 2025, gemiddeld 440 per jaar.']],
  ['the whole before right', ['Samen zijn er 25 speeltuinen. Daarvan liggen er 12 in het centrum en 13 in de dorpen.']],
  ['ongeveer for a rounded sum', ['In de drie zomermaanden kwamen er 18, 24 en 27 aanvragen binnen, samen ongeveer 70.']],
  ['small counts of other things', ['De 14 scholen hebben 9 gymzalen en 3 zwembaden; 6 scholen delen een gymzaal.']],
  ['requests per fte right', ['De 270 aanvragen worden behandeld door 9 fte, dat is 30 aanvragen per fte.']],
  ['the remainder right', ['Van de 64 deelnemers, die allemaal uit de gemeente komen, vielen er 9 uit, zodat er 55 overbleven.']],
  ['the bold fall right', ['Het aantal meldingen daalde van 74 naar 58, **een daling van 16**.']],
  ['hours right', ['De cursus duurt 3,5 uur op dinsdag en 2,5 uur op donderdag, in totaal 6 uur per week.']],
  ['the millions difference right', ['De begroting daalt van € 8,6 mln naar € 7,1 mln, een verschil van € 1,5 mln.']],
  ['the line break sum right', ['De kosten bedragen € 2,3 mln voor de bouw en € 0,8 mln voor de inrichting,', 'samen € 3,1 mln.']]
]

describeCalculationBattery('calculation battery: small results tied to their terms', wrong, right, 12)
