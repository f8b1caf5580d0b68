import { formatEuro } from '@kapstok/nl'
import { lintRule } from '../rule.js'
import { example } from '../util/examples.js'

/** Rule: a Totaal row equals the sum of the rows above it, per column. */
export const financeSumMismatch = lintRule(
  {
    id: 'finance-sum-mismatch',
    severity: 'error',
    group: 'financien',
    description: 'Een totaalregel is gelijk aan de som van de regels erboven, per kolom.',
    docs: {
      what: 'Telt in elke financiële tabel per kolom de rijen op sinds het vorige totaal en vergelijkt de som met de rij die met "Totaal" begint. Lege cellen tellen niet mee.',
      why: 'Een totaal is een bewering die de raad narekent; 200 + 650 + 450 + 600 moet 1.900 zijn, niet 1.800.',
      options: { tolerance: 'Toegestaan verschil in centen, voor afronding (default: `0`).' },
      ok: example(['# Financiën', '', '## Besparing per domein', '', '| Domein | Besparing |', '|---|---|', '| Jeugd | € 450.000 |', '| Wmo | € 650.000 |', '| Totaal | € 1.100.000 |']),
      notOk: example(['# Financiën', '', '## Besparing per domein', '', '| Domein | Besparing |', '|---|---|', '| Jeugd | € 450.000 |', '| Wmo | € 650.000 |', '| Totaal | € 1.000.000 |']),
      expected: ['Totaal `€ 1.000.000` in kolom `Besparing` klopt niet: de som van de rijen is `€ 1.100.000`']
    }
  },
  (model, context) => {
    const tolerance = Number(context.options.tolerance ?? 0)
    model.financien?.tabellen?.forEach((tabel, t) => {
      let from = 0
      tabel.rijen.forEach((rij, r) => {
        if (!rij.totaal) return
        const parts = tabel.rijen.slice(from, r)
        from = r + 1
        rij.bedragen.forEach((claimed, c) => {
          if (!claimed) return
          const values = parts.map((p) => p.bedragen[c]).filter((b) => b !== null && b !== undefined)
          if (values.length === 0) return
          const sum = values.reduce((total, b) => total + (b?.centen ?? 0), 0)
          if (Math.abs(sum - claimed.centen) <= tolerance) return
          const kolom = tabel.kolommen[c] ?? String(c + 1)
          context.report(
            `Totaal \`${claimed.tekst ?? formatEuro(claimed.centen)}\` in kolom \`${kolom}\` klopt niet: de som van de rijen is \`${formatEuro(sum)}\``,
            { pointer: `/financien/tabellen/${t}/rijen/${r}/bedragen/${c}`, actual: claimed.tekst ?? formatEuro(claimed.centen), expected: [formatEuro(sum)] }
          )
        })
      })
    })
  }
)
