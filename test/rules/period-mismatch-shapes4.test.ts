import { periodMismatch } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

/**
 * Wave 4 causes (the harness plan runs 2026-2029):
 * 1. A finance table whose year columns are exactly the plan's period, under a heading or caption
 *    with another range: the heading gives the plan's years wrongly, whatever its words.
 * 2. A plan noun with an adjective that marks another plan (`het lopende programma`, `de
 *    bestaande nota`) has its own years.
 * 3. `die` right after the plan's verb is a demonstrative (`beschrijft die keuzes voor de periode
 *    …`), not a relative clause whose subject is another.
 */
const finance = (heading: string, years: number[], before: string[] = []): string[] => [
  '# Financiën {.financien}',
  '',
  ...before,
  heading,
  '',
  'Bedragen x € 1.000.',
  '',
  `| Post | ${years.join(' | ')} |`,
  `|---|${years.map(() => '---').join('|')}|`,
  `| Lasten | ${years.map(() => '100').join(' | ')} |`,
  `| Baten | ${years.map(() => '40').join(' | ')} |`
]

const defects: DefectWording[] = [
  // 1
  ['a meerjarenraming heading a year early', finance('## Meerjarenraming 2025-2028', [2026, 2027, 2028, 2029]), '2025-2028'],
  ['a begroting heading a year late', finance('## Begroting 2027–2030', [2026, 2027, 2028, 2029]), '2027–2030'],
  ['an overview heading with t/m', finance('## Overzicht lasten en baten 2025 t/m 2028', [2026, 2027, 2028, 2029]), '2025 t/m 2028'],
  // 2: this plan with an adjective that marks it as this one
  ['the new programme', ['# Aanleiding', '', 'Het nieuwe programma beslaat de jaren 2026 tot en met 2030.'], '2026 tot en met 2030'],
  ['the programme before you', ['# Aanleiding', '', 'Het voorliggende programma beslaat de jaren 2025 tot en met 2029.'], '2025 tot en met 2029'],
  ['the programme without adjective', ['# Aanleiding', '', 'Het programma beslaat de jaren 2027 tot en met 2030 en kent drie sporen.'], '2027 tot en met 2030'],
  // 3
  ['die as a demonstrative after the verb', ['# Inleiding', '', 'Deze woonagenda beschrijft die opgaven voor de periode 2026 tot en met 2030.'], '2026 tot en met 2030'],
  ['die before measures for years', ['# Inleiding', '', 'Dit uitvoeringsprogramma bevat die maatregelen voor de jaren 2025-2029.'], '2025-2029'],
  ['die in a list item', ['# Inleiding', '', '- Deze nota werkt die ambities uit voor de periode 2026-2031;', '- de raad stelt de kaders.'], '2026-2031']
]

const clean: CleanWording[] = [
  // 1
  ['a heading with the plan period', finance('## Meerjarenraming 2026-2029', [2026, 2027, 2028, 2029])],
  ['a raming that runs on after the plan, with its own heading', finance('## Meerjarenraming 2027-2030', [2027, 2028, 2029, 2030])],
  ['a heading over earlier realisation columns', finance('## Realisatie 2022-2025', [2022, 2023, 2024, 2025])],
  ['a heading without years', finance('## Meerjarenraming', [2026, 2027, 2028, 2029])],
  // 2
  ['the running programme', ['# Aanleiding', '', 'Het lopende programma beslaat de jaren 2022 tot en met 2025 en is in 2025 geëvalueerd.']],
  ['the existing note', ['# Aanleiding', '', 'De bestaande nota loopt van 2021 tot en met 2025; dit programma volgt haar op.']],
  ['the expiring plan', ['# Aanleiding', '', 'Het aflopende plan besloeg de periode 2022-2025.']],
  // 3
  ['a relative die after its noun', ['# Inleiding', '', 'Deze agenda beschrijft de ondernemers die in de periode 2027 tot en met 2031 willen groeien.']],
  ['dat as a conjunction after the verb', ['# Inleiding', '', 'Dit programma laat zien dat de kosten in de jaren 2026-2031 stijgen.']],
  ['die as a demonstrative with the plan period', ['# Inleiding', '', 'Deze nota beschrijft die keuzes voor de periode 2026-2029.']]
]

describeWordings(periodMismatch, defects, clean)
