import JSZip from 'jszip'

/**
 * Mark the table of contents as one (`w:docPartGallery` "Table of Contents"), as Word itself
 * writes it. The `docx` package writes only an alias; LibreOffice then treats the field as an
 * unknown one and prints its instruction (`TOC \h \o "1-3"`) above the entries.
 *
 * @param bytes The .docx from `Packer`.
 * @param alias The alias the table of contents was created with.
 * @returns The .docx with the marked table of contents.
 */
export async function markTableOfContents(bytes: Uint8Array, alias: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes)
  const part = zip.file('word/document.xml')
  if (!part) return bytes
  const xml = await part.async('string')
  const escaped = alias.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;')
  const marked = xml.replace(
    `<w:sdtPr><w:alias w:val="${escaped}"/></w:sdtPr>`,
    `<w:sdtPr><w:alias w:val="${escaped}"/><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr>`
  )
  if (marked === xml) return bytes
  zip.file('word/document.xml', marked)
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' })
}
