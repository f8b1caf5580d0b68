import { formatEuro } from '@kapstok/nl'
import { lintRule } from '../rule.js'
import { example } from '../util/examples.js'

const net = /^netto/i
const plus = /bruto|besparing|opbrengst|baten/i
const minus = /kosten|investering|uitgaven|lasten/i

/** Rule: a stated Netto column equals bruto minus kosten in the same row. */
export const financeNetStatedVsComputed = lintRule(
  {
    id: 'finance-net-stated-vs-computed',
    severity: 'error',
    group: 'financien',
    description: 'Een kolom "Netto" is gelijk aan bruto min kosten in dezelfde rij.',
    docs: {
      what: 'In een tabel met een kolom die met "Netto" begint, telt kapstok per rij de kolommen met bruto, besparing, opbrengst of baten op, trekt de kolommen met kosten, investering, uitgaven of lasten af, en vergelijkt de uitkomst met de netto-kolom.',
      why: 'In de bron staat een netto besparing van € 300.000 terwijl de eigen onderbouwing (€ 557.000 min € 290.000) op € 267.000 uitkomt; zulke verschillen vallen pas op als iemand narekent.',
      options: { tolerance: 'Toegestaan verschil in centen (default: `0`).' },
      ok: example(['# Financiën', '', '## Maatregelen', '', '| Maatregel | Besparing bruto | Kosten | Netto besparing |', '|---|---|---|---|', '| Schuldhulp | € 557.000 | € 290.000 | € 267.000 |']),
      notOk: example(['# Financiën', '', '## Maatregelen', '', '| Maatregel | Besparing bruto | Kosten | Netto besparing |', '|---|---|---|---|', '| Schuldhulp | € 557.000 | € 290.000 | € 300.000 |']),
      expected: ['Netto `€ 300.000` voor `Schuldhulp` wijkt af van de berekening `€ 267.000` (bruto min kosten)']
    }
  },
  (model, context) => {
    const tolerance = Number(context.options.tolerance ?? 0)
    model.financien?.tabellen?.forEach((tabel, t) => {
      const netIndex = tabel.kolommen.findIndex((k) => net.test(k.trim()))
      if (netIndex < 0) return
      const signs = tabel.kolommen.map((k, i) => (i === netIndex ? 0 : minus.test(k) ? -1 : plus.test(k) ? 1 : 0))
      if (!signs.includes(1)) return
      tabel.rijen.forEach((rij, r) => {
        const stated = rij.bedragen[netIndex]
        if (!stated) return
        const parts = rij.bedragen.filter((b, i) => b && signs[i] !== 0)
        if (parts.length === 0) return
        const computed = rij.bedragen.reduce((sum, b, i) => sum + (b ? b.centen * (signs[i] ?? 0) : 0), 0)
        if (Math.abs(computed - stated.centen) <= tolerance) return
        context.report(
          `Netto \`${stated.tekst ?? formatEuro(stated.centen)}\` voor \`${rij.label}\` wijkt af van de berekening \`${formatEuro(computed)}\` (bruto min kosten)`,
          { pointer: `/financien/tabellen/${t}/rijen/${r}/bedragen/${netIndex}`, expected: [formatEuro(computed)] }
        )
      })
    })
  }
)
