export { renderDocx, type DocxOptions } from './lib/render.js'
export { docxRenderer, type DocxRendererOptions } from './lib/plugin.js'
