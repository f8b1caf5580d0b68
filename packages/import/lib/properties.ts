import type JSZip from 'jszip'
import type { Element, Root as XastRoot } from 'xast'
import { fromXml } from 'xast-util-from-xml'

/** The properties a Word document keeps about itself (File > Properties). */
export interface DocumentProperties {
  /** Title (optional). */
  title?: string
  /** Subject (optional). */
  subject?: string
  /** Author (optional). */
  creator?: string
  /** Keywords (optional). */
  keywords?: string
  /** Description (optional). */
  description?: string
  /** Date of creation as ISO `YYYY-MM-DD` (optional). */
  created?: string
}

const fields: Array<[keyof DocumentProperties, string]> = [
  ['title', 'dc:title'],
  ['subject', 'dc:subject'],
  ['creator', 'dc:creator'],
  ['keywords', 'cp:keywords'],
  ['description', 'dc:description'],
  ['created', 'dcterms:created']
]

/**
 * Read the core properties of an Office Open XML package (`docProps/core.xml`), a flat list
 * of Dublin Core elements, parsed with `xast-util-from-xml`.
 *
 * @param zip The opened package.
 * @returns The properties that are filled in (none when the part is missing or broken).
 */
export async function readProperties(zip: JSZip): Promise<DocumentProperties> {
  const xml = await zip.file('docProps/core.xml')?.async('string')
  const properties: DocumentProperties = {}
  if (!xml) return properties
  let tree: XastRoot
  try {
    tree = fromXml(xml)
  } catch {
    return properties
  }
  const root = tree.children.find((n): n is Element => n.type === 'element')
  for (const node of root?.children ?? []) {
    if (node.type !== 'element') continue
    const key = fields.find(([, tag]) => tag === node.name)?.[0]
    const value = toText(node)
    if (key && value) properties[key] = key === 'created' ? value.slice(0, 10) : value
  }
  return properties
}

function toText(node: Element): string {
  return node.children.map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? toText(child) : '')).join('').trim()
}
