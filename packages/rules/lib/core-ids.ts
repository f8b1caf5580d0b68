import type { Severity } from '@kapstok/core'

/** Documentation of a message id emitted outside this package (core, reader). */
export interface CoreIdDoc {
  /** Message id. */
  id: string
  /** Package that emits it. */
  source: '@kapstok/core' | '@kapstok/markdown'
  /** Severity. */
  severity: Severity
  /** What the message means. */
  what: string
  /** How to fix it. */
  fix: string
  /** An example message. */
  example: string
}

/** Ids emitted by `@kapstok/core` (schema, ids, references, crashes) and the Markdown reader. */
export const coreIds: ReadonlyArray<CoreIdDoc> = [
  { id: 'schema-required', source: '@kapstok/core', severity: 'error', what: 'Een verplicht veld van het model ontbreekt, bijvoorbeeld `gemeente` in de frontmatter of `activiteit` in een agendarij.', fix: 'Vul het genoemde veld in.', example: 'Ontbrekend veld `gemeente` in het document' },
  { id: 'schema-unknown-field', source: '@kapstok/core', severity: 'error', what: 'Een veld dat het model niet kent, meestal een tikfout in de frontmatter of een YAML-bestand.', fix: 'Controleer de spelling tegen het schema (`plan.schema.json`).', example: 'Onbekend veld `citeertiel` in de publicatiegegevens; controleer de spelling' },
  { id: 'schema-enum', source: '@kapstok/core', severity: 'error', what: 'Een waarde die niet in de vaste lijst staat, bijvoorbeeld een onbekende `soort` of `status`.', fix: 'Kies een van de genoemde waarden.', example: 'Onbekende waarde `definitief` voor status; kies uit: `concept`, `ingediend`, `vastgesteld`, `ingetrokken`' },
  { id: 'schema-format', source: '@kapstok/core', severity: 'error', what: 'Een waarde in de verkeerde vorm, meestal een datum die niet als JJJJ-MM-DD is geschreven.', fix: 'Schrijf de datum als `2022-01-18`.', example: 'Ongeldige datum `18-01-2022` voor datum; schrijf de datum als JJJJ-MM-DD, bijvoorbeeld `2022-01-18`' },
  { id: 'schema-type', source: '@kapstok/core', severity: 'error', what: 'Een waarde van het verkeerde soort: tekst waar een getal of lijst hoort, of omgekeerd.', fix: 'Geef de waarde in de genoemde vorm.', example: 'Ongeldige waarde `2022 tot 2025` voor periode; verwacht een object met velden' },
  { id: 'schema-empty', source: '@kapstok/core', severity: 'error', what: 'Een verplicht tekstveld is leeg.', fix: 'Vul het veld in.', example: 'Lege waarde voor titel; vul dit veld in' },
  { id: 'schema-id', source: '@kapstok/core', severity: 'error', what: 'Een id die niet met een letter begint of andere tekens dan letters, cijfers, `.`, `-` en `_` bevat.', fix: 'Kies een id als `t1`, `p3` of `sociale-basis`.', example: 'Ongeldige id `1`; een id begint met een letter en bevat alleen letters, cijfers, `.`, `-` of `_`' },
  { id: 'schema-range', source: '@kapstok/core', severity: 'error', what: 'Een getal buiten het toegestane bereik, bijvoorbeeld een jaartal van drie cijfers.', fix: 'Corrigeer het getal.', example: 'Waarde `202` voor start ligt buiten het toegestane bereik (minimaal 1900)' },
  { id: 'schema-unique', source: '@kapstok/core', severity: 'error', what: 'Een lijst die dezelfde waarde twee keer bevat, bijvoorbeeld twee keer hetzelfde domein.', fix: 'Haal de dubbele waarde weg.', example: 'Dubbele waarde in domeinen' },
  { id: 'schema-invalid', source: '@kapstok/core', severity: 'error', what: 'Een andere schemafout die niet onder de specifieke ids valt.', fix: 'Lees de melding en vergelijk met het schema.', example: 'Ongeldige waarde `…` voor bedragen (…)' },
  { id: 'id-duplicate', source: '@kapstok/core', severity: 'error', what: 'Twee onderdelen hebben dezelfde id; ids zijn uniek over alle bestanden van een plan.', fix: 'Geef een van beide een andere id en pas verwijzingen aan.', example: 'Dubbele id `t1`; een id mag maar één keer voorkomen in het plan' },
  { id: 'ref-missing', source: '@kapstok/core', severity: 'error', what: 'Een verwijzing (`[tekst](#id)`, de pijler van een actie, een id in de kolom verwijzingen) naar een id die niet bestaat.', fix: 'Verbeter de id of voeg `{#id}` toe aan de kop waar je naar verwijst.', example: 'Verwijzing `#t9` in `[thema Zorg]` heeft geen doel; er is geen onderdeel met die id' },
  { id: 'internal-error', source: '@kapstok/core', severity: 'error', what: 'Een regel of renderer liep vast. De andere regels draaien gewoon door.', fix: 'Meld dit als fout in kapstok, met het plan of een klein voorbeeld.', example: 'Interne fout in `agenda-date-order`: … Meld dit als fout in kapstok.' },
  { id: 'yaml-syntax', source: '@kapstok/markdown', severity: 'error', what: 'De frontmatter of een YAML-bestand is geen geldige YAML (inspringing, dubbele punt, aanhalingstekens).', fix: 'Herstel de YAML op de genoemde plek.', example: 'YAML-fout: …' },
  { id: 'table-column-count', source: '@kapstok/markdown', severity: 'error', what: 'Een tabelrij heeft meer of minder cellen dan de kop.', fix: 'Voeg de ontbrekende cellen toe (leeg mag: `| |`) of haal de overbodige weg.', example: 'Rij 3 van de uitvoeringsagenda heeft 5 cellen, de kop 6; vul de ontbrekende cellen aan (leeg mag: `| |`)' },
  { id: 'table-unknown-column', source: '@kapstok/markdown', severity: 'error', what: 'Een kolomkop die de reader niet kent.', fix: 'Gebruik een van de bekende kolomnamen, of voeg een synoniem toe met `columns` in `kapstok.config.*`.', example: 'Onbekende kolom `Aanvang` in de uitvoeringsagenda; bekende kolommen: …' },
  { id: 'amount-unreadable', source: '@kapstok/markdown', severity: 'warning', what: 'Een cel in een financiële tabel die niet als bedrag te lezen is.', fix: 'Schrijf het bedrag als `€ 1.900.000` of `€ 0,3 mln`, of zet tekst in een kolom Toelichting.', example: 'Bedrag `ongeveer twee ton` is niet te lezen; schrijf bijvoorbeeld `€ 1.900.000` of `€ 0,3 mln`' },
  { id: 'besluit-unread', source: '@kapstok/markdown', severity: 'warning', what: 'Een alinea in een hoofdstuk Raadsbesluit die in geen deel van de vaste vorm past (aanhef, gelezen, gehoord, overwegende, gelet op, besluit, dictum, vergaderdatum, griffier, voorzitter).', fix: 'Begin de alinea met de woorden van de vaste vorm (bijvoorbeeld `gelet op …;`), zet het dictum na `besluit:`, of zet toelichting in een ander hoofdstuk.', example: 'Alinea `Dit besluit treedt in werking …` past niet in de vaste vorm van het raadsbesluit; begin met `gelet op`, `overwegende`, … of zet de tekst na `besluit:`' },
  { id: 'file-empty', source: '@kapstok/markdown', severity: 'error', what: 'Een bronbestand is leeg.', fix: 'Vul het bestand of verwijder het.', example: 'Bestand `02-principes.md` is leeg' },
  { id: 'file-binary', source: '@kapstok/markdown', severity: 'error', what: 'Een bronbestand is geen tekst (bijvoorbeeld een Word-bestand met de extensie `.md`).', fix: 'Sla het bestand op als platte tekst (Markdown).', example: 'Bestand `plan.md` is geen tekstbestand' },
  { id: 'file-encoding', source: '@kapstok/markdown', severity: 'error', what: 'Een bronbestand is geen geldige UTF-8.', fix: 'Sla het bestand op als UTF-8.', example: 'Bestand `plan.md` is geen geldige UTF-8' },
  { id: 'file-outside', source: '@kapstok/markdown', severity: 'error', what: 'Een bestand in de planmap is een koppeling (symlink) naar een bestand buiten de planmap, of een koppeling die nergens heen wijst. kapstok leest alleen bestanden in de planmap, zodat een geüpload plan geen andere bestanden van de server in de documenten kan krijgen.', fix: 'Kopieer het bestand naar de planmap, of verwijder de koppeling.', example: 'Bestand `gegevens.md` is een koppeling naar een bestand buiten de planmap; kapstok leest alleen bestanden in de planmap. Kopieer het bestand naar de planmap' },
  { id: 'file-too-large', source: '@kapstok/markdown', severity: 'error', what: 'Een bronbestand is groter dan 10 MiB. Een plan is tekst; een groter bestand is een vergissing of een aanval en wordt niet gelezen.', fix: 'Splits het plan over meer bestanden, of haal ingevoegde gegevens eruit.', example: 'Bestand `plan.md` is te groot (52,4 MiB; maximaal 10 MiB per bronbestand); splits het plan over meer bestanden' },
  { id: 'plan-missing', source: '@kapstok/markdown', severity: 'error', what: 'Op het opgegeven pad staat geen plan: geen Markdown-, YAML- of JSON-bestand.', fix: 'Geef het pad naar een planmap of planbestand.', example: 'Geen plan gevonden in `plannen/`' }
]
