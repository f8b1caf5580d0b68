import { proseCalculation } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hlevel17: a level stated in one sentence, an addition (an amount, or a count times a size each)
// in the next, and the new level the two make (`komt … op`, `groeit naar`, `wordt`). The level and
// the new level share a unit (or convert: ha ↔ m², kiloton ↔ ton); the addition may be a count
// with a mean size. Look-alikes: the new level right, a new level of another thing, an addition
// that is only part of the way, a level that is a flow.

const body = (...lines: string[]): string[] => ['# Uitbreiding', '', ...lines]

const defects: BatteryWording[] = [
  ['ha level, count × m² each', body('De twaalf volkstuincomplexen beslaan nu 3,2 hectare. Met vier nieuwe complexen van gemiddeld 2.000 m² komt het totaal op 4,2 hectare.'), '4,2'],
  ['plain count, addition, komt op', body('In de wijk staan 140 laadpalen. Dit jaar plaatsen we er 35 bij, zodat het aantal op 185 komt.'), '175'],
  ['level after the addition', body('Er komen 60 nieuwe zitbanken bij. Daarmee groeit het aantal banken in het centrum van 215 naar 285.'), '275'],
  ['amount, two sentences, millions', body('Het onderhoudsbudget bedraagt € 2,6 miljoen. Voor de extra bruggen voegen we € 0,45 miljoen toe; het budget wordt daarmee € 3,2 miljoen.'), '3.050.000'],
  ['count in words', body('Het netwerk telt nu achttien buurthuizen. Met zes extra locaties komen we uit op 26 buurthuizen.'), '24'],
  ['kilometres, count × length', body('Het fietspadennet is 96 km lang. We leggen drie nieuwe verbindingen aan van elk 4 km, waarmee het net groeit tot 114 km.'), '108'],
  ['list lead level', body('Het aantal deelauto\'s stijgt stap voor stap:', '', '- nu rijden er 45 deelauto\'s;', '- in 2028 komen er 30 bij, zodat we op 85 deelauto\'s uitkomen.'), '75'],
  ['brackets with the addition', body('De bibliotheek heeft 12.400 leden. Na de campagne (2.300 nieuwe leden) verwachten we in totaal 15.700 leden.'), '14.700'],
  ['square metres and ha', body('Het stadspark meet 6,5 hectare. Door de aankoop van een weiland van 12.000 m² wordt het park 8,0 hectare groot.'), '7,7'],
  ['tonnes and kiloton', body('Jaarlijks zamelen we 4,2 kiloton textiel in. Met de nieuwe containers komt daar 600 ton bij, zodat de inzameling 5,0 kiloton bereikt.'), '4,8'],
  ['places, count × each', body('De kinderopvang biedt 320 plaatsen. We openen vijf nieuwe groepen van 16 plaatsen; het totaal komt daarmee op 420 plaatsen.'), '400'],
  ['addition first, total after', body('We richten 25 extra speelplekken in. Samen met de 110 bestaande plekken zijn er dan 145 speelplekken.'), '135'],
  ['hours, addition of a named amount', body('Het team werkt 1.800 uur per jaar aan handhaving. Met de nieuwe boa komt er 1.400 uur bij, in totaal 3.400 uur.'), '3.200']
]

const clean: CleanWording[] = [
  ['ha level right', body('De twaalf volkstuincomplexen beslaan nu 3,2 hectare. Met vier nieuwe complexen van gemiddeld 2.000 m² komt het totaal op 4,0 hectare.')],
  ['count right', body('In de wijk staan 140 laadpalen. Dit jaar plaatsen we er 35 bij, zodat het aantal op 175 komt.')],
  ['level after the addition right', body('Er komen 60 nieuwe zitbanken bij. Daarmee groeit het aantal banken in het centrum van 215 naar 275.')],
  ['millions right', body('Het onderhoudsbudget bedraagt € 2,6 miljoen. Voor de extra bruggen voegen we € 0,45 miljoen toe; het budget wordt daarmee € 3,05 miljoen.')],
  ['squared right', body('Het stadspark meet 6,5 hectare. Door de aankoop van een weiland van 12.000 m² wordt het park 7,7 hectare groot.')],
  ['new level of another thing', body('In de wijk staan 140 laadpalen. Dit jaar plaatsen we er 35 bij. Het aantal elektrische auto\'s komt op 900.')],
  ['a part of the way: first step', body('Het fietspadennet is 96 km lang. We leggen drie nieuwe verbindingen aan van elk 4 km; de eerste brengt het net in 2028 op 100 km.')],
  ['also a removal', body('In de wijk staan 140 laadpalen. Dit jaar plaatsen we er 35 bij en vervangen we er 10 door snelladers, zodat het aantal op 165 gewone palen komt.')],
  ['level is a target, no addition', body('De bibliotheek heeft 12.400 leden. In 2030 willen we 15.000 leden hebben.')],
  ['addition of something else', body('De kinderopvang biedt 320 plaatsen. We openen vijf nieuwe groepen met elk 3 pedagogisch medewerkers; het totaal aan medewerkers komt daarmee op 60.')],
  ['rounded with circa', body('Het stadspark meet 6,5 hectare. Door de aankoop van een weiland van 12.000 m² wordt het park circa 7,5 hectare groot.')],
  ['a rate level, not additive', body('De bezetting is nu 82%. Met 40 extra plaatsen verwachten we een bezetting van 75%.')],
  ['a numbered item, a change from a level', ['# Uitbreiding', '', '2. *(nieuw)* We breiden de groep wijkcoaches uit van 5 naar 8 fte. Twee extra coaches kosten elk € 64.000 per jaar.']],
  ['a new thing changes from one level to another', body('Er komt een nieuwe wijkagent bij. Het aantal meldingen daalt daarna van 340 naar 310 per jaar.')],
  ['another added part of unknown size', body('Het strandpad is 2,1 km lang. Met drie nieuwe stukken van elk 300 m en een duinpad komt het totaal op 3,2 km.')],
  ['addition first right', body('We richten 25 extra speelplekken in. Samen met de 110 bestaande plekken zijn er dan 135 speelplekken.')]
]

describeBattery(proseCalculation, defects, clean, 12)
