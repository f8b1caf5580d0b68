export { buildPlan, checkPlan, type BuildPlanOptions, type BuildResult, type CheckPlanOptions, type CheckResult, type PlanInput, type PlanMessage } from './lib/api.js'
