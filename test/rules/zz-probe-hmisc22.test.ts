import { it } from 'vitest'
import { countClaimMismatch } from '@kapstok/rules'
import { wordingReasons } from './wordings.js'
const p = (...lines: string[]): string[] => ['# Aanpak', '', ...lines]
const b = (lead: string, n: number) => p(lead, '', ...['a;', 'b;', 'c;', 'd;', 'e;'].slice(0, n).map((i) => `- ${i}`))
const subs = (lead: string, heads: string[]): string[] => ['# Doelen', '', lead, '', ...heads.flatMap((h) => [`## ${h}`, '', 'Tekst.', ''])]
const cases: string[][] = [
  subs('Dit hoofdstuk beschrijft vijf doelen.', ['Schone lucht', 'Minder geluid', 'Meer groen', 'Koele straten']),
  subs('We beschrijven hieronder vijf doelen.', ['Schone lucht', 'Minder geluid', 'Meer groen', 'Koele straten']),
  subs('Er zijn vijf doelen.', ['Schone lucht', 'Minder geluid', 'Meer groen', 'Koele straten']),
  ['# Milieu', '', 'Dit hoofdstuk beschrijft vijf doelen.', '', '## Doel 1: Schone lucht', '', 't', '', '## Doel 2: Minder geluid', '', 't', '', '## Doel 3: Meer groen', '', 't', '', '## Doel 4: Koele straten', '', 't'],
  b('Dit doen we via een tweetal routes:', 3),
  b('Dit doen we via twee routes:', 3),
  b('Het plan kent de volgende sporen (vijf in totaal):', 4),
  b('Het plan kent vijf sporen:', 4),
  p('De twee partners met wie we samenwerken zijn de GGD, de bibliotheek en de woningcorporatie.'),
  p('Onze twee partners zijn de GGD, de bibliotheek en de woningcorporatie.'),
  p('We werken met twee partners: de GGD, de bibliotheek en de woningcorporatie.'),
]
it('probe', async () => { for (const c of cases) console.log(JSON.stringify(c.slice(2, 3)), await wordingReasons(countClaimMismatch, c)) })
