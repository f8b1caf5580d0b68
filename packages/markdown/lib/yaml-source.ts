import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Alias, type Document, type Node as YamlNode } from 'yaml'
import type { PathSegment, PlanFile, SourceLocation } from '@kapstok/core'
import type { LocalPositions } from './builder.js'

/** A YAML (or JSON) text read with positions. */
export interface YamlResult {
  /** The value (`undefined` when the text had errors). */
  value: unknown
  /** Positions of every node, relative to the value. */
  positions: LocalPositions
  /** Whether a syntax error was reported. */
  failed: boolean
}

/** Where the YAML text sits in its file (for frontmatter). */
export interface YamlOrigin {
  /** File path. */
  file: string
  /** Line of the YAML's first character in the file (1-based). */
  line: number
  /** Offset of the YAML's first character in the file. */
  offset: number
}

// Dutch explanations for the yaml package's error codes.
const yamlErrors: Record<string, string> = {
  BAD_INDENT: 'inspringing klopt niet',
  DUPLICATE_KEY: 'dezelfde sleutel staat er twee keer',
  MISSING_CHAR: 'er ontbreekt een teken (bijvoorbeeld een sluitend aanhalingsteken of haakje)',
  BLOCK_AS_IMPLICIT_KEY: 'een sleutel loopt over meerdere regels; staat er een `:` te veel of te weinig?',
  TAB_AS_INDENT: 'inspringen met tabs is niet toegestaan; gebruik spaties',
  UNEXPECTED_TOKEN: 'onverwacht teken',
  MULTILINE_IMPLICIT_KEY: 'een sleutel mag niet over meerdere regels lopen',
  BAD_SCALAR_START: 'een waarde mag niet met dit teken beginnen; zet de waarde tussen aanhalingstekens',
  MULTIPLE_DOCS: 'meer dan één YAML-document in dit blok',
  BAD_DQ_ESCAPE: 'ongeldige escape in een tekst tussen dubbele aanhalingstekens'
}

/**
 * The Dutch explanation of an error of the `yaml` package (falls back to its own text for a
 * code without one).
 *
 * @param error The error's code and message.
 * @returns The explanation, without the "Ongeldige YAML:" prefix.
 */
export function explainYamlError(error: { code: string; message: string }): string {
  return yamlErrors[error.code] ?? error.message.split('\n')[0] ?? error.code
}

/**
 * Parse YAML (JSON is YAML too) keeping the line and column of every value. Syntax errors
 * are reported on the plan file at their place, in Dutch.
 *
 * @param text The YAML text.
 * @param origin Where it sits in its file.
 * @param plan Plan file for messages.
 * @returns Value and positions.
 */
export function readYaml(text: string, origin: YamlOrigin, plan: PlanFile): YamlResult {
  const lineCounter = new LineCounter()
  const document = parseDocument(text, { lineCounter, keepSourceTokens: true, uniqueKeys: true, prettyErrors: false })
  const locate = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset)
    return { line: origin.line + line - 1, column: col, offset: origin.offset + offset }
  }
  const range = (start: number, end: number): SourceLocation => ({ file: origin.file, start: locate(start), end: locate(end) })
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      const [start, end] = error.pos
      plan.message(`Ongeldige YAML: ${explainYamlError(error)}`, { ruleId: 'yaml-syntax', source: '@kapstok/markdown', location: range(start, Math.max(end, start + 1)) })
    }
    return { value: undefined, positions: [], failed: true }
  }
  // `__proto__` as a key would set the prototype of the object `toJS` builds, so a plan could
  // make `status` read `vastgesteld` through it: report the key and leave it out.
  visit(document, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || pair.key.value !== '__proto__') return undefined
      const keyRange = (pair.key as YamlNode).range
      plan.message('Sleutel `__proto__` is geen veld van een plan; verwijder hem', {
        ruleId: 'schema-unknown-field',
        source: '@kapstok/markdown',
        ...(keyRange ? { location: range(keyRange[0], keyRange[1]) } : {})
      })
      return visit.REMOVE
    }
  })
  const positions: LocalPositions = []
  const walk = (node: YamlNode | null | undefined, path: PathSegment[]): void => {
    if (!node) return
    if (node.range) positions.push([path, range(node.range[0], node.range[1])])
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key)
        const keyNode = pair.key as YamlNode | null
        if (!pair.value && keyNode?.range) positions.push([[...path, key], range(keyNode.range[0], keyNode.range[1])])
        walk(pair.value as YamlNode | null, [...path, key])
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item as YamlNode, [...path, i]))
    }
  }
  walk(document.contents as YamlNode | null, [])
  const converted = yamlToJs(document)
  if ('value' in converted) return { value: converted.value, positions, failed: false }
  const [start, end] = converted.problem.range ?? [0, Math.min(text.length, 1)]
  plan.message(`Ongeldige YAML: ${converted.problem.reason}`, { ruleId: 'yaml-syntax', source: '@kapstok/markdown', location: range(start, end) })
  return { value: undefined, positions: [], failed: true }
}

/** Why a parsed YAML document has no value, and where (offsets in its text). */
export interface YamlValueProblem {
  /** Dutch explanation, without the "Ongeldige YAML:" prefix. */
  reason: string
  /** Start and end offset of the alias at fault, when there is one. */
  range?: [number, number]
}

/**
 * The value of a parsed YAML document. `toJS` throws on an alias without its anchor and on an
 * alias bomb (billion laughs): both are problems of the text, returned with the place of the
 * alias at fault, never a crash. Shared by plan sources and the configuration file.
 *
 * @param document A document without syntax errors.
 * @returns The value, or the problem.
 */
export function yamlToJs(document: Document): { value: unknown } | { problem: YamlValueProblem } {
  try {
    return { value: document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) }
  } catch (error) {
    const alias = firstAlias(document, (node) => node.resolve(document) === undefined) ?? firstAlias(document, () => true)
    const unresolved = /Unresolved alias/.test(error instanceof Error ? error.message : '')
    const reason = unresolved
      ? `alias \`*${alias?.source ?? ''}\` verwijst naar een anker (\`&${alias?.source ?? ''}\`) dat er niet (eerder) is`
      : `de aliassen (\`*naam\`) leveren samen meer dan ${MAX_ALIAS_COUNT} kopieën op; schrijf de waarden uit in plaats van ze te herhalen met aliassen`
    return { problem: { reason, ...(alias?.range ? { range: [alias.range[0], alias.range[1]] as [number, number] } : {}) } }
  }
}

/** Most alias expansions a YAML source may ask for; more is a resource-exhaustion attack, not a plan. */
const MAX_ALIAS_COUNT = 100

/**
 * The first alias node in a document that passes a test.
 *
 * @param document The parsed document.
 * @param test Which alias to find.
 * @returns The alias, or `undefined`.
 */
function firstAlias(document: Document, test: (node: Alias) => boolean): Alias | undefined {
  let found: Alias | undefined
  visit(document, {
    Alias(_, node) {
      if (!test(node)) return undefined
      found = node
      return visit.BREAK
    }
  })
  return found
}
