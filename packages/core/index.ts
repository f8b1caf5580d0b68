export type * from './lib/model.generated.js'
export { kapstok, Processor } from './lib/processor.js'
export type {
  Parser,
  Pluggable,
  Plugin,
  PluginTuple,
  Preset,
  ProcessInput,
  RenderOptions,
  Renderer,
  Transformer,
  Validator
} from './lib/processor.js'
export { MAX_MESSAGES_PER_RULE, PlanFile, type Output } from './lib/plan-file.js'
export { SourceMap, type Point, type SourceLocation } from './lib/source-map.js'
export {
  createDiagnostic,
  diagnosticToJson,
  RULE_DOCS_BASE,
  ruleDocsUrl,
  severityOf,
  severityToFatal,
  type DiagnosticJson,
  type DiagnosticOptions,
  type Severity
} from './lib/diagnostics.js'
export {
  checkPlanSchema,
  createPlanAjv,
  planAjvOptions,
  planSchema,
  planSchemaHash,
  planSchemaUrl,
  precompiledValidatorUrl,
  typeName,
  validateSchema,
  type SchemaError
} from './lib/schema.js'
export { missingLinkReason, validateReferences } from './lib/references.js'
export { findWordReferences, inThisPlan, normalizeTitle, titleWords, type WordReference } from './lib/word-references.js'
export { collectIdLinks, collectIds, firstIdLink, collectTexts, headingIds, indexIds, type IdLink, type IdTarget, type TextValue } from './lib/ids.js'
export { describeValue, fieldLabel } from './lib/describe.js'
export { escapeSegment, fromPointer, getAtPointer, parentPointer, readablePath, toPointer, type PathSegment } from './lib/pointer.js'
export { offsetLocation } from './lib/text-location.js'
export { modelValidation } from './lib/plugins.js'
export { RENDER_FAILED, reportCrash, SCHEMA_INVALID } from './lib/crash.js'
export { agendaPlanning, withPlanning } from './lib/transforms/agenda-planning.js'
export { closestWord, didYouMean } from './lib/suggest.js'
export { bedragPrecision, claimKind, finTotals, isBedrag, type FinTotal, type FinTotalCell } from './lib/fin-totals.js'
