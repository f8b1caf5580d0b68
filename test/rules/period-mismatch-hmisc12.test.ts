import { periodMismatch } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hmisc12 battery, written before reading the rule: the document says for which years it holds
// (`geldt voor de jaren 2029 tot en met 2036`, `beslaat de periode van 2029 t/m 2036`, `bestrijkt
// 2029-2036`), with the document as subject by name or only by a pronoun (`zij`, `het`, `deze`)
// after a sentence that names it, and the end (or start) differs from the frontmatter. Look-alikes:
// the right span, a contract or agreement of its own, an earlier plan, a forecast for years.
const front = { titel: 'Visie Havenfront 2029-2034', soort: 'beleidsnota', periode: '2029-2034', datum: '2028-09-01' }
const p = (...lines: string[]): string[] => ['# Inleiding', '', ...lines]

const defects: BatteryWording[] = [
  ['pronoun zij after the vision', p('Deze visie schetst de koers voor het havenfront. Zij geldt voor de jaren 2029 tot en met 2036.'), '2036'],
  ['pronoun het after the plan', p('Dit plan bundelt de afspraken. Het geldt voor de jaren 2029 tot en met 2035.'), '2035'],
  ['de visie geldt van ... tot en met', p('De visie geldt van 2029 tot en met 2037.'), '2037'],
  ['beslaat de periode', p('Het programma beslaat de periode van 2029 t/m 2036.'), '2036'],
  ['bestrijkt the years', p('De visie bestrijkt de jaren 2029 tot en met 2033.'), '2033'],
  ['a wrong start', p('Deze nota geldt voor de jaren 2030 tot en met 2034.'), '2030'],
  ['heeft een looptijd', p('De visie heeft een looptijd van 2029 tot en met 2038.'), '2038'],
  ['the years first', p('Voor de jaren 2029 tot en met 2036 geldt deze visie als kader.'), '2036'],
  ['deze in a second sentence', p('In 2028 stelde de raad de visie vast. Deze geldt voor de jaren 2029 tot en met 2036.'), '2036'],
  ['loopt over', p('Het plan loopt over de jaren 2029 tot en met 2036.'), '2036'],
  ['tot en met in words', p('Zij is van kracht in de jaren 2029 tot en met 2036; daarna volgt een nieuwe visie.'), '2036'],
  ['a section on scope and term, pronoun in a new paragraph', ['# Inleiding', '', '## Reikwijdte en looptijd', '', 'Deze visie gaat over de kades en de loodsen. De jachthaven valt erbuiten; daarvoor geldt het Havenplan.', '', 'Zij geldt voor de jaren 2029 tot en met 2036.'], '2036'],
  ['a section on term and evaluation', ['# Inleiding', '', '## Looptijd en evaluatie', '', 'Het college legt elk jaar verantwoording af.', '', 'De afspraken gelden van 2029 tot en met 2032; daarna volgt een evaluatie.'], '2032'],
  ['a section on aim, scope and period', ['# Inleiding', '', '## Doel, reikwijdte en planperiode', '', 'We willen meer groen aan het water. Zo blijft het havenfront aantrekkelijk.', '', 'De aanpak loopt over de jaren 2030 tot en met 2034.'], '2030'],
  ['in a list item', p('Over deze visie:', '', '- zij geldt voor de jaren 2029 tot en met 2036;', '- de raad stelt haar vast.'), '2036']
]

const clean: CleanWording[] = [
  ['the right span', p('Deze visie schetst de koers. Zij geldt voor de jaren 2029 tot en met 2034.')],
  ['the right span with t/m', p('Het programma beslaat de periode van 2029 t/m 2034.')],
  ['a contract of its own', p('Het huurcontract voor de loods geldt voor de jaren 2029 tot en met 2040.')],
  ['an agreement of its own', p('De afspraken met de ondernemers gelden van 2027 tot en met 2031.')],
  ['the earlier vision', p('De vorige visie gold voor de jaren 2021 tot en met 2028.')],
  ['a forecast', p('De prognose voor de jaren 2029 tot en met 2040 laat groei zien.')],
  ['a permit', p('De vergunning geldt voor de jaren 2029 tot en met 2045.')],
  ['a national rule', p('De landelijke regeling geldt van 2026 tot en met 2030.')],
  ['a later horizon', p('Deze visie geldt voor 2029 tot en met 2034 en kijkt vooruit naar 2050.')],
  ['zij for people', p('De ondernemers praten mee. Zij gelden voor de jaren 2029 tot en met 2040 als partner.')],
  ['a section on term with the right span', ['# Inleiding', '', '## Reikwijdte en looptijd', '', 'Deze visie gaat over de kades. Daarvoor geldt ook het Havenplan.', '', 'Zij geldt voor de jaren 2029 tot en met 2034.']],
  ['a section on term with the earlier plan first', ['# Inleiding', '', '## Aanleiding en looptijd', '', 'Het vorige havenplan liep van 2021 tot en met 2028.', '', 'Deze visie volgt het op.']],
  ['a subsidy scheme', p('De subsidieregeling loopt over de jaren 2029 tot en met 2032.')]
]

describeBattery(periodMismatch, defects, clean, 15, front)
