import { offsetLocation } from '@kapstok/core'
import { lintRule, textLocation } from '../rule.js'
import { allMatches } from '../util/all-matches.js'
import { compiled, planMatches } from '../util/compiled.js'
import { periodTableTitles } from '../util/period-table-titles.js'
import { periodNotOk, periodOk } from '../util/period-examples.js'
import { statedEnds, statedRanges } from '../util/period-forms.js'
import { captionSlips } from '../util/caption-years.js'
import { scopedCaptions } from '../util/caption-scope.js'
import { captionLines, partOfPeriod, periodHeading, sourceHeadings, titledRanges } from '../util/period-headings.js'
import { planDurations } from '../util/plan-durations.js'
import { overlapsPlan, ownedRanges, subjectSelf } from '../util/period-owner.js'
import { pronounFrames } from '../util/period-pronoun-frames.js'
import { councilTermOf, patternRanges, pronounRange } from '../util/period-patterns.js'
import { readablePeriods } from '../util/period-text.js'
import { nearbyEnds } from '../util/plan-end-nearby.js'
import { nearMisses } from '../util/period-near-miss.js'
import { yearLong, yearShort } from '../util/period-shortfall.js'
import { countedSpans } from '../util/period-counted-spans.js'
import { namedEnds, untilEnds } from '../util/period-own-ends.js'
import { clauseEnds } from '../util/period-end-clauses.js'
import { validityEnds } from '../util/period-validity-ends.js'
import { roleYears } from '../util/period-role-years.js'
import { fullYear, hasYearRange, yearRange } from '../util/plan-period.js'
import { otherThing, previousSentence, sentenceAround, sentenceBefore } from '../util/period-words.js'
import { proseTexts, writtenTexts } from '../util/text.js'
import { headingSlip as slipOfHeading, periodFit, rangeParts, rangeSpan, withinPeriod } from '../util/period-fit.js'
import { planNaming, ramingYears } from '../util/period-plan-naming.js'
import { planningColumnSlips } from '../util/period-planning-columns.js'
import { titleRanges } from '../util/period-title-ranges.js'

const range = yearRange
// Fields that name the document or a part of it: headings, table titles, the raadsvoorstel's
// onderwerp and beslispunten, the besluit's intitulé and besluitpunten.
const namingField = /\/(?:titel|korteTitel|onderwerp|intitule|gelezen|beslispunten\/\d+|besluitpunten\/\d+|overwegende\/\d+)$/u
// Texts that introduce the plan: the first chapter, koers, a samenvatting or inleiding.
const introduction = /^\/(?:secties\/0\/|koers\/|inleidingen\/|raadsvoorstel\/(?:samenvatting|inleiding)$)/u

/** Rule: the period the text gives this plan is the `periode` of its metadata. */
export const periodMismatch = lintRule(
  {
    id: 'period-mismatch',
    severity: 'warning',
    group: 'structuur',
    description: 'De looptijd die de tekst of de titel aan dit plan geeft, is de `periode` uit de frontmatter.',
    docs: {
      what: 'Zoekt jaartallen van een periode die over dit plan gaan en vergelijkt ze met `periode`. Periodes: `2025-2028`, `2025–2028`, `2025-28`, `’25-’28`, `2025 t/m 2028` (ook `tm`, `t.e.m.`, `tot en met`), `van 2025 tot 2029` ("tot" zonder "en met" telt het genoemde jaar niet mee) en `1 januari 2025 tot en met 31 december 2028`. Elk eind van een periode mag een moment in zijn jaar zijn (`van mei 2025 tot eind 2028`, `t/m het vierde kwartaal van 2028`, `tot de zomer van 2029`, `tussen maart 2025 en medio 2028`); `tot begin 2029` en `tot januari 2029` tellen 2029 niet mee. Over dit plan: in een zin met "dit programma", "deze nota", "ons beleidskader", "dit beleid" of "het programma beslaat/omvat/loopt/geldt …"; na "planperiode", "looptijd", "Voor u ligt", "Hierbij bieden wij u" of "voorliggend"; op de regel onder een los label "Programmaperiode" of "Looptijd"; in een beslispunt "het uitvoeringsprogramma 2025-2029 vast te stellen"; achter de naam uit de titel tussen aanhalingstekens ("het programma ‘Samen Sterk’ (2025-2029)"); als begin of eind van de planperiode ("aan het eind van de planperiode, in 2029", "de programmaperiode eindigt op 31 december 2029", "2027, het laatste jaar van de planperiode"); in een planningstabel met een kolom per jaar die één eindjaar met `periode` deelt (niet bij bedragen, ramingen of cijfers); in een paragraaf met de kop "Looptijd"; in de zin na "Voor u ligt het programma" ("Het loopt van …"); achter de eigen naam van het plan ("het Programma Meedoen 2025-2029"); "dit programma beslaat de raadsperiode 2026-2030" (een raadsperiode mag eindigen in het verkiezingsjaar na `periode`); in de titel, ondertitel, officiële naam en citeertitel (dan is het een fout), in koppen en tabelbijschriften ("Tabel 2. Begroting 2025-2029") als die het plan bij naam noemen of één eindjaar met `periode` delen, of als de financiële tabel eronder precies één kolom per jaar van `periode` heeft, en in het onderwerp en de beslispunten van een raadsvoorstel en het besluit. Alleen het eindjaar ("loopt tot en met 2029", "blijft van kracht tot en met 2029", "loopt tot eind 2029", "eindigt in 2029", "de looptijd is tot en met 2029") of het beginjaar ("start in 2026", "vanaf 2026 … vier jaar") telt ook, ook met een bijwoord of toelichting tussen werkwoord en jaar ("loopt daarom tot en met 2029", "geldt in beginsel tot 2029", "eindigt dan ook pas in 2029", "loopt (net als …) tot 2029"). Een duur van dit plan ("dit vierjarige programma", "is driejarig", "een looptijd van 48 maanden", "ruim drie jaar", "voor vier jaar vastgesteld", "dat vijf jaar loopt", "de planperiode beslaat vijf jaar", "bestrijkt drie jaren", "kijkt vier jaar vooruit", en in de inleiding "de komende drie jaar werken we …") moet passen bij het aantal jaren van `periode` (een periode van vijf kalenderjaren als `2023-2027` is vaak een raadsperiode van vier jaar: beide tellen); staan er jaren achter ("een vierjarig programma (2025-2027)"), dan tellen die. Wie de jaren heeft, bepaalt het woord waar ze aan vastzitten ("het sportplan 2024-2027", "de looptijd van het groenprogramma (2023-2027)", "de subsidie voor de periode 2024-2027"), niet een ander zelfstandig naamwoord elders in de zin; het eigen soortwoord komt uit de titel (een "Lokaal sportakkoord" heet ook "het akkoord"), en "het JOGG-programma", "de omgevingsvisie" of "het programma Gezond Opgroeien" zijn andere stukken. Een alinea die over meer regels is afgebroken, een tabelrij "| Periode | 2026 t/m 2030 |", een opsomming "de jaren 2026, 2027, 2028 en 2029", twee opeenvolgende jaren ("de jaren 2026 en 2027") en "tot 1 januari 2030" worden ook gelezen; een schooljaar ("schooljaar 2026-2027") is geen periode. Een periode van iets anders telt niet: het vorige of volgende plan, een subsidie of rijksbijdrage, een contract, het coalitieakkoord, een regiodeal, de begroting en meerjarenraming (behalve in een begroting), een jaarschijf, cijfers over eerdere jaren, en de verleden tijd. Een fout alleen als de tekst de jaren zonder twijfel aan dit plan geeft (de titel, "dit programma (2025-2027)", "dit programma loopt van … tot en met …"); anders een waarschuwing. Een tabel met een kolom per jaar en haar bijschrift (een korte regel `Tabel 3. …` of een cursieve regel erboven of eronder) of de kop waaronder ze staat, noemen twee keer dezelfde jaren: volgen de kolommen de looptijd en noemt het bijschrift andere jaren, dan is dat bijschrift de slip; noemt het bijschrift de looptijd en liggen de kolommen een jaar verschoven, dan zijn het de kolommen (een waarschuwing). Een kop over de eigen planning of uitvoering (`Planning`, `Uitvoering`, `Activiteiten`, `Fasering`) met jaren die precies een jaar verschoven zijn, telt ook. "De visie", "de nota" of "de agenda" is alleen dit document als het zo heet; "het plan" en "het document" altijd. Bijlagen en inspraakreacties tellen niet mee. Elke kopregel in de bron wordt gelezen, ook de kop van een hoofdstuk dat de uitvoeringsagenda wordt of bij de dubbele punt wordt gesplitst (niet de koppen vanaf de bijlagen). Een bijschrift met een tabelnummer van een hoofdstuk (`Tabel 4.3`) is een bijschrift; jaarkolommen mogen een woord vóór het jaar hebben (`Begroting 2026`, `Raming 2029`); lopen de kolommen tot het eindjaar van `periode` en beginnen ze eerder (ter vergelijking), dan is een bijschrift dat jaren na de laatste kolom noemt de slip. Zegt de inleidende alinea van een tabel dat zij de looptijd beslaat (`in de programmaperiode`, `over de looptijd van dit plan`), dan geldt het bereik in haar bijschrift als de looptijd, ook zonder planwoord (niet bij een fase, een deel of eerdere jaren). Een kop of bijschrift dat een deel van de periode noemt (`fase 1`, `(eerste fase)`, `tranche`, `stap`), heeft eigen jaren, ook met een planwoord (`Uitvoering fase 1 (2026-2027)`); `Fasering` blijft de planning van het plan. Daarnaast een vangnet (waarschuwing): een periode in de lopende tekst die net naast `periode` ligt (één jaar gelijk en het andere één of twee jaar anders, of alles één jaar verschoven) en die de zin (of het zinsdeel dat dit plan noemt) niet aan iets anders met eigen jaren geeft (een visie, akkoord, de coalitie, de regio, provincie of het Rijk, een programma of plan met een eigen naam, een contract, subsidie of raming, een fase of proef, een trend of het verleden); ligt zij binnen `periode`, dan alleen als de zin het plan noemt, ook met `<soort>periode` (`kadernotaperiode`) of met `het`/`dit` terug naar een vorige zin die met het plan opent. Bijschriften van tabellen en figuren vallen erbuiten. In een begroting tellen ook meerjarenraming, meerjarenbegroting, begrotingsperiode en begrotingsjaren (en `Deze begroting`) als de eigen periode (`de meerjarenraming tot en met 2031` bij 2027-2030); een looptijd van iets anders (`van de woondeal`, een lening) niet. Ook `ze`/`zij` kan terugwijzen naar een zin die met het plan opent (`De nota … Ze loopt van 2027 tot en met 2030`), en een zinsdeel met een eigen werkwoord na de jaren (`… en vormt de basis voor …`) maakt de jaren niet van iets anders. Ook in de inleiding een periode met `we` die de looptijd op één jaar na beslaat (`In de periode 2027-2029 bouwen we … uit` bij 2027-2030, drie jaar of meer), tenzij de zin een fase noemt (`eerst`, `fase`, `proef`), een taak met een aantal (`bouwen we drie scholen`) of de tekst het overgeslagen jaar zelf noemt (`in 2030 evalueren we`); en een duur in woorden bij het plan (`de vier jaar van dit programma`, `de planperiode van drie jaar`; niet `de eerste twee jaar van dit programma`). Ook een eind met het plan erachter (`tegen het einde van de looptijd van dit kader (2032)`), het eerste of laatste jaar met het plan eerder in de zin (`Voor dit plan is het laatste jaar, 2028, …`) of als samenstelling (`het eerste planjaar (2024)`), in een begroting `de jaren tot en met 2031` na het eerste jaar in dezelfde zin, en een begin of eind met een moment (`start in oktober 2024`, `eindigt in het najaar van 2029`). Een eind een of twee jaar naast het laatste jaar na een zin met het plan die op een scheidbaar deel van het werkwoord eindigt (`Met deze nota houden we de spreekuren vol tot en met 2032`), of vóór het plan in dezelfde zin met `we` (`Tot en met 2032 werken we met deze nota …`, `… vol tot en met 2032 met deze nota.`), geeft een waarschuwing. Een titel als `Programmaplan` noemt het plan ook `het programma`; `het programma van de provincie` is een ander. Niet gemeld: wat na het plan volgt in het jaar na het laatste (`Aan het einde van de looptijd, in 2031, volgt de evaluatie`), en de jaren van een onderzoek of een behoefte (`het behoefteonderzoek … over de jaren …`); een punt in een getal (`2.340 woningen`) beëindigt de zin niet. Een periode als aantal jaren met één einde (`de drie jaren tot eind 2029`, `vijf jaar vanaf 2027`), in een zin over wat wij, de gemeente of dit plan doen, geeft ook het andere einde; is dat de planperiode met een jaar te weinig of te veel aan één kant, dan volgt een waarschuwing (niet bij een fase, een deel of een aantal dingen met een eigen planning). Een kop die de looptijd naast andere onderwerpen noemt (`Aanleiding, doel en looptijd`, `Planperiode en monitoring`) telt als een kop "Looptijd". Ook een jaar dat een bijzin of een zelfstandig naamwoord aan het einde van dit plan bindt en dat niet het laatste jaar is: `medio 2031, wanneer deze nota afloopt`, `zodra het programma in 2031 is afgelopen`, `tot en met 2031, het einde van deze planperiode`, `aan het slot van de visie (2031)`; niet `nadat` of `voordat` (een tijd vanaf het einde), en een jaar ná die woorden mag het jaar na het laatste zijn (wat aan het einde gebeurt).telt als een kop "Looptijd". Een afkorting van de titel noemt het plan ook (`dit IHP` in een Integraal huisvestingsplan, `het MJOP` in een Meerjarenonderhoudsplan: de letters volgen de titel en de laatste is die van het soortwoord; `het IKC` is iets anders), en `kijkt vooruit tot en met 2033` (ook `kijkt dit plan tot 2033 vooruit`, `daarom loopt dit plan tot 2033`) geeft het eindjaar, niet `kijkt verder vooruit`. `Daarvoor` in de zin van "daartoe" (`wat we daarvoor in de jaren … doen`) maakt de jaren niet van iets anders; `de jaren daarvoor` wel. Een fase vóór jaren binnen de looptijd (`In de eerste fase, 2025 tot en met 2026, …`) heeft eigen jaren. Jaren in een tijdsbepaling bij het werkwoord van dit plan (`in de jaren`, `in de periode`, `gedurende`) zijn van het plan, ook als dat werkwoord het plan aan een ander stuk verbindt (`Het programma geeft uitvoering aan de visie in de jaren 2027 tot en met 2031`) en ook na `Het` met een werkwoord op -t terug naar een zin die het plan noemt (`Het zet … om in de periode …`; niet `Het budget stijgt`), als ze de looptijd overlappen. Ook het eindjaar in een bijzin met het werkwoord achteraan (`omdat dit plan tot en met 2029 loopt`). Ook in een bijzin over het plan die zegt hoe lang het loopt (`dit programma, dat loopt van 2025 tot en met 2027, …`), ook als een voorzetsel het plan bepaalt (`bij de eindmeting van deze nota, die loopt van …`), en als tweede werkwoord van het plan na een ander stuk als lijdend voorwerp (`dit programma zet de visie om in maatregelen en loopt van …`; niet `de visie, die loopt van …`).',
      why: 'Een plan dat in de tekst een andere looptijd noemt dan in zijn gegevens, laat de lezer raden tot wanneer het geldt, en welk van de twee is vastgesteld.',
      ok: periodOk,
      notOk: periodNotOk
    }
  },
  (model, context) => {
    const periode = model.document?.periode
    if (!periode) return
    // One message per place, whichever reading found it: by its place in the source when it has
    // one (a caption is read in the source and in the model), else by pointer and offset.
    const reported = new Set<string>()
    const firstAt = (key: string): boolean => !reported.has(key) && Boolean(reported.add(key))
    // `plain`: the text itself says these are this plan's years (`fout`); otherwise a `waarschuwing`.
    const report = (pointer: string, text: string, index: number, found: string, plain: boolean): void => {
      // The words as the source writes them ("2026, 2027, 2028 en 2029" was read as one range).
      const written = text.slice(index, index + found.length)
      const location = textLocation(context.file, pointer, text, index, written.length)
      if (!firstAt(location ? `${location.file}:${location.start.offset ?? ''}` : `${pointer}#${index}`)) return
      // "2025 tot 2028" for 2025-2028: say why, the reader meant "tot en met".
      const exclusive = new RegExp(`\\btot\\s+${periode.eind}$`, 'u').test(written) ? ' (`tot` telt het laatste jaar niet mee)' : ''
      context.report(
        `Periode \`${written}\` wijkt af van de looptijd \`${periode.start}-${periode.eind}\` in de frontmatter${exclusive}; pas de tekst of \`periode\` aan`,
        { pointer, ...(location ? { location } : {}), actual: written, expected: [`${periode.start}-${periode.eind}`], warning: !plain }
      )
    }
    // A slip read in the Markdown source itself, at its place there; `why` says what shows the period.
    const reportInSource = (location: ReturnType<typeof sourceLocation>, written: string, why: string): void => {
      context.report(`Periode \`${written}\` wijkt af van de looptijd \`${periode.start}-${periode.eind}\` in de frontmatter${why}; pas de tekst of \`periode\` aan`, {
        location,
        actual: written,
        expected: [`${periode.start}-${periode.eind}`],
        warning: true
      })
    }
    const span = rangeSpan
    const parts = rangeParts
    const fit = periodFit(periode)
    const { fits, pastVersion } = fit
    // How this plan is named, for the readers of its ends said without a range.
    const naming = planNaming(model, periode)
    const { thisPlan, definiteNoun, definite, self, kind, begroting } = naming
    const length = periode.eind - periode.start + 1
    const titel = model.document?.titel ?? ''
    const raming = (first: number, last: number): boolean => ramingYears(naming, first, last)
    const within = (first: number, last: number): boolean => withinPeriod(periode, first, last)
    // A title speaks of this plan; only a title with one range is clear.
    for (const { pointer, text, match } of titleRanges(model, periode, kind)) report(pointer, text, match.index, match[0], true)
    // A heading or caption names the plan's years when it names the document, or shares one end with its period.
    const heading = (pointer: string, line: string, text: string, offset: number): number | undefined => {
      const found = headingSlip(line, offset)
      if (!found) return undefined
      report(pointer, text, found.index, found.written, false)
      return found.index
    }
    const headingSlip = (line: string, offset: number): ReturnType<typeof slipOfHeading> => slipOfHeading(line, offset, titel, kind, periode)
    for (const { pointer, text } of writtenTexts(model)) {
      if (!namingField.test(pointer) || pointer.startsWith('/document/') || pointer.startsWith('/bijlagen/')) continue
      if (text === titel || text === model.document?.ondertitel) continue
      // A beslispunt that adopts the plan with its years: "het uitvoeringsprogramma 2026-2030 vast te stellen".
      const adopted = statedRanges(text, titel).find((said) => !fits(...said.parts))
      if (adopted) report(pointer, text, adopted.index, adopted.written, false)
      else heading(pointer, text, text, 0)
    }
    // Read in the Markdown sources themselves: the reader keeps a finance table apart from its caption.
    for (const source of context.file.sources.filter((f) => /\.(?:md|markdown)$/iu.test(f.path))) {
      const text = String(source.value ?? '')
      for (const { index, written, slip } of captionSlips(text, periode)) {
        if (!firstAt(`${source.path}:${index}`)) continue
        const location = sourceLocation(source.path, text, index, written.length)
        const why = slip === 'columns' ? 'het bijschrift van de tabel noemt wel de looptijd' : 'de jaarkolommen van de tabel volgen wel de looptijd'
        reportInSource(location, written, ` (${why})`)
      }
    }
    // A table its lead-in puts in the plan's period (`in de programmaperiode`): its caption's range is the plan's.
    for (const source of context.file.sources.filter((f) => /\.(?:md|markdown)$/iu.test(f.path))) {
      const text = String(source.value ?? '')
      for (const { index, written, parts: [start, connector, end] } of scopedCaptions(text)) {
        if (fits(start, connector, end) || !overlapsPlan(...span(start, connector, end), periode) || !firstAt(`${source.path}:${index}`)) continue
        const location = sourceLocation(source.path, text, index, written.length)
        reportInSource(location, written, ' (de tekst bij de tabel noemt de looptijd)')
      }
    }
    // A finance table with a column per year of the period: a range in its title is the plan's.
    for (const { pointer, text } of periodTableTitles(model, periode)) {
      for (const match of allMatches(compiled(range, 'giu'), text)) if (!fits(...parts(match, 1))) report(pointer, text, match.index, match[0], false)
    }
    const headings = new Map(writtenTexts(model).filter(({ pointer }) => pointer.endsWith('/titel')).map(({ pointer, text }) => [pointer, text]))
    for (const { pointer, text: raw } of proseTexts(model)) {
      if (pointer.startsWith('/bijlagen/') || pointer.startsWith('/inspraak/')) continue
      // Wrapped lines, label rows, year lists and school years made uniform (same offsets).
      const text = readablePeriods(raw)
      // The sentence patterns below all end in (or hold) a year: without two digits in a row the
      // text has none, and the long patterns built on the plan's nouns need not run (most of the rule's time).
      const years = /\d\d/.test(text)
      // The sentence patterns that end in a range hold one the range alone finds: without it
      // (most texts) they cannot match, and are not run.
      const ranged = years && hasYearRange(text)
      const seen = new Set<number>()
      const once = (index: number): boolean => !seen.has(index) && Boolean(seen.add(index))
      // Report the range inside a match, once.
      const reportRange = (match: RegExpMatchArray, plain = false): void => {
        const written = compiled(range, 'iu').exec(match[0])
        const index = (match.index ?? 0) + (written?.index ?? 0)
        if (written && once(index)) report(pointer, raw, index, written[0], plain)
      }
      // A section headed "Looptijd" or "Planperiode": its first range is the plan's period.
      if (periodHeading.test(headings.get(pointer.replace(/\/tekst$/u, '/titel')) ?? '')) {
        const match = compiled(range, 'iu').exec(text)
        if (match && !otherThing.test(sentenceBefore(text, match.index)) && !fits(...parts(match, 1)) && once(match.index)) report(pointer, raw, match.index, match[0], false)
      }
      for (const { line, offset } of captionLines(raw)) {
        const index = heading(pointer, line, text, offset)
        if (index !== undefined) seen.add(index)
      }
      // This plan as subject or object of a sentence with a range: `dit programma loopt van 2026 tot en met 2029`.
      for (const { match, plain } of ranged ? patternRanges(text, naming, fit) : []) reportRange(match, plain)
      // A range bound to this plan's own noun or period: "het sportplan 2024-2027", "de looptijd van
      // het groenprogramma (2023-2027)". Another plan of the same kind touches the period at most at one year.
      for (const said of ownedRanges(text, kind)) {
        const [first, last] = span(...said.parts)
        if (fits(...said.parts) || !overlapsPlan(first, last, periode)) continue
        if (raming(first, last)) continue
        if (once(said.index)) report(pointer, raw, said.index, said.written, false)
      }
      // In the introduction, "in de periode 2025-2029 werken we aan …" speaks of the plan without naming it,
      // when the years overlap the plan's and reach beyond them (a phase inside it, or figures of
      // earlier years, are something else).
      if (ranged && introduction.test(pointer)) for (const match of allMatches(compiled(`\\b(?:periode|jaren)\\s+(?:van\\s+)?${range}`, 'giu'), text)) {
        const [first, last] = span(...parts(match, 1))
        const sentence = sentenceAround(text, match.index)
        if (!/\b(?:we|wij)\b/iu.test(sentence) || otherThing.test(sentence) || last < periode.start || first > periode.eind) continue
        // A span inside the period is a phase of it, unless it is the period a year short.
        if (first >= periode.start && last <= periode.eind && !yearShort(first, last, periode, sentence, text)) continue
        reportRange(match)
      }
      // "het Uitvoeringsprogramma Sport 2025-2029": the document's own name with other years.
      for (const { match, sentence } of titledRanges(text, titel)) {
        const before = sentenceBefore(text, match.index)
        if (otherThing.test(sentence) || fits(...parts(match, 1))) continue
        if (/\b(?:het|de)\s+(?:nieuwe|volgende)\s*$/iu.test(before)) continue
        // The same name with years wholly before this plan's, said to be over: the previous version.
        if (pastVersion(span(...parts(match, 1))[1], sentence)) continue
        reportRange(match)
      }
      // "dit programma beslaat de raadsperiode 2026-2030": a raadsperiode ends in the year of the next election.
      for (const match of ranged ? planMatches(councilTermOf, `(?:${thisPlan}|${definiteNoun})`, 'giu', text) : []) {
        const [start, connector, end] = parts(match, 1)
        const last = span(start, connector, end)[1]
        if (fullYear(start) === periode.start && (last === periode.eind || last === periode.eind + 1)) continue
        reportRange(match)
      }
      // "Voor u ligt het programma. Het loopt van 2025 tot en met 2029."
      for (const match of ranged ? allMatches(pronounRange, text) : []) {
        const previous = previousSentence(text, match.index)
        if (!compiled(`${thisPlan}|${definiteNoun}|\\bvoor\\s+u\\s+ligt\\b`, 'iu').test(previous) || otherThing.test(previous) || otherThing.test(match[1] ?? '')) continue
        if (fits(...parts(match, 2))) continue
        reportRange(match)
      }
      // "Dit programma … . Het geeft uitvoering aan de visie in de jaren 2027 tot en met 2031": any verb, the years in its frame of time.
      for (const { match, parts: [start, connector, end], before } of ranged ? pronounFrames(text, `${thisPlan}|${definiteNoun}`, periode) : []) {
        if (fits(start, connector, end) || (within(...span(start, connector, end)) && partOfPeriod.test(before))) continue
        reportRange(match)
      }
      // "dit plan loopt tot en met 2029", and with a definite subject ("het programma loopt tot 2030")
      // unless the sentence is about another thing's period.
      for (const { index, written, plain } of untilEnds(text, naming, years)) if (once(index)) report(pointer, raw, index, written, plain)
      // "Met dit programma zetten we tot en met 2030 in op …": an end a year or two off, no verb of duration.
      for (const { index, written } of nearbyEnds(text, thisPlan, periode.eind)) if (once(index)) report(pointer, raw, index, written, false)
      // A near miss of the period (one end shared, the other a year or two off, or shifted a year) that no other thing owns.
      for (const { index, written, first, last } of nearMisses(text, periode, kind, `${thisPlan}|${definiteNoun}`, begroting ? 'begroting|raming' : '')) {
        if (!raming(first, last) && once(index)) report(pointer, raw, index, written, false)
      }
      // The period named with only its end, the plan's first or last year by name, its start or end said with a verb.
      for (const { index, written, plain } of namedEnds(text, naming, years)) if (once(index)) report(pointer, raw, index, written, plain)
      // A year tied to the plan's end by an end clause or noun: "eind 2028, als dit programma afloopt".
      for (const { index, written, plain } of clauseEnds(text, naming, years)) if (once(index)) report(pointer, raw, index, written, plain)
      // The validity's end around the plan: a coordinated clause, a pronoun, the end fronted, an aside in brackets.
      for (const { index, written, plain } of validityEnds(text, naming, years)) if (once(index)) report(pointer, raw, index, written, plain)
      // The first or last year named by its role with the owner earlier in the sentence, or as a compound ("het laatste planjaar").
      for (const { index, written, plain } of roleYears(text, naming, years)) if (once(index)) report(pointer, raw, index, written, plain)
      // A label line above the years, a beslispunt adopting the plan, the plan by its own name; one end of the period itself.
      for (const said of statedRanges(raw, titel)) if (!fits(...said.parts) && once(said.index)) report(pointer, raw, said.index, said.written, false)
      // A planning table with a column per year, sharing one end with the period: its other end is the plan's.
      // Money, figures and the past have their own years (a meerjarenraming runs on after the plan).
      const section = headings.get(pointer.replace(/\/tekst$/u, '/titel')) ?? ''
      for (const outside of planningColumnSlips(raw, section, periode)) if (once(outside.index)) report(pointer, raw, outside.index, String(outside.year), false)
      // A caption and the year columns of its own table: when one of them is the plan's period, the other that departs is the slip.
      for (const said of statedEnds(text)) {
        // What follows the plan (`aan het einde van de looptijd, in 2031, volgt de evaluatie`) comes in the year after its last.
        if (said.end === 'eind' && said.aftermath && said.year === periode.eind + 1) continue
        if (said.year !== (said.end === 'start' ? periode.start : periode.eind) && once(said.index)) report(pointer, raw, said.index, said.written, false)
      }
      // A duration of this plan ("dit vierjarige programma", "de looptijd is vier jaar"): its count
      // of years, or the years in brackets after it, against the metadata.
      for (const said of planDurations(text, thisPlan, introduction.test(pointer), `${definite}|${subjectSelf(kind)}`)) {
        if (said.range) {
          if (!fits(...parts(said.range, 1)) && once(said.range.index)) report(pointer, raw, said.range.index, said.range[0], false)
          continue
        }
        // A period of five calendar years ("2023-2027") is often a raadsperiode of four years (mid-2023 to
        // mid-2027): an adverbial ("vier jaar lang") fits both counts. A shorter one may start or end half-way a year.
        // The plan's own attribute ("dit vierjarige kader") is a claim about the document: the metadata's count.
        if (said.years.high >= length - (length >= 5 && !said.attribute ? 1 : 0.5) && said.years.low <= length) continue
        if (!once(said.index)) continue
        const location = textLocation(context.file, pointer, raw, said.index, said.written.length)
        context.report(
          `Looptijd \`${said.written}\` wijkt af van de looptijd \`${periode.start}-${periode.eind}\` (${length} jaar) in de frontmatter; pas de tekst of \`periode\` aan`,
          { pointer, ...(location ? { location } : {}), actual: said.written, expected: [`${length} jaar`], warning: true }
        )
      }
    }
    // Spans told by a count of years and one end (`de drie jaren tot eind 2029`, `vijf jaar vanaf
    // 2027`) in a sentence of what we do or of this plan: the plan's period a year short or long at
    // one end, as a range written out is read (`yearShort`). Once per line: the count may have been
    // read above as this plan's duration.
    const lined = new Set(context.file.messages.filter((m) => m.ruleId === 'period-mismatch').map((m) => `${m.file}:${m.line ?? ''}`))
    for (const { pointer, text } of proseTexts(model)) {
      if (pointer.startsWith('/bijlagen/') || pointer.startsWith('/inspraak/')) continue
      for (const said of countedSpans(text)) {
        const sentence = sentenceAround(text, said.index)
        if (otherThing.test(sentence) || !(/\b(?:we|wij|de\s+gemeente|het\s+college)\b/iu.test(sentence) || self.test(sentence))) continue
        // The span's own count is no count of things (`drie jaren` is not `drie scholen`).
        const rest = sentence.replace(said.written, ' ')
        if (!yearShort(said.first, said.last, periode, rest, text) && !yearLong(said.first, said.last, periode, rest)) continue
        const location = textLocation(context.file, pointer, text, said.index, said.written.length)
        if ((location && lined.has(`${location.file}:${location.start.line}`)) || !firstAt(location ? `${location.file}:${location.start.offset ?? ''}` : `${pointer}#${said.index}`)) continue
        context.report(
          `Periode \`${said.written}\` (${said.first}-${said.last}) wijkt af van de looptijd \`${periode.start}-${periode.eind}\` in de frontmatter; pas de tekst of \`periode\` aan`,
          { pointer, ...(location ? { location } : {}), actual: said.written, expected: [`${periode.start}-${periode.eind}`], warning: true }
        )
      }
    }
    // Every heading line as written, also of a chapter the reader turns into the agenda or splits
    // at its colon; not the headings of the bijlagen, which may be other papers. Last, and once
    // per line: a heading the model keeps was read above.
    const lines = new Set(context.file.messages.filter((m) => m.ruleId === 'period-mismatch').map((m) => `${m.file}:${m.line ?? ''}`))
    for (const source of context.file.sources.filter((f) => /\.(?:md|markdown)$/iu.test(f.path))) {
      const text = String(source.value ?? '')
      for (const { index, written } of sourceHeadings(text).flatMap((h) => headingSlip(h.line, h.offset) ?? [])) {
        const location = sourceLocation(source.path, text, index, written.length)
        if (lines.has(`${source.path}:${location.start.line}`) || !firstAt(`${source.path}:${index}`)) continue
        reportInSource(location, written, '')
      }
    }
  }
)

// The place of `length` characters at `index` in a Markdown source read as a whole.
function sourceLocation(path: string, text: string, index: number, length: number): ReturnType<typeof offsetLocation> {
  return offsetLocation({ file: path, start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }, text, index, length)
}
