// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.cli.CliRun;

/**
 * Each division of the front and back matter has a type scale of its own, as printers set a volume's lists
 * smaller: a list of persons too long for the text's size is set smaller, alone; a short list and the text keep
 * the size the text's own pages fit.
 */
class MatterScaleTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aListInTheFrontMatterThatDoesNotFitAtTheTextsSizeIsSetSmallerWithoutLoweringTheText(@TempDir Path dir) throws Exception {
        Path plain = dir.resolve("plain");
        CliRun alone = CliRun.run(Memorandum::edition, "publish", Memorandum.TEI.toString(), "-o", plain.toString(), "--overflow", "shrink");
        assertEquals(0, alone.status(), alone.err());
        double textSize = rendering(plain).at("/design/textSize").asDouble();

        String persons = IntStream.range(0, 50).mapToObj(i -> "<item><persName>Person " + i + "</persName>, Secretary of Legation at a capital</item>")
                .collect(Collectors.joining());
        Path tei = Memorandum.variant(dir, "with-persons.xml", "<text>\n    <body>", "<text>\n    <front><div type=\"section\"><pb n=\"IX\" xml:id=\"pg_IX\"/>"
                + "<head>List of Persons</head><list>" + persons + "</list></div><div type=\"section\"><pb n=\"X\" xml:id=\"pg_X\"/>"
                + "<head>List of Abbreviations</head><list><item>Tel., telegram</item></list></div></front>\n    <body>");
        Path out = dir.resolve("with-persons");
        CliRun run = CliRun.run(Memorandum::edition, "publish", tei.toString(), "-o", out.toString(), "--overflow", "shrink");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.err().contains("warning: the front matter's pages \"IX\" are set at "), run.err());
        assertTrue(run.err().contains("not fitting at the text's size: \"IX\""), run.err());

        JsonNode rendering = rendering(out);
        assertEquals(textSize, rendering.at("/design/textSize").asDouble(), 1e-9, "the text keeps its size: " + rendering.get("design"));
        assertEquals(1, rendering.at("/design/matter").size(), "the short list keeps the text's size: " + rendering.get("design"));
        assertEquals("IX", rendering.at("/design/matter/0/pages").asText(), rendering.get("design").toString());
        double matterSize = rendering.at("/design/matter/0/textSize").asDouble();
        assertTrue(matterSize < textSize && matterSize >= rendering.at("/design/leastTextSize").asDouble(), rendering.get("design").toString());
        assertEquals(0, rendering.get("shrunk").size(), "no page is shrunk on its own: " + rendering.get("shrunk"));
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(out.resolve("with-persons.pdf")))) {
            assertEquals(5, pdf.getNumberOfPages(), "the two lists on their pages, then the memorandum's three");
        }
        assertTrue(JSON.readTree(out.resolve("report.json").toFile()).at("/documents/0/pagination/problems").isEmpty(), "every page matches");
    }

    private static JsonNode rendering(Path edition) throws Exception {
        return JSON.readTree(edition.resolve("report.json").toFile()).at("/documents/0/rendering");
    }
}
