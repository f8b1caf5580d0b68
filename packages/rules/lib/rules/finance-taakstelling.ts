import { formatEuro } from '@kapstok/nl'
import { lintRule } from '../rule.js'
import { example } from '../util/examples.js'

const taakstelling = (verdeling: number[]): string =>
  [
    'financien:',
    '  taakstellingen:',
    '    - id: ts1',
    '      titel: Herinrichting voorzieningen',
    '      bedrag: {centen: 80000000, tekst: "€ 800.000"}',
    '      verminderingen:',
    '        - {label: Subsidie vervallen, bedrag: {centen: 12000000, tekst: "€ 120.000"}}',
    ...(verdeling.length > 0 ? ['      verdeling:'] : []),
    ...verdeling.map((euro, i) => `        - {label: Maatregel ${i + 1}, bedrag: {centen: ${euro * 100}, tekst: "€ ${euro.toLocaleString('nl-NL')}"}}`)
  ].join('\n')

const plan = (yaml: string): string => example(['# Financiën', '', 'Zie de taakstelling.'], 'gemeente: Lindewaarde\n' + yaml)

/** Rule: a taakstelling minus its verminderingen equals the sum of its verdeling. */
export const financeTaakstelling = lintRule(
  {
    id: 'finance-taakstelling',
    severity: 'error',
    group: 'financien',
    description: 'Een taakstelling min de verminderingen is gelijk aan de som van de verdeling.',
    docs: {
      what: 'Rekent elke taakstelling (`financien.taakstellingen`) na: `bedrag` min de som van `verminderingen` moet gelijk zijn aan de som van `verdeling`.',
      why: 'Een taakstelling van € 800.000 waarvan € 120.000 al vervalt, vraagt maatregelen van samen € 680.000; een verdeling die daar niet op uitkomt, laat een gat of een overschot.',
      options: { tolerance: 'Toegestaan verschil in centen (default: `0`).' },
      ok: [
        { title: 'Een verdeling die precies uitkomt', text: plan(taakstelling([480000, 200000])) },
        { title: 'Een taakstelling zonder verdeling (nog niet verdeeld)', text: plan(taakstelling([])) },
        { title: 'Een verdeling in één post', text: plan(taakstelling([680000])) }
      ],
      notOk: [
        {
          title: 'Een gat in de verdeling',
          text: plan(taakstelling([480000, 150000])),
          expected: ['Verdeling van taakstelling `Herinrichting voorzieningen` telt op tot `€ 630.000`; verwacht `€ 680.000` (`€ 800.000` min verminderingen `€ 120.000`)']
        },
        {
          title: 'Een overschot in de verdeling',
          text: plan(taakstelling([480000, 250000])),
          expected: ['Verdeling van taakstelling `Herinrichting voorzieningen` telt op tot `€ 730.000`; verwacht `€ 680.000` (`€ 800.000` min verminderingen `€ 120.000`)']
        },
        {
          title: 'De vermindering vergeten',
          text: plan(taakstelling([600000, 200000])),
          expected: ['Verdeling van taakstelling `Herinrichting voorzieningen` telt op tot `€ 800.000`; verwacht `€ 680.000` (`€ 800.000` min verminderingen `€ 120.000`)']
        }
      ]
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
