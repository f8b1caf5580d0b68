import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// Examples of percentage-claim-check for a share of one count column in another in one row of a table of years:
// the row named by its year, as the last one, or as the whole period; the part column by its participle (or one of
// the same outcome), the whole column by its noun or by the adjective before it.
const plan = (lines: string[]): string => example(['# Context', '', ...lines], 'gemeente: Lindewaarde')
// Reports to a help desk per year: handled and passed on.
const desk = ['| Jaar | Meldingen | Afgehandeld | Doorgestuurd |', '|---|---|---|---|', '| 2023 | 120 | 90 | 12 |', '| 2024 | 150 | 105 | 30 |', '| 2025 | 160 | 128 | 16 |', '']
// Vehicle checks per year: planned, held, and held with a rejection.
const checks = ['| Jaar | Geplande keuringen | Gehouden | Met afkeur |', '|---|---|---|---|', '| 2023 | 80 | 72 | 9 |', '| 2024 | 90 | 84 | 21 |', '| 2025 | 100 | 96 | 12 |', '']

/** Shares of one column in another that hold. */
export const columnsOk: RuleExample[] = [
  { title: 'Een deel van de laatste rij met een werkwoord van dezelfde uitkomst', text: plan([...desk, 'Vorig jaar werd 80 procent van de meldingen afgerond.']) },
  { title: 'Een deel over de hele periode zonder totaalrij', text: plan([...checks, 'Over de hele periode werd ruim 93 procent van de geplande keuringen gehouden.']) },
  { title: 'Een geheel dat het bijvoeglijk naamwoord aanwijst, niet de kolom van het zelfstandig naamwoord', text: plan([...checks, 'In 2023 leidde 12,5 procent van de gehouden keuringen tot afkeur.']) },
  { title: 'Een streefcijfer is geen deel van de tabel', text: plan([...desk, 'In het laatste jaar moet 95 procent van de meldingen afgehandeld zijn.']) },
  { title: 'De laatste jaren zijn meer rijen dan de laatste', text: plan([...desk, 'In de laatste jaren werd een derde van de meldingen doorgestuurd.']) }
]

/** Shares of one column in another that do not hold. */
export const columnsNotOk: RuleExample[] = [
  {
    title: 'Een deel van de laatste rij die niet klopt',
    text: plan([...desk, 'Vorig jaar werd een derde van de meldingen doorgestuurd.']),
    expected: ['Percentage `een derde` klopt niet: 16 van 160 is 10%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een deel over de hele periode zonder totaalrij dat niet klopt',
    text: plan([...checks, 'Over de hele periode werd ruim 98 procent van de geplande keuringen gehouden.']),
    expected: ['Percentage `ruim 98 procent` klopt niet: 252 van 270 is 93,3%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een deel van de meest recente rij dat niet klopt',
    text: plan([...checks, 'Bij de meest recente ronde werd ruim 99 procent van de geplande keuringen gehouden.']),
    expected: ['Percentage `ruim 99 procent` klopt niet: 96 van 100 is 96%; pas het percentage of de getallen aan']
  }
]
