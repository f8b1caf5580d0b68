import { lintRule } from '../rule.js'
import { checkCountClaims } from '../util/count-claims.js'
import { example } from '../util/examples.js'

/** Rule: "zeven leidende principes" in prose matches the number of principes. */
export const principleCountMismatch = lintRule(
  {
    id: 'principle-count-mismatch',
    severity: 'error',
    group: 'structuur',
    description: 'Het aantal leidende principes dat de tekst noemt, klopt met de lijst.',
    docs: {
      what: 'Zoekt in lopende tekst naar een aantal vóór `leidende principes`, `principes` of `uitgangspunten` (als woord of cijfer: `zeven`, `7`) en vergelijkt dat met het aantal beschreven principes.',
      why: 'In de bronnen noemt de tekst "vier leidende principes" terwijl er vijf (of geen) zijn beschreven; zo\'n telfout ondermijnt het vertrouwen in het hele stuk.',
      ok: example(['# Ambitie', '', 'We werken vanuit twee leidende principes.', '', '# Leidende principes', '', '## Eén loket {#p1}', '', '## Voorliggend eerst {#p2}']),
      notOk: example(['# Ambitie', '', 'We werken vanuit vier leidende principes.', '', '# Leidende principes', '', '## Eén loket {#p1}', '', '## Voorliggend eerst {#p2}']),
      expected: ['Tekst noemt `vier leidende principes`, maar er zijn `2` leidende principes beschreven; pas het aantal of de lijst aan']
    }
  },
  (model, context) => {
    checkCountClaims(model, context, [
      { pattern: '(?:leidende\\s+)?principes|uitgangspunten', listed: 'leidende principes', count: (plan) => plan.principes?.length ?? 0 }
    ])
  }
)
