// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.function.PDFunctionType2;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.pdmodel.graphics.color.PDSeparation;

/**
 * The press PDF's crop marks, drawn on every page of the PDF FOP wrote, whose page boxes FOP set from the
 * page masters ({@code fox:bleed}, {@code fox:crop-offset}): the TrimBox is the trim, the BleedBox the trim
 * grown by the bleed, the MediaBox the sheet, larger still.
 *
 * <p>Two marks at each corner, each in the line of one of the trim's edges, run from {@link #GAP} beyond
 * the BleedBox to {@link #GAP} inside the sheet's edge: a mark never enters the BleedBox, so a trim that
 * wanders by up to the bleed cuts no mark into the page. They are hairlines ({@link #WIDTH}, butt caps) in
 * registration colour (the {@code All} separation, on every plate), marked as a pagination artifact of type
 * {@code Page} (production aids, ISO 32000-1 14.8.2.2) outside the structure tree, so the PDF stays PDF/UA-1
 * and reads back as the reader's does.
 *
 * <p>FOP cannot draw outside the trim, so the marks are drawn over its finished PDF ({@link PressFinish}).
 * They depend on the page boxes only.
 */
final class PressMarks {
    /** Between the BleedBox and a mark, and between a mark and the sheet's edge, in points. */
    static final float GAP = 3;
    /** A mark's line width in points: a hairline. */
    static final float WIDTH = 0.25f;
    /** The shortest mark: a sheet with less room than this beyond the gaps is refused. */
    static final float SHORTEST = 9;
    /** The name of the registration colour in every page's resources. */
    static final COSName REGISTRATION = COSName.getPDFName("Registration");

    private PressMarks() {
    }

    /** A straight line from (x1, y1) to (x2, y2), in the page's default user space (points). */
    record Line(float x1, float y1, float x2, float y2) {
    }

    /** Draws the crop marks on every page of the document. */
    static void draw(PDDocument document) throws IOException {
        PDSeparation registration = registration();
        for (PDPage page : document.getPages()) {
            mark(document, page, registration);
        }
    }

    /**
     * The eight lines of a page's crop marks, from its boxes.
     *
     * @throws IllegalStateException when the sheet has no room for marks beyond the bleed
     */
    static List<Line> lines(PDRectangle media, PDRectangle bleed, PDRectangle trim) {
        float left = bleed.getLowerLeftX() - GAP;
        float right = bleed.getUpperRightX() + GAP;
        float bottom = bleed.getLowerLeftY() - GAP;
        float top = bleed.getUpperRightY() + GAP;
        float sheetLeft = media.getLowerLeftX() + GAP;
        float sheetRight = media.getUpperRightX() - GAP;
        float sheetBottom = media.getLowerLeftY() + GAP;
        float sheetTop = media.getUpperRightY() - GAP;
        float shortest = Math.min(Math.min(left - sheetLeft, sheetRight - right), Math.min(bottom - sheetBottom, sheetTop - top));
        if (shortest < SHORTEST) {
            throw new IllegalStateException("the press page's sheet " + media + " leaves no room for crop marks beyond its bleed " + bleed);
        }
        float x0 = trim.getLowerLeftX();
        float x1 = trim.getUpperRightX();
        float y0 = trim.getLowerLeftY();
        float y1 = trim.getUpperRightY();
        List<Line> lines = new ArrayList<>();
        for (float y : new float[] {y0, y1}) {
            lines.add(new Line(sheetLeft, y, left, y));
            lines.add(new Line(right, y, sheetRight, y));
        }
        for (float x : new float[] {x0, x1}) {
            lines.add(new Line(x, sheetBottom, x, bottom));
            lines.add(new Line(x, top, x, sheetTop));
        }
        return lines;
    }

    private static void mark(PDDocument document, PDPage page, PDSeparation registration) throws IOException {
        PDRectangle trim = page.getTrimBox();
        PDRectangle bleed = page.getBleedBox();
        PDRectangle media = page.getMediaBox();
        if (!(bleed.getLowerLeftX() <= trim.getLowerLeftX() && bleed.getLowerLeftY() <= trim.getLowerLeftY()
                && bleed.getUpperRightX() >= trim.getUpperRightX() && bleed.getUpperRightY() >= trim.getUpperRightY())) {
            throw new IllegalStateException("the press page's BleedBox " + bleed + " does not surround its TrimBox " + trim);
        }
        PDResources resources = page.getResources();
        resources.put(REGISTRATION, registration);
        StringBuilder marks = new StringBuilder("Q\n/Artifact <</Type /Page>> BDC\nq\n/")
                .append(REGISTRATION.getName()).append(" CS 1 SCN\n").append(number(WIDTH)).append(" w 0 J 0 j [] 0 d\n");
        for (Line line : lines(media, bleed, trim)) {
            marks.append(number(line.x1())).append(' ').append(number(line.y1())).append(" m ")
                    .append(number(line.x2())).append(' ').append(number(line.y2())).append(" l S\n");
        }
        marks.append("Q\nEMC\n");
        // FOP's content is kept in a graphics state of its own, so the marks are drawn in the page's default one
        COSArray contents = new COSArray();
        contents.add(stream(document, "q\n"));
        COSBase existing = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
        if (existing instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                contents.add(array.get(i));
            }
        } else if (existing instanceof COSStream) {
            contents.add(page.getCOSObject().getItem(COSName.CONTENTS));
        }
        contents.add(stream(document, marks.toString()));
        page.getCOSObject().setItem(COSName.CONTENTS, contents);
    }

    /** Registration colour: the {@code All} separation, shown in full on every process plate. */
    private static PDSeparation registration() throws IOException {
        COSDictionary tint = new COSDictionary();
        tint.setInt(COSName.FUNCTION_TYPE, 2);
        tint.setItem(COSName.DOMAIN, numbers(0, 1));
        tint.setItem(COSName.C0, numbers(0, 0, 0, 0));
        tint.setItem(COSName.C1, numbers(1, 1, 1, 1));
        tint.setInt(COSName.N, 1);
        PDSeparation all = new PDSeparation();
        all.setColorantName("All");
        all.setAlternateColorSpace(PDDeviceCMYK.INSTANCE);
        all.setTintTransform(new PDFunctionType2(tint));
        return all;
    }

    private static COSArray numbers(int... values) {
        COSArray array = new COSArray();
        for (int value : values) {
            array.add(COSInteger.get(value));
        }
        return array;
    }

    private static COSStream stream(PDDocument document, String operators) throws IOException {
        COSStream stream = document.getDocument().createCOSStream();
        try (OutputStream out = stream.createRawOutputStream()) {
            out.write(operators.getBytes(StandardCharsets.US_ASCII));
        }
        return stream;
    }

    /** A number as a PDF writes it: at most three decimals, no exponent, no trailing zeros. */
    private static String number(float value) {
        String text = String.format(Locale.ROOT, "%.3f", value);
        text = text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
        return text.equals("-0") ? "0" : text;
    }
}
