// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import org.teiedition.publish.PublishOptions;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.Edition;
import org.teiedition.cli.CliRun;
import org.teiedition.config.EditionConfig;
import org.teiedition.verify.PaginationReport;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The memorandum's press PDF ({@code pdf --for press}), read back with PDFBox as a printer's preflight
 * reads it: every page is the trim (TrimBox) with the bleed around it (BleedBox) on a larger sheet
 * (MediaBox) that holds crop marks, and no mark reaches into the bleed, let alone the page; every font is
 * embedded; the output intent is a press condition, embedded as shipped; the file says it is PDF/X-4 and
 * is still tagged (PDF/UA-1), so it reads back page by page. The reader's PDF is left as it was.
 */
class PressPdfTest {
    /** The design's trim of the memorandum (modern octavo, 6 × 9 in) and the default bleed (0.125 in), in points. */
    private static final float WIDTH = 432;
    private static final float HEIGHT = 648;
    private static final float BLEED = 9;
    private static final Edition PRESS = new Edition(EditionConfig.defaults().withPdfFor(PdfFor.PRESS));
    private static Path press;

    @TempDir
    static Path folder;

    @BeforeAll
    static void render() throws Exception {
        press = folder.resolve("memorandum-press.pdf");
        PRESS.pdf(Memorandum.TEI, press, PublishOptions.defaults());
    }

    @Test
    void everyPageIsTheTrimWithTheBleedAroundItOnALargerSheet() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(press.toFile())) {
            assertEquals(3, pdf.getNumberOfPages(), "one PDF page per source page, as the reader's");
            for (PDPage page : pdf.getPages()) {
                assertBoxes(page, WIDTH, HEIGHT, BLEED);
            }
        }
    }

    @Test
    void theTrimAndTheBleedAreTheStylesheetParameters() throws Exception {
        Edition edition = new Edition(EditionConfig.defaults().withPdfFor(PdfFor.PRESS)
                .withParameters(Map.of("page-width", "7in", "page-height", "10in", "bleed", "3mm")));
        Path out = folder.resolve("custom.pdf");
        edition.pdf(Memorandum.TEI, out, PublishOptions.defaults());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            for (PDPage page : pdf.getPages()) {
                assertBoxes(page, 504, 720, (float) (3 * 72 / 25.4));
                assertEquals(List.of(), CropMarkCheck.problems(page));
            }
        }
    }

    @Test
    void everyPageHasTwoCropMarksAtEachCornerAllOutsideTheBleed() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(press.toFile())) {
            for (PDPage page : pdf.getPages()) {
                assertEquals(List.of(), CropMarkCheck.problems(page));
                List<CropMarkCheck.Mark> marks = CropMarkCheck.marks(page);
                assertEquals(8, marks.size(), "two marks at each of four corners");
                Rectangle2D trim = CropMarkCheck.rectangle(page.getTrimBox());
                for (CropMarkCheck.Mark mark : marks) {
                    Rectangle2D grown = new Rectangle2D.Double(trim.getX() - BLEED, trim.getY() - BLEED,
                            trim.getWidth() + 2 * BLEED, trim.getHeight() + 2 * BLEED);
                    assertFalse(mark.ink().intersects(grown), "a mark within the bleed of the trim: " + mark);
                }
            }
        }
    }

    @Test
    void renderedTheMarksLeaveTheTrimAndTheBleedBlankAndShowOutside() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(press.toFile())) {
            PDFRenderer renderer = new PDFRenderer(pdf);
            for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                PDPage page = pdf.getPage(i);
                BufferedImage image = renderer.renderImage(i, 1f); // 72 dpi: a pixel a point
                PDRectangle sheet = page.getCropBox();
                PDRectangle trim = page.getTrimBox();
                float reach = BLEED + PressMarks.GAP - 1; // short of where the marks begin
                for (float x : new float[] {trim.getLowerLeftX(), trim.getUpperRightX()}) {
                    for (float y : new float[] {trim.getLowerLeftY(), trim.getUpperRightY()}) {
                        // the corner of the page and its bleed, inside and outside the trim: no ink (the text's margins are wider)
                        for (float dx = -reach; dx <= reach; dx++) {
                            for (float dy = -reach; dy <= reach; dy++) {
                                int px = Math.round(x + dx - sheet.getLowerLeftX());
                                int py = Math.round(sheet.getUpperRightY() - (y + dy));
                                assertTrue(white(image.getRGB(px, py)), "ink at (" + (x + dx) + ", " + (y + dy) + ") on page " + (i + 1));
                            }
                        }
                    }
                }
                for (PressMarks.Line line : PressMarks.lines(page.getMediaBox(), page.getBleedBox(), trim)) {
                    float mx = (line.x1() + line.x2()) / 2;
                    float my = (line.y1() + line.y2()) / 2;
                    assertTrue(inked(image, Math.round(mx - sheet.getLowerLeftX()), Math.round(sheet.getUpperRightY() - my)),
                            "no mark seen at (" + mx + ", " + my + ") on page " + (i + 1));
                }
            }
        }
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(press.toFile())) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                    fonts.add(font.getName());
                }
            }
            assertFalse(fonts.isEmpty());
        }
    }

    @Test
    void theOutputIntentIsThePressConditionWithItsProfileAsShipped() throws IOException {
        byte[] shipped;
        try (InputStream in = PressPdfTest.class.getResourceAsStream("/" + FopSetup.PRESS_PROFILE)) {
            shipped = in.readAllBytes();
        }
        try (PDDocument pdf = Loader.loadPDF(press.toFile())) {
            List<PDOutputIntent> intents = pdf.getDocumentCatalog().getOutputIntents();
            assertEquals(1, intents.size(), "one output intent: PDF/X's (the press PDF is no PDF/A)");
            PDOutputIntent intent = intents.get(0);
            assertEquals("GTS_PDFX", intent.getCOSObject().getNameAsString(COSName.S));
            assertEquals("FOGRA29", intent.getOutputConditionIdentifier());
            assertEquals("http://www.color.org", intent.getRegistryName());
            COSStream profile = intent.getCOSObject().getCOSStream(COSName.getPDFName("DestOutputProfile"));
            assertNotNull(profile);
            byte[] embedded;
            try (InputStream in = profile.createInputStream()) {
                embedded = in.readAllBytes();
            }
            assertArrayEquals(shipped, embedded, "the output profile as the toolkit ships it, not as the JDK rewrote it");
            assertEquals("prtr", new String(embedded, 12, 4, StandardCharsets.US_ASCII), "an output device profile");
            assertEquals("CMYK", new String(embedded, 16, 4, StandardCharsets.US_ASCII));
            assertEquals(4, profile.getInt(COSName.N));
        }
    }

    @Test
    void theFileDeclaresPdfX4AndNoLongerPdfA() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(press.toFile())) {
            assertEquals("PDF/X-4", pdf.getDocumentInformation().getCOSObject().getString(COSName.getPDFName("GTS_PDFXVersion")));
            assertEquals("False", pdf.getDocumentInformation().getTrapped());
            assertNotNull(pdf.getDocumentInformation().getTitle());
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertEquals("PDF/X-4", element(xmp, "pdfxid:GTS_PDFXVersion"));
            assertEquals("1", element(xmp, "pdfuaid:part"));
            assertFalse(xmp.contains("pdfaid:part"), "the press PDF claims no PDF/A");
            assertTrue(element(xmp, "xmpMM:DocumentID").startsWith("uuid:"));
            assertTrue(pdf.getDocumentCatalog().getMarkInfo().isMarked(), "tagged");
        }
    }

    @Test
    void twoPressRendersAreByteIdentical() throws Exception {
        Path again = folder.resolve("again.pdf");
        PRESS.pdf(Memorandum.TEI, again, PublishOptions.defaults());
        assertArrayEquals(Files.readAllBytes(press), Files.readAllBytes(again));
    }

    @Test
    void thePressPdfIsStillPdfUa1() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        PDFAFlavour flavour = PDFAFlavour.PDFUA_1;
        try (InputStream in = Files.newInputStream(press);
             PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            String failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().collect(Collectors.joining("\n"));
            assertTrue(result.isCompliant(), "PDF/UA-1 failures:\n" + failures);
        }
    }

    @Test
    void thePressPdfReadsBackPageByPageFromItsTags() throws Exception {
        PaginationReport report = Memorandum.edition().verify(press, Memorandum.TEI, PublishOptions.defaults());
        assertTrue(report.matches(), report.toString());
        assertEquals(List.of("522", "523", "524"), report.pages().stream().map(PaginationReport.PageCheck::label).toList());
    }

    @Test
    void theReadersPdfHasNoBleedNoMarksAndStaysPdfA() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(Memorandum.pdf().toFile())) {
            for (PDPage page : pdf.getPages()) {
                assertEquals(rectangle(0, 0, WIDTH, HEIGHT), CropMarkCheck.rectangle(page.getMediaBox()));
                assertEquals(CropMarkCheck.rectangle(page.getMediaBox()), CropMarkCheck.rectangle(page.getTrimBox()));
                assertEquals(CropMarkCheck.rectangle(page.getMediaBox()), CropMarkCheck.rectangle(page.getBleedBox()));
                assertEquals(List.of(), CropMarkCheck.marks(page));
            }
            List<PDOutputIntent> intents = pdf.getDocumentCatalog().getOutputIntents();
            assertEquals(List.of("GTS_PDFA1"), intents.stream().map(i -> i.getCOSObject().getNameAsString(COSName.S)).toList());
            assertEquals(null, pdf.getDocumentInformation().getCOSObject().getString(COSName.getPDFName("GTS_PDFXVersion")));
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertEquals("2", element(xmp, "pdfaid:part"));
            assertEquals("B", element(xmp, "pdfaid:conformance"));
            assertFalse(xmp.contains("pdfxid"), "the reader's PDF claims no PDF/X");
        }
    }

    @Test
    void aMarkDrawnInsideTheTrimOrIntoTheBleedIsFound() throws IOException {
        byte[] sheet = sheet();
        try (PDDocument pdf = Loader.loadPDF(PressFinish.finish(sheet))) {
            assertEquals(List.of(), CropMarkCheck.problems(pdf.getPage(0)), "the toolkit's marks pass");
        }
        // a mark's line carried on into the page, as a mark drawn at the wrong offset would be
        String inside = "q /Registration CS 1 SCN 0.25 w 30 648 m 60 648 l S Q\n";
        try (PDDocument pdf = Loader.loadPDF(PressFinish.finish(sheet))) {
            append(pdf, pdf.getPage(0), inside);
            List<String> problems = CropMarkCheck.problems(pdf.getPage(0));
            assertTrue(problems.stream().anyMatch(p -> p.startsWith("a mark inside the TrimBox")), problems.toString());
        }
        // a mark that starts within the bleed, outside the trim
        String intoBleed = "q /Registration CS 1 SCN 0.25 w -20 0 m -5 0 l S Q\n";
        try (PDDocument pdf = Loader.loadPDF(PressFinish.finish(sheet))) {
            append(pdf, pdf.getPage(0), intoBleed);
            List<String> problems = CropMarkCheck.problems(pdf.getPage(0));
            assertTrue(problems.stream().anyMatch(p -> p.startsWith("a mark inside the BleedBox")), problems.toString());
        }
        // a page without marks
        try (PDDocument pdf = Loader.loadPDF(sheet)) {
            assertEquals("no crop marks", CropMarkCheck.problems(pdf.getPage(0)).get(0));
        }
    }

    @Test
    void aSheetWithoutRoomForMarksBeyondTheBleedIsRefused() {
        PDRectangle trim = new PDRectangle(0, 0, WIDTH, HEIGHT);
        PDRectangle bleed = new PDRectangle(-BLEED, -BLEED, WIDTH + 2 * BLEED, HEIGHT + 2 * BLEED);
        PDRectangle tight = new PDRectangle(-BLEED - 10, -BLEED - 10, WIDTH + 2 * BLEED + 20, HEIGHT + 2 * BLEED + 20);
        assertThrows(IllegalStateException.class, () -> PressMarks.lines(tight, bleed, trim));
    }

    @Test
    void theCommandLineMakesThePressPdfWithFor() throws IOException {
        Path out = folder.resolve("cli-press.pdf");
        CliRun run = CliRun.run("pdf", Memorandum.TEI.toString(), "--for", "press", "-o", out.toString());
        assertEquals(0, run.status(), run.err());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertBoxes(pdf.getPage(0), WIDTH, HEIGHT, BLEED);
        }
        assertArrayEquals(Files.readAllBytes(press), Files.readAllBytes(out), "the same PDF as the Java API's");
    }

    /** TrimBox the trim at the origin, BleedBox the trim grown by the bleed, MediaBox (and CropBox) the bleed grown by room for marks. */
    private static void assertBoxes(PDPage page, float width, float height, float bleed) {
        PDRectangle trim = page.getTrimBox();
        assertEquals(rectangle(0, 0, width, height), CropMarkCheck.rectangle(trim), "TrimBox: the trim");
        Rectangle2D expectedBleed = rectangle(-bleed, -bleed, width + bleed, height + bleed);
        assertNear(expectedBleed, CropMarkCheck.rectangle(page.getBleedBox()), "BleedBox: the trim and the bleed");
        Rectangle2D media = CropMarkCheck.rectangle(page.getMediaBox());
        float room = 2 * PressMarks.GAP + PressMarks.SHORTEST;
        assertTrue(media.contains(new Rectangle2D.Double(expectedBleed.getX() - room, expectedBleed.getY() - room,
                expectedBleed.getWidth() + 2 * room, expectedBleed.getHeight() + 2 * room)), "MediaBox " + media + " with room for marks");
        assertEquals(media, CropMarkCheck.rectangle(page.getCropBox()), "the whole sheet is shown");
    }

    private static Rectangle2D rectangle(double x0, double y0, double x1, double y1) {
        return new Rectangle2D.Double(x0, y0, x1 - x0, y1 - y0);
    }

    /** FOP writes lengths to two decimals: within 0.01 pt. */
    private static void assertNear(Rectangle2D expected, Rectangle2D actual, String what) {
        assertTrue(Math.abs(expected.getMinX() - actual.getMinX()) < 0.01 && Math.abs(expected.getMinY() - actual.getMinY()) < 0.01
                && Math.abs(expected.getMaxX() - actual.getMaxX()) < 0.01 && Math.abs(expected.getMaxY() - actual.getMaxY()) < 0.01,
                what + ": expected " + expected + ", found " + actual);
    }

    private static boolean white(int rgb) {
        return ((rgb >> 16) & 0xff) >= 250 && ((rgb >> 8) & 0xff) >= 250 && (rgb & 0xff) >= 250;
    }

    /** Some pixel around (x, y) is darker than paper. */
    private static boolean inked(BufferedImage image, int x, int y) {
        for (int dx = -1; dx <= 1; dx++) {
            for (int dy = -1; dy <= 1; dy++) {
                int rgb = image.getRGB(x + dx, y + dy);
                if (((rgb >> 16) & 0xff) < 240 && ((rgb >> 8) & 0xff) < 240 && (rgb & 0xff) < 240) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A blank press sheet made by hand: the memorandum's boxes, nothing drawn. */
    private static byte[] sheet() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(-33, -33, WIDTH + 66, HEIGHT + 66));
            page.setBleedBox(new PDRectangle(-BLEED, -BLEED, WIDTH + 2 * BLEED, HEIGHT + 2 * BLEED));
            page.setTrimBox(new PDRectangle(0, 0, WIDTH, HEIGHT));
            page.setResources(new PDResources());
            pdf.addPage(page);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
    }

    /** Adds a content stream of {@code operators} to the end of the page's content. */
    private static void append(PDDocument pdf, PDPage page, String operators) throws IOException {
        COSStream stream = pdf.getDocument().createCOSStream();
        try (OutputStream out = stream.createRawOutputStream()) {
            out.write(operators.getBytes(StandardCharsets.US_ASCII));
        }
        COSArray contents = (COSArray) page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
        contents.add(stream);
    }

    private static String element(String xml, String name) {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]*)</" + Pattern.quote(name) + ">").matcher(xml);
        assertTrue(m.find(), "no " + name + " in the XMP");
        return m.group(1);
    }
}
