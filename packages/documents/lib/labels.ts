import type { Document, Pijler } from '@kapstok/core'

/**
 * Every fixed word a document shows. Template packs and plan configuration may override any of
 * them (e.g. `begrippen: 'Afkortingen'`), so a gemeente's own house words appear.
 */
export interface Labels {
  /** Heading of the table of contents. */
  inhoudsopgave: string
  /** Word on draft documents. */
  concept: string
  /** Chapter holding ambitie/visie/missie when there is more than one. */
  koers: string
  /** Heading of the ambitie. */
  ambitie: string
  /** Heading of the visie. */
  visie: string
  /** Heading of the missie. */
  missie: string
  /** Chapter of the opgaven. */
  opgaven: string
  /** Chapter of the effecten. */
  effecten: string
  /** Chapter of the principes. */
  principes: string
  /** Heading of a principe's examples. */
  voorbeelden: string
  /** Heading of a pijler's doelen. */
  doelen: string
  /** Heading of a pijler's hoofddoel. */
  hoofddoel: string
  /** Heading of a pijler's kaders. */
  kaders: string
  /** Heading of a pijler's inspanningen. */
  inspanningen: string
  /** Heading of a pijler's financial translation. */
  financieleVertaling: string
  /** Heading of the financiën of a `begroting`: the BBV question its readers look for. */
  kosten: string
  /** Heading of a pijler's agenda summary, and of the agenda appendix. */
  uitvoeringsagenda: string
  /** Group heading for acties without (known) pijler. */
  overigeActies: string
  /** Group heading for acties of every pijler (`alle thema's` in the source). */
  programmabredeActies: string
  /** Caption of the timeline (Gantt chart) of the uitvoeringsagenda. */
  tijdlijn: string
  /** Chapter of the finances. */
  financien: string
  /** Heading of the taakstellingen. */
  taakstellingen: string
  /** Word for "total". */
  totaal: string
  /** Group heading of a taakstelling's amount. */
  taakstelling: string
  /** Label of a taakstelling minus its verminderingen. */
  teVerdelen: string
  /** Group heading of a taakstelling's verdeling. */
  verdeling: string
  /** Chapter of the risks. */
  risicos: string
  /** Chapter of the opportunities. */
  kansen: string
  /** Chapter of the glossary. */
  begrippen: string
  /** Chapter of the consultation. */
  inspraak: string
  /** Chapter of the appendices. */
  bijlagen: string
  /** Word before an appendix number. */
  bijlage: string
  /** Word before a chapter number, e.g. in a link to the agenda. */
  hoofdstuk: string
  /** Heading (or accessible name) of a document's footnotes. */
  noten: string
  /** Word before a footnote whose reference is missing from the text. */
  noot: string
  /** Mark on a document built despite errors (singular, plural); `{n}` is replaced. */
  openstaandeFouten: [string, string]
  /** Page numbering in the PDF footer; `{page}` and `{pages}` are replaced. */
  paginaVan: string
  /** Alternative text of a plan's own logo; `{gemeente}` is replaced. */
  logo: string
  /** Heading of an adopted council decision. */
  raadsbesluit: string
  /** Heading of a draft council decision. */
  ontwerpRaadsbesluit: string
  /** Heading of the publication metadata. */
  publicatie: string
  /** Singular and plural word for actie. */
  actie: [string, string]
  /** Column headers of the uitvoeringsagenda and other tables. */
  columns: Record<string, string>
  /** Status words. */
  status: Record<Document['status'], string>
  /** Plan kinds as words. */
  soort: Record<Document['soort'] | 'raadsvoorstel' | 'wijzigingen', string>
  /** Article of each plan kind, for derived sentences (`het programmaplan`, `de beleidsnota`). */
  lidwoord: Record<Document['soort'], 'de' | 'het'>
  /** Pijler labels: [singular, plural]. */
  pijler: Record<Pijler['label'], [string, string]>
  /** Labels of title-page and kopgegevens rows. */
  meta: Record<string, string>
  /** Headings of the parts of a raadsvoorstel. */
  raadsvoorstel: Record<string, string>
}

/** The default Dutch labels. */
export const defaultLabels: Labels = {
  inhoudsopgave: 'Inhoudsopgave',
  concept: 'CONCEPT',
  koers: 'Koers',
  ambitie: 'Ambitie',
  visie: 'Visie',
  missie: 'Missie',
  opgaven: 'Opgaven',
  effecten: 'Maatschappelijke effecten',
  principes: 'Leidende principes',
  voorbeelden: 'Voorbeelden',
  doelen: 'Doelen',
  hoofddoel: 'Hoofddoel',
  kaders: 'Kaders',
  inspanningen: 'Wat gaan we daarvoor doen?',
  financieleVertaling: 'Financiële vertaling',
  kosten: 'Wat mag het kosten?',
  uitvoeringsagenda: 'Uitvoeringsagenda',
  overigeActies: 'Overige acties',
  programmabredeActies: 'Programmabrede acties',
  tijdlijn: 'Tijdlijn van de uitvoeringsagenda',
  financien: 'Financiën',
  taakstellingen: 'Taakstellingen',
  totaal: 'Totaal',
  taakstelling: 'Taakstelling',
  teVerdelen: 'Te verdelen',
  verdeling: 'Verdeling',
  risicos: "Risico's",
  kansen: 'Kansen',
  begrippen: 'Begrippenlijst',
  inspraak: 'Inspraak',
  bijlagen: 'Bijlagen',
  bijlage: 'Bijlage',
  hoofdstuk: 'Hoofdstuk',
  noten: 'Noten',
  noot: 'Noot',
  openstaandeFouten: ['Gebouwd met {n} openstaande fout', 'Gebouwd met {n} openstaande fouten'],
  paginaVan: 'pagina {page} van {pages}',
  logo: 'Logo gemeente {gemeente}',
  raadsbesluit: 'Raadsbesluit',
  ontwerpRaadsbesluit: 'Ontwerp-raadsbesluit',
  publicatie: 'Publicatiegegevens',
  actie: ['actie', 'acties'],
  columns: {
    id: 'Nr.',
    pijler: 'Pijler',
    subkop: 'Subkop',
    activiteit: 'Activiteit',
    doel: 'Doel',
    start: 'Start',
    eind: 'Afronding',
    domein: 'Domein',
    eigenaar: 'Eigenaar',
    status: 'Status',
    bijzonderheden: 'Bijzonderheden',
    risico: 'Risico',
    kans: 'Kans',
    impact: 'Impact',
    beheersmaatregel: 'Beheersmaatregel',
    indicator: 'Indicator',
    nulmeting: 'Nulmeting',
    streefwaarde: 'Streefwaarde',
    jaar: 'Jaar',
    omschrijving: 'Omschrijving',
    bedrag: 'Bedrag',
    aanpassing: 'Aanpassing',
    reactie: 'Reactie',
    beantwoording: 'Beantwoording'
  },
  status: { concept: 'Concept', ingediend: 'Ingediend', vastgesteld: 'Vastgesteld', ingetrokken: 'Ingetrokken' },
  soort: {
    programmaplan: 'Programmaplan',
    beleidskader: 'Beleidskader',
    agenda: 'Agenda',
    aanpak: 'Aanpak',
    beleidsnota: 'Beleidsnota',
    uitvoeringsprogramma: 'Uitvoeringsprogramma',
    actieplan: 'Actieplan',
    visie: 'Visie',
    begroting: 'Begroting',
    raadsvoorstel: 'Raadsvoorstel',
    wijzigingen: 'Wijzigingsoverzicht'
  },
  lidwoord: {
    programmaplan: 'het',
    beleidskader: 'het',
    agenda: 'de',
    aanpak: 'de',
    beleidsnota: 'de',
    uitvoeringsprogramma: 'het',
    actieplan: 'het',
    visie: 'de',
    begroting: 'de'
  },
  pijler: {
    thema: ['Thema', "Thema's"],
    opgave: ['Opgave', 'Opgaven'],
    route: ['Route', 'Routes'],
    resultaatgebied: ['Resultaatgebied', 'Resultaatgebieden'],
    ontwikkelopdracht: ['Ontwikkelopdracht', 'Ontwikkelopdrachten'],
    programma: ['Programma', "Programma's"],
    speerpunt: ['Speerpunt', 'Speerpunten'],
    pijler: ['Pijler', 'Pijlers'],
    spoor: ['Spoor', 'Sporen'],
    lijn: ['Lijn', 'Lijnen'],
    actielijn: ['Actielijn', 'Actielijnen'],
    programmalijn: ['Programmalijn', 'Programmalijnen'],
    bouwsteen: ['Bouwsteen', 'Bouwstenen'],
    prioriteit: ['Prioriteit', 'Prioriteiten'],
    ambitie: ['Ambitie', 'Ambities'],
    focusgebied: ['Focusgebied', 'Focusgebieden']
  },
  meta: {
    gemeente: 'Gemeente',
    soort: 'Soort document',
    periode: 'Periode',
    status: 'Status',
    versie: 'Versie',
    datum: 'Datum',
    eigenaar: 'Opgesteld door',
    portefeuillehouder: 'Portefeuillehouder',
    contact: 'Contact',
    onderwerp: 'Onderwerp',
    registratienummer: 'Registratienummer',
    datumCollege: 'Datum collegebesluit',
    commissie: 'Commissie',
    organisatie: 'Organisatie',
    organisatietype: 'Soort organisatie',
    officieleNaam: 'Officiële naam regeling',
    citeertitel: 'Citeertitel',
    vastgesteldDoor: 'Vastgesteld door',
    eigenOnderwerp: 'Eigen onderwerp',
    opmerkingen: 'Opmerkingen met betrekking tot de regeling',
    grondslagen: 'Wettelijke grondslag',
    inwerkingtreding: 'Datum inwerkingtreding',
    terugwerkendeKracht: 'Terugwerkende kracht',
    uitwerkingtreding: 'Datum uitwerkingtreding',
    betreft: 'Betreft',
    ondertekening: 'Datum ondertekening',
    bronBekendmaking: 'Bron bekendmaking',
    kenmerkVoorstel: 'Kenmerk voorstel'
  },
  raadsvoorstel: {
    kopgegevens: 'Kopgegevens',
    samenvatting: 'Samenvatting',
    beslispunten: 'Voorgesteld besluit',
    inleiding: 'Inleiding',
    beoogdEffect: 'Beoogd effect',
    argumenten: 'Argumenten',
    kanttekeningen: 'Kanttekeningen en risico’s',
    financien: 'Financiën',
    communicatie: 'Communicatie',
    vervolg: 'Uitvoering en vervolg',
    bijlagen: 'Bijlagen',
    ondertekening: 'Ondertekening',
    besluit: 'Ontwerp-raadsbesluit',
    secretaris: 'De secretaris',
    burgemeester: 'De burgemeester',
    griffier: 'De griffier',
    voorzitter: 'De voorzitter'
  }
}

/** Labels with some fields overridden; nested records are merged one level deep. */
export type LabelOverrides = { [Key in keyof Labels]?: Labels[Key] extends [string, string] ? Labels[Key] : Labels[Key] extends Record<string, unknown> ? Partial<Labels[Key]> : Labels[Key] }

/**
 * Merge label overrides over the defaults.
 *
 * @param overrides Labels to replace (optional); objects are merged per key.
 * @returns A complete set of labels.
 */
export function resolveLabels(...overrides: Array<LabelOverrides | undefined>): Labels {
  const result = structuredClone(defaultLabels) as unknown as Record<string, unknown>
  for (const layer of overrides) {
    if (!layer) continue
    for (const [key, value] of Object.entries(layer)) {
      if (value === undefined) continue
      const current = result[key]
      result[key] =
        isRecord(current) && isRecord(value) && !Array.isArray(value) ? { ...current, ...value } : value
    }
  }
  return result as unknown as Labels
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}
