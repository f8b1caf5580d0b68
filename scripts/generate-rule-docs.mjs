// Generates docs/rules/<id>.md and docs/rules/README.md from the rules themselves (their
// description, docs and examples) and from the static list of core and reader ids, so the
// documentation can never drift from the code. The examples are run through the real reader
// and the rule, and their output is written under each example.
//
//   node scripts/generate-rule-docs.mjs           write the pages
//   node scripts/generate-rule-docs.mjs --check   fail when a page is stale (used by tests)
//
// Needs a build first (`npx tsc -b packages/rules packages/markdown`).
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'

const rulesUrl = new URL('../packages/rules/dist/index.js', import.meta.url)
const markdownUrl = new URL('../packages/markdown/dist/index.js', import.meta.url)
const docsUrl = new URL('../docs/rules/', import.meta.url)

const groupNames = {
  structuur: 'Structuur en volledigheid',
  verwijzingen: 'Verwijzingen',
  agenda: 'Uitvoeringsagenda',
  financien: 'Financiën',
  tekst: 'Tekstkwaliteit',
  publicatie: 'Raadsbesluit en publicatie'
}
const severityNames = { error: 'fout (`error`)', warning: 'waarschuwing (`warn`)', info: 'melding (`info`)' }

/**
 * Render every docs page.
 *
 * @returns {Promise<Map<string, string>>} File name (in docs/rules/) → contents.
 */
export async function generateRuleDocs() {
  const rules = await import(rulesUrl.href)
  const { readPlan } = await import(markdownUrl.href)
  const pages = new Map()
  const inPreset = (name) => rules.presetSettings(name)
  const recommended = inPreset('recommended')
  const strict = inPreset('strict')

  for (const rule of rules.allRules) {
    const meta = rule.rule
    const lines = []
    lines.push(`# \`${meta.id}\``, '', meta.description, '')
    lines.push('| | |', '|---|---|')
    lines.push(`| Groep | ${groupNames[meta.group] ?? meta.group} |`)
    lines.push(`| Ernst | ${severityText(meta)} |`)
    lines.push(`| Presets | ${presetText(meta.id, recommended, strict)} |`)
    lines.push(`| Herstel met \`--fix\` | ${meta.fixable ? 'ja' : 'nee'} |`)
    lines.push('')
    lines.push('## Wat', '', meta.docs.what, '', '## Waarom', '', meta.docs.why, '')
    lines.push('## Opties', '')
    const options = Object.entries(meta.docs.options ?? {})
    if (options.length === 0) lines.push('Geen, behalve de ernst (`off`, `info`, `warn`, `error`).', '')
    else {
      lines.push('| optie | wat |', '|---|---|')
      for (const [name, what] of options) lines.push(`| \`${name}\` | ${what.replaceAll('|', '\\|')} |`)
      lines.push('')
    }
    lines.push('Instellen in `kapstok.config.json`:', '', '```json', JSON.stringify({ rules: { [meta.id]: configExample(meta) } }, null, 2), '```', '')
    lines.push('## Voorbeelden', '')
    const examples = rules.ruleExamples(meta.docs)
    for (const [heading, list] of [['Goed', examples.ok], ['Fout', examples.notOk]]) {
      lines.push(`### ${heading}`, '')
      for (const example of list) {
        const output = await runExample(rules, readPlan, rule, example)
        lines.push(`#### ${example.title}`, '', '`voorbeeld.md`:', '', fence(example.text, 'markdown'), '')
        if (output.length === 0) lines.push('Geen meldingen.', '')
        else lines.push('Meldingen:', '', fence(output.join('\n'), 'text'), '')
      }
    }
    lines.push('## Uitzetten', '', 'Voor één regel in de bron:', '', '```markdown', `<!-- kapstok-disable-next-line ${meta.id} -->`, '```', '')
    lines.push('Voor het hele plan: `"rules": { "' + meta.id + '": "off" }` in `kapstok.config.json`.', '')
    pages.set(`${meta.id}.md`, lines.join('\n'))
  }

  for (const doc of rules.coreIds) {
    const lines = [`# \`${doc.id}\``, '', doc.what, '', '| | |', '|---|---|']
    lines.push(`| Bron | \`${doc.source}\` |`, `| Ernst | ${severityNames[doc.severity]} |`, '| Uit te zetten | nee: dit is geen regel maar een controle van de invoer |', '')
    lines.push('## Voorbeeld', '', fence(doc.example, 'text'), '', '## Oplossen', '', doc.fix, '')
    pages.set(`${doc.id}.md`, lines.join('\n'))
  }

  pages.set('README.md', index(rules, recommended, strict))
  return pages
}

async function runExample(rules, readPlan, rule, example) {
  const file = await readPlan({ path: 'voorbeeld.md', files: { 'voorbeeld.md': example.text } })
  if (!file.model) return ['(het voorbeeld kon niet gelezen worden)']
  rules.runRule(rule.rule, rule.check, file.model, file, { options: example.options, settings: example.settings })
  return file.messages
    .filter((m) => m.ruleId === rule.rule.id)
    .map((m) => `${m.file}:${m.line ?? 0}:${m.column ?? 0}  ${m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info'}  ${m.reason}  ${m.ruleId}`)
}

function severityText(meta) {
  const base = severityNames[meta.severity]
  const byStatus = Object.entries(meta.severityByStatus ?? {})
  if (byStatus.length === 0) return base
  return `${base}; bij status ${byStatus.map(([status, sev]) => `\`${status}\`: ${severityNames[sev]}`).join(', ')}`
}

function presetText(id, recommended, strict) {
  const names = []
  for (const [name, settings] of [['recommended', recommended], ['strict', strict]]) {
    if (!settings.has(id)) continue
    const setting = settings.get(id)
    names.push(setting === undefined ? `\`${name}\`` : `\`${name}\` (\`${JSON.stringify(setting)}\`)`)
  }
  return names.join(', ') || 'geen (zelf aanzetten)'
}

function configExample(meta) {
  const severity = meta.severity === 'warning' ? 'warn' : meta.severity
  const options = meta.docs.exampleOptions
  return options ? [severity, options] : severity
}

function fence(text, lang) {
  const ticks = text.includes('```') ? '````' : '```'
  return `${ticks}${lang}\n${text.replace(/\n$/, '')}\n${ticks}`
}

function index(rules, recommended, strict) {
  const lines = ['# Regels', '', 'Gegenereerd door `scripts/generate-rule-docs.mjs` uit de regels zelf; niet met de hand bewerken.', '']
  lines.push('Zet een regel aan, uit of op een andere ernst in `kapstok.config.json` (`"rules": { "id": "warn" }`), of voor één regel in de bron met `<!-- kapstok-disable-next-line id -->`. `kapstok rules` toont deze lijst in de terminal.', '')
  for (const [group, name] of Object.entries(groupNames)) {
    const inGroup = rules.allRules.filter((r) => (r.rule.group ?? 'structuur') === group)
    if (inGroup.length === 0) continue
    lines.push(`## ${name}`, '', '| regel | ernst | presets | fix | wat |', '|---|---|---|---|---|')
    for (const { rule } of inGroup) {
      const presets = [recommended.has(rule.id) ? 'R' : '', strict.has(rule.id) ? 'S' : ''].filter(Boolean).join(' ')
      const severity = rule.severity + (rule.severityByStatus ? ' *' : '')
      lines.push(`| [\`${rule.id}\`](${rule.id}.md) | ${severity} | ${presets} | ${rule.fixable ? 'ja' : ''} | ${rule.description.replaceAll('|', '\\|')} |`)
    }
    lines.push('')
  }
  lines.push('R = `recommended`, S = `strict`; * = ernst hangt af van de documentstatus.', '')
  lines.push('## Controles van de invoer', '', 'Deze meldingen komen uit `@kapstok/core` (schema, ids, verwijzingen) en `@kapstok/markdown` (de reader). Het zijn geen regels: ze staan altijd aan.', '')
  lines.push('| id | bron | ernst | wat |', '|---|---|---|---|')
  for (const doc of rules.coreIds) lines.push(`| [\`${doc.id}\`](${doc.id}.md) | \`${doc.source}\` | ${doc.severity} | ${doc.what.replaceAll('|', '\\|')} |`)
  lines.push('')
  return lines.join('\n')
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const pages = await generateRuleDocs()
  const check = process.argv.includes('--check')
  await mkdir(docsUrl, { recursive: true })
  const stale = []
  for (const [name, contents] of pages) {
    const url = new URL(name, docsUrl)
    const current = await readFile(url, 'utf8').catch(() => undefined)
    if (current === contents) continue
    if (check) stale.push(name)
    else await writeFile(url, contents)
  }
  const extra = (await readdir(docsUrl)).filter((name) => name.endsWith('.md') && !pages.has(name))
  if (check && (stale.length > 0 || extra.length > 0)) {
    console.error(`Stale rule docs: ${[...stale, ...extra.map((n) => n + ' (no rule)')].join(', ')}; run \`node scripts/generate-rule-docs.mjs\``)
    process.exit(1)
  }
  if (!check) console.log(`Wrote ${pages.size} pages to docs/rules/`)
}
