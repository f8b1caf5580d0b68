import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { ErrorObject, Options, ValidateFunction } from 'ajv'
import type { Plan } from './model.generated.js'
import type { PlanFile } from './plan-file.js'
import { describeValue, fieldLabel } from './describe.js'
import { getAtPointer } from './pointer.js'
import { SCHEMA_INVALID } from './crash.js'

/** URL of the published plan schema file inside this package. */
export const planSchemaUrl = new URL('../../schemas/plan.schema.json', import.meta.url)

const schemaText = readFileSync(planSchemaUrl, 'utf8')

/** The plan JSON Schema (draft 2020-12), as published in `@kapstok/core/schemas/plan.schema.json`. */
export const planSchema: Record<string, unknown> = JSON.parse(schemaText)

/** SHA-256 of the schema text: a precompiled validator is used only when it was made from this text. */
export const planSchemaHash = createHash('sha256').update(schemaText).digest('hex')

/**
 * Where `pnpm build` writes the validator precompiled from the schema (Ajv standalone code,
 * CommonJS): compiling the schema takes about 0.2 s of every `check`, loading the compiled code
 * a few milliseconds.
 */
export const precompiledValidatorUrl = new URL('../plan-validator.cjs', import.meta.url)

/** Ajv options for the plan schema; the precompiled validator is made with the same ones. */
export const planAjvOptions: Options = { allErrors: true, verbose: true, strict: true, allowUnionTypes: true }

// Ajv (CommonJS) is required on first use, not imported: tools that only read the model or
// format messages should not pay for loading it.
const require = createRequire(import.meta.url)

/**
 * A new Ajv instance for the plan schema, with the formats it uses (`ajv-formats`).
 *
 * @param extra Options added to `planAjvOptions` (e.g. `code: { source: true }` to precompile).
 * @returns The instance, with no schema compiled yet.
 */
export function createPlanAjv(extra: Options = {}): import('ajv/dist/2020.js').Ajv2020 {
  const { Ajv2020 } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js')
  const addFormats = require('ajv-formats') as (ajv: unknown) => void
  const ajv = new Ajv2020({ ...planAjvOptions, ...extra })
  addFormats(ajv)
  return ajv
}

let compiled: ValidateFunction | undefined

/** The validator: the precompiled one when it matches the schema, else compiled once per process. */
function validator(): ValidateFunction {
  if (!compiled) compiled = precompiled() ?? createPlanAjv().compile(planSchema)
  return compiled
}

function precompiled(): ValidateFunction | undefined {
  try {
    const module = require(precompiledValidatorUrl.pathname) as { default?: ValidateFunction; schemaHash?: string }
    return module.schemaHash === planSchemaHash ? module.default : undefined
  } catch {
    return undefined
  }
}

/** Result of validating a plain value against the plan schema. */
export interface SchemaError {
  /** JSON Pointer of the offending value (for a missing field: the field's would-be place). */
  pointer: string
  /** Dutch message. */
  message: string
  /** Rule id, e.g. `schema-required`. */
  ruleId: string
}

/**
 * Validate any value against the plan schema and explain each problem in Dutch.
 *
 * @param value A candidate model.
 * @returns Problems, one per offending field; empty when valid.
 */
export function checkPlanSchema(value: unknown): SchemaError[] {
  const validate = validator()
  if (validate(value)) return []
  return simplify(validate.errors ?? []).map((error) => explain(error, value))
}

/**
 * Validator plugin body: report every schema problem at the source position of the offending
 * value, with a message a policy writer understands.
 *
 * @param model The model.
 * @param file The plan file to report on.
 */
export function validateSchema(model: Plan, file: PlanFile): void {
  const errors = checkPlanSchema(model)
  // Later checks may assume the schema's shape; they are excused when it does not hold.
  if (errors.length > 0) file.data[SCHEMA_INVALID] = true
  for (const error of errors) {
    // When a source could not be read (e.g. broken frontmatter), the reader already said so;
    // "missing document" on top of that is noise.
    if (file.data.incomplete && error.ruleId === 'schema-required' && (error.pointer === '' || error.pointer === '/document')) continue
    file.message(error.message, { ruleId: error.ruleId, source: '@kapstok/core', pointer: error.pointer })
  }
}

// anyOf/oneOf report every failed branch plus a summary; keep the summary only (the branch
// errors may come from a `$ref`, so match them by the value they are about), and drop `if`
// noise, so each offending field gets one message.
function simplify(errors: ErrorObject[]): ErrorObject[] {
  const unions = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf').map((e) => e.instancePath)
  const seen = new Set<string>()
  return errors.filter((e) => {
    if (e.keyword === 'if') return false
    const isUnion = e.keyword === 'anyOf' || e.keyword === 'oneOf'
    if (!isUnion && unions.some((p) => e.instancePath === p || e.instancePath.startsWith(p + '/'))) return false
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

// The top-level parts whose fields a writer may put at the top of their own YAML file.
const NESTED = [
  { key: 'besluit', def: 'Besluit', label: 'het raadsbesluit' },
  { key: 'raadsvoorstel', def: 'Raadsvoorstel', label: 'het raadsvoorstel' }
]

function nestedHome(field: string): { key: string; label: string } | undefined {
  const defs = (planSchema.$defs ?? {}) as Record<string, { properties?: Record<string, unknown> }>
  return NESTED.find((n) => Object.hasOwn(defs[n.def]?.properties ?? {}, field))
}

function explain(error: ErrorObject, root: unknown): SchemaError {
  const where = describeValue(error.instancePath)
  const field = fieldLabel(error.instancePath)
  // Shown only where the message names the value; never serialise a whole object (5,000
  // unknown keys would make every message serialise all of them).
  const shown = (): string => '`' + truncate(brief(getAtPointer(root, error.instancePath))) + '`'
  const p = error.params as Record<string, unknown>
  switch (error.keyword) {
    case 'required': {
      const missing = String(p.missingProperty)
      return {
        ruleId: 'schema-required',
        pointer: error.instancePath,
        message: `Ontbrekend veld \`${missing}\` in ${where}`
      }
    }
    case 'additionalProperties': {
      const extra = String(p.additionalProperty)
      // A field of the raadsbesluit or raadsvoorstel at the top of its YAML file (`besluit.yaml`
      // without `besluit:` around it): say where it belongs, not only that it is unknown here.
      const home = error.instancePath === '' ? nestedHome(extra) : undefined
      return {
        ruleId: 'schema-unknown-field',
        pointer: `${error.instancePath}/${extra}`,
        message: home ? `Onbekend veld \`${extra}\` in ${where}; het hoort bij ${home.label}: zet het onder \`${home.key}:\`` : `Onbekend veld \`${extra}\` in ${where}; controleer de spelling`
      }
    }
    case 'enum':
      return {
        ruleId: 'schema-enum',
        pointer: error.instancePath,
        message: `Onbekende waarde ${shown()} voor ${field}; kies uit: ${(p.allowedValues as unknown[]).map((v) => '`' + String(v) + '`').join(', ')}`
      }
    case 'format':
      return {
        ruleId: 'schema-format',
        pointer: error.instancePath,
        message:
          p.format === 'date'
            ? `Ongeldige datum ${shown()} voor ${field}; schrijf de datum als JJJJ-MM-DD, bijvoorbeeld \`2022-01-18\``
            : `Ongeldige waarde ${shown()} voor ${field}`
      }
    case 'type':
      return {
        ruleId: 'schema-type',
        pointer: error.instancePath,
        message: `Ongeldige waarde ${shown()} voor ${field}; verwacht ${typeName(String(p.type))}`
      }
    case 'minLength':
      return { ruleId: 'schema-empty', pointer: error.instancePath, message: `Lege waarde voor ${field}; vul dit veld in` }
    case 'pattern':
      return {
        ruleId: 'schema-id',
        pointer: error.instancePath,
        message: `Ongeldige id ${shown()}; een id begint met een letter en bevat alleen letters, cijfers, \`.\`, \`-\` of \`_\``
      }
    case 'minimum':
    case 'maximum':
      return {
        ruleId: 'schema-range',
        pointer: error.instancePath,
        message: `Waarde ${shown()} voor ${field} ligt buiten het toegestane bereik (${error.keyword === 'minimum' ? 'minimaal' : 'maximaal'} ${String(p.limit)})`
      }
    case 'uniqueItems':
      return { ruleId: 'schema-unique', pointer: error.instancePath, message: `Dubbele waarde in ${field}` }
    default:
      // `oneOf`/`anyOf` and rarer keywords: Ajv's own text is English, so say it in Dutch.
      return {
        ruleId: 'schema-invalid',
        pointer: error.instancePath,
        message: `Ongeldige waarde ${shown()} voor ${field}; de waarde heeft niet de vorm die dit veld verwacht (zie het schema)`
      }
  }
}

/**
 * The Dutch name of a JSON Schema type (or comma-separated types) for "verwacht …" messages.
 * Shared by the plan schema and the configuration check, so both say the same.
 *
 * @param type A JSON Schema `type` (`string`, `array,string`, …).
 * @param objectNoun What an object's members are called where the message is shown.
 * @returns The name, e.g. `een lijst of een tekst`.
 */
export function typeName(type: string, objectNoun = 'velden'): string {
  const names: Record<string, string> = {
    string: 'een tekst',
    integer: 'een geheel getal',
    number: 'een getal',
    boolean: '`true` of `false` (ja/nee)',
    array: 'een lijst',
    object: `een object met ${objectNoun}`,
    null: 'een lege waarde'
  }
  return type
    .split(',')
    .map((t) => names[t] ?? t)
    .join(' of ')
}

function brief(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (Array.isArray(value)) return value.length > 20 ? `[… ${value.length} waarden]` : JSON.stringify(value)
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value)
    return keys.length > 20 ? `{… ${keys.length} velden}` : JSON.stringify(value)
  }
  return JSON.stringify(value)
}

function truncate(text: string | undefined): string {
  const value = text ?? 'leeg'
  return value.length > 60 ? value.slice(0, 57) + '…' : value
}
