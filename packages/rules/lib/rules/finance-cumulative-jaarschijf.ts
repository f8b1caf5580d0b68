import { isBedrag } from '@kapstok/core'
import { lintRule } from '../rule.js'
import { example } from '../util/examples.js'
import { inTableUnit, unitSuffix } from '../util/fin-format.js'

/** Rule: in a cumulative jaarschijf table, an amount keeps running in later years. */
export const financeCumulativeJaarschijf = lintRule(
  {
    id: 'finance-cumulative-jaarschijf',
    severity: 'error',
    group: 'financien',
    description: 'In een cumulatieve jaarschijftabel loopt een bedrag door in de jaren erna.',
    docs: {
      what: 'In tabellen met `{.cumulatief}` (elke kolom een jaar, structurele bedragen lopen door) mag het bedrag van een rij in een volgend jaar niet lager of leeg zijn dan in het jaar ervoor, en het totaal per jaar niet dalen. Of het totaal de som van de kolom is, controleert `finance-sum-mismatch`.',
      why: 'Een structurele besparing die in 2024 ineens ontbreekt, maakt het eindbedrag ("€ 1,9 miljoen in 2025") onhaalbaar; meestal is een cel vergeten.',
      ok: example(['# Financiën', '', '## Opbouw van de besparing {.cumulatief}', '', '| Maatregel | 2022 | 2023 | 2024 |', '|---|---|---|---|', '| Eerste stap | 250.000 | 250.000 | 250.000 |', '| Tweede stap | | 500.000 | 500.000 |', '| Totaal per jaar | 250.000 | 750.000 | 750.000 |']),
      notOk: example(['# Financiën', '', '## Opbouw van de besparing {.cumulatief}', '', '| Maatregel | 2022 | 2023 | 2024 |', '|---|---|---|---|', '| Eerste stap | 250.000 | 250.000 | |', '| Tweede stap | | 500.000 | 500.000 |', '| Totaal per jaar | 250.000 | 750.000 | 500.000 |']),
      expected: [
        'Jaarschijf `2024`: `leeg` voor `Eerste stap` is lager dan `€ 250.000` in `2023`; een structureel bedrag loopt door',
        'Jaarschijf `2024`: `€ 500.000` voor `Totaal per jaar` is lager dan `€ 750.000` in `2023`; een structureel bedrag loopt door'
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
