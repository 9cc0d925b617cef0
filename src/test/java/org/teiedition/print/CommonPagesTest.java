// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.nio.file.Path;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.teiedition.transform.SaxonSetup;

/** The shared page and note semantics of xslt/common, called as functions. */
class CommonPagesTest {
    private static final String F = "https://tei-edition.org/ns/functions";
    private static final Processor PROCESSOR = SaxonSetup.newProcessor();
    private static final Xslt30Transformer COMMON = compile();

    private static Xslt30Transformer compile() {
        String harness = """
                <xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                    xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tei="http://www.tei-c.org/ns/1.0"
                    xmlns:f="https://tei-edition.org/ns/functions" xmlns:t="urn:test">
                  <xsl:include href="pages.xsl"/>
                  <xsl:include href="notes.xsl"/>
                  <!-- for each page: index, folio, the text on it (notes left out), the labels of its notes, whether its first and last element were cut -->
                  <xsl:function name="t:pages" visibility="public" as="xs:string*">
                    <xsl:param name="tei" as="document-node()"/>
                    <xsl:for-each select="f:pages($tei/tei:TEI/tei:text)">
                      <xsl:variable name="page" select="."/>
                      <xsl:variable name="text" select="string-join($tei//text()[not(ancestor::tei:note[f:is-footnote(.)])][f:on-page(., $page)], ' ')"/>
                      <xsl:variable name="notes" select="$tei//tei:note[f:is-footnote(.)][f:on-page(., $page)] ! f:note-label(.)"/>
                      <xsl:variable name="cut" select="($tei//tei:p[f:continued-from(., $page)] ! 'from', $tei//tei:p[f:continues(., $page)] ! 'on')"/>
                      <xsl:sequence select="string-join(($page?index, $page?pb/@n, normalize-space($text), string-join($notes, ','), string-join($cut, ',')), '|')"/>
                    </xsl:for-each>
                  </xsl:function>
                </xsl:stylesheet>
                """;
        try {
            var compiler = PROCESSOR.newXsltCompiler();
            StreamSource source = new StreamSource(new StringReader(harness),
                    Path.of("xslt/common/harness.xsl").toAbsolutePath().toUri().toString());
            return compiler.compile(source).load30();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String call(String function, XdmValue... arguments) throws Exception {
        return COMMON.callFunction(new QName(F, function), arguments).toString();
    }

    @ParameterizedTest
    @CsvSource({"522, 522, 1, true", "XIV, 14, I, true", "[I], 1, I, false", "xix, 19, i, true", "[VI], 6, I, false"})
    void folios(String folio, String number, String format, String printed) throws Exception {
        XdmAtomicValue n = new XdmAtomicValue(folio);
        assertEquals(number, call("folio-number", n));
        assertEquals(format, call("folio-format", n));
        assertEquals(printed, call("folio-printed", n));
    }

    @Test
    void aFolioThatIsNoNumberHasNoValue() throws Exception {
        assertEquals("", call("folio-number", new XdmAtomicValue("524a")));
        assertEquals("", call("folio-format", new XdmAtomicValue("524a")));
    }

    @Test
    void pagesSplitAtEveryBreakAtAnyDepth() throws Exception {
        XdmNode tei = PROCESSOR.newDocumentBuilder().build(new StreamSource(new StringReader("""
                <TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>
                <div><pb n="1"/><head>Head</head><p>One <note n="7">seven</note>two <pb n="2"/>three</p></div>
                <pb n="3"/><div><p>four<note>auto</note> <hi>five <pb n="4"/>six</hi></p><note place="foot" n="9"><pb n="x"/>in a note</note></div>
                </body></text></TEI>""")));
        XdmValue pages = COMMON.callFunction(new QName("urn:test", "pages"), new XdmValue[] {tei});
        assertEquals(4, pages.size());
        assertEquals("1|1|Head One two|7|on", pages.itemAt(0).getStringValue());
        assertEquals("2|2|three||from", pages.itemAt(1).getStringValue());
        assertEquals("3|3|four five|2|on", pages.itemAt(2).getStringValue());
        assertEquals("4|4|six|9|from", pages.itemAt(3).getStringValue());
    }
}
