import { lintRule } from '../rule.js'
import { example } from '../util/examples.js'
import { referencedIds } from '../util/links.js'
import { code } from '../util/text.js'

/** Rule: every principe is referred to somewhere. */
export const principleUnused = lintRule(
  {
    id: 'principle-unused',
    severity: 'warning',
    group: 'verwijzingen',
    description: 'Elk leidend principe wordt ergens gebruikt: een actie of tekst verwijst ernaar.',
    docs: {
      what: 'Meldt principes waar geen link `[…](#id)` en geen `verwijzingen` van een actie naar wijst. Alleen als het plan ergens naar een principe verwijst: een plan zonder enige verwijzing krijgt geen melding per principe.',
      why: 'Een principe dat nergens terugkomt in thema\'s of acties stuurt niets; de lezer kan niet nagaan hoe het wordt waargemaakt.',
      ok: example(['# Leidende principes', '', '## Eén loket {#p1}', '', '## Voorliggend eerst {#p2}', '', '# Werkwijze', '', 'Zie [één loket](#p1) en [voorliggend eerst](#p2).']),
      notOk: example(['# Leidende principes', '', '## Eén loket {#p1}', '', '## Voorliggend eerst {#p2}', '', '# Werkwijze', '', 'Zie [één loket](#p1).']),
      expected: ['Principe `Voorliggend eerst` (`p2`) wordt nergens gebruikt; verwijs ernaar met `[…](#p2)` of in de kolom verwijzingen']
    }
  },
  (model, context) => {
    const principes = model.principes ?? []
    const used = referencedIds(model)
    if (!principes.some((p) => used.has(p.id))) return
    principes.forEach((principe, index) => {
      if (used.has(principe.id)) return
      context.report(
        `Principe ${code(principe.titel)} (\`${principe.id}\`) wordt nergens gebruikt; verwijs ernaar met \`[…](#${principe.id})\` of in de kolom verwijzingen`,
        { pointer: `/principes/${index}/titel` }
      )
    })
  }
)
