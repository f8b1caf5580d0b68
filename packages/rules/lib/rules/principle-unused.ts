import { lintRule } from '../rule.js'
import { lindewaard } from '../util/agenda-examples.js'
import { referencedIds } from '../util/links.js'
import { code } from '../util/text.js'

const principes = ['# Leidende principes', '', '## Dichtbij {#p1}', '', '## Eerst het netwerk {#p2}', '']

/** Rule: every principe is referred to somewhere. */
export const principleUnused = lintRule(
  {
    id: 'principle-unused',
    // A principe may guide the whole plan without being linked: a hint, not a likely defect.
    severity: 'info',
    group: 'verwijzingen',
    description: 'Elk leidend principe wordt ergens gebruikt: een actie of tekst verwijst ernaar.',
    docs: {
      what: 'Meldt principes waar geen link `[…](#id)` en geen `verwijzingen` van een actie naar wijst. Alleen als het plan ergens naar een principe verwijst: een plan zonder enige verwijzing krijgt geen melding per principe.',
      why: 'Een principe dat nergens terugkomt in thema\'s of acties stuurt niets; de lezer kan niet nagaan hoe het wordt waargemaakt.',
      ok: [
        { title: 'Beide principes gelinkt', text: lindewaard([...principes, '# Werkwijze', '', 'Zie [dichtbij](#p1) en [eerst het netwerk](#p2).']) },
        {
          title: 'Principe gebruikt in de agenda',
          text: lindewaard([...principes, '# Werkwijze', '', 'Zie [dichtbij](#p1).', '', '# Uitvoeringsagenda', '', '| Activiteit | Verwijzingen |', '|---|---|', '| Huurteam | p2 |'])
        },
        { title: 'Plan zonder verwijzingen', text: lindewaard([...principes, '# Werkwijze', '', 'We werken dichtbij en samen.']) }
      ],
      notOk: [
        {
          title: 'Eén principe nergens gebruikt',
          text: lindewaard([...principes, '# Werkwijze', '', 'Zie [dichtbij](#p1).']),
          expected: ['Principe `Eerst het netwerk` (`p2`) wordt nergens gebruikt; verwijs ernaar met `[…](#p2)` of in de kolom verwijzingen']
        },
        {
          title: 'Alleen de agenda verwijst, naar één principe',
          text: lindewaard([...principes, '# Uitvoeringsagenda', '', '| Activiteit | Draagt bij aan |', '|---|---|', '| Huurteam | p2 |']),
          expected: ['Principe `Dichtbij` (`p1`) wordt nergens gebruikt; verwijs ernaar met `[…](#p1)` of in de kolom verwijzingen']
        },
        {
          title: 'Twee van drie principes ongebruikt',
          text: lindewaard([...principes, '## Samen met inwoners {#p3}', '', '# Werkwijze', '', 'Zie [samen](#p3).']),
          expected: [
            'Principe `Dichtbij` (`p1`) wordt nergens gebruikt; verwijs ernaar met `[…](#p1)` of in de kolom verwijzingen',
            'Principe `Eerst het netwerk` (`p2`) wordt nergens gebruikt; verwijs ernaar met `[…](#p2)` of in de kolom verwijzingen'
          ]
        }
      ]
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
