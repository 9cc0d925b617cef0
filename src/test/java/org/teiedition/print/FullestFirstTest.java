// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import org.teiedition.EditionStages;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.Edition;

/**
 * A volume measured at the design's size fullest pages first is set exactly as one measured whole: the same
 * type scale, the same pages set smaller, the same PDF, also when the estimate of fullness leaves out a page
 * that does not fit (a page of emblems: little text, much height), which the layout at the volume's scale
 * then finds.
 */
class FullestFirstTest {
    private static final String[] WORDS = "the ambassador called to say farewell before his return to Moscow and spoke of the war".split(" ");

    @TempDir
    Path dir;

    @Test
    void aPageTheEstimateLeftOutIsFoundAndTheVolumeIsSetAsIfMeasuredWhole() throws Exception {
        // page 50: long text (fits at 97%), measured first; page 80: seventeen emblems (fits at 90%), estimated light
        Result estimated = render(volume(17, 600), 1.0 / 3);
        Result whole = render(volume(17, 600), 1);
        assertEquals(0.94, whole.pdf.scale(), 1e-9, "the corpus-like case: the scale the emblems force");
        assertEquals(1, whole.pdf.shrunk().size());
        assertEquals(whole.pdf.scale(), estimated.pdf.scale(), 1e-9);
        assertEquals(whole.pdf.shrunk(), estimated.pdf.shrunk());
        assertArrayEquals(whole.bytes, estimated.bytes);
    }

    @Test
    void whenTheFullestPagesHoldEveryOverflowTheRestIsNeverMeasuredAtTheDesignsSize() throws Exception {
        // the emblems fit: only page 50 overflows, and it is among the fullest
        Result estimated = render(volume(8, 600), 1.0 / 3);
        Result whole = render(volume(8, 600), 1);
        // the other pages have room to spare: the volume is set at least at the design's size
        assertTrue(whole.pdf.scale() >= 1.0, "scale " + whole.pdf.scale());
        assertEquals(whole.pdf.scale(), estimated.pdf.scale(), 1e-9);
        assertEquals(1, whole.pdf.shrunk().size(), "page 50 set smaller alone: the one outlier a volume of 110 pages may have");
        assertEquals(whole.pdf.shrunk(), estimated.pdf.shrunk());
        assertArrayEquals(whole.bytes, estimated.bytes);
        assertTrue(estimated.pdf.diagnostics().stream().noneMatch(d -> d.isError()), estimated.pdf.diagnostics().toString());
    }

    private record Result(PdfResult pdf, byte[] bytes) {
    }

    private Result render(Path tei, double share) throws Exception {
        Edition edition = Edition.create();
        XdmNode tree = edition.load(tei);
        PdfRenderer renderer = EditionStages.pdf(edition);
        renderer.measureFirst(share);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfResult result = renderer.render(tree, out, Overflow.SHRINK);
        return new Result(result, out.toByteArray());
    }

    /** 110 pages of two paragraphs, but page 50 (a paragraph of {@code words} words) and page 80 ({@code emblems} emblems). */
    private Path volume(int emblems, int words) throws Exception {
        String memorandum = Files.readString(Memorandum.TEI);
        StringBuilder body = new StringBuilder("<body><div type=\"document\" xml:id=\"d1\"><head>Pages</head>");
        for (int n = 1; n <= 110; n++) {
            body.append("<pb n=\"").append(n).append("\"/>");
            if (n == 50) {
                body.append("<p>").append(text(words)).append("</p>");
            } else if (n == 80) {
                body.append("<p>Figures.</p>").append("<figure><graphic url=\"e.png\"/></figure>".repeat(emblems));
            } else {
                body.append("<p>").append(text(120)).append("</p><p>").append(text(90)).append("</p>");
            }
        }
        body.append("</div></body>");
        String text = memorandum.substring(0, memorandum.indexOf("<body>")) + body + memorandum.substring(memorandum.indexOf("</body>") + 7);
        return Files.writeString(dir.resolve("volume-" + emblems + "-" + words + ".xml"), text);
    }

    private static String text(int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[i % WORDS.length]);
        }
        return text.toString();
    }
}
