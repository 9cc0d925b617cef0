// SPDX-License-Identifier: Apache-2.0
// The site module assembled the series from the volume modules' publications, published none again: each
// volume under its module's name, the same files as its module wrote, the landing page listing them in the
// order of the site's dependencies, the search shards, and each volume's pages leading back to the landing page.
def site = new File(basedir, 'site/target/series')
def landing = new File(site, 'index.html')
assert landing.isFile() : "no ${landing}"
def text = landing.text
assert text.contains('Foreign Relations of the United States') : 'the landing page lacks the series title'
def first = text.indexOf('frus1918Russiav03/html/index.html')
def second = text.indexOf('frus1934v04/html/index.html')
assert first >= 0 && second > first : 'the landing page does not list the two volumes in the order of the dependencies'

['frus1918Russiav03', 'frus1934v04'].each { volume ->
    def published = new File(basedir, "${volume}/target/edition")
    def copied = new File(site, volume)
    ['report.json', "${volume}.pdf", "${volume}.epub", 'html/index.html', 'html/search-index.js'].each { name ->
        assert new File(copied, name).bytes == new File(published, name).bytes : "${volume}/${name} is not the module's publication"
    }
    assert new File(copied, 'html/index.html').text.contains('../../index.html') : "${volume}'s pages do not lead to the landing page"
}
def shards = new File(site, 'search').listFiles().findAll { it.name != 'volumes.js' }
assert !shards.isEmpty() : 'no search shards'
assert new File(site, 'search/volumes.js').text.contains('frus1934v04/html/search-index.js')

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('tei-edition: assembled the series ') && log.contains('from frus1918Russiav03, frus1934v04')
// the site module published nothing: every PDF built was a volume module's
assert log.count('tei-edition: building frus1918Russiav03.pdf') == 1
assert log.count('tei-edition: building frus1934v04.pdf') == 1
return true
