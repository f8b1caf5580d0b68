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
  shortDescription?: { text: string }
  helpUri?: string
  defaultConfiguration?: { level: 'error' | 'warning' | 'note' }
}

/**
 * SARIF 2.1.0 log for GitHub code scanning and other SARIF viewers: one run whose
 * `tool.driver` lists the rules (from `input.rules`, plus any rule id that only occurs in
 * messages), and one result per message with `ruleId`, `ruleIndex`, `level`
 * (`error` / `warning` / `note`), `message.text` and a physical location: the file relative to
 * `%SRCROOT%` (the `cwd`; absolute paths outside it become `file:` URIs) and, when known, the region (1-based lines and columns, end
 * column exclusive).
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
        rules.push({ id: ruleId, ...(entry.json.url ? { helpUri: entry.json.url } : {}) })
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
    ...(input.toolVersion === undefined ? {} : { version: input.toolVersion }),
    rules
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver }, results }]
  }
  return JSON.stringify(log, null, 2)
}

/**
 * SARIF rule descriptor for rule metadata.
 *
 * @param rule Rule metadata.
 * @returns The descriptor.
 */
function describeRule(rule: RuleMeta): SarifRule {
  return {
    id: rule.id,
    shortDescription: { text: rule.description },
    helpUri: rule.url,
    defaultConfiguration: { level: levels[rule.severity] }
  }
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
