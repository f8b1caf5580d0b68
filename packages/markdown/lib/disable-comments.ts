import type { Root } from 'mdast'
import { visit } from 'unist-util-visit'
import type { SourceContext } from './context.js'

/** A `<!-- kapstok-disable… -->` directive. */
export interface DisableComment {
  /** File it is in. */
  file: string
  /** First line it silences. */
  line: number
  /** Last line it silences (for `kapstok-disable` … `kapstok-enable`; optional: one line). */
  endLine?: number
  /** Rule ids it silences; empty means all. */
  ruleIds: string[]
}

const directive = /^<!--\s*kapstok-(disable-next-line|disable|enable)\b([^>]*?)-->$/

/**
 * Collect `kapstok-disable-next-line`, `kapstok-disable` and `kapstok-enable` comments into
 * `plan.data.disableComments`, for the rules package to filter messages with.
 *
 * @param context Source context.
 * @param tree The file's mdast.
 */
export function readDisableComments(context: SourceContext, tree: Root): void {
  const list = ((context.plan.data.disableComments as DisableComment[] | undefined) ??= [])
  const open: DisableComment[] = []
  const lastLine = context.text.split('\n').length
  visit(tree, 'html', (node) => {
    const match = directive.exec(node.value.trim())
    const line = node.position?.end.line
    if (!match || line === undefined) return
    const ruleIds = (match[2] ?? '').split(/[\s,]+/).filter(Boolean)
    if (match[1] === 'disable-next-line') {
      list.push({ file: context.path, line: line + 1, ruleIds })
    } else if (match[1] === 'disable') {
      const entry: DisableComment = { file: context.path, line, endLine: lastLine, ruleIds }
      open.push(entry)
      list.push(entry)
    } else {
      for (const entry of open.splice(0)) {
        if (ruleIds.length === 0 || entry.ruleIds.some((id) => ruleIds.includes(id))) entry.endLine = line
      }
    }
  })
}
