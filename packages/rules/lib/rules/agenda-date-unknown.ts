import { lintRule } from '../rule.js'
import { agendaPlan } from '../util/agenda-examples.js'
import { columnName, dateCells, isShifted } from '../util/agenda.js'

/** Rule: placeholder dates (`ntb`, `-`, and optionally `doorlopend`) are reported. */
export const agendaDateUnknown = lintRule(
  {
    id: 'agenda-date-unknown',
    severity: 'warning',
    group: 'agenda',
    description: 'Datums als `ntb`, `-` of `zsm` worden gemeld; `doorlopend` alleen als dat is ingesteld.',
    docs: {
      what: 'Meldt datumcellen die geen datum zijn maar een plaatshouder (`ntb`, `-`, `geen`, `zsm`), status-tekst zonder datum (`gestart`) of een maand zonder jaar. `Doorlopend`, `continu` en terugkerend (`jaarlijks`) zijn toegestaan, tenzij de optie `allowOngoing` op `false` staat (zoals in `strict`).',
      why: 'Een einddatum `ntb` is eerlijk, maar moet zichtbaar blijven tot hij is ingevuld; een streepje verbergt dat.',
      options: { allowOngoing: 'Sta `doorlopend` toe (default: `true`; `strict`: `false`).' },
      ok: [
        { title: 'Doorlopend', text: agendaPlan(['| Taalhuis | Geletterdheid | 2024 | doorlopend | Participatie | |']) },
        { title: 'Jaarlijks terugkerend', text: agendaPlan(['| Week van de mantelzorg | Waardering | jaarlijks | jaarlijks | Wmo | |']) },
        { title: 'Datum met een status ervoor', text: agendaPlan(['| Huurteam | Wonen | gestart 2024 | 2026 | Wonen | |']) },
        { title: 'Seizoen met jaartal', text: agendaPlan(['| Buurtkamers openen | Ontmoeting | najaar 2024 | voorjaar 2025 | Wmo | |']) }
      ],
      notOk: [
        {
          title: 'Nog te bepalen en een streepje',
          text: agendaPlan(['| Buurtkamers openen | Ontmoeting | 2024 | ntb | Wmo | |', '| Huurteam | Wonen | 2024 | - | Wonen | |']),
          expected: [
            'Einddatum `ntb` is nog niet bepaald; vul een datum in zodra die bekend is',
            'Einddatum `-` is nog niet bepaald; vul een datum in zodra die bekend is'
          ]
        },
        {
          title: 'Maand zonder jaartal',
          text: agendaPlan(['| Taalhuis | Geletterdheid | september | 2025 | Participatie | |']),
          expected: ['Startdatum `september` heeft geen jaartal; schrijf het jaar erbij']
        },
        {
          title: 'Doorlopend niet toegestaan',
          text: agendaPlan(['| Taalhuis | Geletterdheid | 2024 | doorlopend | Participatie | |']),
          options: { allowOngoing: false },
          expected: ['Einddatum `doorlopend` noemt geen datum; noem wanneer de actie wordt afgerond of geëvalueerd']
        }
      ]
    }
  },
  (model, context) => {
    const allowOngoing = context.options.allowOngoing !== false
    for (const cell of dateCells(model, context.file)) {
      const { period, field, pointer } = cell
      const text = period.text.trim()
      if (period.kind === 'ongoing' && allowOngoing) continue
      if (period.kind !== 'unknown' && period.kind !== 'ongoing') continue
      if (isShifted(context.file, cell)) continue
      const reason =
        period.kind === 'ongoing'
          ? `${columnName[field]} \`${text}\` noemt geen datum; noem wanneer de actie wordt afgerond of geëvalueerd`
          : period.form === 'no-year'
          ? `${columnName[field]} \`${text}\` heeft geen jaartal; schrijf het jaar erbij`
          : period.form === 'unknown' || period.form === 'status-text'
            ? `${columnName[field]} \`${text}\` is geen datum; vul een datum in, of \`ntb\``
            : `${columnName[field]} \`${text}\` is nog niet bepaald; vul een datum in zodra die bekend is`
      context.report(reason, {
        pointer,
        actual: text,
        ...(period.note ? { note: period.note } : {})
      })
    }
  }
)
