// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;

/**
 * What FOP leaves to do, done with PDFBox:
 * <ul>
 * <li>every {@code Note} structure element gets the {@code /ID} PDF/UA-1 requires (rule 7.9-1), listed
 *     in the structure tree's ID tree;</li>
 * <li>page labels are the folios exactly as the source prints them ("[I]" for an unprinted one);</li>
 * <li>the file identifier is derived from the input, and FOP's {@code xmp:MetadataDate} (the clock) is
 *     set to the creation date, so the same input gives the same bytes;</li>
 * <li>the sRGB colour profile is FOP's file as shipped, not as the JDK rewrote it ({@link SrgbProfile}).</li>
 * </ul>
 */
final class PdfFinisher {
    private static final COSName ID_TREE = COSName.getPDFName("IDTree");

    private PdfFinisher() {
    }

    /**
     * @param folios the folio of every PDF page, in order (one page per source page)
     * @param fileId 16 bytes identifying the input
     */
    static byte[] finish(byte[] pdf, List<String> folios, byte[] fileId) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            identifyNotes(document);
            fixMetadataDate(document);
            SrgbProfile.restore(document);
            if (folios.size() == document.getNumberOfPages()) {
                labelPages(document, folios);
            }
            COSArray id = new COSArray();
            id.add(new COSString(fileId));
            id.add(new COSString(fileId));
            document.getDocument().getTrailer().setItem(COSName.ID, id);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 4096);
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }

    private static final java.util.regex.Pattern CREATE_DATE =
            java.util.regex.Pattern.compile("<xmp:CreateDate>([^<]*)</xmp:CreateDate>");

    private static void fixMetadataDate(PDDocument document) throws IOException {
        var metadata = document.getDocumentCatalog().getMetadata();
        if (metadata == null) {
            return;
        }
        String xmp = new String(metadata.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        var created = CREATE_DATE.matcher(xmp);
        if (created.find()) {
            String fixed = xmp.replaceAll("<xmp:MetadataDate>[^<]*</xmp:MetadataDate>",
                    "<xmp:MetadataDate>" + java.util.regex.Matcher.quoteReplacement(created.group(1)) + "</xmp:MetadataDate>");
            if (!fixed.equals(xmp)) {
                metadata.importXMPMetadata(fixed.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }

    private static void identifyNotes(PDDocument document) {
        var root = document.getDocumentCatalog().getStructureTreeRoot();
        if (root == null) {
            return;
        }
        List<COSDictionary> notes = new ArrayList<>();
        collectNotes(root.getCOSObject().getDictionaryObject(COSName.K), notes, 0);
        if (notes.isEmpty()) {
            return;
        }
        COSArray names = new COSArray();
        for (int i = 0; i < notes.size(); i++) {
            String id = String.format("note-%06d", i + 1);
            notes.get(i).setString(COSName.ID, id);
            names.add(new COSString(id));
            names.add(notes.get(i));
        }
        COSDictionary tree = new COSDictionary();
        tree.setItem(COSName.NAMES, names);
        root.getCOSObject().setItem(ID_TREE, tree);
    }

    private static void collectNotes(COSBase kid, List<COSDictionary> notes, int depth) {
        COSBase value = kid instanceof COSObject object ? object.getObject() : kid;
        if (depth > 200 || value == null) {
            return;
        }
        if (value instanceof COSArray array) {
            for (COSBase item : array) {
                collectNotes(item, notes, depth + 1);
            }
        } else if (value instanceof COSDictionary element && element.containsKey(COSName.S)) {
            if ("Note".equals(element.getNameAsString(COSName.S))) {
                notes.add(element);
            }
            collectNotes(element.getDictionaryObject(COSName.K), notes, depth + 1);
        }
    }

    /** A range per run of folios that count on in one style; a folio that is no number is its own prefix. */
    private static void labelPages(PDDocument document, List<String> folios) throws IOException {
        PDPageLabels labels = new PDPageLabels(document);
        String previousStyle = null;
        int expected = -1;
        for (int i = 0; i < folios.size(); i++) {
            String folio = folios.get(i);
            String style = Folios.style(folio);
            int value = Folios.value(folio);
            if (style != null && style.equals(previousStyle) && value == expected) {
                expected++;
                continue;
            }
            PDPageLabelRange range = new PDPageLabelRange();
            if (style != null) {
                range.setStyle(style);
                range.setStart(value);
                expected = value + 1;
            } else {
                range.setPrefix(folio.isEmpty() ? String.valueOf(i + 1) : folio);
                expected = -1;
            }
            previousStyle = style;
            labels.setLabelItem(i, range);
        }
        document.getDocumentCatalog().setPageLabels(labels);
    }
}
