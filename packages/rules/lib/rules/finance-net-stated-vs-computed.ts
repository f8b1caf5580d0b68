import { formatEuro } from '@kapstok/nl'
import { lintRule } from '../rule.js'
import { example } from '../util/examples.js'
import { cents, differs, equations, fromCents, number, onderbouwing } from '../util/onderbouwing.js'

const net = /^netto/i
const plus = /bruto|besparing|opbrengst|baten/i
const minus = /kosten|investering|uitgaven|lasten/i
const header = ['# Financiën', '', '## Maatregelen', '', '| Maatregel | Netto besparing | Onderbouwing |', '|---|---|---|']
const steunpunten = (netto: string): string =>
  `| Steunpunten | ${netto} | 100 × (60 × 0,84) = € 5.040 per week x 46 = € 232.000. 140 × (60 × 0,84) = € 7.056 per week x 46 = € 325.000. Totale bruto besparing: €557.000. €80.000 * 3 = €240.000 Overhead 21% = €50.000 Besparing netto € 267.000 |`

/** Rule: a stated Netto amount equals bruto minus kosten in the row, and the onderbouwing in its toelichting. */
export const financeNetStatedVsComputed = lintRule(
  {
    id: 'finance-net-stated-vs-computed',
    severity: 'error',
    group: 'financien',
    description: 'Een kolom "Netto" is gelijk aan bruto min kosten in dezelfde rij en aan de onderbouwing in de toelichting.',
    docs: {
      what: 'In een tabel met een kolom die met "Netto" begint, telt kapstok per rij de kolommen met bruto, besparing, opbrengst of baten op, trekt de kolommen met kosten, investering, uitgaven of lasten af, en vergelijkt de uitkomst met de netto-kolom. Staat de onderbouwing als tekst in de rij (een kolom Toelichting, Onderbouwing of "Hoe komen we tot deze besparing (financiële opbouw)"), dan leest kapstok de uitkomst die de tekst noemt ("Besparing netto € 267.000", "Netto besparing: €116.000", "een besparing opleveren van € 130.000", "(a € 20.000) bespaard"; meerdere besparingen tellen op) en vergelijkt die met het bedrag. Ook de berekeningen in de tekst (`100 × (60 × 0,84) = € 5.040`, `€80.000 * 3 = €240.000`) en de stap van bruto naar netto (uitkomsten vóór "bruto besparing" opgeteld, uitkomsten erna afgetrokken) worden exact nagerekend.',
      why: 'In de bron staat een netto besparing van € 300.000 terwijl de eigen onderbouwing (232.000 + 325.000 − 240.000 − 50.000) op € 267.000 uitkomt; zulke verschillen vallen pas op als iemand narekent.',
      options: {
        tolerance: 'Toegestaan verschil in centen tussen netto-kolom en bruto min kosten (default: `0`).',
        margin: 'Toegestaan verschil tussen een bedrag en de onderbouwing in de tekst, in procenten van het grootste (default: `5`); afgeronde tussenstappen ("€ 5.040 per week x 46 = € 232.000") vallen daarbinnen.'
      },
      ok: example([...header, steunpunten('€ 267.000'), '| Schuldhulp | € 20.000 | Een traject kost € 4.000; 5 trajecten minder: (a € 20.000) bespaard. |']),
      notOk: example([...header, steunpunten('€ 300.000')]),
      expected: [
        'Netto besparing `€ 300.000` voor `Steunpunten` wijkt af van de onderbouwing `€ 267.000` (232.000 + 325.000 − 240.000 − 50.000)'
      ]
    }
  },
  (model, context) => {
    const tolerance = Number(context.options.tolerance ?? 0)
    const margin = Number(context.options.margin ?? 5)
    model.financien?.tabellen?.forEach((tabel, t) => {
      const netIndex = tabel.kolommen.findIndex((k) => net.test(k.trim()))
      if (netIndex < 0) return
      const kolom = tabel.kolommen[netIndex] ?? 'Netto'
      const signs = tabel.kolommen.map((k, i) => (i === netIndex ? 0 : minus.test(k) ? -1 : plus.test(k) ? 1 : 0))
      tabel.rijen.forEach((rij, r) => {
        const stated = rij.bedragen[netIndex]
        if (!stated) return
        const pointer = `/financien/tabellen/${t}/rijen/${r}/bedragen/${netIndex}`
        const shown = stated.tekst ?? formatEuro(stated.centen)
        if (signs.includes(1) && rij.bedragen.some((b, i) => b && signs[i] !== 0)) {
          const computed = rij.bedragen.reduce((sum, b, i) => sum + (b ? b.centen * (signs[i] ?? 0) : 0), 0)
          if (Math.abs(computed - stated.centen) > tolerance) {
            context.report(`Netto \`${shown}\` voor \`${rij.label}\` wijkt af van de berekening \`${formatEuro(computed)}\` (bruto min kosten)`, {
              pointer,
              expected: [formatEuro(computed)]
            })
          }
        }
        if (!rij.toelichting) return
        const where = `/financien/tabellen/${t}/rijen/${r}/toelichting`
        for (const e of equations(rij.toelichting)) {
          if (!e.arithmetic || !differs(e.computed, e.stated, margin)) continue
          context.report(`Berekening \`${e.expression} = ${number(e.stated)}\` in de onderbouwing klopt niet: de uitkomst is \`${number(e.computed)}\`; herstel de berekening`, { pointer: where })
        }
        const basis = onderbouwing(rij.toelichting)
        if (!basis) return
        const chain = basis.chain
        if (chain && differs(chain.computed, chain.stated, margin)) {
          context.report(
            `Onderbouwing \`${chain.expression}\` komt uit op \`${formatEuro(cents(chain.computed))}\`, maar noemt netto \`${formatEuro(cents(chain.stated))}\`; herstel de berekening of het bedrag`,
            { pointer: where }
          )
        }
        if (!differs(fromCents(stated.centen), basis.value, margin)) return
        const expected = formatEuro(cents(basis.value))
        context.report(`${kolom} \`${shown}\` voor \`${short(rij.label)}\` wijkt af van de onderbouwing \`${expected}\` (${basis.detail})`, { pointer, expected: [expected] })
      })
    })
  }
)

const short = (text: string): string => (text.length > 40 ? text.slice(0, 39) + '…' : text)
