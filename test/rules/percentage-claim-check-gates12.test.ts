import { percentageClaimCheck } from '@kapstok/rules'
import { describeBattery } from './battery.js'
import type { CleanWording, DefectWording } from './wordings.js'

// Wave 12 battery, written before reading the rule: the gates a share reader may hold. A change
// told as a fraction word (`een afname van een kwart`) rather than a percentage, bounds other
// than `minder dan` (`nog geen`, `net geen`), the whole named by its noun in an earlier sentence
// (`Van alle X`, `Van de X`), a sentence wrapped over two lines, emphasis, a qualifier before
// the whole, a relative clause, a distractor count between whole and part, the base of a growth
// in the sentence before. Look-alikes: the same shares right (incl. rounding words that hold),
// a share of another whole, a change against another base (`meer dan verwacht`), a goal.

const body = (...lines: string[]): string[] => ['# Cijfers', '', ...lines]

const defects: DefectWording[] = [
  ['a fall told as bijna de helft', body('Het aantal klachten daalde van 80 in 2024 naar 60 in 2025, een afname van bijna de helft.'), 'bijna de helft'],
  ['a rise told as een derde', body('Het aantal vrijwilligers groeide van 120 naar 150, een toename van een derde.'), 'een derde'],
  ['a fall of weeks told as ruim een kwart', body('De wachttijd liep terug van 12 naar 10 weken, een daling van ruim een kwart.'), 'ruim een kwart'],
  ['nog geen vijfde that does not hold', body('Van de 240 aanvragers kregen er 50 een toekenning, nog geen vijfde.'), 'nog geen vijfde'],
  ['nog geen derde that does not hold', body('Van de 90 scholen doen er 31 mee aan de proef, nog geen derde.'), 'nog geen derde'],
  ['net geen kwart that does not hold', body('Van de 400 huishoudens hadden er 110 een achterstand, net geen kwart.'), 'net geen kwart'],
  ['the whole named by alle in the sentence before', body('In 2025 schreven 500 inwoners zich in voor de cursus. Van alle inwoners die zich inschreven, maakten er 300 de cursus af, ruim 70 procent.'), '70 procent'],
  ['the whole named by de in the sentence before', body('De bibliotheek telde in 2025 800 leden. Van de leden leenden er 200 ook e-books, 40 procent.'), '40 procent'],
  ['a distractor count between whole and part', body('Van de 250 deelnemers in 2025, van wie 40 jonger dan 18, vonden er 100 werk, ruim 50 procent.'), '50 procent'],
  ['a sentence wrapped inside the part', body('Van de 640 deelnemers aan de taalcursus rondden er', '480 het traject af, ongeveer twee derde.'), 'twee derde'],
  ['emphasis around whole, part and fraction', body('Van de **200** aanvragen werden er **150** toegekend, *een derde*.'), 'een derde'],
  ['inclusief before the whole, bijna een kwart', body('Inclusief de nieuwe aanmeldingen telden we 600 cliënten; 90 van hen wachten langer dan 4 weken, bijna een kwart.'), 'bijna een kwart'],
  ['a cost rise told as bijna een derde', body('De kosten stegen van 400.000 euro naar 500.000 euro, een stijging van bijna een derde.'), 'bijna een derde'],
  ['a fall told as de helft', body('Het aantal meldingen nam af van 150 naar 100, een daling van de helft.'), 'de helft'],
  ['a relative clause, nog geen tiende', body('Van de 60 sportclubs die subsidie ontvangen, hebben er 12 een jeugdplan, nog geen tiende.'), 'nog geen tiende'],
  ['a growth on the base of the sentence before', body('In 2024 had de vereniging 400 leden. In 2025 kwamen er 100 bij, een groei van 20 procent.'), '20 procent']
]

const clean: CleanWording[] = [
  ['a fall of een kwart, right', body('Het aantal klachten daalde van 80 in 2024 naar 60 in 2025, een afname van een kwart.')],
  ['a rise of een derde, right', body('Het aantal vrijwilligers groeide van 120 naar 160, een toename van een derde.')],
  ['nog geen vijfde that holds', body('Van de 240 aanvragers kregen er 45 een toekenning, nog geen vijfde.')],
  ['nog geen derde that holds', body('Van de 90 scholen doen er 28 mee aan de proef, nog geen derde.')],
  ['net geen kwart that holds', body('Van de 400 huishoudens hadden er 98 een achterstand, net geen kwart.')],
  ['ruim de helft that holds', body('Van de 300 leerlingen haalden er 160 hun diploma, ruim de helft.')],
  ['bijna de helft that holds', body('Van de 300 leerlingen haalden er 149 hun diploma, bijna de helft.')],
  ['alle in the sentence before, right', body('In 2025 schreven 500 inwoners zich in voor de cursus. Van alle inwoners die zich inschreven, maakten er 300 de cursus af, 60 procent.')],
  ['de leden in the sentence before, right', body('De bibliotheek telde in 2025 800 leden. Van de leden leenden er 200 ook e-books, een kwart.')],
  ['a share of another whole in the next sentence', body('De bibliotheek telde in 2025 800 leden. Van alle inwoners is 12 procent lid.')],
  ['a share of another group without a part', body('In 2025 schreven 500 inwoners zich in voor de cursus. Van de deelnemers aan de proef vorig jaar rondde 90 procent de cursus af.')],
  ['a distractor count, right', body('Van de 250 deelnemers in 2025, van wie 40 jonger dan 18, vonden er 100 werk, 40 procent.')],
  ['a decimal share, right', body('Van de 640 deelnemers rondden er 421 het traject af, 65,8 procent.')],
  ['a cost rise of een kwart, right', body('De kosten stegen van 400.000 euro naar 500.000 euro, een stijging van een kwart.')],
  ['a fall of een derde, right', body('Het aantal meldingen nam af van 150 naar 100, een daling van een derde.')],
  ['a goal of a further half', body('Het aantal meldingen nam af van 150 naar 100. We willen het nog eens met de helft terugbrengen.')],
  ['nog geen tiende, right', body('Van de 60 sportclubs die subsidie ontvangen, hebben er 5 een jeugdplan, nog geen tiende.')],
  ['a growth on the base before, right', body('In 2024 had de vereniging 400 leden. In 2025 kwamen er 100 bij, een groei van 25 procent.')],
  ['a rise against another base', body('Het aantal bezoekers steeg van 2.000 naar 3.000, ruim een derde meer dan we hadden verwacht.')],
  ['nog geen helft of an unnamed part', body('Van de 200 aanvragen zijn er 30 afgewezen; nog geen helft daarvan ging in bezwaar.')],
  ['emphasis, right', body('Van de **200** aanvragen werden er **150** toegekend, *drie kwart*.')],
  ['a wrapped sentence, right', body('Van de 640 deelnemers aan de taalcursus rondden er', '480 het traject af, drie kwart.')]
]

describeBattery(percentageClaimCheck, defects, clean, 16)
