import { proseCalculation } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hchange16 (rests): a remainder after `na aftrek van`, whose whole stands in the sentence before
// together with the parts it is made of (`€ 80.000: € 50.000 van … en € 30.000 van …`, or the
// parts first and `samen € 60.000` after). The whole is the amount the others add up to, not the
// last amount. Look-alikes: the remainder right, parts that do not add up (no whole to read), the
// remainder of one named part, two deductions that hold.

const body = (...lines: string[]): string[] => ['# Middelen', '', ...lines]

const defects: BatteryWording[] = [
  ['whole first, two parts, daarvan', body('Het fonds is € 80.000 groot: € 50.000 van het Rijk en € 30.000 van de gemeente. Na aftrek van € 12.000 voor beheer blijft daarvan € 70.000 over.'), '68.000'],
  ['three parts, resteert nog', body('Voor de pilot is € 45.000 beschikbaar, namelijk € 20.000 uit de reserve, € 15.000 van de provincie en € 10.000 van partners. Na aftrek van € 9.000 projectleiding resteert nog € 38.000.'), '36.000'],
  ['millions', body('Het budget van € 1,2 miljoen bestaat uit € 0,8 miljoen rijksgeld en € 0,4 miljoen eigen middelen. Na aftrek van € 0,3 miljoen apparaatskosten blijft er € 1,0 miljoen over.'), '900.000'],
  ['parts in brackets', body('We ontvangen € 24.000 (€ 16.000 subsidie en € 8.000 sponsoring). Na aftrek van € 5.000 zaalhuur houden we € 21.000 over.'), '19.000'],
  ['whole after the parts', body('De provincie geeft € 35.000 en het waterschap € 25.000, samen € 60.000. Na aftrek van € 7.500 advieskosten blijft € 54.500 over.'), '52.500'],
  ['two areas, resteert daarvan', body('Er is € 150.000 voor de wijkaanpak: € 90.000 voor Noord en € 60.000 voor Zuid. Na aftrek van € 18.000 voor evaluatie resteert daarvan nog € 122.000.'), '132.000'],
  ['parts written as a sum', body('Het werkbudget bedraagt € 32.000, opgebouwd uit € 12.000 + € 20.000. Na aftrek van € 4.000 overhead blijft er nog € 30.000 over.'), '28.000'],
  ['whole first, parts in two brackets', body('De opbrengst van € 9.600 komt van de kaartverkoop (€ 6.400) en de horeca (€ 3.200). Na aftrek van € 1.100 kosten houden we € 7.900 over.'), '8.500'],
  ['a year, personnel and means', body('Voor 2027 is € 210.000 geraamd: € 140.000 voor personeel en € 70.000 voor middelen. Na aftrek van € 25.000 aan inhuur blijft daarvan nog € 175.000 over.'), '185.000'],
  ['three parts in millions', body('Het investeringsbudget is € 4,5 miljoen: € 2 miljoen van het Rijk, € 1,5 miljoen van de provincie en € 1 miljoen eigen geld. Na aftrek van € 0,6 miljoen voorbereidingskosten resteert nog € 4,1 miljoen.'), '3.900.000'],
  ['waarvan', body('Het jongerenbudget telt € 18.000, waarvan € 10.000 voor activiteiten en € 8.000 voor ondersteuning. Na aftrek van € 2.500 vaste lasten blijft er € 16.500 over.'), '15.500'],
  ['two deductions', body('De wijkpot is € 27.000: € 15.000 van de gemeente en € 12.000 van de corporatie. Na aftrek van € 3.000 beheer en € 2.000 communicatie blijft € 24.000 over.'), '22.000']
]

const clean: CleanWording[] = [
  ['the remainder right', body('Het fonds is € 80.000 groot: € 50.000 van het Rijk en € 30.000 van de gemeente. Na aftrek van € 12.000 voor beheer blijft daarvan € 68.000 over.')],
  ['another pot beside the whole', body('Het fonds is € 80.000 groot; daarnaast komt er € 40.000 van het Rijk en € 30.000 van de gemeente. Na aftrek van € 12.000 blijft van het gemeentelijke geld € 18.000 over.')],
  ['the remainder of one part', body('Het fonds is € 80.000 groot: € 50.000 van het Rijk en € 30.000 van de gemeente. Na aftrek van € 12.000 blijft van het gemeentelijke deel € 18.000 over.')],
  ['three parts right', body('Voor de pilot is € 45.000 beschikbaar, namelijk € 20.000 uit de reserve, € 15.000 van de provincie en € 10.000 van partners. Na aftrek van € 9.000 projectleiding resteert nog € 36.000.')],
  ['millions right', body('Het budget van € 1,2 miljoen bestaat uit € 0,8 miljoen rijksgeld en € 0,4 miljoen eigen middelen. Na aftrek van € 0,3 miljoen apparaatskosten blijft er € 0,9 miljoen over.')],
  ['whole after the parts right', body('De provincie geeft € 35.000 en het waterschap € 25.000, samen € 60.000. Na aftrek van € 7.500 advieskosten blijft € 52.500 over.')],
  ['brackets right', body('We ontvangen € 24.000 (€ 16.000 subsidie en € 8.000 sponsoring). Na aftrek van € 5.000 zaalhuur houden we € 19.000 over.')],
  ['two deductions right', body('Voor de pilot is € 45.000 beschikbaar, namelijk € 20.000 uit de reserve, € 15.000 van de provincie en € 10.000 van partners. Na aftrek van € 9.000 projectleiding en € 4.000 communicatie resteert nog € 32.000.')],
  ['the sponsoring part', body('We ontvangen € 24.000 (€ 16.000 subsidie en € 8.000 sponsoring). Na aftrek van € 5.000 blijft van de sponsoring € 3.000 over.')],
  ['parts that are costs, no deduction from them', body('Het project kost € 60.000: € 35.000 voor ontwerp en € 25.000 voor uitvoering. De provincie draagt € 20.000 bij.')],
  ['waarvan right', body('Het jongerenbudget telt € 18.000, waarvan € 10.000 voor activiteiten en € 8.000 voor ondersteuning. Na aftrek van € 2.500 vaste lasten blijft er € 15.500 over.')]
]

describeBattery(proseCalculation, defects, clean, 11)
