import { lintRule } from '../rule.js'
import { replaceFix } from '../fix.js'
import { agendaPlan } from '../util/agenda-examples.js'
import { dateCells } from '../util/agenda.js'

// Readings whose text says more than the date (`vanaf 2025`, `gestart 2024`, `begroting 2026`):
// writing only the date would lose that, so they are not a spelling matter.
const worded = new Set(['status-text', 'event', 'annotated'])

/** Rule: agenda dates are written in one canonical form. */
export const agendaDateFormat = lintRule(
  {
    id: 'agenda-date-format',
    severity: 'info',
    group: 'agenda',
    fixable: true,
    description: 'Datums in de uitvoeringsagenda staan in één schrijfwijze (`JJJJ`, `JJJJ-MM`, `JJJJ-Qn`, `JJJJ-Hn`).',
    docs: {
      what: 'Leest elke start- en einddatum met `parseDutchPeriod` en meldt datums die anders geschreven zijn dan de vaste vorm: `jan 2025` wordt `2025-01`, `12-2025` wordt `2025-12`, `Q3 2025` wordt `2025-Q3`. Waar de lezing eenduidig is, herstelt `kapstok check --fix` de schrijfwijze. Een datum met een woord ervoor (`vanaf 2025`, `gestart 2024`) wordt niet gemeld: alleen de datum schrijven zou dat woord wissen. Een datum die kapstok maar bij benadering leest, wordt ook niet gemeld: een seizoen, `begin`, `medio` of `eind` van een jaar, een datum met een vraagteken, of een periode met zo’n eind; geen vaste vorm zegt hetzelfde (`zomer 2027` is juni–augustus, `2027-H2` juli–december). De ernst is `info` in `recommended` en `warn` in `strict`: een afwijkende schrijfwijze is niet fout (de datum is te lezen; wat niet te lezen is, melden `agenda-date-invalid`, `agenda-date-prose` en `agenda-date-unknown`).',
      why: 'Agenda\'s gebruiken veel schrijfwijzen door elkaar; sorteren, filteren en controleren op volgorde gaat het best als elke datum op één manier geschreven is.',
      ok: [
        { title: 'Vaste vormen', text: agendaPlan(['| Buurtkamers openen | Ontmoeting | 2024-01 | 2025 | Wmo | |', '| Huurteam | Wonen | 2024-Q3 | 2026-H1 | Wonen | |']) },
        { title: 'Datum met een woord ervoor', text: agendaPlan(['| Taalhuis | Geletterdheid | vanaf 2025 | gestart 2024 | Participatie | |']) },
        { title: 'Doorlopend en nog te bepalen', text: agendaPlan(['| Week van de mantelzorg | Waardering | 2024 | doorlopend | Wmo | |', '| Huurteam | Wonen | 2025 | ntb | Wonen | |']) },
        { title: 'Een seizoen, begin, medio en eind van een jaar', text: agendaPlan(['| Speeltuinen keuren | Veilig spelen | voorjaar 2025 | eind 2025 | Wonen | |', '| Trapveldjes | Bewegen | medio 2026 | zomer 2026 | Wonen | |']) },
        { title: 'Periode in één kolom', text: agendaPlan(['| Huurteam | Wonen | 2024 - 2026 |'], { header: '| Actie | Doel | Looptijd |' }) }
      ],
      notOk: [
        {
          title: 'Maandnaam en maand-jaar',
          text: agendaPlan(['| Buurtkamers openen | Ontmoeting | jan 2025 | 12-2025 | Wmo | |']),
          expected: ['Datum `jan 2025` afwijkend geschreven; schrijf `2025-01`', 'Datum `12-2025` afwijkend geschreven; schrijf `2025-12`']
        },
        {
          title: 'Kwartaal met de letter voorop',
          text: agendaPlan(['| Huurteam | Wonen | Q3 2025 | 2026 | Wonen | |']),
          expected: ['Datum `Q3 2025` afwijkend geschreven; schrijf `2025-Q3`']
        },
        {
          title: 'Eén kwartaal in een kolom planning: één melding',
          text: agendaPlan(['| Schuldhulp bij de huisarts | Vroeg hulp | 3e kwartaal 2025 |'], { header: '| Actiepunt | Doel | Wanneer |' }),
          expected: ['Datum `3e kwartaal 2025` afwijkend geschreven; schrijf `2025-Q3`']
        }
      ]
    }
  },
  (model, context) => {
    for (const cell of dateCells(model, context.file)) {
      const { period, pointer } = cell
      if (period.kind !== 'date' && period.kind !== 'period' && period.kind !== 'event') continue
      if (period.form === 'prose' || worded.has(period.form) || period.normalized === undefined) continue
      // A word before the date (`vanaf`, `uiterlijk`) was read past: it is part of what is meant.
      if (period.note?.startsWith('Woord ')) continue
      // An approximate reading (`zomer 2027` as June–August, `eind 2028` as its last quarter) has
      // no fixed form that says the same: suggesting one would change what the plan says.
      if (period.confidence < 1) continue
      const text = period.text.trim()
      if (period.normalized === text) continue
      const location = context.file.locate(pointer)
      const fix = replaceFix(context.file, location, text, period.normalized)
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
