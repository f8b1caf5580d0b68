import { collectIdLinks, getAtPointer, indexIds, offsetLocation, type SourceLocation } from '@kapstok/core'
import { lintRule, sourceText } from '../rule.js'
import { replaceFix } from '../fix.js'
import { textExample as example } from '../util/text-examples.js'
import { normalizeTitle, similarity } from '../util/text.js'

// What a link may put before the title: the target's own label (`Thema 4:`, from the
// pijler's `label`), the word for its kind, or just its number.
const kindWords: Record<string, string> = { pijlers: 'pijler', principes: 'principe', opgaven: 'opgave', effecten: 'effect', doelen: 'doel', kansen: 'kans', bijlagen: 'bijlage' }
const labelPrefix = (words: string[]): RegExp => new RegExp(String.raw`^(?:(?:${words.join('|')})\s{1,3})?(?:\d+(?:\.\d+)*\s{0,3}[:.–-]?\s{1,3})?`, 'iu')
const titled = new Set(['pijlers', 'principes', 'opgaven', 'effecten', 'doelen', 'kansen', 'bijlagen'])

/** Rule: a link text that quotes a title quotes it exactly. */
export const titleDrift = lintRule(
  {
    id: 'title-drift',
    severity: 'warning',
    group: 'tekst',
    fixable: true,
    description: 'Een titel wordt overal hetzelfde geschreven: linkteksten en agendakoppen volgen de titel van het onderdeel.',
    docs: {
      what: 'Vergelijkt de tekst van links naar een pijler, principe, opgave, doel, kans of bijlage (`[Wonen en zorgen](#t2)`), ook in de koppen van de uitvoeringsagenda, met de titel (het deel vóór een dubbele punt, of `kort`) van het onderdeel; het labelwoord en nummer vooraan (`THEMA 2:`) tellen niet mee, en alleen hoofdletters of leestekens zijn geen afwijking. Een tekst die erop lijkt maar andere woorden gebruikt, wordt gemeld en door `--fix` vervangen door de titel. Linkteksten die duidelijk iets anders zeggen ("zie hier") blijven ongemoeid.',
      why: 'Een thema dat op drie manieren geschreven wordt, laat de lezer twijfelen of het om hetzelfde gaat.',
      options: { threshold: 'Hoe sterk een tekst op de titel moet lijken om als variant te gelden, 0–1 (default: `0.6`).' },
      ok: [
        { title: 'Dezelfde titel in de agendakop', text: example(['# Thema\'s', '', '## Wonen en zorg {#t2}', '', 'Tekst.', '', '# Uitvoeringsagenda', '', '## [Wonen en zorg](#t2)', '', '| Activiteit | Doel |', '|---|---|', '| Woningscan | Inzicht |']) },
        { title: 'Labelwoord, nummer en hoofdletters', text: example(['# Thema\'s', '', '## Wonen en zorg {#t2}', '', 'Tekst.', '', '# Uitvoeringsagenda', '', '## [THEMA 2: WONEN EN ZORG](#t2)', '', '| Activiteit | Doel |', '|---|---|', '| Woningscan | Inzicht |']) },
        { title: 'Een linktekst die iets anders zegt', text: example(['# Thema\'s', '', '## Wonen en zorg {#t2}', '', 'Tekst.', '', '# Visie', '', 'Meer staat [in het thema hierover](#t2).']) }
      ],
      notOk: [
        {
          title: 'Een ander woord in de agendakop',
          text: example(['# Thema\'s', '', '## Wonen en zorg {#t2}', '', 'Tekst.', '', '# Uitvoeringsagenda', '', '## [WONEN EN ZORGEN](#t2)', '', '| Activiteit | Doel |', '|---|---|', '| Woningscan | Inzicht |']),
          expected: ['Titel `WONEN EN ZORGEN` wijkt af van `Wonen en zorg`; schrijf de titel zoals vastgesteld']
        },
        {
          title: 'Een link in de tekst met een andere vorm',
          text: example(['# Thema\'s', '', '## Wonen en zorg {#t2}', '', 'Tekst.', '', '# Visie', '', 'Zie [Wonen en de zorg](#t2).']),
          expected: ['Titel `Wonen en de zorg` wijkt af van `Wonen en zorg`; schrijf de titel zoals vastgesteld']
        },
        {
          title: 'Een principe met een andere titel',
          text: example(['# Principes', '', '## Eigen kracht eerst {#p1}', '', 'Tekst.', '', '# Visie', '', 'Dit volgt uit [principe 1: Eigen kracht voorop](#p1).']),
          expected: ['Titel `Eigen kracht voorop` wijkt af van `Eigen kracht eerst`; schrijf de titel zoals vastgesteld']
        }
      ]
    }
  },
  (model, context) => {
    const threshold = Number(context.options.threshold ?? 0.6)
    const index = indexIds(model)
    const seen = new Set<string>()
    const check = (label: string, id: string, location: SourceLocation | undefined, pointer: string): void => {
      const target = index.get(id)
      if (!target || !titled.has(target.kind)) return
      const titel = String(target.value.titel ?? '')
      const kort = typeof target.value.korteTitel === 'string' ? target.value.korteTitel : undefined
      if (!titel || !label.trim()) return
      // A link may name the target by its label word and number ("THEMA 4 WONEN"): compare what
      // follows, with the whole title, the part before a colon and the short title. Case and
      // punctuation alone are not drift; different words are.
      const words = [kindWords[target.kind], typeof target.value.label === 'string' ? target.value.label : undefined].filter((w): w is string => Boolean(w))
      const bare = label.replace(labelPrefix(words), '').trim() || label.trim()
      const written = normalizeTitle(bare)
      const names = [titel, titel.split(':')[0]?.trim() ?? titel, kort].filter((n): n is string => Boolean(n))
      if (names.some((n) => normalizeTitle(n) === written)) return
      if (names.some((n) => ` ${written} `.includes(` ${normalizeTitle(n)} `))) return
      const best = names.reduce((a, b) => (similarity(bare, b) > similarity(bare, a) ? b : a))
      if (similarity(bare, best) < threshold) return
      const key = `${location?.file}:${location?.start.offset ?? pointer}`
      if (seen.has(key)) return
      seen.add(key)
      const prefix = label.slice(0, label.length - bare.length)
      const fix = replaceFix(context.file, location, label, `${prefix}${best}`)
      context.report(`Titel \`${bare}\` wijkt af van \`${best}\`; schrijf de titel zoals vastgesteld`, {
        pointer,
        ...(location ? { location } : {}),
        actual: bare,
        expected: [best],
        ...(fix ? { fix } : {})
      })
    }
    // Links in prose.
    for (const link of collectIdLinks(model)) {
      const base = context.file.sourceMap.get(link.pointer)
      const text = String(link.pointer ? getAtPointer(model, link.pointer) : '')
      const location = base ? offsetLocation(base, text, link.index + 1, link.label.length) : undefined
      check(link.label, link.id, verified(location, link.label), link.pointer)
    }
    // Agenda headings that name a pijler by a link: `## [Wonen en zorg](#t2)`.
    ;(model.acties ?? []).forEach((actie, i) => {
      if (!actie.pijler) return
      const pointer = `/acties/${i}/pijler`
      const location = context.file.sourceMap.get(pointer)
      if (!location || location.start.offset === undefined || location.end.offset === undefined) return
      const source = sourceText(context.file, location.file)
      const heading = source?.slice(location.start.offset, location.end.offset) ?? ''
      const link = /\[([^\]\n]+)\]\(#([^)\s]+)\)/.exec(heading)
      const label = link?.[1]
      if (!link || label === undefined || link[2] !== actie.pijler) return
      const shift = link.index + 1
      const start = { ...location.start, column: location.start.column + shift, offset: location.start.offset + shift }
      const end = { ...start, column: start.column + label.length, offset: start.offset + label.length }
      check(label, actie.pijler, { file: location.file, start, end }, pointer)
    })

    function verified(location: SourceLocation | undefined, label: string): SourceLocation | undefined {
      if (!location || location.start.offset === undefined || location.end.offset === undefined) return undefined
      const source = sourceText(context.file, location.file)
      return source?.slice(location.start.offset, location.end.offset) === label ? location : undefined
    }
  }
)
