import { countClaimMismatch } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Wave 18 battery (hrest), written before reading the rule again: a count right after a list
// that points back to it (`Deze vijf scholen …`, `Die drie fondsen …`, `Alle vier de clubs …`),
// while the lead-in names no noun (`Het geld komt van:`, `Mee doen:`). Look-alikes: the right
// count, a count of something else after the list (`drie wethouders`), a part of the list
// (`twee van deze scholen`), a count later in the paragraph, a count that is not the subject.
const l = (lead: string, items: string[], after: string): string[] => ['# Aanpak', '', lead, '', ...items.map((i) => `- ${i}`), '', after]
const four = ['de Lindeschool;', 'basisschool De Kiem;', 'de Vrije School Oost;', 'kindcentrum Het Anker.']
const three = ['het Cultuurfonds Rijnland;', 'de provincie;', 'het Jeugdsportfonds.']

const defects: BatteryWording[] = [
  ['deze and a count one too high', l('We starten met:', four, 'Deze vijf scholen krijgen elk een schoolplein.'), 'vijf'],
  ['die and a count one too low', l('Het geld komt van:', three, 'Die twee fondsen betalen samen € 80.000.'), 'twee'],
  ['digits after deze', l('In dit project doen mee:', four, 'Deze 5 scholen tekenen in 2027 een convenant.'), '5'],
  ['alle with a count', l('Meedoen in de proef:', four, 'Alle drie scholen krijgen een coach.'), 'drie'],
  ['deze in emphasis', l('We vragen hulp bij:', three, 'Deze **vier** partijen zeggen steun toe.'), 'vier'],
  ['deze with an adjective', l('Mee in de pilot:', four, 'Deze zes deelnemende scholen ontvangen extra uren.'), 'zes']
]

const clean: CleanWording[] = [
  ['the right count', l('We starten met:', four, 'Deze vier scholen krijgen elk een schoolplein.')],
  ['the right count with die', l('Het geld komt van:', three, 'Die drie fondsen betalen samen € 80.000.')],
  ['a count of something else', l('We starten met:', four, 'Deze twee wethouders openen de pleinen.')],
  ['a part of the list', l('We starten met:', four, 'Twee van deze scholen krijgen ook een moestuin.')],
  ['a count later in the paragraph', l('We starten met:', four, 'Daarna volgen nog eens drie scholen in 2029.')],
  ['a count of years', l('Het geld komt van:', three, 'Deze drie jaar krijgen zij elk € 10.000.')],
  ['a count not at the start', l('We starten met:', four, 'In 2028 sluiten deze twee scholen uit Noord aan.')],
  ['the right count in digits', l('In dit project doen mee:', four, 'Deze 4 scholen tekenen in 2027 een convenant.')]
]

describeBattery(countClaimMismatch, defects, clean, 6)
