import { titleDrift } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hmisc3 battery, written before reading the rule: the plan's own title, with its kind and its
// years, written with a content word swapped for a paraphrase of another length (one word for
// two, two for one, a word added) — the reader must compare the words, not count them.
// Look-alikes: the exact title in other capitals, the previous plan with other years, a sibling
// plan of the same kind and years on another subject, a short title without years.
const front = { titel: 'Actieplan eenzaamheid ouderen 2027-2030', soort: 'actieplan', periode: '2027-2030', datum: '2026-10-01' }
const p = (...lines: string[]): string[] => ['# Inleiding', '', ...lines]

const defects: BatteryWording[] = [
  ['one word for two at the end', p('Met het Actieplan eenzaamheid oudere inwoners 2027-2030 zetten we in op ontmoeting.'), 'oudere inwoners'],
  ['one word for two at the start', p('Het Actieplan sociaal isolement ouderen 2027-2030 bouwt voort op de wijkaanpak.'), 'sociaal isolement'],
  ['a word for a number-word group', p('In het Actieplan eenzaamheid 75-plussers 2027-2030 staan drie sporen.'), '75-plussers'],
  ['a preposition added', p('Dit Actieplan eenzaamheid onder ouderen 2027-2030 is samen met de ouderenbonden gemaakt.'), 'onder ouderen'],
  ['one word for one', p('Met het Actieplan eenzaamheid senioren 2027-2030 kiezen we voor de buurt.'), 'senioren'],
  ['two words for one', p('Het Actieplan eenzame ouderen 2027-2030 vervangt de losse projecten.'), 'eenzame'],
  ['a drifted title in a list item', p('Dit plan bestaat uit:', '', '- het Actieplan eenzaamheid oudere Veldhoorners 2027-2030;', '- een jaarlijkse monitor.'), 'oudere Veldhoorners'],
  ['a drifted title in brackets', p('Deze aanpak (Actieplan eenzaamheid bij senioren 2027-2030) richt zich op alle wijken.'), 'senioren'],
  ['a drifted title with lower-case kind', p('In dit actieplan eenzaamheid oudere bewoners 2027-2030 leest u wat we gaan doen.'), 'oudere bewoners'],
  ['an adjective added', p('Het Actieplan eenzaamheid kwetsbare ouderen 2027-2030 geeft richting aan het wijkwerk.'), 'kwetsbare'],
  ['a word added at the front', p('Het Lokaal actieplan eenzaamheid ouderen 2027-2030 is in de zomer besproken.'), 'Lokaal'],
  ['a synonym pair in the middle', p('Zo wil het Actieplan eenzaamheid en isolement ouderen 2027-2030 de buurt betrekken.'), 'isolement']
]

const clean: CleanWording[] = [
  ['the exact title', p('Met het Actieplan eenzaamheid ouderen 2027-2030 zetten we in op ontmoeting.')],
  ['the title in other capitals', p('Het Actieplan Eenzaamheid Ouderen 2027-2030 is samen met de bonden gemaakt.')],
  ['the previous plan', p('Het Actieplan eenzaamheid ouderen 2022-2026 liep af in het voorjaar.')],
  ['a sibling plan on another subject', p('Naast dit plan geldt het Actieplan mantelzorg 2027-2030.')],
  ['a short title without years', p('Het Actieplan eenzaamheid ouderen vraagt om een jaarlijkse monitor.')],
  ['the plan by its kind only', p('Dit actieplan loopt van 2027 tot en met 2030.')],
  ['a regional plan of another party', p('Het regionale Actieplan eenzaamheid jongeren 2027-2030 van de GGD sluit hierop aan.')],
  ['a plan of another kind on a near subject', p('De provincie werkt aan een Uitvoeringsagenda vitale dorpen 2027-2030.')],
  ['the exact title in a list item', p('Dit plan bestaat uit:', '', '- het Actieplan eenzaamheid ouderen 2027-2030;', '- een jaarlijkse monitor.')],
  ['the title in quotes', p('Het college stelde het "Actieplan eenzaamheid ouderen 2027-2030" in september vast.')]
]

describeBattery(titleDrift, defects, clean, 11, front)
