/**
 * The CLI's help texts: one overview (`kapstok --help`) and one per command
 * (`kapstok build --help`). `kapstok diff --help` lives with the diff command.
 */

/** Commands the CLI knows, for "bedoelde u …?". */
export const commands = ['init', 'pack', 'check', 'build', 'inspect', 'import', 'diff', 'watch', 'rules', 'help'] as const

const trust = '  --trust                Voer een kapstok.config.mjs uit en laad de plugins uit de configuratie\n                         (dat is code; alleen voor plannen die u vertrouwt)'
const config = '  -c, --config <pad>     Gebruik dit configuratiebestand (standaard: kapstok.config.* in de map van het plan)'
const help = '  -h, --help             Toon deze hulp'

/** Help per command (without diff, which has its own). */
export const commandHelp: Record<string, string> = {
  init: `Gebruik: kapstok init [map] [opties]

Begin een plan: plan.md, kapstok.config.yaml (met \`$schema\`) en desgewenst een CI-bestand.
Op een terminal vraagt kapstok wat ontbreekt; zonder terminal gelden de standaardwaarden.
Bestaande bestanden worden nooit overschreven.

Opties:
  --gemeente <naam>      Naam van de gemeente
  --titel <titel>        Titel van het plan
  --soort <soort>        programmaplan, beleidskader, agenda, aanpak, beleidsnota, uitvoeringsprogramma, actieplan, visie of begroting
  --periode <jaren>      Looptijd, bijvoorbeeld 2026-2029
  --ci github|gitlab     Schrijf ook een CI-bestand voor GitHub Actions of GitLab CI
${help}

Exitcodes: 0 geschreven, 2 verkeerd gebruik of bestand bestaat al.`,
  pack: `Gebruik: kapstok pack new <naam> [opties]

Maak een sjabloonpakket (kapstok-pack-<naam>) dat het standaardpakket uitbreidt ("extends" in
pack.json): eigen kleur, logo en colofon; al het andere erft het van het standaardpakket.
Klaar om te publiceren.

Opties:
  --kleur <kleur>        Hoofdkleur, bijvoorbeeld #5a2d82
  --out <map>            Map voor het pakket (standaard: kapstok-pack-<naam>)
${help}

Exitcodes: 0 geschreven, 2 verkeerd gebruik.`,
  check: `Gebruik: kapstok check <pad> [opties]

Controleer een plan (map of bestand) en meld fouten en waarschuwingen.

Opties:
  -f, --format <naam>    stylish (standaard), json, sarif, github, gitlab, junit
  --max-warnings <n>     Faal bij meer dan n waarschuwingen
  --strict               Waarschuwingen laten falen
  -q, --quiet            Alleen fouten melden
  --fix                  Veilige correcties in de bronbestanden doorvoeren
  -o, --output-file <pad>  Schrijf het rapport naar een bestand
${config}
  --cache                Onthoud resultaten in .kapstokcache; ongewijzigde bestanden worden niet opnieuw gelezen
  --cache-location <pad> Bewaar de cache in dit bestand (zet --cache aan)
${trust}
${help}

Exitcodes: 0 in orde, 1 fouten gevonden (of te veel waarschuwingen), 2 verkeerd gebruik.`,
  build: `Gebruik: kapstok build <pad> [opties]

Controleer het plan en maak de documenten (HTML, Markdown, PDF, DOCX, JSON, CSV en de
formaten van plugins). Bij fouten wordt niets geschreven.

Opties:
  --out <map>            Uitvoermap (standaard: out)
  -f, --format <lijst>   html,md,pdf,docx,json,csv (standaard: alle)
  --doc <lijst>          programmaplan,beleidskader,raadsvoorstel (standaard: alle die het plan ondersteunt)
  --force                Ook bouwen als er fouten zijn
  --standalone           HTML op zichzelf: opmaak en logo in het bestand, geen assets/
  --changes-since <versie>
                         Toon in de documenten de wijzigingen ten opzichte van een eerdere versie
                         (map, bestand of git-revisie: tag, branch, commit): geschrapte woorden
                         doorgehaald, ingevoegde gemarkeerd, per alinea en per tabelcel
${config}
${trust}
${help}

Exitcodes: 0 geschreven, 1 fouten gevonden, geen document te maken of de eerdere versie is geen
plan (niets geschreven), 2 verkeerd gebruik (ook: onbekende eerdere versie).`,
  inspect: `Gebruik: kapstok inspect <pad> [opties]

Toon het model van het plan als JSON (geldig volgens het gepubliceerde schema).

Opties:
  --positions            Voeg de bronposities (bestand:regel:kolom) toe
${config}
${trust}
${help}

Exitcodes: 0 in orde, 1 het plan is niet te lezen, 2 verkeerd gebruik.`,
  import: `Gebruik: kapstok import <docx|odt> [opties]

Zet een Word-document (.docx) om in een kapstok-bronmap. OpenDocument-tekst (.odt) wordt
eerst met LibreOffice (soffice) omgezet naar .docx; zonder LibreOffice sla het op als .docx.

Opties:
  --out <map>            Map voor de nieuwe bron (standaard: naam van het document zonder extensie)
  --force                Ook schrijven in een map die al bestanden heeft
${help}

Exitcodes: 0 omgezet, 1 het document is niet te lezen, 2 verkeerd gebruik (ook: .odt zonder LibreOffice).`,
  watch: `Gebruik: kapstok watch <pad> [opties]

Bouw opnieuw bij elke wijziging; met --serve ook een voorbeeld in de browser.

Opties:
  --serve                Toon de documenten op http://127.0.0.1 en herlaad na elke bouw
  --port <n>             Poort voor --serve (standaard: 4173; 0 kiest een vrije poort)
  --out <map>            Uitvoermap (standaard: out)
  -f, --format <lijst>   Formaten, als bij build
  --doc <lijst>          Documenten, als bij build
${config}
${trust}
${help}`,
  rules: `Gebruik: kapstok rules [<pad>] [opties]

Toon alle regels met id, ernst, groep en beschrijving. Met een plan (en --trust) ook de
regels van de plugins in zijn configuratie.

Opties:
  -f, --format <naam>    text (standaard) of json
${config}
${trust}
${help}`
}

/** `kapstok --help`. */
export const usage = `Gebruik: kapstok <opdracht> <pad> [opties]

Opdrachten:
  init [map]      Begin een plan: plan.md, kapstok.config.yaml en met --ci github|gitlab een CI-bestand
  pack new <naam> Maak een sjabloonpakket dat het standaardpakket uitbreidt
  check <pad>     Controleer een plan (map of bestand) en meld fouten en waarschuwingen
  build <pad>     Controleer en maak de documenten (HTML, Markdown, PDF, DOCX, JSON, CSV)
  inspect <pad>   Toon het model als JSON
  import <docx>   Zet een Word-document (.docx of .odt) om in een kapstok-bronmap
  diff <oud> <nieuw>  Toon wat er veranderd is tussen twee versies
  watch <pad>     Bouw opnieuw bij elke wijziging (met --serve: voorbeeld in de browser)
  rules [<pad>]   Toon alle regels met id en ernst

Meer over één opdracht: kapstok <opdracht> --help (bijvoorbeeld kapstok build --help).

Algemene opties:
  -h, --help             Toon deze hulp
  -v, --version          Toon het versienummer

Exitcodes: 0 in orde, 1 fouten gevonden, 2 verkeerd gebruik of ongeldige configuratie, 3 interne fout.`

/**
 * One line for a usage error, with a pointer to the right help.
 *
 * @param message The Dutch message.
 * @param command The command it is about, if known.
 * @returns The line (with newline), e.g. ``kapstok: Onbekende optie `--x`. Zie `kapstok check --help`.``
 */
export function usageLine(message: string, command?: string): string {
  const end = /[.?!]$/.test(message) ? '' : '.'
  const pointer = command && command in commandHelp ? `kapstok ${command} --help` : 'kapstok --help'
  return `kapstok: ${message}${end} Zie \`${pointer}\`.\n`
}
