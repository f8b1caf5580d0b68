import { lintRule } from '../rule.js'
import { replaceFix } from '../fix.js'
import { agendaHeader, example } from '../util/examples.js'
import { dateCells } from '../util/agenda.js'

/** Rule: agenda dates are written in one canonical form. */
export const agendaDateFormat = lintRule(
  {
    id: 'agenda-date-format',
    severity: 'info',
    group: 'agenda',
    fixable: true,
    description: 'Datums in de uitvoeringsagenda staan in één schrijfwijze (`JJJJ`, `JJJJ-MM`, `JJJJ-Qn`, `JJJJ-Hn`).',
    docs: {
      what: 'Leest elke start- en einddatum met `parseDutchPeriod` en meldt datums die anders geschreven zijn dan de vaste vorm: `Jan 2021` wordt `2021-01`, `12-2023` wordt `2023-12`, `medio 2022` wordt `2022-H2`. Waar de lezing eenduidig is, herstelt `kapstok check --fix` de schrijfwijze. De ernst is `info` in `recommended` en `warn` in `strict`: een afwijkende schrijfwijze is niet fout (de datum is te lezen; wat niet te lezen is, melden `agenda-date-invalid`, `agenda-date-prose` en `agenda-date-unknown`), maar één melding per cel als waarschuwing zou de echte fouten in een agenda van 68 rijen onder 44 meldingen begraven. Voor een plan op weg naar de raad (`strict`) moet alles in de vaste vorm staan.',
      why: 'De bronnen gebruiken veertien schrijfwijzen door elkaar; sorteren, filteren en controleren op volgorde kan pas als elke datum op één manier geschreven is.',
      ok: example(['# Uitvoeringsagenda', '', ...agendaHeader, '| Inloop | Preventie | 2022-01 | 2023 | Wmo | |']),
      notOk: example(['# Uitvoeringsagenda', '', ...agendaHeader, '| Inloop | Preventie | Jan 2022 | 12-2023 | Wmo | |', '| Buurtcoach | Preventie | medio 2022 | 2023 | Jeugd | |']),
      expected: [
        'Datum `Jan 2022` afwijkend geschreven; schrijf `2022-01`',
        'Datum `12-2023` afwijkend geschreven; schrijf `2023-12`',
        'Datum `medio 2022` afwijkend geschreven; schrijf `2022-H2`'
      ]
    }
  },
  (model, context) => {
    for (const cell of dateCells(model)) {
      const { period, pointer } = cell
      if (period.kind !== 'date' && period.kind !== 'period' && period.kind !== 'event') continue
      if (period.form === 'prose' || period.normalized === undefined) continue
      const text = period.text.trim()
      if (period.normalized === text) continue
      const location = context.file.locate(pointer)
      const fix = period.confidence === 1 ? replaceFix(context.file, location, text, period.normalized) : undefined
      context.report(`Datum \`${text}\` afwijkend geschreven; schrijf \`${period.normalized}\``, {
        pointer,
        actual: text,
        expected: [period.normalized],
        ...(period.note ? { note: period.note } : {}),
        ...(fix ? { fix } : {})
      })
    }
  }
)
