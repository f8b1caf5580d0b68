import type { Sectie } from '@kapstok/core'
import { lintRule, type RuleContext } from '../rule.js'
import { example } from '../util/examples.js'

/** Rule: a heading has content. */
export const sectionEmpty = lintRule(
  {
    id: 'section-empty',
    severity: 'warning',
    group: 'structuur',
    description: 'Een kop heeft inhoud.',
    docs: {
      what: 'Meldt hoofdstukken, paragrafen en bijlagen zonder tekst en zonder subparagrafen (een bijlage met `extern` is niet leeg).',
      why: 'Een lege kop ("Bijlage 13 - Speelveld van de WMO") belooft inhoud die er niet is; vul hem of haal hem weg.',
      ok: example(['# Werkwijze', '', 'We werken samen met partners.', '', '## Overleg', '', 'Elke maand.']),
      notOk: example(['# Werkwijze', '', 'We werken samen met partners.', '', '## Overleg', '', '# Speelveld van de Wmo']),
      expected: [
        'Sectie `Overleg` is leeg; schrijf de tekst of verwijder de kop',
        'Sectie `Speelveld van de Wmo` is leeg; schrijf de tekst of verwijder de kop'
      ]
    }
  },
  (model, context) => {
    walk(model.secties, '/secties', context)
    model.pijlers?.forEach((pijler, i) => walk(pijler.secties, `/pijlers/${i}/secties`, context))
    model.bijlagen?.forEach((bijlage, i) => {
      if (!bijlage.tekst?.trim() && !bijlage.extern) report(context, bijlage.titel, `/bijlagen/${i}`)
    })
  }
)

function walk(secties: Sectie[] | undefined, pointer: string, context: RuleContext): void {
  secties?.forEach((sectie, i) => {
    const here = `${pointer}/${i}`
    if (!sectie.tekst?.trim() && (sectie.secties?.length ?? 0) === 0) report(context, sectie.titel, here)
    walk(sectie.secties, `${here}/secties`, context)
  })
}

function report(context: RuleContext, titel: string, pointer: string): void {
  context.report(`Sectie \`${titel}\` is leeg; schrijf de tekst of verwijder de kop`, { pointer: `${pointer}/titel` })
}
