import type { Sectie } from '@kapstok/core'
import { lintRule, type RuleContext } from '../rule.js'
import { fictionalProgramme } from '../util/fictional-plan.js'

/** Rule: a heading has content. */
export const sectionEmpty = lintRule(
  {
    id: 'section-empty',
    severity: 'warning',
    group: 'structuur',
    description: 'Een kop heeft inhoud.',
    docs: {
      what: 'Meldt hoofdstukken, paragrafen en bijlagen zonder tekst en zonder subparagrafen (een bijlage met `extern` is niet leeg).',
      why: 'Een lege kop (een bijlage met alleen een titel) belooft inhoud die er niet is; vul hem of haal hem weg.',
      ok: [
        { title: 'Koppen met tekst', text: fictionalProgramme(['# Werkwijze', '', 'We werken samen met partners.', '', '## Overleg', '', 'Elke maand.']) },
        { title: 'Een hoofdstuk met alleen paragrafen', text: fictionalProgramme(['# Werkwijze', '', '## Overleg', '', 'Elke maand.', '', '## Evaluatie', '', 'Elk jaar.']) },
        { title: 'Een kop met alleen een tabel', text: fictionalProgramme(['# Planning', '', '| Stap | Wanneer |', '|---|---|', '| Start | 2025 |']) },
        { title: 'Een bijlage die een apart stuk is', text: fictionalProgramme(['# Bijlagen', '', '## Bijlage 1: Verkenning armoede {extern="verkenning-armoede.pdf"}']) }
      ],
      notOk: [
        {
          title: 'Een lege paragraaf',
          text: fictionalProgramme(['# Werkwijze', '', 'We werken samen met partners.', '', '## Overleg', '', '## Evaluatie', '', 'Elk jaar.']),
          expected: ['Sectie `Overleg` is leeg; schrijf de tekst of verwijder de kop']
        },
        {
          title: 'Een leeg laatste hoofdstuk',
          text: fictionalProgramme(['# Werkwijze', '', 'We werken samen met partners.', '', '# Speelveld']),
          expected: ['Sectie `Speelveld` is leeg; schrijf de tekst of verwijder de kop']
        },
        {
          title: 'Een lege bijlage',
          text: fictionalProgramme(['# Bijlagen', '', '## Bijlage 1: Cijfers', '', '## Bijlage 2: Begrippen', '', 'Tekst.']),
          expected: ['Sectie `Cijfers` is leeg; schrijf de tekst of verwijder de kop']
        }
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
