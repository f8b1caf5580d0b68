import { lintRule } from '../rule.js'
import { agendaHeader, example } from '../util/examples.js'
import { columnName, columnLabel, dateCells } from '../util/agenda.js'

/** Rule: placeholder dates (`ntb`, `-`, and optionally `doorlopend`) are reported. */
export const agendaDateUnknown = lintRule(
  {
    id: 'agenda-date-unknown',
    severity: 'warning',
    group: 'agenda',
    description: 'Datums als `ntb`, `-` of `zsm` worden gemeld; `doorlopend` alleen als dat is ingesteld.',
    docs: {
      what: 'Meldt datumcellen die geen datum zijn maar een plaatshouder (`ntb`, `-`, `geen`, `zsm`) of status-tekst zonder datum (`gestart`). `Doorlopend` is toegestaan, tenzij de optie `allowOngoing` op `false` staat (zoals in `strict`).',
      why: 'Een einddatum `ntb` is eerlijk, maar moet zichtbaar blijven tot hij is ingevuld; een streepje verbergt dat.',
      options: { allowOngoing: 'Sta `doorlopend` toe (default: `true`; `strict`: `false`).' },
      ok: example(['# Uitvoeringsagenda', '', ...agendaHeader, '| Inloop | Preventie | 2022 | doorlopend | Wmo | |']),
      notOk: example(['# Uitvoeringsagenda', '', ...agendaHeader, '| Inloop | Preventie | 2022 | ntb | Wmo | |', '| Zelfscan | Inzicht | 2022 | - | Jeugd | |']),
      expected: [
        'Einddatum `ntb` is nog niet bepaald; vul een datum in zodra die bekend is',
        'Einddatum `-` is nog niet bepaald; vul een datum in zodra die bekend is'
      ]
    }
  },
  (model, context) => {
    const allowOngoing = context.options.allowOngoing !== false
    for (const { period, field, pointer } of dateCells(model)) {
      const text = period.text.trim()
      if (period.kind === 'ongoing' && allowOngoing) continue
      if (period.kind !== 'unknown' && period.kind !== 'ongoing') continue
      if (columnLabel.test(text)) continue
      context.report(`${columnName[field]} \`${text}\` is nog niet bepaald; vul een datum in zodra die bekend is`, {
        pointer,
        actual: text,
        ...(period.note ? { note: period.note } : {})
      })
    }
  }
)
