// Voorbeeld van een kapstok-plugin (zie docs/plugins.md). Gewoon JavaScript, zodat er niets
// gebouwd hoeft te worden; met TypeScript werkt het net zo (`definePlugin` geeft typen).
import { lintRule, textLocation } from '@kapstok/rules'

/** Ambtelijke woorden en wat de huisstijl ervoor in de plaats zet (algemene taalrichtlijnen). */
const standaardWoorden = {
  middels: 'met',
  teneinde: 'om',
  alsmede: 'en',
  derhalve: 'daarom',
  thans: 'nu',
  onverminderd: 'ondanks'
}

const frontmatter = [
  '---',
  'gemeente: Lindewaarde',
  'titel: Voorbeeldplan wonen en welzijn',
  'soort: programmaplan',
  'periode: 2025-2028',
  'status: concept',
  'datum: 2025-01-14',
  '---',
  ''
].join('\n')

/** Een voorbeeldplan: frontmatter en tekstregels. */
function plan(...regels) {
  return `${frontmatter}\n${regels.join('\n')}\n`
}

/** Alle teksten in het model, met hun JSON Pointer. */
function* teksten(waarde, pointer = '') {
  if (typeof waarde === 'string') yield { pointer, text: waarde }
  else if (Array.isArray(waarde)) for (const [i, v] of waarde.entries()) yield* teksten(v, `${pointer}/${i}`)
  else if (waarde !== null && typeof waarde === 'object') {
    for (const [k, v] of Object.entries(waarde)) yield* teksten(v, `${pointer}/${k.replaceAll('~', '~0').replaceAll('/', '~1')}`)
  }
}

/** Regel: schrijf gewone woorden in plaats van ambtelijke (huisstijl van de gemeente). */
export const huisstijlWoorden = lintRule(
  {
    id: 'lokaal-huisstijl-woorden',
    severity: 'warning',
    group: 'tekst',
    description: 'Schrijf gewone woorden: `met` in plaats van `middels`, `om` in plaats van `teneinde`.',
    url: 'https://github.com/kapstok/kapstok/blob/main/examples/plugin-lokale-regels/README.md#lokaal-huisstijl-woorden',
    docs: {
      what: 'Zoekt in alle tekst naar ambtelijke woorden die de huisstijl vervangt door gewone woorden. Met de optie `woorden` geeft een gemeente haar eigen lijst; `toestaan` haalt woorden van de lijst.',
      why: 'Inwoners en raadsleden lezen een plan sneller als er gewone woorden staan; veel gemeenten schrijven dat voor in hun huisstijl.',
      options: {
        woorden: 'Eigen lijst `{ ambtelijk: gewoon }` (vervangt de standaardlijst).',
        toestaan: 'Woorden die toch mogen (standaard: geen).'
      },
      ok: [
        { title: 'Gewone woorden', text: plan('# Inleiding', '', 'Met dit plan werken we samen om de wijk leefbaar te houden.') },
        { title: 'Een woord dat er alleen op lijkt', text: plan('# Inleiding', '', 'De tussenmiddelsoort is geen bestaand woord, maar het is ook geen ambtelijk woord.') },
        { title: 'Een toegestaan woord', text: plan('# Inleiding', '', 'Wij houden thans vast aan de afspraken.'), options: { toestaan: ['thans'] } }
      ],
      notOk: [
        {
          title: 'Middels in een zin',
          text: plan('# Inleiding', '', 'Middels dit plan werken we samen.'),
          expected: ['Ambtelijk woord `Middels`; schrijf `met`']
        },
        {
          title: 'Twee ambtelijke woorden',
          text: plan('# Inleiding', '', 'Wij overleggen teneinde de wijk alsmede de dorpen leefbaar te houden.'),
          expected: ['Ambtelijk woord `teneinde`; schrijf `om`', 'Ambtelijk woord `alsmede`; schrijf `en`']
        },
        {
          title: 'Een woord van de eigen lijst',
          text: plan('# Inleiding', '', 'Wij gaan de regels implementeren in 2026.'),
          options: { woorden: { implementeren: 'invoeren' } },
          expected: ['Ambtelijk woord `implementeren`; schrijf `invoeren`']
        }
      ]
    }
  },
  (model, context) => {
    const woorden = context.options.woorden ?? standaardWoorden
    const toestaan = new Set((context.options.toestaan ?? []).map((w) => w.toLowerCase()))
    const lijst = Object.keys(woorden).filter((w) => !toestaan.has(w.toLowerCase()))
    if (lijst.length === 0) return
    const patroon = new RegExp(`(?<![\\p{L}\\p{N}])(${lijst.join('|')})(?![\\p{L}\\p{N}])`, 'giu')
    for (const { pointer, text } of teksten(model)) {
      for (const match of text.matchAll(patroon)) {
        const gewoon = woorden[match[0].toLowerCase()] ?? woorden[match[0]]
        const location = textLocation(context.file, pointer, text, match.index, match[0].length)
        context.report(`Ambtelijk woord \`${match[0]}\`; schrijf \`${gewoon}\``, { pointer, ...(location ? { location } : {}), actual: match[0] })
      }
    }
  }
)

/** De plugin: de regel en een voorinstelling die hem een fout maakt. */
export default {
  name: 'lokale-regels',
  rules: [huisstijlWoorden],
  presets: {
    streng: { extends: 'recommended', rules: { 'lokaal-huisstijl-woorden': 'error' } }
  }
}
