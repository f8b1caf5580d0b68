import { isAbsolute } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Severity } from '@kapstok/core'
import { groupEntries, type Entry } from './entries.js'
import type { Reporter, RuleMeta } from './types.js'

/** SARIF `level` per severity. */
const levels: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' }

/** Home page of kapstok, SARIF `tool.driver.informationUri`. */
const informationUri = 'https://github.com/kapstok/kapstok'

/** A SARIF `reportingDescriptor` (rule). */
interface SarifRule {
  id: string
  name?: string
  shortDescription?: { text: string }
  fullDescription?: { text: string }
  help?: { text: string; markdown?: string }
  helpUri?: string
  defaultConfiguration?: { level: 'error' | 'warning' | 'note' }
}

/**
 * SARIF 2.1.0 log for GitHub code scanning and other SARIF viewers: one run whose
 * `tool.driver` names kapstok (`version`, `semanticVersion`, `informationUri`) and lists every
 * rule of the active configuration (from `input.rules`, plus any id that only occurs in
 * messages, such as the reader's) with short and full description, help and help URI; one
 * result per message with `ruleId`, `ruleIndex`, `level` (`error` / `warning` / `note`),
 * `message.text` and a physical location: the file relative to `%SRCROOT%` (the `cwd`,
 * declared in `originalUriBaseIds`; absolute paths outside it become `file:` URIs) and, when
 * known, the region (1-based lines and columns, end column exclusive).
 *
 * @param input Files, messages, rules and tool version.
 * @returns Pretty-printed JSON (two-space indent), without a final newline.
 */
export const sarif: Reporter = (input) => {
  const rules: SarifRule[] = (input.rules ?? []).map((rule) => describeRule(rule))
  const indices = new Map(rules.map((rule, index) => [rule.id, index]))
  const results = groupEntries(input).flatMap((group) =>
    group.entries.map((entry) => {
      const ruleId = entry.json.ruleId
      if (ruleId !== null && !indices.has(ruleId)) {
        indices.set(ruleId, rules.length)
        rules.push(describeUnlisted(entry))
      }
      return {
        ...(ruleId === null ? {} : { ruleId, ruleIndex: indices.get(ruleId) }),
        level: levels[entry.json.severity],
        message: { text: entry.json.message },
        locations: [{ physicalLocation: physicalLocation(entry) }]
      }
    })
  )
  const driver = {
    name: 'kapstok',
    informationUri,
    ...(input.toolVersion === undefined ? {} : { version: input.toolVersion, semanticVersion: input.toolVersion }),
    rules
  }
  const run = {
    tool: { driver },
    ...(input.cwd === undefined ? {} : { originalUriBaseIds: { '%SRCROOT%': { uri: folderUri(input.cwd) } } }),
    results
  }
  const log = { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] }
  return JSON.stringify(log, null, 2)
}

/**
 * SARIF rule descriptor for rule metadata. GitHub code scanning shows `help` beside a result
 * and wants `shortDescription`, `fullDescription` and `help` on every rule.
 *
 * @param rule Rule metadata.
 * @returns The descriptor.
 */
function describeRule(rule: RuleMeta): SarifRule {
  const full = rule.fullDescription ?? rule.description
  const help = rule.help ?? `${full}\n\nZie ${rule.url}`
  return {
    id: rule.id,
    name: pascal(rule.id),
    shortDescription: { text: rule.description },
    fullDescription: { text: full },
    help: { text: plain(help), markdown: help },
    helpUri: rule.url,
    defaultConfiguration: { level: levels[rule.severity] }
  }
}

/**
 * Descriptor for an id that only occurs in messages (reader and core checks): described by its
 * first message, with the docs URL the message carries.
 *
 * @param entry The first entry with that id.
 * @returns The descriptor.
 */
function describeUnlisted(entry: Entry): SarifRule {
  const id = entry.json.ruleId ?? ''
  const text = `Controle van de invoer \`${id}\``
  const url = entry.json.url ?? undefined
  const help = url ? `${text}\n\nZie ${url}` : text
  return {
    id,
    name: pascal(id),
    shortDescription: { text },
    fullDescription: { text },
    help: { text: plain(help), markdown: help },
    ...(url ? { helpUri: url } : {}),
    defaultConfiguration: { level: levels[entry.json.severity] }
  }
}

/** `agenda-date-order` → `AgendaDateOrder` (SARIF `name` is an identifier-like label). */
function pascal(id: string): string {
  return id.split(/[^a-z0-9]+/i).map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('')
}

/** Markdown → plain text for `help.text`: code ticks and emphasis marks dropped. */
function plain(markdown: string): string {
  return markdown.replace(/[`*_]/g, '')
}

/** A folder as a `file:` URI ending in `/`, as SARIF requires for a base. */
function folderUri(folder: string): string {
  const href = pathToFileURL(folder).href
  return href.endsWith('/') ? href : href + '/'
}

/**
 * SARIF physical location of a message.
 *
 * @param entry A message entry.
 * @returns The location: artifact, and region when the message has a place.
 */
function physicalLocation(entry: Entry) {
  const { json, path } = entry
  const artifactLocation =
    isAbsolute(path)
      ? { uri: pathToFileURL(path).href }
      : { uri: path.split('/').map((part) => encodeURIComponent(part)).join('/'), uriBaseId: '%SRCROOT%' }
  if (json.line === null) return { artifactLocation }
  const region = {
    startLine: json.line,
    ...(json.column === null ? {} : { startColumn: json.column }),
    ...(json.endLine === null ? {} : { endLine: json.endLine }),
    ...(json.endColumn === null ? {} : { endColumn: json.endColumn })
  }
  return { artifactLocation, region }
}
