import {
  reportCrash,
  ruleDocsUrl,
  type Plan,
  type PlanFile,
  type Plugin,
  type Processor,
  type Severity,
  type SourceLocation
} from '@kapstok/core'
import { isSuppressed } from './disable.js'
import { continuationPointers } from './util/model-tables.js'
import type { Fix } from './fix.js'
import { parseSetting, type RuleSetting } from './setting.js'
import { timed } from './timing.js'

export { sourceText } from './util/source-text.js'
export { textLocation } from './util/text-location.js'
export { parseSetting, type RuleSetting, type SeverityName } from './setting.js'

/** A diagnostic as created by `file.message`. */
export type LintMessage = ReturnType<PlanFile['message']>

/** Document status, as in `document.status`. */
export type DocumentStatus = Plan['document']['status']

/** One example plan of a rule's docs; every example is also a test. */
export interface RuleExample {
  /** What the example shows, one Dutch line (e.g. `Een einddatum in een ander jaar dan de start`). */
  title: string
  /** A small Markdown plan (`voorbeeld.md`). */
  text: string
  /** For a failing example: the messages (reasons) the rule gives, in order (default: `[]`). */
  expected?: string[]
  /** Options used when running this example (optional; default: the docs' `exampleOptions`). */
  options?: Record<string, unknown>
  /** Settings used when running this example (optional; default: the docs' `exampleSettings`). */
  settings?: Record<string, unknown>
}

/**
 * The documentation of a rule; the examples are also its tests.
 *
 * `ok` and `notOk` are lists: at least three of each, written for the rule (never copied from
 * a real plan), with among the passing ones the legitimate forms a naive rule would flag.
 * The single-string form (`ok: text`, `notOk: text`, `expected`) is the older shape.
 */
export interface RuleDocs {
  /** What the rule checks, one or two sentences. */
  what: string
  /** Why it matters to a policy writer. */
  why: string
  /** Plans that pass the rule. */
  ok: string | RuleExample[]
  /** Plans that fail the rule, each with the messages it gives. */
  notOk: string | RuleExample[]
  /** With the single-string `notOk`: the messages (reasons) it gives, in order (optional). */
  expected?: string[]
  /** Options of the rule, by name: what each does and its default (optional). */
  options?: Record<string, string>
  /** Options used when running the examples (optional). */
  exampleOptions?: unknown
  /** Settings used when running the examples, e.g. a domain vocabulary (optional). */
  exampleSettings?: Record<string, unknown>
}

/**
 * A rule's examples as lists, whichever shape its docs use.
 *
 * @param docs The rule's docs.
 * @returns The passing and the failing examples, with options and settings filled in.
 */
export function ruleExamples(docs: RuleDocs): { ok: Required<Omit<RuleExample, 'expected'>>[]; notOk: Required<RuleExample>[] } {
  const options = (docs.exampleOptions as Record<string, unknown> | undefined) ?? {}
  const settings = docs.exampleSettings ?? {}
  const list = (value: string | RuleExample[], title: string, expected: string[] = []): Required<RuleExample>[] =>
    (typeof value === 'string' ? [{ title, text: value, expected }] : value).map((example) => ({
      title: example.title,
      text: example.text,
      expected: example.expected ?? [],
      options: example.options ?? options,
      settings: example.settings ?? settings
    }))
  return {
    ok: list(docs.ok, 'Goed').map(({ expected: _, ...example }) => example),
    notOk: list(docs.notOk, 'Fout', docs.expected)
  }
}

/** What `lintRule` needs to know about a rule. */
export interface RuleDefinition {
  /** Stable kebab-case id, e.g. `agenda-date-order`; never renamed once published. */
  id: string
  /** Default severity. */
  severity: Severity
  /** Severity per document status, winning over `severity` unless configured (optional). */
  severityByStatus?: Partial<Record<DocumentStatus, Severity>>
  /** Group in the catalog and presets, e.g. `agenda` (optional; default: `overig`). */
  group?: RuleGroup
  /** One-line Dutch description. */
  description: string
  /** Documentation and examples. */
  docs: RuleDocs
  /** Whether the rule offers safe fixes (default: `false`). */
  fixable?: boolean
  /**
   * Documentation URL (optional; default: the rule's page in kapstok's `docs/rules/`). A rule
   * from a plugin package sets it to its own docs.
   */
  url?: string
}

/**
 * The documentation URL of a rule: its own `url`, else its page in kapstok's docs.
 *
 * @param definition The rule definition.
 * @returns The URL.
 */
export function ruleUrl(definition: Pick<RuleDefinition, 'id' | 'url'>): string {
  return definition.url ?? ruleDocsUrl(definition.id)
}

/** Groups of rules, as in the rules catalog. */
export type RuleGroup = 'structuur' | 'verwijzingen' | 'agenda' | 'financien' | 'tekst' | 'publicatie'

/** Public metadata of a rule, for `kapstok rules`. */
export interface RuleMeta {
  /** Rule id. */
  id: string
  /** Default severity. */
  severity: Severity
  /** Severity per document status (optional). */
  severityByStatus?: Partial<Record<DocumentStatus, Severity>>
  /** Group. */
  group: RuleGroup
  /** One-line Dutch description. */
  description: string
  /** Documentation URL. */
  url: string
  /** Whether `check --fix` can repair some findings. */
  fixable: boolean
}

/** What a rule passes to `context.report`. */
export interface ReportOptions {
  /** JSON Pointer of the model value the finding is about (optional). */
  pointer?: string
  /** Exact location, e.g. inside a prose string; wins over `pointer` (optional). */
  location?: SourceLocation
  /** A safe fix (optional). */
  fix?: Fix
  /** The offending value as written (optional). */
  actual?: string
  /** Accepted values (optional). */
  expected?: string[]
  /** Extra explanation (optional). */
  note?: string
  /** A related place (optional). */
  related?: { reason: string; location: SourceLocation }
  /** Report as `info` whatever the rule's severity: a remark the text cannot prove a defect, such as a rounding difference (optional). */
  info?: boolean
  /** Report at most as a warning: the text makes the finding likely, not proven (an `error` rule's uncertain case) (optional). */
  warning?: boolean
}

/** What a rule's check receives besides the model. */
export interface RuleContext {
  /** The plan file being checked. */
  file: PlanFile
  /** The rule's options (`{}` when none were given). */
  options: Record<string, unknown>
  /** Processor settings (from presets and configuration), e.g. `domeinen`. */
  settings: Record<string, unknown>
  /** The document status (`concept` when missing). */
  status: DocumentStatus
  /** The severity this run reports with. */
  severity: Severity
  /**
   * Report a finding; the framework stamps rule id, source, url and severity.
   *
   * @param reason Dutch message: the actual value in backticks, then what is expected.
   * @param options Place and extras.
   * @returns The message, or `undefined` when a disable comment suppressed it.
   */
  report(reason: string, options?: ReportOptions): LintMessage | undefined
}

/** A check: reads the model and reports. */
export type RuleCheck = (model: Plan, context: RuleContext) => void

/** A rule plugin, with its definition attached. */
export interface Rule extends Plugin<RuleSetting> {
  /** The rule definition. */
  readonly rule: RuleDefinition
  /** The check, for direct use in tests. */
  readonly check: RuleCheck
}

/** A message with an optional fix (set by rules that offer one). */
export type FixableMessage = LintMessage & { fix?: Fix }

/** Package name stamped as `source` on every rule message. */
export const RULES_SOURCE = '@kapstok/rules'

/**
 * Turn a check into a rule plugin (like remark-lint's `lintRule`). The plugin registers a
 * validator named after the rule and stamps `ruleId`, `source`, `url` and severity on every
 * message, so rules never do.
 *
 * @param definition Id, severity, description, docs.
 * @param check The check.
 * @returns The rule plugin; `use(rule)`, `use([rule, 'warn'])`, `use([rule, ['error', opts]])`.
 */
export function lintRule(definition: RuleDefinition, check: RuleCheck): Rule {
  const plugin = function (this: Processor, setting?: RuleSetting): void {
    const parsed = parseSetting(definition.id, setting)
    if (parsed.severity === 'off') return
    const configured = parsed.severity
    this.validator(definition.id, (model, file, processor) => {
      runRule(definition, check, model, file, {
        options: parsed.options,
        settings: processor.settings,
        ...(configured ? { severity: configured } : {})
      })
    })
  }
  Object.defineProperty(plugin, 'name', { value: camel(definition.id) })
  return Object.assign(plugin, { rule: definition, check }) as Rule
}

/**
 * Run one rule directly on a file (used by the plugin and by tests).
 *
 * @param definition The rule definition.
 * @param check The check.
 * @param model The model.
 * @param file The plan file to report on.
 * @param run Options, settings and an optional configured severity.
 */
export function runRule(
  definition: RuleDefinition,
  check: RuleCheck,
  model: Plan,
  file: PlanFile,
  run: { options?: Record<string, unknown>; settings?: Record<string, unknown>; severity?: Severity } = {}
): void {
  const status: DocumentStatus = model.document?.status ?? 'concept'
  const severity = run.severity ?? definition.severityByStatus?.[status] ?? definition.severity
  const context: RuleContext = {
    file,
    options: run.options ?? {},
    settings: run.settings ?? {},
    status,
    severity,
    report(reason, options = {}) {
      const location = options.location ?? (options.pointer !== undefined ? file.locate(options.pointer) : undefined)
      if (isSuppressed(file, definition.id, location)) return undefined
      // A continuation row is the rest of the row above, reported once by `conversion-artifact`;
      // no other rule reads it as a row of its own, nor the cut cells above it that it completes.
      if (definition.id !== 'conversion-artifact' && options.pointer !== undefined && /^\/(?:acties|financien)\//.test(options.pointer) && onContinuationRow(model, file, options.pointer)) return undefined
      const message: FixableMessage = file.message(reason, {
        ruleId: definition.id,
        source: RULES_SOURCE,
        severity: options.info ? 'info' : options.warning && severity === 'error' ? 'warning' : severity,
        url: ruleUrl(definition),
        ...(options.pointer !== undefined ? { pointer: options.pointer } : {}),
        ...(location ? { location } : {}),
        ...(options.actual !== undefined ? { actual: options.actual } : {}),
        ...(options.expected !== undefined ? { expected: options.expected } : {}),
        ...(options.note !== undefined ? { note: options.note } : {}),
        ...(options.related !== undefined ? { related: options.related } : {})
      })
      if (options.fix) message.fix = options.fix
      return message
    }
  }
  try {
    timed(definition.id, () => check(model, context))
  } catch (error) {
    reportCrash(file, definition.id, error, { source: RULES_SOURCE })
  }
}

// Whether `pointer` is a continuation row or an amount it completes, or lies inside one
// (`/acties/3/start`, `/financien/tabellen/0/rijen/2/bedragen/0/tekst`).
function onContinuationRow(model: Plan, file: PlanFile, pointer: string): boolean {
  const pointers = continuationPointers(model, file)
  if (pointers.size === 0) return false
  for (let end = pointer.length; end > 0; end = pointer.lastIndexOf('/', end - 1)) {
    if (pointers.has(pointer.slice(0, end))) return true
  }
  return false
}

function camel(id: string): string {
  return id.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())
}
