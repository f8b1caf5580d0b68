import { lintRule } from '../rule.js'
import { checkCountClaims, principleNouns } from '../util/count-claims.js'
import { fictionalProgramme } from '../util/fictional-plan.js'

const twee = ['# Leidende principes', '', '## Eén loket {#p1}', '', '## Dichtbij {#p2}']
const drie = [...twee, '', '## Eenvoudig {#p3}']

/** Rule: "zeven leidende principes" in prose matches the number of principes. */
export const principleCountMismatch = lintRule(
  {
    id: 'principle-count-mismatch',
    severity: 'warning',
    group: 'structuur',
    description: 'Het aantal leidende principes dat de tekst noemt, klopt met de lijst.',
    docs: {
      what: 'Zoekt in lopende tekst naar een aantal vóór `leidende principes`, `principes` of `uitgangspunten` (als woord of cijfer: `zeven`, `7`) en vergelijkt dat met het aantal beschreven principes (of met de opsomming direct na de zin, als die op een dubbele punt eindigt). Een deel van de lijst ("de eerste twee principes"), de principes van een ander stuk ("van de Omgevingswet") en een plan dat zijn principes niet zelf beschrijft, worden niet gemeld.',
      why: 'Een tekst die "vier leidende principes" noemt terwijl er vijf zijn beschreven, laat de lezer zoeken naar wat ontbreekt of teveel is; zo\'n telfout ondermijnt het vertrouwen in het hele stuk.',
      ok: [
        { title: 'Het aantal klopt', text: fictionalProgramme(['# Ambitie', '', 'We werken vanuit twee leidende principes.', '', ...twee]) },
        { title: 'Een deel van de lijst', text: fictionalProgramme(['# Ambitie', '', 'De eerste twee principes gaan over de toegang.', '', ...drie]) },
        { title: 'De principes van een ander stuk', text: fictionalProgramme(['# Ambitie', '', 'We volgen de vier principes van de Omgevingswet.', '', ...twee]) },
        { title: 'Principes die in een ander document staan', text: fictionalProgramme(['# Ambitie', '', 'We houden koers met de vijf principes als kompas.']) }
      ],
      notOk: [
        {
          title: 'Vier genoemd, twee beschreven',
          text: fictionalProgramme(['# Ambitie', '', 'We werken vanuit vier leidende principes.', '', ...twee]),
          expected: ['Tekst noemt `vier leidende principes`, maar er zijn `2` leidende principes beschreven; pas het aantal of de lijst aan']
        },
        {
          title: 'Een aantal in cijfers',
          text: fictionalProgramme(['# Ambitie', '', 'De 2 principes hieronder zijn ons kompas.', '', ...drie]),
          expected: ['Tekst noemt `2 principes`, maar er zijn `3` leidende principes beschreven; pas het aantal of de lijst aan']
        },
        {
          title: 'Een aangekondigde opsomming die korter is',
          text: fictionalProgramme(['# Werkwijze', '', 'We hanteren de volgende drie uitgangspunten:', '', '- dichtbij', '- eenvoudig']),
          expected: ['Tekst noemt `drie uitgangspunten`, maar er zijn `2` leidende principes beschreven; pas het aantal of de lijst aan']
        }
      ]
    }
  },
  (model, context) => {
    checkCountClaims(model, context, [
      { pattern: principleNouns, listed: 'leidende principes', count: (plan) => plan.principes?.length ?? 0 }
    ])
  }
)
