// SPDX-License-Identifier: Apache-2.0
package org.teiedition.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teiedition.validate.Fixtures.at;
import static org.teiedition.validate.Fixtures.memorandumWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.Edition;
import org.teiedition.cli.Cli;

/** {@code validate} through the real command line: exit status, GNU-style lines, JSON, --schema. */
class ValidateCommandTest {
    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return new Cli(new PrintWriter(out), new PrintWriter(err), Edition::create).run(args);
    }

    private void assertFails(String text, String startTag, String message) throws Exception {
        assertFails(text, startTag, startTag, message);
    }

    private void assertFails(String text, String context, String startTag, String message) throws Exception {
        Path file = Fixtures.write(folder, "broken.xml", text);
        assertEquals(1, run("validate", file.toString()), err.toString());
        String expected = file + ":" + at(text, context, startTag) + ": error: " + message;
        assertTrue(err.toString().lines().anyMatch(expected::equals), "expected\n" + expected + "\nin\n" + err);
        assertEquals("", out.toString());
    }

    @Test
    void theMemorandumIsValidAndNothingIsPrinted() {
        assertEquals(0, run("validate", "tei/memorandum.xml"));
        assertEquals("", out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void pageBreakWithoutN() throws Exception {
        String text = memorandumWith("<pb n=\"523\" xml:id=\"pg_523\"/>", "<pb xml:id=\"pg_523\"/>");
        assertFails(text, "<pb xml:id=\"pg_523\"/>", "page break has no \"n\": every page break needs the folio of the page it starts");
    }

    @Test
    void pageGap() throws Exception {
        String text = memorandumWith("<pb n=\"523\" xml:id=\"pg_523\"/>", "");
        assertFails(text, "<pb n=\"524\" xml:id=\"pg_524\"/>", "page break \"524\" follows \"522\": page 523 is missing");
    }

    @Test
    void duplicateXmlId() throws Exception {
        String text = memorandumWith("<person xml:id=\"molotov\" role=\"mentioned\">", "<person xml:id=\"stalin\" role=\"mentioned\">")
                .replace("\"#molotov\"", "\"#stalin\"");
        assertFails(text, "<person xml:id=\"stalin\" role=\"mentioned\">\n            <persName><forename>Vyacheslav",
                "<person xml:id=\"stalin\" role=\"mentioned\">",
                "xml:id \"stalin\" is used twice: an xml:id must be unique in the document");
    }

    @Test
    void danglingRef() throws Exception {
        String text = memorandumWith("<rs type=\"person\" ref=\"#litvinov\">The Soviet Ambassador</rs>",
                "<rs type=\"person\" ref=\"#litvinoff\">The Soviet Ambassador</rs>");
        assertFails(text, "<rs type=\"person\" ref=\"#litvinoff\">", "@ref points to \"#litvinoff\", but no element has that xml:id:"
                + " point to an xml:id the document has, or give the element meant that xml:id");
    }

    @Test
    void unknownElement() throws Exception {
        String text = memorandumWith("<orgName>Foreign Commissariat</orgName>", "<organisation>Foreign Commissariat</organisation>");
        Path file = Fixtures.write(folder, "broken.xml", text);
        assertEquals(1, run("validate", file.toString()));
        assertTrue(err.toString().startsWith(file + ":" + at(text, "<organisation>") + ": error: element \"organisation\" not allowed anywhere"), err.toString());
    }

    @Test
    void jsonOnStdout() throws Exception {
        String text = memorandumWith("<pb n=\"523\" xml:id=\"pg_523\"/>", "");
        Path file = Fixtures.write(folder, "broken.xml", text);
        assertEquals(1, run("validate", "--format", "json", file.toString(), "tei/memorandum.xml"));
        assertEquals("", err.toString());
        JsonNode reports = new ObjectMapper().readTree(out.toString());
        assertEquals(2, reports.size());
        JsonNode problem = reports.get(0).get("diagnostics").get(0);
        assertEquals("schematron.pb-gap", problem.get("code").asText());
        assertEquals("error", problem.get("severity").asText());
        assertEquals("page break \"524\" follows \"522\": page 523 is missing", problem.get("message").asText());
        assertEquals(Integer.parseInt(at(text, "<pb n=\"524\" xml:id=\"pg_524\"/>").split(":")[0]), problem.get("line").asInt());
        assertEquals(0, reports.get(1).get("diagnostics").size());
        assertTrue(reports.get(1).get("valid").asBoolean());
    }

    @Test
    void schemaOptionTakesRng() throws Exception {
        Path rng = Fixtures.write(folder, "strict.rng", """
                <grammar xmlns="http://relaxng.org/ns/structure/1.0" ns="http://www.tei-c.org/ns/1.0">
                  <start><element name="TEI"><empty/></element></start>
                </grammar>""");
        assertEquals(1, run("validate", "--schema", rng.toString(), "tei/memorandum.xml"));
        assertTrue(err.toString().startsWith("tei/memorandum.xml:2:"), err.toString());
        assertTrue(err.toString().contains("error: element \"teiHeader\" not allowed anywhere"), err.toString());
    }

    @Test
    void schemaOptionTakesRnc() throws Exception {
        Path rnc = Fixtures.write(folder, "loose.rnc", """
                default namespace = "http://www.tei-c.org/ns/1.0"
                start = element TEI { any }
                any = (attribute * { text } | text | element * { any })*
                """);
        assertEquals(0, run("validate", "--schema", rnc.toString(), "tei/memorandum.xml"), err.toString());
        Path broken = Fixtures.write(folder, "broken.xml", memorandumWith("<pb n=\"523\" xml:id=\"pg_523\"/>", "<pb xml:id=\"pg_523\"/><unknown/>"));
        assertEquals(1, run("validate", "--schema", rnc.toString(), broken.toString()));
        assertTrue(err.toString().contains("error: page break has no \"n\""), "the toolkit's Schematron still runs: " + err);
        assertTrue(!err.toString().contains("\"unknown\""), "the user's RELAX NG replaces the toolkit's: " + err);
    }

    @Test
    void schemaOptionTakesSchematron() throws Exception {
        Path sch = Fixtures.write(folder, "house.sch", """
                <schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt3">
                  <ns prefix="tei" uri="http://www.tei-c.org/ns/1.0"/>
                  <pattern id="house">
                    <rule context="tei:placeName">
                      <report id="no-russia" role="warning" test=". = 'Russia'">"Russia": the house style says "the Soviet Union"</report>
                    </rule>
                  </pattern>
                </schema>""");
        assertEquals(0, run("validate", "--schema", sch.toString(), "tei/memorandum.xml"), "warnings do not fail: " + err);
        String text = Fixtures.memorandum();
        assertEquals("tei/memorandum.xml:" + at(text, "<placeName>Russia", "<placeName>")
                + ": warning: \"Russia\": the house style says \"the Soviet Union\"\n", err.toString());
    }

    @Test
    void aBrokenSchemaIsReportedAtItsPlace() throws Exception {
        Path sch = Fixtures.write(folder, "broken.sch", Fixtures.BROKEN_SCHEMATRON);
        assertEquals(1, run("validate", "--schema", sch.toString(), "tei/memorandum.xml"));
        assertTrue(err.toString().contains("error:"), err.toString());
    }

    @Test
    void anUnsupportedSchemaIsAnError() throws Exception {
        Path xsd = Fixtures.write(folder, "tei.xsd", "<schema/>");
        assertEquals(1, run("validate", "--schema", xsd.toString(), "tei/memorandum.xml"));
        assertEquals(xsd + ": error: schema \"" + xsd + "\" is neither RELAX NG (.rng, .rnc) nor Schematron (.sch)\n", err.toString());
    }

    @Test
    void aMissingSchemaIsAUsageError() {
        assertEquals(2, run("validate", "--schema", folder.resolve("nowhere.rng").toString(), "tei/memorandum.xml"));
        assertTrue(err.toString().contains("no such schema file"), err.toString());
    }

    @Test
    void everyFileIsValidated() throws Exception {
        Path one = Fixtures.write(folder, "one.xml", memorandumWith("<pb n=\"523\" xml:id=\"pg_523\"/>", ""));
        Path two = Fixtures.write(folder, "two.xml", memorandumWith("<date when=\"1939\">", "<date when=\"in 1939\">"));
        assertEquals(1, run("validate", one.toString(), "tei/memorandum.xml", two.toString()));
        assertEquals(2, err.toString().lines().count(), err.toString());
        assertTrue(Files.exists(one));
    }
}
