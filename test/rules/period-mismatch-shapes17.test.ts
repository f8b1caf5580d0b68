import { periodMismatch } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Wave 17 battery (hmisc), written before reading the rule again: the plan's own period stated
// with a wrong year or a wrong length, in words (`een looptijd van vijf jaar`, `deze vijfjarige
// nota`, `tussen 2027 en 2031`), or as the span the whole plan works over with `we` as subject
// (`In de periode 2027-2029 bouwen we … uit`), one year off at the end. Look-alikes: a study's or
// a contract's own years, an evaluation in the year after the end, the previous plan, a short
// phase or pilot inside the period, the plan's right length in words.
const front = { titel: 'Programma Gezonde Wijken 2027-2030', soort: 'programmaplan', periode: '2027-2030', datum: '2026-10-01' }
const p = (...lines: string[]): string[] => ['# Samenvatting', '', ...lines]

const defects: BatteryWording[] = [
  ['the plan runs to a year past its end', p('Dit programma loopt van 2027 tot en met 2031.'), '2031'],
  ['the plan covers years from a year too early', p('Deze nota bestrijkt de jaren 2026 tot en met 2030 en vervangt de oude aanpak.'), '2026'],
  ['a length in words one year too long', p('Het programma heeft een looptijd van vijf jaar.'), 'vijf'],
  ['the years of this programme in words', p('In de vijf jaar van dit programma investeren we € 2,4 miljoen in de buurthuizen.'), 'vijf'],
  ['a plan period of a length in words', p('Over de hele planperiode van drie jaar gaat het om 120 nieuwe sportplekken.'), 'drie'],
  ['an adjective of length before the plan', p('In deze vijfjarige programmaperiode ligt de nadruk op preventie.'), 'vijf'],
  ['the plan holds until a later year', p('Dit programma geldt tot en met 2031; daarna volgt een nieuw plan.'), '2031'],
  ['the whole span of the work with we as subject, one year short', p('In de periode 2027-2029 bouwen we de wijkteams daarom verder uit en verschuiven we geld naar preventie.'), '2027-2029'],
  ['the years of the work with tot en met, one year short', p('In de jaren 2027 tot en met 2029 werken we aan gezondere wijken en betere zorg dichtbij huis.'), '2029'],
  ['the span of the work starting a year late', p('In de periode 2028-2030 versterken we de wijkteams en investeren we in preventie.'), '2028'],
  ['the span after we and the verb, one year short', p('We zetten in de periode 2027-2029 vooral in op gezonde scholen.'), '2027-2029'],
  ['tussen and en around the plan years', p('Dit programma beschrijft wat we tussen 2027 en 2031 willen bereiken.'), '2031'],
  ['the plan period in brackets', p('In de planperiode (2028-2030) komen er vier gezondheidscentra bij.'), '2028'],
  ['the end of the period named a year early', p('Aan het einde van de planperiode, eind 2029, meten we opnieuw.'), '2029'],
  ['a length in digits after the plan', p('Dit plan heeft een looptijd van 5 jaar.'), '5']
]

const clean: CleanWording[] = [
  ['a study with its own years', p('Volgens de prognose uit 2025 zijn tot en met 2032 nog 800 woningen nodig, 100 per jaar over de jaren 2025 tot en met 2032.')],
  ['an evaluation in the year after the end', p('Aan het einde van de looptijd, in 2031, volgt een volledige evaluatie als basis voor een nieuw programma.')],
  ['an evaluation after the end', p('In 2031 evalueren we het programma als basis voor een nieuw plan.')],
  ['the previous plan', p('De vorige nota liep van 2021 tot en met 2026.')],
  ['a regional deal of its own', p('De regionale woondeal loopt van 2025 tot en met 2032.')],
  ['a short pilot inside the period', p('In de periode 2027-2028 voeren we een proef uit in twee wijken.')],
  ['the right length in words', p('Het programma heeft een looptijd van vier jaar.')],
  ['contracts with their own end', p('De contracten met de aanbieders lopen vijf jaar, tot en met 2031.')],
  ['the right years of the programme in words', p('In de vier jaar van dit programma investeren we € 2,4 miljoen in de buurthuizen.')],
  ['a coalition agreement', p('Het coalitieakkoord 2026-2030 vraagt om meer aandacht voor preventie.')],
  ['a depreciation term', p('De investering in de sporthal schrijven we in 25 jaar af.')],
  ['a decision after the period', p('Na afloop van de planperiode, in 2031, besluit de raad over een vervolg.')],
  ['a provincial forecast over years a year off', p('De behoefteraming van de provincie gaat uit van 90 extra plaatsen per jaar in de jaren 2026 tot en met 2030.')],
  ['a forecast of pupils over years a year off', p('Uit de prognose van 2024 volgt dat er in de jaren 2026 tot en met 2030 jaarlijks 45 leerlingen bijkomen.')],
  ['a span whose left-out year the text names', p('In de periode 2027-2029 bouwen we de wijkteams op; in 2030 evalueren we de aanpak.')],
  ['a span called a phase', p('In de eerste fase, de periode 2027-2029, bouwen we de wijkteams op.')],
  ['a later span after a first year named', p('In 2027 richten we de teams in; in de periode 2028-2030 breiden we ze uit naar alle wijken.')],
  ['a span that builds up first', p('In de periode 2027-2029 bouwen we eerst de basis op.')],
  ['the first years of the programme in words', p('In de eerste twee jaar van dit programma richten we de teams in.')],
  ['the right plan period length in words', p('Over de hele planperiode van vier jaar gaat het om 160 nieuwe sportplekken.')],
  ['an account at the end in the year after', p('Aan het eind van de planperiode, in 2031, leggen we verantwoording af aan de raad.')],
  ['an evaluation after the year at the end', p('De evaluatie volgt in 2031, aan het eind van de looptijd.')],
  ['a task with a count over most of the period', p('In de periode 2027-2029 bouwen we twee nieuwe sporthallen.')],
  ['a study with a thousands figure over years a year off', p('Het onderzoek naar de vraag naar zorgwoningen rekent met 1.250 extra plaatsen in de jaren 2026 tot en met 2030.')],
  ['a later phase with we as subject', p('In de periode 2029-2030 breiden we de aanpak uit naar alle wijken.')]
]

describeBattery(periodMismatch, defects, clean, 15, front)
