// SPDX-License-Identifier: Apache-2.0
package org.teiedition.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.transform.SaxonSetup;
import org.teiedition.transform.TeiLoader;

/** XSLT's doc(), document() and unparsed-text() read beside the input only, and never the network. */
class SafeResourcesTest {
    private static final String SECRET = "the-secret-content-4711";
    private static final String STYLESHEET = """
            <xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
              <xsl:param name="href" as="xs:string" xmlns:xs="http://www.w3.org/2001/XMLSchema"/>
              <xsl:param name="how" as="xs:string" xmlns:xs="http://www.w3.org/2001/XMLSchema"/>
              <xsl:template match="/">
                <out>
                  <xsl:choose>
                    <xsl:when test="$how = 'document'"><xsl:value-of select="document($href, .)"/></xsl:when>
                    <xsl:when test="$how = 'doc'"><xsl:value-of select="doc(resolve-uri($href, base-uri(.)))"/></xsl:when>
                    <xsl:when test="$how = 'text'"><xsl:value-of select="unparsed-text(resolve-uri($href, base-uri(.)))"/></xsl:when>
                    <xsl:when test="$how = 'collection'"><xsl:value-of select="count(collection($href))"/></xsl:when>
                  </xsl:choose>
                </out>
              </xsl:template>
            </xsl:stylesheet>""";

    private static Processor processor;
    private static XsltExecutable stylesheet;

    @TempDir
    Path root;
    Path edition;
    Path elsewhere;
    Path input;

    @BeforeAll
    static void compile() throws SaxonApiException {
        processor = SaxonSetup.newProcessor();
        stylesheet = processor.newXsltCompiler().compile(new StreamSource(new java.io.StringReader(STYLESHEET)));
    }

    @BeforeEach
    void files() throws Exception {
        edition = Files.createDirectories(root.resolve("edition"));
        elsewhere = Files.createDirectories(root.resolve("elsewhere"));
        input = edition.resolve("doc.xml");
        Files.writeString(input, "<doc/>");
        Files.writeString(edition.resolve("beside.xml"), "<p>beside</p>");
        Files.createDirectories(edition.resolve("sub"));
        Files.writeString(edition.resolve("sub/below.txt"), "below");
        Files.writeString(elsewhere.resolve("secret.xml"), "<p>" + SECRET + "</p>");
        Files.writeString(elsewhere.resolve("secret.txt"), SECRET);
    }

    private String run(String how, String href, boolean confined) throws Exception {
        XdmNode document = new TeiLoader(processor).load(input);
        Xslt30Transformer transformer = stylesheet.load30();
        if (confined) {
            SafeResources.confine(transformer, input);
        }
        List<String> errors = new ArrayList<>();
        transformer.setErrorReporter(e -> errors.add(e.getMessage()));
        transformer.setStylesheetParameters(java.util.Map.of(new QName("href"), new XdmAtomicValue(href), new QName("how"), new XdmAtomicValue(how)));
        try {
            return transformer.applyTemplates(document).toString();
        } catch (SaxonApiException e) {
            throw new SaxonApiException(e.getMessage() + " " + errors);
        }
    }

    @Test
    void documentsBesideTheInputAreRead() throws Exception {
        assertTrue(run("document", "beside.xml", false).contains("beside"));
        assertTrue(run("doc", "beside.xml", true).contains("beside"));
        assertTrue(run("text", "sub/below.txt", true).contains("below"));
    }

    @Test
    void documentsOutsideTheInputsFolderAreRefused() {
        for (String how : List.of("document", "doc", "text")) {
            for (boolean confined : List.of(false, true)) {
                String href = "../elsewhere/secret." + (how.equals("text") ? "txt" : "xml");
                SaxonApiException e = assertThrows(SaxonApiException.class, () -> run(how, href, confined), how + " " + confined);
                assertFalse(e.getMessage().contains(SECRET), e.getMessage());
                assertTrue(e.getMessage().contains("refused") || e.getMessage().contains("FODC0002") || e.getMessage().contains("FOUT1170"),
                        how + ": " + e.getMessage());
            }
        }
    }

    @Test
    void absolutePathsOutsideAreRefused() {
        String href = elsewhere.resolve("secret.xml").toUri().toString();
        SaxonApiException e = assertThrows(SaxonApiException.class, () -> run("document", href, false));
        assertFalse(e.getMessage().contains(SECRET));
    }

    @Test
    void theNetworkIsNeverRead() {
        for (String how : List.of("document", "doc", "text")) {
            SaxonApiException e = assertThrows(SaxonApiException.class, () -> run(how, "http://127.0.0.1:9/x.xml", false));
            assertTrue(e.getMessage().contains("refused"), how + ": " + e.getMessage());
        }
    }

    @Test
    void collectionsAreRefused() {
        SaxonApiException e = assertThrows(SaxonApiException.class, () -> run("collection", elsewhere.toUri().toString(), false));
        assertTrue(e.getMessage().contains("refused"), e.getMessage());
    }

    @Test
    void confinementNamesTheFolder() {
        SafeResources resources = SafeResources.confinedTo(edition);
        var request = new net.sf.saxon.lib.ResourceRequest();
        request.uri = elsewhere.resolve("secret.xml").toUri().toString();
        request.nature = net.sf.saxon.lib.ResourceRequest.XML_NATURE;
        var e = assertThrows(net.sf.saxon.trans.XPathException.class, () -> resources.resolve(request));
        assertEquals("reading \"" + request.uri + "\" refused: only files in \"" + edition.toAbsolutePath().normalize() + "\" may be read", e.getMessage());
    }
}
