import { createHash } from 'node:crypto'
import { createRequire } from 'node:module'

/** pdfkit's document class (CommonJS, loaded with `require`). */
const PDFDocument = createRequire(import.meta.url)('pdfkit') as new (options: PDFKit.PDFDocumentOptions) => PDFKit.PDFDocument

/** What the document's metadata says. */
export interface PdfMetadata {
  /** Title (Info and XMP `dc:title`). */
  title: string
  /** Author: the municipality (optional). */
  author?: string
  /** Subject, e.g. `Programmaplan gemeente Hoogeveen` (optional). */
  subject?: string
  /** Keywords (optional). */
  keywords?: string
  /** Creation and modification date: the plan's date, so builds are reproducible. */
  date: Date
  /** Language (BCP 47), e.g. `nl-NL`. */
  lang: string
  /** Seed of the document ID: the same seed gives the same ID. */
  idSeed: string
  /** Compress streams (default: `true`; the measuring pass turns it off). */
  compress?: boolean
}

/**
 * The PDF/A extension schema that declares `pdfuaid`: PDF/A-2 allows only predefined XMP
 * namespaces unless the packet describes the others (ISO 19005-2, 6.6.2.3.1), and PDF/UA's
 * identification schema is not predefined.
 */
const PDFUA_EXTENSION_SCHEMA = [
  `<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">`,
  `<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">`,
  `<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>`,
  `<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>`,
  `<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>`,
  `<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">`,
  `<pdfaProperty:name>part</pdfaProperty:name>`,
  `<pdfaProperty:valueType>Integer</pdfaProperty:valueType>`,
  `<pdfaProperty:category>internal</pdfaProperty:category>`,
  `<pdfaProperty:description>Part of ISO 14289 the file conforms to</pdfaProperty:description>`,
  `</rdf:li></rdf:Seq></pdfaSchema:property>`,
  `</rdf:li></rdf:Bag></pdfaExtension:schemas>`,
  `</rdf:Description>`
].join('\n')

/** Creator tool written to Info and XMP. */
const CREATOR = 'kapstok'

/** pdfkit internals this module relies on (pdfkit 0.20). */
interface PdfkitInternals {
  /** Trailer `/ID` (both halves). */
  _id: Uint8Array
  /** The Info values. */
  info: Record<string, unknown>
  /** PDF/A part set by `subset`. */
  subset?: number
  /** PDF/A conformance level set by `subset`. */
  subset_conformance?: string
  /** The constructor options. */
  options: { lang?: string }
  /** Append XML to the XMP packet. */
  appendXML(xml: string, newline?: boolean): void
}

/**
 * A pdfkit document whose XMP packet is written by kapstok: values are XML-escaped, the
 * modification date is included (PDF/A requires Info and XMP to agree), and the PDF/UA
 * identification (`pdfuaid:part` 1) sits next to pdfkit's PDF/A identification, with the
 * extension schema PDF/A-2 requires for it.
 */
class KapstokPdfDocument extends PDFDocument {
  /** Called by pdfkit's `endMetadata`, after the PDF/A part was appended. */
  _addInfo(): void {
    const self = this as unknown as PdfkitInternals
    const info = self.info
    const created = xmpDate(info.CreationDate as Date)
    const modified = xmpDate((info.ModDate as Date | undefined) ?? (info.CreationDate as Date))
    const lang = String(self.options.lang ?? 'x-default')
    const parts = [
      `<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">`,
      `<xmp:CreateDate>${created}</xmp:CreateDate>`,
      `<xmp:ModifyDate>${modified}</xmp:ModifyDate>`,
      `<xmp:MetadataDate>${modified}</xmp:MetadataDate>`,
      `<xmp:CreatorTool>${escapeXml(String(info.Creator))}</xmp:CreatorTool>`,
      `</rdf:Description>`,
      `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">`,
      `<dc:format>application/pdf</dc:format>`,
      `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(String(info.Title ?? ''))}</rdf:li></rdf:Alt></dc:title>`,
      `<dc:language><rdf:Bag><rdf:li>${escapeXml(lang)}</rdf:li></rdf:Bag></dc:language>`
    ]
    if (info.Author) parts.push(`<dc:creator><rdf:Seq><rdf:li>${escapeXml(String(info.Author))}</rdf:li></rdf:Seq></dc:creator>`)
    if (info.Subject) {
      parts.push(`<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(String(info.Subject))}</rdf:li></rdf:Alt></dc:description>`)
    }
    parts.push(`</rdf:Description>`)
    parts.push(`<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">`)
    parts.push(`<pdf:Producer>${escapeXml(String(info.Producer))}</pdf:Producer>`)
    if (info.Keywords) parts.push(`<pdf:Keywords>${escapeXml(String(info.Keywords))}</pdf:Keywords>`)
    parts.push(`</rdf:Description>`)
    parts.push(
      `<rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">`,
      `<pdfuaid:part>1</pdfuaid:part>`,
      `</rdf:Description>`,
      PDFUA_EXTENSION_SCHEMA
    )
    self.appendXML(parts.join('\n'))
  }
}

/**
 * Create a tagged PDF/A-2a document that also claims PDF/UA-1, with reproducible dates and ID.
 *
 * @param meta Title, dates, language and ID seed.
 * @returns The pdfkit document (no page added yet).
 */
export function createPdfDocument(meta: PdfMetadata): PDFKit.PDFDocument {
  const info: Record<string, unknown> = {
    Title: meta.title,
    Creator: CREATOR,
    Producer: CREATOR,
    CreationDate: meta.date,
    ModDate: meta.date
  }
  if (meta.author) info.Author = meta.author
  if (meta.subject) info.Subject = meta.subject
  if (meta.keywords) info.Keywords = meta.keywords
  const doc = new KapstokPdfDocument({
    autoFirstPage: false,
    pdfVersion: '1.7',
    subset: 'PDF/A-2a',
    tagged: true,
    lang: meta.lang,
    displayTitle: true,
    compress: meta.compress ?? true,
    info: info as PDFKit.DocumentInfo
  })
  const internals = doc as unknown as PdfkitInternals
  internals._id = documentId(meta.idSeed)
  return doc
}

/**
 * A reproducible document ID: the first 16 bytes of a SHA-256 of the seed.
 *
 * @param seed Anything that identifies the content.
 * @returns 16 bytes.
 */
export function documentId(seed: string): Uint8Array {
  return new Uint8Array(createHash('sha256').update(seed).digest().subarray(0, 16))
}

function xmpDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

function escapeXml(value: string): string {
  return value.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
}
