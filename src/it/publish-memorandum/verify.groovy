// SPDX-License-Identifier: Apache-2.0
// The memorandum's edition exists and is what a reader expects; the second build rebuilt nothing; the
// third, after the print stylesheet changed, rebuilt the PDF and nothing else, and the web edition offers
// that new PDF.
def edition = new File(basedir, 'target/edition')
def pdf = new File(edition, 'memorandum.pdf')
assert pdf.isFile() : "no ${pdf}"
assert new String(pdf.bytes, 0, 5, 'ISO-8859-1') == '%PDF-' : 'memorandum.pdf is not a PDF'
assert new File(edition, 'memorandum.xml').text.contains('<pb n="523"') : 'the published TEI is not the memorandum'
assert new File(edition, 'report.json').text.contains('"memorandum.pdf"') : 'report.json does not list the PDF'
def site = new File(edition, 'html')
assert new File(site, 'index.html').isFile() : 'no html/index.html'
def pages = []
site.eachFileRecurse { if (it.name.endsWith('.html')) pages << it }
assert pages.any { it.text.contains('page-523') } : "no page marker page-523 in ${pages}"

// build.log holds the three builds, one after the other
def runs = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('BUILD') }
assert runs.size() == 3 : "expected 3 builds in build.log, found ${runs.size()}"
runs.each { assert it.contains('BUILD SUCCESS') }

assert runs[0].contains('tei-edition: building memorandum.pdf (first build)')
assert runs[0].contains('tei-edition: building html/ (first build)')

assert runs[1].contains('tei-edition: memorandum.pdf is up to date')
assert runs[1].contains('tei-edition: html/ is up to date')
assert runs[1].contains('tei-edition: 0 built, 2 up to date')
assert !runs[1].contains('tei-edition: building')

assert runs[2].contains('tei-edition: building memorandum.pdf (stylesheet memorandum-fo.xsl changed)')
assert runs[2].contains('tei-edition: html/ is up to date')

// the publication is the command line's: a report with its summary, timings, and the web edition offers
// the PDF beside it (the one the third build made), never an earlier one
assert new File(edition, 'report.json').text.contains('"summary"') : 'report.json has no summary'
assert new File(edition, 'timings.json').isFile() : 'no timings.json'
assert new File(site, 'memorandum.pdf').bytes == pdf.bytes : 'html/memorandum.pdf is not the PDF beside it'
return true
