import type { Processor } from './processor.js'
import { validateReferences } from './references.js'
import { validateSchema } from './schema.js'

/**
 * Plugin: validate the model against the plan JSON Schema, then check ids and references.
 * Every source reader should be followed by this plugin; presets include it.
 */
export function modelValidation(this: Processor): void {
  this.validator('schema', validateSchema)
  this.validator('references', validateReferences)
}
