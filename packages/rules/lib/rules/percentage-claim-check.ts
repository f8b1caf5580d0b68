import { formatDutchNumber } from '@kapstok/nl'
import { lintRule, textLocation } from '../rule.js'
import { example } from '../util/examples.js'
import { proseTexts } from '../util/text.js'

const number = String.raw`(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)`
// `van circa 90.000 naar 106.000 met ruim 18%`
const claim = new RegExp(String.raw`\bvan\s+(?:circa\s+|ongeveer\s+|ruim\s+|bijna\s+)?${number}\s+naar\s+(?:circa\s+|ongeveer\s+)?${number}[^.%\d]{0,30}?\b(ruim|bijna|circa|ongeveer|ca\.|meer\s+dan|minder\s+dan)?\s*${number}\s?(?:%|procent)`, 'giu')

/** Rule: a stated percentage change matches its own numbers. */
export const percentageClaimCheck = lintRule(
  {
    id: 'percentage-claim-check',
    severity: 'warning',
    group: 'financien',
    description: 'Een genoemd percentage klopt met de getallen ernaast ("van 90.000 naar 106.000 met ruim 18%").',
    docs: {
      what: 'Zoekt zinnen als `van 90.000 naar 106.000 met ruim 18%` en rekent de verandering na. `ruim` en `meer dan` vragen een uitkomst boven het percentage, `bijna` en `minder dan` eronder, `circa` en `ongeveer` een verschil van hooguit één procentpunt; zonder woord moet het percentage afgerond kloppen.',
      why: 'In de bron stijgt het aantal inwoners "van circa 90.000 naar 106.000 met ruim 18%", maar dat is 17,8%: bijna 18%. Wie narekent, twijfelt daarna aan elk getal.',
      ok: example(['# Context', '', 'Het aantal inwoners stijgt van 90.000 naar 106.000, met bijna 18%.']),
      notOk: example(['# Context', '', 'Het aantal inwoners stijgt van circa 90.000 naar 106.000 met ruim 18%.']),
      expected: ['Percentage `ruim 18%` klopt niet: van 90.000 naar 106.000 is 17,8%; pas het percentage of de getallen aan']
    }
  },
  (model, context) => {
    for (const { pointer, text } of proseTexts(model)) {
      for (const match of text.matchAll(claim)) {
        const from = read(match[1])
        const to = read(match[2])
        const stated = read(match[4])
        if (!from || to === undefined || stated === undefined) continue
        const actual = ((to - from) / from) * 100
        const change = Math.abs(actual)
        const word = (match[3] ?? '').toLowerCase().replace(/\s+/g, ' ')
        const fits =
          word === 'ruim' || word === 'meer dan' ? change > stated
          : word === 'bijna' || word === 'minder dan' ? change < stated
          : word ? Math.abs(change - stated) <= 1
          : Math.abs(change - stated) < 0.5
        if (fits) continue
        const said = match[0].slice(match[0].search(new RegExp(`${word ? word.replace('.', '\\.') + '\\s*' : ''}${match[4]}\\s?(?:%|procent)$`, 'iu')))
        const location = textLocation(context.file, pointer, text, match.index + match[0].length - said.length, said.length)
        const pct = formatDutchNumber(Math.round(change * 10) / 10)
        context.report(`Percentage \`${said}\` klopt niet: van ${match[1]} naar ${match[2]} is ${pct}%; pas het percentage of de getallen aan`, {
          pointer,
          ...(location ? { location } : {}),
          actual: said,
          expected: [`${pct}%`]
        })
      }
    }
  }
)

function read(text: string | undefined): number | undefined {
  if (text === undefined) return undefined
  const n = Number(text.replaceAll('.', '').replace(',', '.'))
  return Number.isFinite(n) ? n : undefined
}
