// SPDX-License-Identifier: Apache-2.0
// The pdf goal keeps the pages it laid out: after a one-word edit the second build laid out one page of
// three, and its PDF is the bytes of a build from scratch.
def runs = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('BUILD') }
assert runs.size() == 3 : "expected 3 builds in build.log, found ${runs.size()}"
runs.each { assert it.contains('BUILD SUCCESS') }

assert runs[0].contains('tei-edition: memorandum.pdf: laid out 3 of 3 pages, reused 0')
assert runs[1].contains('tei-edition: building memorandum.pdf (TEI file memorandum.xml changed)')
assert runs[1].contains('tei-edition: memorandum.pdf: laid out 1 of 3 pages, reused 2')
assert runs[2].contains('tei-edition: memorandum.pdf: laid out 3 of 3 pages, reused 0')

def edited = new File(basedir, 'target/edition/memorandum.pdf')
def scratch = new File(basedir, 'target/from-scratch/memorandum.pdf')
assert edited.isFile() && scratch.isFile()
assert edited.bytes == scratch.bytes : 'the PDF made of reused pages differs from the one built from scratch'

// the pages kept are those the last build used: three pages and the header they share
def kept = []
new File(basedir, 'target/.tei-edition-cache/edition-pdf').eachFileRecurse { if (it.name ==~ /[0-9a-f]{64}/) kept << it }
// the three pages, the header they share, and the two pages that can be full again with their leading opened
assert kept.size() == 6 : "${kept.size()} pages kept, expected 6"
return true
