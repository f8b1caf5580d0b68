import { lintRule } from '../rule.js'
import { fictionalPlan } from '../util/fictional-plan.js'

const body = ['# Visie', '', 'Iedereen doet mee.']

/** Rule: the document states its date (and, for concepts, how far it is). */
export const docStatusDeclared = lintRule(
  {
    id: 'doc-status-declared',
    severity: 'info',
    group: 'structuur',
    description: 'Het document vermeldt zijn datum.',
    docs: {
      what: 'Meldt een document zonder `datum` in de frontmatter. Een vastgesteld stuk met een datum van ondertekening (`publicatie.ondertekening`) of een vergaderdatum in het besluit is gedateerd. De `status` zelf is verplicht in het schema.',
      why: 'Een stuk zonder datum ("Concept notitie") is niet te plaatsen in de besluitvorming: welke versie lag er bij de raad?',
      ok: [
        { title: 'Een concept met datum', text: fictionalPlan(['soort: beleidsnota', 'status: concept', 'datum: 2025-02-03'], body) },
        {
          title: 'Vastgesteld en gedateerd door de ondertekening',
          text: fictionalPlan(['soort: beleidsnota', 'status: vastgesteld', 'publicatie:', '  ondertekening: 2025-03-13'], body)
        },
        {
          title: 'Vastgesteld en gedateerd door de vergadering',
          text: fictionalPlan(['soort: beleidsnota', 'status: vastgesteld', 'besluit:', '  besluitpunten: [De nota vast te stellen.]', '  vergaderdatum: 2025-03-13'], body)
        }
      ],
      notOk: [
        {
          title: 'Een concept zonder datum',
          text: fictionalPlan(['soort: beleidsnota', 'status: concept'], body),
          expected: ['Documentdatum ontbreekt bij status `concept`; zet `datum: JJJJ-MM-DD` in de frontmatter']
        },
        {
          title: 'Een ingediend stuk zonder datum',
          text: fictionalPlan(['soort: beleidsnota', 'status: ingediend'], body),
          expected: ['Documentdatum ontbreekt bij status `ingediend`; zet `datum: JJJJ-MM-DD` in de frontmatter']
        },
        {
          title: 'Vastgesteld zonder datum, ondertekening of vergadering',
          text: fictionalPlan(['soort: beleidsnota', 'status: vastgesteld', 'vastgesteldDoor: college'], body),
          expected: ['Documentdatum ontbreekt bij status `vastgesteld`; zet `datum: JJJJ-MM-DD` in de frontmatter']
        }
      ]
    }
  },
  (model, context) => {
    // A published besluit is dated by its signing or its meeting.
    if (model.document?.datum || model.document?.publicatie?.ondertekening || model.besluit?.vergaderdatum) return
    context.report(
      `Documentdatum ontbreekt bij status \`${context.status}\`; zet \`datum: JJJJ-MM-DD\` in de frontmatter`,
      { pointer: '/document/status' }
    )
  }
)
