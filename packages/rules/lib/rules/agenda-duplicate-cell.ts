import { lintRule } from '../rule.js'
import { agendaPlan } from '../util/agenda-examples.js'
import { normalizeTitle, code } from '../util/text.js'

/** Rule: bijzonderheden does not repeat the doel. */
export const agendaDuplicateCell = lintRule(
  {
    id: 'agenda-duplicate-cell',
    severity: 'warning',
    group: 'agenda',
    description: 'Bijzonderheden herhalen het doel niet.',
    docs: {
      what: 'Meldt agendarijen waarin de toelichting (kolom Bijzonderheden, Toelichting, Opmerkingen) dezelfde tekst heeft als het doel.',
      why: 'Een herhaalde cel is meestal een kopieerfout; de echte toelichting ontbreekt.',
      ok: [
        { title: 'Eigen toelichting', text: agendaPlan(['| Huurteam | Minder huisuitzettingen | 2024 | 2025 | Wonen | Samen met de corporaties |']) },
        { title: 'Lege toelichting', text: agendaPlan(['| Taalhuis | Geletterdheid | 2024 | 2025 | Participatie | |']) },
        { title: 'Toelichting die het doel aanvult', text: agendaPlan(['| Buurtkamers | Ontmoeting | 2024 | 2025 | Wmo | Ontmoeting ook in het weekend |']) }
      ],
      notOk: [
        {
          title: 'Toelichting gelijk aan het doel',
          text: agendaPlan(['| Huurteam | Minder huisuitzettingen | 2024 | 2025 | Wonen | Minder huisuitzettingen |']),
          expected: ['Bijzonderheden `Minder huisuitzettingen` herhalen het doel; vul de echte bijzonderheid in of laat de cel leeg']
        },
        {
          title: 'Alleen hoofdletters en punt verschillen',
          text: agendaPlan(['| Taalhuis | Meer inwoners lezen goed | 2024 | 2025 | Participatie | meer inwoners lezen goed. |']),
          expected: ['Bijzonderheden `meer inwoners lezen goed.` herhalen het doel; vul de echte bijzonderheid in of laat de cel leeg']
        },
        {
          title: 'Kolommen met andere namen',
          text: agendaPlan(['| Buurtkamers | Ontmoeting | Ontmoeting |'], { header: '| Actie | Beoogd resultaat | Opmerkingen |' }),
          expected: ['Bijzonderheden `Ontmoeting` herhalen het doel; vul de echte bijzonderheid in of laat de cel leeg']
        }
      ]
    }
  },
  (model, context) => {
    ;(model.acties ?? []).forEach((actie, index) => {
      const doel = normalizeTitle(actie.doel ?? '')
      if (!doel || !actie.bijzonderheden || normalizeTitle(actie.bijzonderheden) !== doel) return
      context.report(
        `Bijzonderheden ${code(actie.bijzonderheden)} herhalen het doel; vul de echte bijzonderheid in of laat de cel leeg`,
        { pointer: `/acties/${index}/bijzonderheden` }
      )
    })
  }
)
