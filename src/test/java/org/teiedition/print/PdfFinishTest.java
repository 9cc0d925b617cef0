// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import org.teiedition.publish.PublishOptions;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the PDF has beyond what FOP gives, as a validator or a second build checks it: an /ID on every
 * note, listed in the structure tree's ID tree (PDF/UA-1); a file identifier that is the input's; the
 * metadata dated by the input, not the clock; FOP's sRGB profile as shipped, whatever JDK runs.
 */
class PdfFinishTest {
    @Test
    void everyNoteHasAnIdTheIdTreeLeadsTo() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(Memorandum.pdf().toFile())) {
            COSDictionary root = pdf.getDocumentCatalog().getStructureTreeRoot().getCOSObject();
            List<COSDictionary> notes = new ArrayList<>();
            collectNotes(root.getDictionaryObject(COSName.K), notes);
            assertFalse(notes.isEmpty(), "the memorandum has a footnote");
            COSDictionary idTree = root.getCOSDictionary(COSName.getPDFName("IDTree"));
            assertNotNull(idTree, "the structure tree has an ID tree");
            COSArray names = idTree.getCOSArray(COSName.NAMES);
            Map<String, COSBase> byId = new HashMap<>();
            for (int i = 0; i + 1 < names.size(); i += 2) {
                byId.put(((COSString) names.getObject(i)).getString(), names.getObject(i + 1));
            }
            for (COSDictionary note : notes) {
                String id = note.getString(COSName.ID);
                assertNotNull(id, "a Note without /ID");
                assertTrue(byId.get(id) == note, "the ID tree does not lead to the note " + id);
            }
            assertEquals(notes.size(), byId.size(), "one ID a note");
        }
    }

    @Test
    void theFileIdentifierIsTheInputs(@TempDir Path folder) throws Exception {
        Path again = folder.resolve("again.pdf");
        Memorandum.edition().pdf(Memorandum.TEI, again, PublishOptions.defaults());
        Path other = folder.resolve("other.pdf");
        Memorandum.edition().pdf(Memorandum.variant(folder, "other.xml", "Litvinov", "Litvinoff"), other, PublishOptions.defaults());
        byte[] first = fileId(Memorandum.pdf());
        assertEquals(16, first.length);
        assertArrayEquals(first, fileId(again), "the same input, another run: the same identifier");
        assertFalse(java.util.Arrays.equals(first, fileId(other)), "another input: another identifier");
    }

    @Test
    void theMetadataIsDatedWhenTheEditionWasCreated() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(Memorandum.pdf().toFile())) {
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            String created = element(xmp, "xmp:CreateDate");
            assertEquals(created, element(xmp, "xmp:MetadataDate"));
        }
    }

    @Test
    void theColourProfileIsFopsFileAsShipped() throws IOException {
        byte[] shipped;
        try (InputStream in = PdfFinishTest.class.getResourceAsStream("/org/apache/fop/pdf/sRGB.icc")) {
            shipped = in.readAllBytes();
        }
        try (PDDocument pdf = Loader.loadPDF(Memorandum.pdf().toFile())) {
            COSArray intents = pdf.getDocumentCatalog().getCOSObject().getCOSArray(COSName.OUTPUT_INTENTS);
            COSStream profile = (COSStream) ((COSDictionary) intents.getObject(0)).getDictionaryObject(COSName.DEST_OUTPUT_PROFILE);
            assertArrayEquals(shipped, profile.createInputStream().readAllBytes(), "the output intent's profile");
            COSArray rgb = (COSArray) pdf.getPage(0).getResources().getCOSObject().getCOSDictionary(COSName.COLORSPACE)
                    .getDictionaryObject(COSName.getPDFName("DefaultRGB"));
            assertArrayEquals(shipped, ((COSStream) rgb.getObject(1)).createInputStream().readAllBytes(), "DefaultRGB's profile");
        }
    }

    private static byte[] fileId(Path file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            COSArray id = pdf.getDocument().getTrailer().getCOSArray(COSName.ID);
            byte[] original = ((COSString) id.getObject(0)).getBytes();
            assertArrayEquals(original, ((COSString) id.getObject(1)).getBytes(), "a first version: both identifiers alike");
            return original;
        }
    }

    private static String element(String xml, String name) {
        Matcher m = Pattern.compile("<" + name + ">([^<]*)</" + name + ">").matcher(xml);
        assertTrue(m.find(), "no " + name + " in the metadata");
        return m.group(1);
    }

    private static void collectNotes(COSBase kid, List<COSDictionary> notes) {
        COSBase value = kid instanceof COSObject object ? object.getObject() : kid;
        if (value instanceof COSArray array) {
            array.forEach(item -> collectNotes(item, notes));
        } else if (value instanceof COSDictionary element && element.containsKey(COSName.S)) {
            if ("Note".equals(element.getNameAsString(COSName.S))) {
                notes.add(element);
            }
            collectNotes(element.getDictionaryObject(COSName.K), notes);
        }
    }
}
