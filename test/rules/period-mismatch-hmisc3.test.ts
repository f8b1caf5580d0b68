import { periodMismatch } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hmisc3 battery, written before reading the rule: the plan's own last year, stated with a verb
// of running or holding and the end year, with an adverb or aside between the verb and `tot`
// (`loopt daarom tot en met`, `geldt in beginsel tot`), the end year as `eind`, or the end told
// as the year the plan stops. Look-alikes: contracts, agreements or effects with a later end
// year, the right end year with the same inserts, the previous plan in the past tense.
const front = { titel: 'Beleidsplan Wonen en Welzijn 2027-2030', soort: 'beleidsplan', periode: '2027-2030', datum: '2026-10-01' }
const p = (...lines: string[]): string[] => ['# Inleiding', '', ...lines]

const defects: BatteryWording[] = [
  ['an adverb of reason between verb and end', p('Dit beleidsplan loopt daarom door tot en met 2032, zodat de evaluatie in het laatste jaar valt.'), '2032'],
  ['dus between verb and end', p('Het plan loopt dus tot 2032.'), '2032'],
  ['a hedge between verb and end', p('Dit beleidsplan geldt in beginsel tot en met 2031.'), '2031'],
  ['eind before the year', p('Het beleidsplan loopt bewust tot eind 2031, een jaar langer dan gebruikelijk.'), '2031'],
  ['a pronoun with an adverb', p('We kozen voor een langere looptijd: het plan loopt daardoor tot en met 2032.'), '2032'],
  ['ook between verb and end', p('Net als de regionale agenda loopt dit plan ook tot en met 2031.'), '2031'],
  ['blijft van kracht tot', p('Dit beleidsplan blijft tot en met 2031 van kracht.'), '2031'],
  ['eindigt in a year', p('Het beleidsplan eindigt daarom pas in 2032.'), '2032'],
  ['a list item with an adverb', p('Over dit plan:', '', '- het loopt daarom door tot eind 2031;', '- het vervangt de Woonvisie.'), '2031'],
  ['an aside in brackets between verb and end', p('Dit plan loopt (net als de prestatieafspraken) tot en met 2031.'), '2031'],
  ['dan ook between verb and end', p('Dit beleidsplan loopt dan ook tot 2032.'), '2032'],
  ['looptijd with an adverb', p('De looptijd van dit plan is daarom 2027 tot en met 2031.'), '2031'],
  ['nu between verb and end', p('Het nieuwe plan loopt nu tot en met 2031, in plaats van tot 2030.'), '2031']
]

const clean: CleanWording[] = [
  ['the right end with an adverb', p('Dit beleidsplan loopt daarom door tot en met 2030.')],
  ['contracts with a later end', p('De contracten met de zorgaanbieders lopen daarom door tot en met 2031.')],
  ['an agreement that ends later', p('De regionale woondeal geldt in beginsel tot eind 2032.')],
  ['the previous plan in the past tense', p('Het vorige plan liep daarom tot en met 2026.')],
  ['effects after the plan', p('De effecten van de maatregelen lopen door tot na 2032.')],
  ['a later end of a subsidy', p('De subsidieregeling blijft tot en met 2031 van kracht.')],
  ['the plan right and the contract later', p('Dit plan loopt tot en met 2030; de contracten lopen daarna nog tot en met 2031.')],
  ['a horizon of the vision', p('De ambities in dit plan reiken verder, tot 2040.')],
  ['the right end with eindigt', p('Het beleidsplan eindigt daarom in 2030.')],
  ['a pilot ending later', p('De proef met de buurtconciërge loopt dus tot 2031.')],
  ['the plan and a pronoun for the contracts', p('We stemmen af met de nieuwe contracten; die lopen daarom door tot en met 2032.')]
]

describeBattery(periodMismatch, defects, clean, 12, front)
