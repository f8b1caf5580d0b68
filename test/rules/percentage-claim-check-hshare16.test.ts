import { percentageClaimCheck } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hshare16, a share whose part and whole stand in a clause the share does not open: fresh
// wordings written before reading the rule's code. (1) `met A van (de) B` in the middle of the
// sentence, without a comma, before or after the share, with digits, number words, `x op de y`
// and list items. (2) The whole in brackets after the noun phrase of the share
// (`van de inkomsten (€ 16 mln)`), in euros and m². Look-alikes: the same shapes right, a
// percentage about something else in the same sentence (`25 procent minder energie`, a growth,
// another noun), and brackets that hold no whole (a reference, a labelled amount of a year).
// Start code: 5 of 13 caught, one look-alike flagged (`ook 60% van de schaduwplekken`); after: 13 of 13, all quiet.

const body = (...lines: string[]): string[] => ['# Cijfers', '', ...lines]

const defects: BatteryWording[] = [
  ['met A van de B mid-sentence, ruim de helft', body('Wijk Noord telt met 27 van de 60 speeltuinen ruim de helft van alle speeltuinen.'), 'de helft'],
  ['met A van de B mid-sentence, bijna de helft', body('De basisscholen leveren met 312 van de 1.040 deelnemers bijna de helft van alle deelnemers.'), 'de helft'],
  ['met A van de B, procent in digits', body('Dit jaar halen we met 84 van de 350 controles ongeveer 35 procent van het jaarplan.'), '35'],
  ['met A van de B, number words', body('De vrijwilligers verzorgen met achttien van de zestig activiteiten zo\'n veertig procent van het aanbod.'), 'veertig'],
  ['met A van de B in a list item', body('Buurthuizen per stadsdeel:', '', '- Zuid is met 9 van de 36 buurthuizen goed voor 40% van de buurthuizen;', '- Noord heeft er de rest.'), '40%'],
  ['met A van de B, goed voor', body('De binnenstad is met 230 van de 500 meldingen goed voor ruim 60 procent van het totaal.'), '60'],
  ['met A van de B, x op de y', body('Ouderen vormen met 410 van de 1.230 bezoekers ongeveer een op de vijf bezoekers.'), 'op de vijf'],
  ['met A van de B, the share first', body('Ruim 40 procent van de laadpalen staat in Oost, met 35 van de 120 palen.'), '40'],
  ['met A van de B, a fraction in words, plural verb', body('De buitenwijken zijn met 18 van de 72 haltes goed voor een derde van de haltes.'), 'een derde'],
  ['whole in brackets after the noun phrase, euros in millions', body('De parkeerinkomsten, € 3,2 mln, zijn 30% van de totale inkomsten uit leges en heffingen (€ 16 mln).'), '30%'],
  ['whole in brackets after the noun phrase, full euros', body('Aan groenonderhoud besteden we € 450.000, ruim 25 procent van het onderhoudsbudget van de wijken (€ 2.500.000).'), '25'],
  ['whole in brackets after the noun phrase, m²', body('De drie zwembaden, samen 1.200 m², beslaan een derde van het sportoppervlak in de gemeente (4.800 m²).'), 'een derde'],
  ['whole in brackets after the noun phrase, totaal', body('Met 640 deelnemers is de jeugd ruim de helft van alle deelnemers aan de zomerspelen (totaal 1.600).'), 'de helft']
]

const clean: CleanWording[] = [
  ['met A van de B mid-sentence, right', body('Wijk Noord telt met 27 van de 60 speeltuinen bijna de helft van alle speeltuinen.')],
  ['met A van de B, procent in digits, right', body('Dit jaar halen we met 84 van de 350 controles ongeveer 24 procent van het jaarplan.')],
  ['met A van de B, number words, right', body('De vrijwilligers verzorgen met achttien van de zestig activiteiten zo\'n dertig procent van het aanbod.')],
  ['met A van de B, x op de y, right', body('Ouderen vormen met 410 van de 1.230 bezoekers ongeveer een op de drie bezoekers.')],
  ['met A van de B and a percentage of something else', body('De basisscholen doen met 312 van de 1.040 deelnemers mee; 80 procent van de ouders is tevreden.')],
  ['met A van de B and a reduction target', body('We willen met 40 van de 90 verenigingen afspraken maken over 25 procent minder energie.')],
  ['met A van de B and a growth', body('De bibliotheek bereikt met 3 van de 8 vestigingen 15 procent meer lezers dan vorig jaar.')],
  ['met A van de B and a share of another noun', body('Het Centrum heeft met 14 van de 40 banken ook 60% van de schaduwplekken.')],
  ['whole in brackets, right', body('De parkeerinkomsten, € 3,2 mln, zijn 20% van de totale inkomsten uit leges en heffingen (€ 16 mln).')],
  ['brackets that hold a reference', body('Het onderhoud kost € 450.000, 18 procent van het onderhoudsbudget (zie tabel 3).')],
  ['brackets that hold an amount of another year', body('De subsidie van € 120.000 is 40 procent van de projectkosten (in 2029 nog € 80.000 extra).')],
  ['whole in brackets, m², right', body('De drie zwembaden, samen 1.200 m², beslaan een kwart van het sportoppervlak in de gemeente (4.800 m²).')],
  ['whole in brackets, totaal, right', body('Met 640 deelnemers is de jeugd 40 procent van alle deelnemers aan de zomerspelen (totaal 1.600).')]
]

describeBattery(percentageClaimCheck, defects, clean, 13)
