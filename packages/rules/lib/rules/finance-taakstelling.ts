import { formatEuro } from '@kapstok/nl'
import { lintRule } from '../rule.js'
import { example } from '../util/examples.js'

const taakstelling = (verdeling: number[]): string =>
  [
    'financien:',
    '  taakstellingen:',
    '    - id: ts1',
    '      titel: Hervorming voorveld',
    '      bedrag: {centen: 60000000, tekst: "€ 600.000"}',
    '      verminderingen:',
    '        - {label: Al gerealiseerd, bedrag: {centen: 7500000, tekst: "€ 75.000"}}',
    '      verdeling:',
    ...verdeling.map((euro, i) => `        - {label: Maatregel ${i + 1}, bedrag: {centen: ${euro * 100}, tekst: "€ ${euro.toLocaleString('nl-NL')}"}}`)
  ].join('\n')

/** Rule: a taakstelling minus its verminderingen equals the sum of its verdeling. */
export const financeTaakstelling = lintRule(
  {
    id: 'finance-taakstelling',
    severity: 'error',
    group: 'financien',
    description: 'Een taakstelling min de verminderingen is gelijk aan de som van de verdeling.',
    docs: {
      what: 'Rekent elke taakstelling (`financien.taakstellingen`) na: `bedrag` min de som van `verminderingen` moet gelijk zijn aan de som van `verdeling`.',
      why: 'Een taakstelling van € 600.000 met € 75.000 al gerealiseerd vraagt maatregelen van samen € 525.000; een verdeling die daar niet op uitkomt, laat een gat of een overschot.',
      options: { tolerance: 'Toegestaan verschil in centen (default: `0`).' },
      ok: example(['# Financiën', '', 'Zie de taakstelling.'], taakstelling([425000, 100000])),
      notOk: example(['# Financiën', '', 'Zie de taakstelling.'], taakstelling([425000, 50000])),
      expected: ['Verdeling van taakstelling `Hervorming voorveld` telt op tot `€ 475.000`; verwacht `€ 525.000` (`€ 600.000` min verminderingen `€ 75.000`)']
    }
  },
  (model, context) => {
    const tolerance = Number(context.options.tolerance ?? 0)
    model.financien?.taakstellingen?.forEach((ts, i) => {
      if (!ts.verdeling || ts.verdeling.length === 0) return
      const minus = (ts.verminderingen ?? []).reduce((sum, p) => sum + p.bedrag.centen, 0)
      const expected = ts.bedrag.centen - minus
      const actual = ts.verdeling.reduce((sum, p) => sum + p.bedrag.centen, 0)
      if (Math.abs(actual - expected) <= tolerance) return
      const how = minus === 0 ? '' : ` (\`${formatEuro(ts.bedrag.centen)}\` min verminderingen \`${formatEuro(minus)}\`)`
      context.report(
        `Verdeling van taakstelling \`${ts.titel}\` telt op tot \`${formatEuro(actual)}\`; verwacht \`${formatEuro(expected)}\`${how}`,
        { pointer: `/financien/taakstellingen/${i}/verdeling`, actual: formatEuro(actual), expected: [formatEuro(expected)] }
      )
    })
  }
)
