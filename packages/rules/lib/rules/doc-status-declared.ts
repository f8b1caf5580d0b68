import { lintRule } from '../rule.js'
import { example } from '../util/examples.js'

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
      ok: example(['# Ambitie', '', 'Iedereen doet mee.']),
      notOk: ['---', 'gemeente: Vijfheerenlanden', 'titel: Sociaal Maatschappelijke Agenda', 'soort: agenda', 'status: concept', '---', '', '# Visie', '', 'Iedereen doet mee.', ''].join('\n'),
      expected: ['Documentdatum ontbreekt bij status `concept`; zet `datum: JJJJ-MM-DD` in de frontmatter']
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
