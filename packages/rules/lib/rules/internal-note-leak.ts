import { lintRule, textLocation } from '../rule.js'
import { textExample as example } from '../util/text-examples.js'
import { findNotes } from '../util/notes.js'
import { short, writtenTexts } from '../util/text.js'

const reason = (note: string): string => `Interne aantekening \`${short(note, 60)}\`; haal de notitie weg of schrijf de uitkomst als tekst voor de lezer`

/** Rule: no internal working notes in an official text. */
export const internalNoteLeak = lintRule(
  {
    id: 'internal-note-leak',
    severity: 'warning',
    group: 'tekst',
    description: 'Geen interne aantekeningen (gespreksnotities, herinneringen, vragen aan collega’s) in de tekst.',
    docs: {
      what: 'Zoekt in alle tekst en tabelcellen naar werkaantekeningen: een gedateerde notitie zonder jaar gevolgd door een overleg (`3/4 overleg met team`), een herinnering als losse notitie (`Nog navragen bij financiën.`, `(checken bij team)`) of in een zin (`dit moeten we nog navragen`), een vraag aan een collega (`Klopt dit?`, `Is dit nog actueel?`, `??`, `(?)`) en commentaar tussen haken met initialen of `opm:` (`[JvD: …]`). Gewone zinnen met dezelfde woorden ("inwoners kunnen dit navragen bij het loket") tellen niet. Een waarschuwing: de regel herkent de vorm van een notitie, niet de bedoeling.',
      why: 'Een notitie aan een collega hoort in het dossier, niet in een stuk voor de raad: de lezer ziet een open vraag waar een besluit of een feit hoort.',
      ok: [
        { title: 'Een gesprek met een volledige datum', text: example(['# Financiën', '', 'Na een gesprek met de buurtteams op 3 april 2026 nemen we een besparing van € 50.000 aan.']) },
        { title: 'Navragen als gewone zin voor inwoners', text: example(['# Toegang', '', 'Inwoners kunnen de stand van hun aanvraag navragen bij het loket.']) },
        { title: 'Een bron tussen haakjes met een dubbele punt', text: example(['# Cijfers', '', 'Het aantal jeugdigen met hulp daalde (CBS: 2025) met 4 procent.']) },
        { title: 'Een vraag die de tekst zelf beantwoordt', text: example(['# Visie', '', 'Wat willen we bereiken? Dat iedereen mee kan doen.']) }
      ],
      notOk: [
        {
          title: 'Een gedateerde gespreksnotitie',
          text: example(['# Financiën', '', '| Maatregel | Toelichting |', '|---|---|', '| Regie | 3/4 overleg met de buurtteams. Besparing mogelijk. |']),
          expected: [reason('3/4 overleg met de buurtteams')]
        },
        {
          title: 'Een herinnering en een vraag aan een collega',
          text: example(['# Toegang', '', 'De wachttijd is zes weken. Klopt dit? Nog navragen bij het team toegang.']),
          expected: [reason('Klopt dit?'), reason('Nog navragen bij het team toegang')]
        },
        {
          title: 'Commentaar met initialen tussen haken',
          text: example(['# Planning', '', 'We starten in het najaar [PdV: eerst budget regelen] met de pilot.']),
          expected: [reason('[PdV: eerst budget regelen]')]
        },
        {
          title: 'Twijfeltekens',
          text: example(['# Cijfers', '', 'In 2025 kregen 312 (?) huishoudens een toeslag.']),
          expected: [reason('(?)')]
        }
      ]
    }
  },
  (model, context) => {
    for (const { pointer, text } of writtenTexts(model)) {
      for (const note of findNotes(text)) {
        const location = textLocation(context.file, pointer, text, note.index, note.text.length)
        context.report(reason(note.text), { pointer, ...(location ? { location } : {}), actual: note.text })
      }
    }
  }
)
