// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXResult;
import javax.xml.transform.stream.StreamSource;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopFactory;
import org.apache.xmlgraphics.util.MimeConstants;
import org.junit.jupiter.api.Test;
import org.teiedition.verify.LineQuality;
import org.teiedition.store.PageStore;

/**
 * The line counter reads FOP's own lines back from a PDF: a short last line justified is loose, a justified
 * paragraph hyphenated without limit has a run of three hyphenated lines, which FOP avoids when told to
 * hyphenate at most two lines in a row; text set well (last line flush left, a measure its words fill)
 * raises no alarm.
 */
class LineQualityTest {
    private static final FopFactory FOP = FopSetup.newFactory();

    @Test
    void aJustifiedShortLineAndAnUnlimitedHyphenLadderAreCounted() throws Exception {
        LineQuality.Report report = LineQuality.read(pdf(fixture()));
        assertEquals(1, report.looseLines(), report::describe);
        assertEquals(1, report.hyphenRuns(), report::describe);
        assertEquals(List.of("1"), report.loosePages());
        assertEquals(List.of("1"), report.hyphenRunPages());
    }

    @Test
    void linesWhoseWordSpacesArePinchedAreCountedTight() throws Exception {
        LineQuality.Report set = LineQuality.read(pdf(fixture()));
        assertEquals(0, set.tightLines(), set::describe);
        // word spaces set at a quarter of the font's: every line of the paragraph with spaces is pinched
        LineQuality.Report pinched = LineQuality.read(pdf(fixture().replace("space-before=\"12pt\"",
                "space-before=\"12pt\" word-spacing=\"-0.2em\" text-align-last=\"start\"")));
        assertTrue(pinched.tightLines() >= 4, pinched.describe());
        assertEquals(set.looseLines(), pinched.looseLines(), pinched.describe());
    }

    @Test
    void fopHonoursTheHyphenationLadderCount() throws Exception {
        LineQuality.Report report = LineQuality.read(pdf(fixture().replace("hyphenation-ladder-count=\"no-limit\"",
                "hyphenation-ladder-count=\"2\"")));
        assertEquals(0, report.hyphenRuns(), report::describe);
    }

    @Test
    void wellSetLinesRaiseNoAlarm() throws Exception {
        String even = fixture().replace("text-align-last=\"justify\"", "text-align-last=\"start\"")
                .replace("hyphenation-ladder-count=\"no-limit\"", "hyphenation-ladder-count=\"2\"")
                .replace("end-indent=\"0pt\"", "end-indent=\"30pt\"");
        LineQuality.Report report = LineQuality.read(pdf(even));
        assertEquals(0, report.looseLines(), report::describe);
        assertEquals(0, report.hyphenRuns(), report::describe);
        assertTrue(report.hyphenatedLines() >= 2, "the paragraph is still hyphenated: " + report.describe());
        assertEquals(List.of(), report.loosePages());
    }

    @Test
    void aPagesCountsAreKeptUnderItsLayoutAndNotReadAgain(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = java.nio.file.Files.write(dir.resolve("uneven.pdf"), pdf(fixture()));
        java.util.Map<String, byte[]> entries = new java.util.HashMap<>();
        PageStore store = new PageStore() {
            @Override
            public java.util.Optional<byte[]> get(String key) {
                return java.util.Optional.ofNullable(entries.get(key));
            }

            @Override
            public void put(String key, byte[] entry) {
                entries.put(key, entry);
            }
        };
        LineQuality.Report read = LineQuality.read(file, List.of("layout-1"), store);
        assertEquals(1, read.looseLines(), read::describe);
        assertEquals(1, entries.size(), "the page's counts are kept");
        // what is kept is what is told: a page laid out as before is not read back
        entries.replaceAll((key, entry) -> "40 7 3 9 2".getBytes(StandardCharsets.US_ASCII));
        LineQuality.Report kept = LineQuality.read(file, List.of("layout-1"), store);
        assertEquals(List.of(40, 7, 3, 9, 2), List.of(kept.lines(), kept.looseLines(), kept.tightLines(), kept.hyphenatedLines(), kept.hyphenRuns()));
        LineQuality.Report anew = LineQuality.read(file, List.of("layout-2"), store);
        assertEquals(read, anew, "a page laid out anew is read back");
    }

    private static String fixture() throws IOException {
        try (InputStream in = LineQualityTest.class.getResourceAsStream("/print/typography/uneven.fo")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static byte[] pdf(String fo) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Fop fop = FOP.newFop(MimeConstants.MIME_PDF, FOP.newFOUserAgent(), out);
        TransformerFactory.newInstance().newTransformer()
                .transform(new StreamSource(new java.io.StringReader(fo)), new SAXResult(fop.getDefaultHandler()));
        return out.toByteArray();
    }
}
