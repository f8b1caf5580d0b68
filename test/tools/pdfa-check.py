"""Check PDF files for what veraPDF checks of PDF/A-2a and PDF/UA-1 that pikepdf can see.

Usage: pdfa-check.py FILE.pdf ... ; prints one JSON object {file: [problem, ...]} and exits 0.
Used by test/examples/publish.test.ts (Debian: python3-pikepdf).
"""
import json
import re
import sys

import pikepdf

# XMP namespaces PDF/A-2 predefines (ISO 19005-2 6.6.2.3.1, XMP 2005); others need an
# extension schema in the packet.
PREDEFINED = {
    'http://purl.org/dc/elements/1.1/', 'http://ns.adobe.com/xap/1.0/', 'http://ns.adobe.com/xap/1.0/rights/',
    'http://ns.adobe.com/xap/1.0/mm/', 'http://ns.adobe.com/xmp/Identifier/qual/1.0/', 'http://ns.adobe.com/pdf/1.3/',
    'http://www.aiim.org/pdfa/ns/id/', 'http://ns.adobe.com/photoshop/1.0/', 'http://ns.adobe.com/tiff/1.0/',
    'http://ns.adobe.com/exif/1.0/', 'http://ns.adobe.com/exif/1.0/aux/', 'http://ns.adobe.com/xap/1.0/bj/',
    'http://ns.adobe.com/xap/1.0/t/pg/', 'http://ns.adobe.com/xmp/1.0/DynamicMedia/', 'http://ns.adobe.com/xap/1.0/g/',
    'http://ns.adobe.com/xap/1.0/g/img/', 'http://ns.adobe.com/xap/1.0/sType/ResourceEvent#',
    'http://ns.adobe.com/xap/1.0/sType/ResourceRef#', 'http://ns.adobe.com/xap/1.0/sType/Version#',
    'http://ns.adobe.com/xap/1.0/sType/Job#', 'http://ns.adobe.com/xap/1.0/sType/Dimensions#',
    # the extension schema's own namespaces, RDF and the packet wrapper
    'http://www.aiim.org/pdfa/ns/extension/', 'http://www.aiim.org/pdfa/ns/schema#',
    'http://www.aiim.org/pdfa/ns/property#', 'http://www.aiim.org/pdfa/ns/type#', 'http://www.aiim.org/pdfa/ns/field#',
    'http://www.w3.org/1999/02/22-rdf-syntax-ns#', 'adobe:ns:meta/',
}


def text(value):
    return str(value) if value is not None else None


def check(path):
    problems = []
    pdf = pikepdf.open(path)
    root = pdf.Root
    if '/Metadata' not in root:
        return ['geen XMP-metadata']
    xmp = root.Metadata.read_bytes().decode('utf8')
    declared = set(re.findall(r'<pdfaSchema:namespaceURI>([^<]+)</pdfaSchema:namespaceURI>', xmp))
    for uri in sorted(set(re.findall(r'xmlns:\w+="([^"]+)"', xmp)) - PREDEFINED - declared):
        problems.append(f'XMP-namespace zonder extension schema: {uri}')
    with pdf.open_metadata() as meta:
        if meta.pdfa_status != '2A':
            problems.append(f'pdfaid is {meta.pdfa_status!r}, niet 2A')
        info = pdf.docinfo
        pairs = [('/Title', 'dc:title'), ('/Author', 'dc:creator'), ('/Subject', 'dc:description'),
                 ('/Keywords', 'pdf:Keywords'), ('/Producer', 'pdf:Producer'), ('/Creator', 'xmp:CreatorTool')]
        for key, prop in pairs:
            a, b = text(info.get(key)), meta.get(prop)
            if isinstance(b, list):
                b = ', '.join(b)
            if a != (text(b) if b is not None else None):
                problems.append(f'Info {key} {a!r} en XMP {prop} {b!r} verschillen')
    if 'pdfuaid:part>1<' not in xmp:
        problems.append('geen pdfuaid:part 1')
    if '/OutputIntents' not in root or not any('/DestOutputProfile' in oi for oi in root.OutputIntents):
        problems.append('geen output intent met ICC-profiel')
    if root.get('/MarkInfo', {}).get('/Marked') is not True:
        problems.append('MarkInfo /Marked ontbreekt')
    if '/StructTreeRoot' not in root:
        problems.append('geen structuurboom')
    if '/Lang' not in root:
        problems.append('geen /Lang')
    if root.get('/ViewerPreferences', {}).get('/DisplayDocTitle') is not True:
        problems.append('DisplayDocTitle ontbreekt')
    if '/Encrypt' in pdf.trailer:
        problems.append('versleuteld')
    if '/ID' not in pdf.trailer:
        problems.append('geen trailer /ID')
    counts = {}
    def count(name):
        counts[name] = counts.get(name, 0) + 1
    for page in pdf.pages:
        annots = page.obj.get('/Annots')
        if annots:
            if page.obj.get('/Tabs') != '/S':
                count('pagina met annotaties zonder /Tabs /S')
            for a in annots:
                if a.get('/Subtype') == '/Link':
                    if '/Contents' not in a:
                        count('link zonder /Contents')
                    if '/StructParent' not in a:
                        count('link buiten de structuurboom')
                if not (int(a.get('/F', 0)) & 4):
                    count('annotatie zonder printvlag')
        for name, font in (page.Resources.get('/Font') or {}).items():
            desc = font.get('/FontDescriptor')
            if desc is None and '/DescendantFonts' in font:
                desc = font.DescendantFonts[0].get('/FontDescriptor')
            if desc is None or not any(k in desc for k in ('/FontFile', '/FontFile2', '/FontFile3')):
                count(f'font {name} niet ingebed')
    def walk(node, depth=0):
        if depth > 200 or not isinstance(node, pikepdf.Dictionary):
            return
        if node.get('/S') == '/Figure' and '/Alt' not in node and '/ActualText' not in node:
            count('Figure zonder /Alt')
        kids = node.get('/K')
        if isinstance(kids, pikepdf.Array):
            for kid in kids:
                walk(kid, depth + 1)
        elif isinstance(kids, pikepdf.Dictionary):
            walk(kids, depth + 1)
    if '/StructTreeRoot' in root:
        walk(root.StructTreeRoot)
    problems += [f'{n}× {name}' for name, n in sorted(counts.items())]
    return problems


print(json.dumps({path: check(path) for path in sys.argv[1:]}, ensure_ascii=False, indent=1))
