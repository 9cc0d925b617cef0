// SPDX-License-Identifier: Apache-2.0
package org.teiedition.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.Edition;
import org.teiedition.cli.Cli;
import org.teiedition.diag.InputException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** Safe parsing: no entity declarations, no external entity, no DTD, no XInclude, bounded expansion. */
class SafeXmlTest {
    private static final String SECRET = "the-secret-content-4711";
    private static final String TEI = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader/><text><body><p>&e;</p></body></text></TEI>";

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int validate(Path file) {
        return new Cli(new PrintWriter(out), new PrintWriter(err), Edition::create).run("validate", file.toString());
    }

    private Path write(String name, String text) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void entityDeclarationsAreRefusedWithAClearMessage() throws Exception {
        Path file = write("declares.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [\n  <!ENTITY e \"Welles\">\n]>\n" + TEI);
        assertEquals(1, validate(file));
        assertEquals(file + ":3:23: error: " + SafeXml.ENTITY_DECLARATION_REFUSED + " (\"e\")\n", err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void anExternalEntityToALocalFileReadsNothing() throws Exception {
        Path secret = write("secret.txt", SECRET);
        Path file = write("external.xml", "<!DOCTYPE TEI [<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]>\n" + TEI);
        assertEquals(1, validate(file));
        assertFalse(err.toString().contains(SECRET), err.toString());
        assertFalse(out.toString().contains(SECRET), out.toString());
        assertTrue(err.toString().contains(SafeXml.ENTITY_DECLARATION_REFUSED), err.toString());
    }

    @Test
    void anExternalParameterEntityReadsNothing() throws Exception {
        Path secret = write("secret.dtd", "<!ENTITY e \"" + SECRET + "\">");
        Path file = write("parameter.xml", "<!DOCTYPE TEI [<!ENTITY % p SYSTEM \"" + secret.toUri() + "\"> %p;]>\n" + TEI);
        assertEquals(1, validate(file));
        assertFalse((out.toString() + err).contains(SECRET), err.toString());
    }

    @Test
    void anExternalDtdIsNotRead() throws Exception {
        Path dtd = write("tei.dtd", "<!ENTITY e \"" + SECRET + "\">");
        Path file = write("dtd.xml", "<!DOCTYPE TEI SYSTEM \"" + dtd.toUri() + "\">\n" + TEI);
        assertEquals(1, validate(file));
        assertFalse((out.toString() + err).contains(SECRET), err.toString());
    }

    @Test
    void billionLaughsFailsFast() throws Exception {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE TEI [\n<!ENTITY l0 \"lol\">\n");
        for (int i = 1; i <= 10; i++) {
            doctype.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        Path file = write("laughs.xml", doctype + "]>\n" + TEI.replace("&e;", "&l10;"));
        validate(write("warm-up.xml", "<TEI")); // class loading is not what is measured
        err.getBuffer().setLength(0);
        long start = System.nanoTime();
        int status = validate(file);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(1, status);
        assertTrue(millis < 2_000, "took " + millis + " ms");
        assertTrue(err.toString().contains(SafeXml.ENTITY_DECLARATION_REFUSED), err.toString());
    }

    @Test
    void xincludeIsNotProcessed() throws Exception {
        write("part.xml", "<p xmlns=\"http://www.tei-c.org/ns/1.0\">" + SECRET + "</p>");
        Path file = write("xinclude.xml", TEI.replace("<p>&e;</p>", "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"part.xml\"/>"));
        Edition edition = Edition.create();
        String text = edition.load(file).toString();
        assertTrue(text.contains("xi:include"), text);
        assertFalse(text.contains(SECRET), text);
        assertEquals(1, validate(file));
        assertFalse(err.toString().contains(SECRET));
    }

    @Test
    void theFacadeRefusesEntitiesEverywhereItLoads() throws Exception {
        Path secret = write("secret.txt", SECRET);
        Path file = write("external.xml", "<!DOCTYPE TEI [<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]>\n" + TEI);
        InputException e = assertThrows(InputException.class, () -> Edition.create().load(file));
        assertTrue(e.getMessage().contains(SafeXml.ENTITY_DECLARATION_REFUSED), e.getMessage());
        assertFalse(e.getMessage().contains(SECRET));
    }

    @Test
    void theReaderForLibrariesKeepsRefusing() throws Exception {
        Path secret = write("secret.txt", SECRET);
        SafeXml.Reader reader = new SafeXml.Reader();
        reader.setEntityResolver((publicId, systemId) -> new InputSource(systemId));
        reader.setFeature("http://xml.org/sax/features/external-general-entities", true);
        StringBuilder text = new StringBuilder();
        reader.setContentHandler(new DefaultHandler() {
            @Override
            public void characters(char[] ch, int start, int length) {
                text.append(ch, start, length);
            }
        });
        String xml = "<!DOCTYPE a [<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]><a>&e;</a>";
        SAXException e = assertThrows(SAXException.class, () -> reader.parse(new InputSource(new StringReader(xml))));
        assertTrue(e.getMessage().contains(SafeXml.ENTITY_DECLARATION_REFUSED), e.getMessage());
        assertFalse(text.toString().contains(SECRET));
    }

    @Test
    void aBareDoctypeIsAccepted() throws Exception {
        String memorandum = Files.readString(Path.of("tei/memorandum.xml"));
        Path file = write("doctype.xml", memorandum.replace("<TEI xmlns", "<!DOCTYPE TEI>\n<TEI xmlns"));
        assertEquals(0, validate(file), err.toString());
    }
}
