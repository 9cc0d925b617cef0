// SPDX-License-Identifier: Apache-2.0
// The paginate goal wrote the text with a page break where each page of its first print begins, and
// changed nothing else; the sources are left as they were.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('tei-edition: new.xml: first print of 3 pages, 522–524')

def source = new File(basedir, 'src/main/tei/new.xml').text
def paginated = new File(basedir, 'target/paginated/new.xml').text
def breaks = (paginated =~ /<pb n="([0-9]+)" xml:id="pg_[0-9]+"\/>/).collect { it[1] }
assert breaks == ['522', '523', '524'] : "breaks ${breaks}"
assert paginated.replaceAll(/<pb [^>]*\/>/, '') == source : 'nothing but the page breaks is written'
assert !source.contains('<pb ') : 'the source is not rewritten'
return true
