import type { Root, RootContent } from 'mdast'
import { foldKey, parseHeading } from '@kapstok/markdown'
import { toString } from 'mdast-util-to-string'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { stringify as toYaml } from 'yaml'
import type { Frontmatter } from './title-page.js'

/** One Markdown file of the new source, with where each of its blocks starts. */
export interface SourceFile {
  /** Path in the source folder, e.g. `03-uitvoeringsagenda.md`. */
  path: string
  /** The Markdown. */
  text: string
  /** Line (1-based) of each block. */
  blocks: Array<{ node: RootContent; line: number }>
  /** Line of each frontmatter field (only in the first file). */
  fields: Record<string, number>
}

const stringifier = unified()
  .use(remarkGfm)
  .use(remarkStringify, { bullet: '-', emphasis: '_', rule: '-', fences: true, listItemIndent: 'one' })

/**
 * Split the document into source files: `00-document.md` holds the frontmatter and the text
 * before the first chapter, then one file per chapter (`01-inleiding.md`, …), in order, so the
 * reader sees the chapters in the document's order.
 *
 * @param tree The Markdown tree, chapters as level-1 headings.
 * @param frontmatter The document fields.
 * @returns The files.
 */
export function splitIntoFiles(tree: Root, frontmatter: Frontmatter): SourceFile[] {
  const chapters: RootContent[][] = [[]]
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 1) chapters.push([])
    chapters.at(-1)?.push(node)
  }
  const width = String(chapters.length).length < 2 ? 2 : String(chapters.length).length
  const used = new Set<string>()
  return chapters.map((nodes, index) => {
    const first = nodes[0]
    const name = index === 0 ? 'document' : slug(first && first.type === 'heading' ? parseHeading(toString(first)).title : '', used)
    const path = `${String(index).padStart(width, '0')}-${name}.md`
    return render(path, nodes, index === 0 ? frontmatter : undefined)
  })
}

function render(path: string, nodes: RootContent[], frontmatter: Frontmatter | undefined): SourceFile {
  const parts: string[] = []
  const fields: Record<string, number> = {}
  let line = 1
  if (frontmatter) {
    const yaml = `---\n${toYaml(frontmatter, { lineWidth: 0 })}---`
    yaml.split('\n').forEach((text, i) => {
      const key = /^([\w]+):/.exec(text)?.[1]
      if (key) fields[key] = i + 1
    })
    parts.push(yaml)
    line += yaml.split('\n').length + 1
  }
  const blocks: SourceFile['blocks'] = []
  for (const node of nodes) {
    const text = stringifyBlock(node)
    if (text === '') continue
    blocks.push({ node, line })
    parts.push(text)
    line += text.split('\n').length + 1
  }
  return { path, text: parts.join('\n\n') + '\n', blocks, fields }
}

function stringifyBlock(node: RootContent): string {
  return stringifier.stringify({ type: 'root', children: [node] }).trim()
}

function slug(heading: string, used: Set<string>): string {
  const base = foldKey(heading).replace(/[\s/]+/g, '-').slice(0, 40).replace(/-+$/, '') || 'hoofdstuk'
  let name = base
  for (let n = 2; used.has(name); n++) name = `${base}-${n}`
  used.add(name)
  return name
}
