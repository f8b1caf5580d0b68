/**
 * Run the checker on one plan the way `kapstok check` does: the plan's own configuration
 * (recommended preset unless it says otherwise), the CLI's processor, parse and validate.
 */
import { relative, resolve } from 'node:path'
import { createProcessor, loadConfig } from '@kapstok/cli'
import { diagnosticToJson } from '@kapstok/core'
import type { Finding } from './score.js'

/**
 * Findings of the checker on a plan, with files relative to the plan folder.
 *
 * @param planDir Plan folder.
 * @returns The findings.
 */
export async function checkPlan(planDir: string): Promise<Finding[]> {
  const path = resolve(planDir)
  const loaded = await loadConfig(path)
  const processor = await createProcessor(loaded, { formats: [] })
  const file = await processor.parse({ path })
  await processor.validate(file)
  return file.messages.map((message) => {
    const json = diagnosticToJson(message, path)
    return {
      file: json.file ? relative(path, resolve(json.file)) : '',
      line: json.line,
      ruleId: json.ruleId ?? '(reader)',
      severity: json.severity,
      message: json.message
    }
  })
}
