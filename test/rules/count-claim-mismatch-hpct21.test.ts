import { countClaimMismatch } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Battery hpct21, written before changing the reader: a count before a list whose noun is followed
// by a phrase of what each item has (`, elk met een maximaal aantal bezoekers en dagen per jaar:`),
// longer than a few words or with a rate (`per jaar`, `per week`) inside it. The phrase describes
// each item; it makes the count no count per item. Look-alikes: the right count, a count per item
// before the phrase (`per wijk`), `elk met deze …` that names what is listed, and a part (`onder meer`).
const l = (lead: string, items: string[]): string[] => ['# Aanpak', '', lead, '', ...items.map((i) => `- ${i}`)]
const five = ['Hoeveplein: 8.000 bezoekers, 24 dagen;', 'Vaartkade: 3.000 bezoekers, 12 dagen;', 'Stadspark: 10.000 bezoekers, 8 dagen;', 'Sportpark Noord: 5.000 bezoekers, 6 dagen;', 'Marktveld: 2.500 bezoekers, 10 dagen.']
const four = ['De Linde: dinsdag en donderdag;', 'Het Anker: maandag;', 'De Kiem: woensdag en vrijdag;', 'Oosterpoort: zaterdag.']
const three = ['Sportfonds: € 40.000;', 'Cultuurfonds: € 25.000;', 'Jeugdfonds: € 15.000.']

const defects: BatteryWording[] = [
  ['elk met, long phrase with per jaar', l('Wesselhoeve kent vier vaste evenementenlocaties, elk met een maximaal aantal bezoekers en evenementdagen per jaar:', five), 'vier'],
  ['ieder met, per week', l('Het wijkteam houdt drie spreekuren, ieder met een vaste bezetting van twee medewerkers per week:', four), 'drie'],
  ['met elk, per jaar, digits', l('De gemeente steunt 4 fondsen, met elk een eigen budget en een plafond per jaar:', three), '4'],
  ['elk met, long phrase without rate', l('We kennen zes buurthuizen, elk met een eigen beheerder, sleutelhouder en openingsrooster voor de zomer:', four), 'zes']
]

const clean: CleanWording[] = [
  ['the right count, per jaar in the phrase', l('Wesselhoeve kent vijf vaste evenementenlocaties, elk met een maximaal aantal bezoekers en evenementdagen per jaar:', five)],
  ['a count per item before the phrase', l('We houden twee spreekuren per wijk, elk met een vaste bezetting van twee medewerkers per week:', four)],
  ['elk met deze, what is listed', l('Er zijn drie teams, elk met deze taken:', five)],
  ['a part of the list', l('We steunen onder meer twee fondsen, elk met een eigen budget per jaar:', three)],
  ['the right count with ieder', l('Het wijkteam houdt vier spreekuren, ieder met een vaste bezetting van twee medewerkers per week:', four)]
]

describeBattery(countClaimMismatch, defects, clean, 4)
