import { isBedrag } from '@kapstok/core'
import { lintRule } from '../rule.js'
import { example } from '../util/examples.js'
import { inTableUnit, unitSuffix } from '../util/fin-format.js'

const jaarschijf = (rows: string[], first = 'Maatregel'): string =>
  example(['# Financiën', '', '## Opbouw van de besparing {.cumulatief}', '', `| ${first} | 2022 | 2023 | 2024 |`, '|---|---|---|---|', ...rows], 'gemeente: Lindewaarde')

/** Rule: in a cumulative jaarschijf table, an amount keeps running in later years. */
export const financeCumulativeJaarschijf = lintRule(
  {
    id: 'finance-cumulative-jaarschijf',
    severity: 'error',
    group: 'financien',
    description: 'In een cumulatieve jaarschijftabel loopt een bedrag door in de jaren erna.',
    docs: {
      what: 'In tabellen met `{.cumulatief}` (elke kolom een jaar, structurele bedragen lopen door) mag het bedrag van een rij in een volgend jaar niet lager of leeg zijn dan in het jaar ervoor, en het totaal per jaar niet dalen. Of het totaal de som van de kolom is, controleert `finance-sum-mismatch`.',
      why: 'Een structurele besparing die in het derde jaar ineens ontbreekt, maakt het eindbedrag onhaalbaar; meestal is een cel vergeten. Een `PM`-jaar is nog onbekend en telt niet als lager.',
      ok: [
        {
          title: 'Bedragen die doorlopen of stijgen',
          text: jaarschijf(['| Eerste stap | 250.000 | 250.000 | 250.000 |', '| Tweede stap | | 500.000 | 500.000 |', '| Totaal per jaar | 250.000 | 750.000 | 750.000 |'])
        },
        {
          title: 'Een PM-jaar in een tabel in duizenden',
          text: jaarschijf(['| Eerste stap | 120 | PM | 140 |', '| Totaal per jaar | 120 | PM | 140 |'], 'Bedragen x € 1.000')
        },
        {
          title: 'Een rij die pas later begint, met `-` ervoor',
          text: jaarschijf(['| Eerste stap | 100.000 | 100.000 | 100.000 |', '| Tweede stap | - | - | 50.000 |', '| Totaal per jaar | 100.000 | 100.000 | 150.000 |'])
        },
        {
          title: 'Een gewone tabel mag dalen',
          text: example(['# Financiën', '', '## Incidentele kosten', '', '| Post | 2022 | 2023 |', '|---|---|---|', '| Projectleider | 90.000 | 30.000 |'], 'gemeente: Lindewaarde')
        }
      ],
      notOk: [
        {
          title: 'Een vergeten cel',
          text: jaarschijf(['| Eerste stap | 250.000 | 250.000 | |', '| Tweede stap | | 500.000 | 500.000 |']),
          expected: ['Jaarschijf `2024`: `leeg` voor `Eerste stap` is lager dan `€ 250.000` in `2023`; een structureel bedrag loopt door']
        },
        {
          title: 'Een lager bedrag in duizenden',
          text: jaarschijf(['| Eerste stap | 120 | 130 | 125 |'], 'Bedragen x € 1.000'),
          expected: ['Jaarschijf `2024`: `125` voor `Eerste stap` is lager dan `130` in `2023` (x € 1.000); een structureel bedrag loopt door']
        },
        {
          title: 'Een `-` na een structureel bedrag',
          text: jaarschijf(['| Eerste stap | 80.000 | - | 80.000 |']),
          expected: ['Jaarschijf `2023`: `-` voor `Eerste stap` is lager dan `€ 80.000` in `2022`; een structureel bedrag loopt door']
        }
      ]
    }
  },
  (model, context) => {
    model.financien?.tabellen?.forEach((tabel, t) => {
      if (tabel.soort !== 'cumulatief') return
      tabel.rijen.forEach((rij, r) => {
        let previous: number | undefined
        rij.bedragen.forEach((bedrag, c) => {
          // PM: not known yet, so neither lower nor a new base.
          if (bedrag && !isBedrag(bedrag) && bedrag.soort === 'pm') return
          const value = isBedrag(bedrag) ? bedrag.centen : undefined
          if (previous !== undefined && (value === undefined || value < previous)) {
            const shown = isBedrag(bedrag) ? (bedrag.tekst ?? inTableUnit(bedrag.centen, tabel)) : (bedrag?.tekst ?? 'leeg')
            context.report(
              `Jaarschijf \`${tabel.kolommen[c] ?? c + 1}\`: \`${shown}\` voor \`${rij.label}\` is lager dan \`${inTableUnit(previous, tabel)}\` in \`${tabel.kolommen[c - 1] ?? c}\`${unitSuffix(tabel)}; een structureel bedrag loopt door`,
              { pointer: `/financien/tabellen/${t}/rijen/${r}/bedragen/${c}` }
            )
          }
          if (value !== undefined) previous = value
        })
      })
    })
  }
)
