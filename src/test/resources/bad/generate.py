import os, random
os.chdir(os.path.dirname(os.path.abspath(__file__)))
memo = open('../../../../tei/memorandum.xml', encoding='utf-8').read()
memotxt = open('../../../../tei/memorandum.txt', encoding='utf-8').read()
def l1(t):
    for a, b in (('’', "'"), ('–', '-'), ('—', '-'), ('“', '"'), ('”', '"'), ('č', 'c'), ('½', '1/2'), ('↩', '')):
        t = t.replace(a, b)
    return t
NS = 'http://www.tei-c.org/ns/1.0'
def w(name, text, enc='utf-8'):
    with open(name, 'wb') as f:
        f.write(text.encode(enc) if isinstance(text, str) else text)
def mut(name, old, new, count=1):
    assert memo.count(old) >= 1, (name, old)
    w(name, memo.replace(old, new, count))
def small(body):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<TEI xmlns="%s" xml:lang="en">\n  <text>\n    <body>\n%s    </body>\n  </text>\n</TEI>\n' % (NS, body))
# --- malformed XML, at many positions
w('unclosed-tag.xml', small('      <p>an unclosed paragraph\n      <p>another</p>\n'))
w('bad-attribute.xml', small('      <pb n=523/>\n'))
w('mismatched-end-tag.xml', small('      <p>one</p>\n      <p>two</div>\n'))
w('garbage-after-root.xml', small('      <p>one</p>\n') + 'trailing garbage\n')
w('second-root.xml', small('      <p>one</p>\n') + '<TEI/>\n')
w('lt-in-text.xml', small('      <p>if a < b then</p>\n'))
w('ampersand-in-text.xml', small('      <p>Smith & Wesson</p>\n'))
w('bad-char-ref.xml', small('      <p>a null &#0; here</p>\n'))
w('surrogate-char-ref.xml', small('      <p>half a pair &#xD800; here</p>\n'))
w('undefined-entity.xml', small('      <p>a&nbsp;space</p>\n'))
w('duplicate-attribute.xml', small('      <pb n="522" n="523"/>\n'))
w('unquoted-namespace-prefix.xml', small('      <tei:p>unbound prefix</tei:p>\n'))
w('control-char.xml', small('      <p>a bell \x07 rings</p>\n'))
w('truncated-mid-tag.xml', memo[:memo.index('<pb n="523"') + 7])
w('truncated-mid-text.xml', memo[:memo.index('that kind of understanding') + 9])
w('empty.xml', b'')
w('whitespace-only.xml', b'\n   \n\t\n')
random.seed(8)
w('binary.xml', b'\x89PNG\r\n\x1a\n' + bytes(random.randrange(256) for _ in range(2000)))
w('xml-decl-not-first.xml', '\n<?xml version="1.0" encoding="UTF-8"?>\n' + memo.split('\n', 1)[1])
# --- encodings and BOMs
w('latin1-declared-utf8.xml', l1(memo).replace('Memorandum of Conversation, by the Under Secretary of State (Welles)</head>', 'Mémorandum of Conversation, by the Under Secretary of State (Welles)</head>'), 'latin-1')
w('unknown-encoding.xml', memo.replace('encoding="UTF-8"', 'encoding="X-NO-SUCH-CHARSET"'))
w('utf16-bom-utf8-declared.xml', b'\xff\xfe' + memo.encode('utf-16-le'))
w('utf8-bom.xml', b'\xef\xbb\xbf' + memo.encode('utf-8'))
w('latin1-declared-latin1.xml', l1(memo).replace('encoding="UTF-8"', 'encoding="ISO-8859-1"').replace('Welles)</head>', 'Wellès)</head>'), 'latin-1')
w('no-declaration-latin1.xml', l1(memo.split('\n', 1)[1].replace('Welles)</head>', 'Wellès)</head>')), 'latin-1')
# --- hostile: entities, DTDs
w('external-entity-file.xml', memo.replace('<TEI xmlns', '<!DOCTYPE TEI [\n  <!ENTITY secret SYSTEM "../secret.txt">\n]>\n<TEI xmlns', 1).replace('good-by before', 'good-by &secret; before'))
w('external-entity-file-absolute.xml', memo.replace('<TEI xmlns', '<!DOCTYPE TEI [<!ENTITY secret SYSTEM "@SECRET_URI@">]>\n<TEI xmlns', 1).replace('good-by before', 'good-by &secret; before'))
w('external-entity-http.xml', memo.replace('<TEI xmlns', '<!DOCTYPE TEI [\n  <!ENTITY remote SYSTEM "http://127.0.0.1:@PORT@/secret">\n]>\n<TEI xmlns', 1).replace('good-by before', 'good-by &remote; before'))
w('parameter-entity.xml', memo.replace('<TEI xmlns', '<!DOCTYPE TEI [\n  <!ENTITY % p SYSTEM "http://127.0.0.1:@PORT@/p.dtd">\n  %p;\n]>\n<TEI xmlns', 1))
w('parameter-entity-file.xml', memo.replace('<TEI xmlns', '<!DOCTYPE TEI [\n  <!ENTITY % p SYSTEM "../secret.txt">\n  %p;\n]>\n<TEI xmlns', 1))
w('external-dtd-http.xml', memo.replace('<TEI xmlns', '<!DOCTYPE TEI SYSTEM "http://127.0.0.1:@PORT@/tei.dtd">\n<TEI xmlns', 1))
lol = ['<!ENTITY lol0 "lol">'] + ['<!ENTITY lol%d "%s">' % (i, ('&lol%d;' % (i - 1)) * 10) for i in range(1, 10)]
w('billion-laughs.xml', '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE TEI [\n  ' + '\n  '.join(lol) + '\n]>\n<TEI xmlns="%s"><text><body><p>&lol9;</p></body></text></TEI>\n' % NS)
w('quadratic-blowup.xml', '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE TEI [<!ENTITY a "' + 'a' * 50000 + '">]>\n<TEI xmlns="%s"><text><body><p>' % NS + '&a;' * 2000 + '</p></body></text></TEI>\n')
w('xinclude.xml', memo.replace('<TEI xmlns="http://www.tei-c.org/ns/1.0"', '<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:xi="http://www.w3.org/2001/XInclude"', 1).replace('<head>', '<xi:include href="../secret.txt" parse="text"/>\n        <head>', 1))
# --- not TEI, or invalid TEI
w('non-tei-root.xml', '<?xml version="1.0" encoding="UTF-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">\n  <body><p>not TEI</p></body>\n</html>\n')
w('tei-without-namespace.xml', memo.replace(' xmlns="http://www.tei-c.org/ns/1.0"', '', 1))
w('tei-wrong-namespace.xml', memo.replace('http://www.tei-c.org/ns/1.0', 'http://www.tei-c.org/ns/2.0', 1))
mut('unknown-element.xml', '<head>Memorandum', '<heading>Memorandum')
u = open('unknown-element.xml', encoding='utf-8').read()
open('unknown-element.xml', 'w', encoding='utf-8').write(u.replace('(Welles)</head>', '(Welles)</heading>', 1))
mut('text-not-allowed.xml', '<div type="document" xml:id="d1">', '<div type="document" xml:id="d1">stray text in a division')
mut('pb-without-n.xml', '<pb n="523" xml:id="pg_523"/>', '<pb xml:id="pg_523"/>')
mut('duplicate-id.xml', '<pb n="523" xml:id="pg_523"/>', '<pb n="523" xml:id="pg_522"/>')
mut('note-without-number.xml', '<note n="65" xml:id="d1fn65">', '<note xml:id="d1fn65">')
mut('ref-to-nobody.xml', '<persName ref="#stalin">Stalin</persName> until', '<persName ref="#trotsky">Stalin</persName> until')
mut('empty-body.xml', memo[memo.index('<body>'):memo.index('</body>') + 7], '<body/>')
# --- broken transcriptions for encode
lines = memotxt.split('\n')
w('enc-empty.txt', b'')
w('enc-binary.txt', bytes(random.randrange(256) for _ in range(3000)))
w('enc-latin1.txt', l1(memotxt).replace('good-by', 'good-bÿ') + '↩'.replace('↩', ''), 'latin-1')
w('enc-utf16.txt', b'\xff\xfe' + memotxt.encode('utf-16-le'))
assert 'until 193965 was' in memotxt
w('enc-note-without-call.txt', memotxt.replace('until 193965 was', 'until 1939 was'))
w('enc-pages-out-of-order.txt', memotxt.replace('of [Page 523] that kind', 'of [Page 525] that kind'))
w('enc-page-repeated.txt', memotxt.replace('of [Page 523] that kind', 'of [Page 522] that kind'))
w('enc-page-malformed.txt', memotxt.replace('of [Page 523] that kind', 'of [Page 52x] that kind'))
w('enc-nul-bytes.txt', memotxt.replace('good-by', 'good\x00by'))
# --- valid-looking TEI that points outside its folder or at the network: nothing may be read or fetched
w('graphic-outside.xml', memo.replace('      </div>\n    </body>', '        <figure><graphic url="../secret.txt"/></figure>\n      </div>\n    </body>', 1))
w('facs-outside.xml', memo.replace('<pb n="522" xml:id="pg_522"/>', '<pb n="522" xml:id="pg_522" facs="@SECRET_URI@"/>', 1))
w('stylesheet-pi-http.xml', memo.replace('<TEI xmlns', '<?xml-stylesheet type="text/xsl" href="http://127.0.0.1:@PORT@/x.xsl"?>\n<TEI xmlns', 1))
