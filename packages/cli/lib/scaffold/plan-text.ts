/** What `kapstok init` asks for. */
export interface PlanAnswers {
  /** Name of the municipality. */
  gemeente: string
  /** Title of the plan. */
  titel: string
  /** Kind of plan (`soort` in the frontmatter). */
  soort: string
  /** Period, e.g. `2026-2029`. */
  periode: string
}

/**
 * A starting plan: frontmatter and the parts its kind needs, with placeholder text: koers,
 * pijlers, uitvoeringsagenda and financiën (which covers every kind but one), or for a begroting
 * its three BBV questions. Written so that it checks with no errors and no warnings under the
 * recommended rules and builds every document.
 *
 * @param answers Gemeente, titel, soort, periode.
 * @param today The plan's date (`datum`), ISO.
 * @returns The text of `plan.md`.
 */
export function planText(answers: PlanAnswers, today: string): string {
  const [first = today.slice(0, 4), last = first] = answers.periode.split(/\s*[-–]\s*/)
  return `---
gemeente: ${yamlString(answers.gemeente)}
titel: ${yamlString(answers.titel)}
soort: ${answers.soort}
periode: ${yamlString(answers.periode)}
status: concept
datum: ${today}
---

${answers.soort === 'begroting' ? budgetBody(first) : planBody(first, last)}`
}

// A programma of a begroting: its visie, thema's and agenda would be parts it never has.
function budgetBody(first: string): string {
  return `# Wat willen we bereiken?

Beschrijf de maatschappelijke effecten die de gemeente met dit programma wil bereiken.

# Wat gaan we daarvoor doen?

Beschrijf per doel wat de gemeente daarvoor doet.

# Wat mag het kosten?

| Lasten | ${first} |
|---|---|
| Eerste taakveld | 10.000 |
| Overig | 5.000 |
| Totaal | 15.000 |
`
}

function planBody(first: string, last: string): string {
  return `# Ambitie

Beschrijf in een paar zinnen wat de gemeente met dit plan wil bereiken.

# Thema's

## Eerste thema {#t1}

Waarom dit thema ertoe doet en wat de gemeente ermee wil bereiken.

# Uitvoeringsagenda

## [Eerste thema](#t1)

| Activiteit | Doel | Start | Afronding |
|---|---|---|---|
| Eerste activiteit | Wat de activiteit oplevert | ${first} | ${last} |

# Financiën

| Onderdeel | ${first} |
|---|---|
| Eerste thema | 10.000 |
| Overig | 5.000 |
| Totaal | 15.000 |
`
}

// Quote when YAML would read the value as something else than text (a number, a date, `key: value`);
// a period `2026-2029` is text to YAML as it is.
function yamlString(value: string): string {
  return /^([\p{L}][\p{L}\p{N} .,'()/&-]*|\d{4}-\d{4})$/u.test(value) && !/:\s/.test(value) ? value : JSON.stringify(value)
}
