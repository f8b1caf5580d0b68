import JSZip from 'jszip'
import mammoth from 'mammoth'
import { readProperties, type DocumentProperties } from './properties.js'

/** An image found in the document, to be written next to the source. */
export interface ExtractedImage {
  /** Path relative to the source folder, e.g. `media/afbeelding-1.png`. */
  path: string
  /** The image bytes. */
  contents: Uint8Array
  /** Alternative text as the document gives it (`''` when it has none). */
  alt: string
}

/** What `readDocx` gets out of a Word document. */
export interface DocxContent {
  /** The body as semantic HTML (headings, paragraphs, lists, tables, links, footnotes). */
  html: string
  /** The document's properties (`docProps/core.xml`). */
  properties: DocumentProperties
  /** The images, in document order. */
  images: ExtractedImage[]
  /** Warnings of the converter worth showing (unknown styles are left out: they are normal). */
  warnings: string[]
}

/** Thrown when the bytes are not a Word document; the message is Dutch and says what to do. */
export class DocumentError extends Error {}

// Word's own table of contents is a field kapstok regenerates; its paragraphs are left out.
// Title and subtitle keep a class, so the title page can be recognised.
const styleMap = [
  "p[style-name='Title'] => h1.titel:fresh",
  "p[style-name='Subtitle'] => p.ondertitel:fresh",
  "p[style-name='TOC Heading'] => !",
  ...Array.from({ length: 9 }, (_, i) => `p[style-name='toc ${i + 1}'] => !`),
  ...Array.from({ length: 9 }, (_, i) => `p[style-name='TOC ${i + 1}'] => !`),
  ...Array.from({ length: 9 }, (_, i) => `p[style-name='Contents ${i + 1}'] => !`)
]

const extensions: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/svg+xml': 'svg',
  'image/bmp': 'bmp',
  'image/tiff': 'tif',
  'image/x-emf': 'emf',
  'image/x-wmf': 'wmf'
}

/**
 * Convert a Word document (.docx) to semantic HTML with mammoth, extracting its images and
 * reading its properties.
 *
 * @param bytes The .docx file.
 * @returns Body HTML, properties, images and converter warnings; throws `DocumentError`
 *   when the bytes are not a readable .docx.
 */
export async function readDocx(bytes: Uint8Array): Promise<DocxContent> {
  const buffer = Buffer.from(bytes)
  let zip: JSZip
  try {
    zip = await JSZip.loadAsync(buffer)
  } catch {
    throw new DocumentError('Het bestand is geen Word-document (.docx): het is geen zip-archief. Sla het in de tekstverwerker op als .docx en probeer opnieuw')
  }
  if (!zip.file('word/document.xml')) {
    throw new DocumentError('Het bestand is geen Word-document (.docx): `word/document.xml` ontbreekt. Sla het in de tekstverwerker op als .docx en probeer opnieuw')
  }
  const images: ExtractedImage[] = []
  const convertImage = mammoth.images.imgElement(async (image) => {
    const path = `media/afbeelding-${images.length + 1}.${extensions[image.contentType] ?? 'bin'}`
    const alt = (image as unknown as { altText?: string }).altText?.trim() ?? ''
    images.push({ path, contents: new Uint8Array(await image.readAsBuffer()), alt })
    return { src: path, alt } as { src: string }
  })
  let result
  try {
    result = await mammoth.convertToHtml({ buffer }, { styleMap, convertImage })
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new DocumentError(`Het Word-document is beschadigd en niet te lezen (${detail}). Open en bewaar het opnieuw in de tekstverwerker`)
  }
  const warnings = result.messages
    .filter((m) => !/^Unrecognised (paragraph|run) style/.test(m.message) && !/Image of type/.test(m.message))
    .map((m) => m.message)
  return { html: result.value, properties: await readProperties(zip), images, warnings }
}
