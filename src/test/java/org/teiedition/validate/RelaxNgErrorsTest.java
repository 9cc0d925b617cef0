// SPDX-License-Identifier: Apache-2.0
package org.teiedition.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teiedition.validate.Fixtures.at;
import static org.teiedition.validate.Fixtures.memorandumWith;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.diag.Diagnostic;
import org.teiedition.transform.SaxonSetup;

/** One test per kind of schema error (parser and RELAX NG): message, code and line:column. */
class RelaxNgErrorsTest {
    private static Validator validator;

    @TempDir
    Path folder;

    @BeforeAll
    static void compile() {
        validator = new Validator(SaxonSetup.newProcessor(), Optional.empty());
    }

    private List<Diagnostic> validate(String text) throws Exception {
        return validator.validate(Fixtures.write(folder, "broken.xml", text)).diagnostics();
    }

    private static String placed(Diagnostic d) {
        return d.line() + ":" + d.column() + " " + d.code() + " " + d.message();
    }

    @Test
    void notWellFormedIsOneErrorAtItsPlace() throws Exception {
        String text = memorandumWith("<p>When the Ambassador left", "<p>When the <hi>Ambassador left");
        List<Diagnostic> found = validate(text);
        assertEquals(1, found.size(), found.toString());
        Diagnostic d = found.get(0);
        assertEquals("xml.malformed", d.code());
        assertEquals(106, d.line());
        assertEquals("the element type \"hi\" must be terminated by the matching end-tag \"</hi>\"", d.message());
    }

    @Test
    void unknownElement() throws Exception {
        String text = memorandumWith("<head>Memorandum", "<heading>Memorandum").replace("(Welles)</head>", "(Welles)</heading>");
        List<Diagnostic> found = validate(text);
        assertEquals(at(text, "<heading>") + " rng.invalid element \"heading\" not allowed anywhere; expected the element end-tag or element \"bibl\", \"closer\", \"dateline\", \"div\", \"figure\", \"gap\", \"head\", \"index\", \"label\", \"lb\", \"list\", \"note\", \"ns:attachment\", \"opener\", \"p\", \"pb\", \"postscript\", \"quote\", \"salute\", \"signed\" or \"table\" (with xmlns:ns=\"http://history.state.gov/frus/ns/1.0\")",
                placed(found.get(0)));
    }

    @Test
    void elementInTheWrongPlace() throws Exception {
        String text = memorandumWith("<head>Memorandum", "<head><p>Memorandum").replace("(Welles)</head>", "(Welles)</p></head>");
        List<Diagnostic> found = validate(text);
        assertEquals(at(text, "<head><p>", "<head>").replaceAll(":\\d+$", "") + ":" + (Integer.parseInt(at(text, "<head><p>", "<head>").split(":")[1]) + 3)
                + " rng.invalid element \"p\" not allowed here; expected the element end-tag, text or element \"att\", \"bibl\", \"choice\", \"corr\", \"date\", \"del\", \"figure\", \"forename\", \"gap\", \"gi\", \"gloss\", \"hi\", \"index\", \"label\", \"lb\", \"list\", \"note\", \"orgName\", \"pb\", \"persName\", \"placeName\", \"ptr\", \"quote\", \"ref\", \"rs\", \"seg\", \"sic\", \"surname\", \"table\" or \"title\"",
                placed(found.get(0)));
    }

    @Test
    void unknownAttribute() throws Exception {
        String text = memorandumWith("<p>When the Ambassador left", "<p color=\"red\">When the Ambassador left");
        assertEquals(List.of(at(text, "<p color=\"red\">") + " rng.invalid attribute \"color\" not allowed here; expected attribute \"n\", \"rend\", \"xml:id\" or \"xml:lang\""),
                validate(text).stream().map(RelaxNgErrorsTest::placed).toList());
    }

    @Test
    void missingRequiredAttribute() throws Exception {
        String text = memorandumWith("<language ident=\"en\">", "<language>");
        assertEquals(List.of(at(text, "<language>") + " rng.invalid element \"language\" missing required attribute \"ident\""),
                validate(text).stream().map(RelaxNgErrorsTest::placed).toList());
    }

    @Test
    void wrongAttributeValue() throws Exception {
        String text = memorandumWith("<title level=\"s\">", "<title level=\"series\">");
        assertEquals(List.of(at(text, "<title level=\"series\">") + " rng.invalid value of attribute \"level\" is invalid; must be equal to \"a\", \"j\", \"m\", \"s\" or \"u\""),
                validate(text).stream().map(RelaxNgErrorsTest::placed).toList());
    }

    @Test
    void duplicateXmlId() throws Exception {
        String text = memorandumWith("<pb n=\"524\" xml:id=\"pg_524\"/>", "<pb n=\"524\" xml:id=\"pg_523\"/>");
        assertEquals(List.of(
                at(text, "<pb n=\"524\" xml:id=\"pg_523\"/>") + " error rng.invalid xml:id \"pg_523\" is used twice: an xml:id must be unique in the document",
                at(text, "<pb n=\"523\" xml:id=\"pg_523\"/>") + " warning rng.invalid xml:id \"pg_523\" is first used here"),
                validate(text).stream().map(d -> d.line() + ":" + d.column() + " " + d.severity().label() + " " + d.code() + " " + d.message()).toList());
    }

    @Test
    void missingRequiredElement() throws Exception {
        String text = memorandumWith("<langUsage>\n        <language ident=\"en\">English</language>\n      </langUsage>", "<langUsage>\n      </langUsage>");
        // Jing reports a missing child where the element ends
        assertEquals(List.of(at(text, "<langUsage>\n      </langUsage>")
                + " rng.invalid element \"langUsage\" incomplete; missing required element \"language\""),
                validate(text).stream().map(RelaxNgErrorsTest::placed).toList());
    }

    @Test
    void textWhereNoneIsAllowed() throws Exception {
        String text = memorandumWith("<langUsage>", "<langUsage>Languages:");
        // Jing reports stray text where it ends
        assertEquals(List.of(at(text, "<langUsage>Languages:\n        ")
                + " rng.invalid text not allowed here; expected element \"language\""),
                validate(text).stream().map(RelaxNgErrorsTest::placed).toList());
    }

    @Test
    void wrongNamespace() throws Exception {
        String text = memorandum().replace("xmlns=\"http://www.tei-c.org/ns/1.0\"", "xmlns=\"http://example.org/tei\"");
        assertEquals("rng.invalid element \"TEI\" not allowed anywhere; expected element \"ns:TEI\" (with xmlns:ns=\"http://www.tei-c.org/ns/1.0\")",
                placed(validate(text).get(0)).replaceFirst("^\\d+:\\d+ ", ""));
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() throws Exception {
        String text = memorandumWith("<title level=\"s\">", "<title level=\"series\">")
                .replace("<language ident=\"en\">", "<language>")
                .replace("<pb n=\"523\" xml:id=\"pg_523\"/>", "");
        List<String> codes = validate(text).stream().map(Diagnostic::code).toList();
        assertEquals(List.of("rng.invalid", "rng.invalid", "schematron.pb-gap"), codes);
    }

    private static String memorandum() throws Exception {
        return Fixtures.memorandum();
    }
}
