// SPDX-License-Identifier: Apache-2.0
package org.teiedition.verify;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdfparser.PDFParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.teiedition.diag.Diagnostic;
import org.teiedition.diag.InputException;

/**
 * Whether a file is a whole, readable PDF, checked before anything is said about its pages: the header,
 * the end-of-file marker, the cross-reference table the trailer points to, a strict parse (PDFBox
 * without its repairs, which would read a truncated file as if it were whole) and every page of the page
 * tree. A file that fails is an input problem naming the file.
 */
public final class PdfStructure {
    private static final int TAIL = 2048;
    private static final Pattern START_XREF = Pattern.compile("startxref\\s+(\\d+)\\s+%%EOF");
    private static final Pattern XREF_AT = Pattern.compile("^\\s*(xref|\\d+\\s+\\d+\\s+obj)");

    private PdfStructure() {
    }

    public static void check(Path pdf) throws InputException, IOException {
        long size;
        try (RandomAccessFile file = new RandomAccessFile(pdf.toFile(), "r")) {
            size = file.length();
            if (!text(file, 0, 1024).contains("%PDF-")) {
                throw broken(pdf, "no %PDF- header");
            }
            String tail = text(file, Math.max(0, size - TAIL), TAIL);
            Matcher end = START_XREF.matcher(tail);
            long xref = -1;
            while (end.find()) {
                xref = Long.parseLong(end.group(1));
            }
            if (xref < 0) {
                throw broken(pdf, "truncated or damaged: no cross-reference offset and end-of-file marker at its end");
            }
            if (xref >= size || !XREF_AT.matcher(text(file, xref, 64)).find()) {
                throw broken(pdf, "the cross-reference table is not where the trailer says (byte " + xref + ")");
            }
        } catch (NumberFormatException e) {
            throw broken(pdf, "the cross-reference offset is not a number");
        }
        try (PDDocument document = new PDFParser(new RandomAccessReadBufferedFile(pdf.toFile())).parse(false)) {
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                throw broken(pdf, "it has no pages");
            }
            int held = 0;
            for (PDPage page : document.getPages()) {
                page.getMediaBox();
                held++;
            }
            if (held != pages) {
                throw broken(pdf, "its page tree claims " + pages + " pages but holds " + held);
            }
            // every stream decodes (content, fonts, images): damage inside the file shows here
            COSDocument cos = document.getDocument();
            for (COSObjectKey key : cos.getXrefTable().keySet()) {
                COSBase object = cos.getObjectFromPool(key).getObject();
                if (object == null || object instanceof COSNull) {
                    throw new IOException("object " + key.getNumber() + " is missing or damaged");
                }
                if (object instanceof COSStream stream) {
                    decode(stream, key);
                }
                if (object instanceof COSDictionary dictionary && runsScript(dictionary)) {
                    throw new InputException(Diagnostic.error("pdf.javascript", "the PDF carries JavaScript (object "
                            + key.getNumber() + "): a print edition runs no script, and PDF/A forbids it", pdf.toString(), 0, 0));
                }
            }
            checkStructureTree(document);
            checkMetadata(document);
        } catch (IOException | RuntimeException e) {
            throw broken(pdf, reason(e));
        }
    }

    /** An action that runs JavaScript: {@code /S /JavaScript}, or script given under {@code /JS}. */
    private static boolean runsScript(COSDictionary dictionary) {
        return COSName.JAVA_SCRIPT.equals(dictionary.getCOSName(COSName.S)) || dictionary.containsKey(COSName.JS);
    }

    /**
     * The tagged structure the verifier reads the pages back from: a root whose kids are structure
     * elements, each with its type, down to the marked content of the pages, and the tree from the pages'
     * content back to them.
     */
    private static void checkStructureTree(PDDocument document) throws IOException {
        COSDictionary root = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.STRUCT_TREE_ROOT);
        if (root == null) {
            throw new IOException("it has no structure tree (it is not a tagged PDF)");
        }
        if (!(root.getDictionaryObject(COSName.PARENT_TREE) instanceof COSDictionary)) {
            throw new IOException("its structure tree has no parent tree");
        }
        java.util.ArrayDeque<COSBase> kids = new java.util.ArrayDeque<>();
        kids.push(root.getDictionaryObject(COSName.K));
        java.util.Set<COSDictionary> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        int elements = 0;
        while (!kids.isEmpty()) {
            COSBase kid = kids.pop();
            if (kid instanceof COSArray array) {
                for (int i = 0; i < array.size(); i++) {
                    kids.push(array.getObject(i));
                }
            } else if (kid instanceof COSDictionary element) {
                if (!seen.add(element)) {
                    throw new IOException("its structure tree is damaged: an element is its own descendant");
                }
                COSName type = element.getCOSName(COSName.TYPE);
                if (COSName.MCR.equals(type) || COSName.OBJR.equals(type)) {
                    continue;
                }
                if (element.getCOSName(COSName.S) == null) {
                    throw new IOException("its structure tree is damaged: an element has no structure type");
                }
                elements++;
                COSBase below = element.getDictionaryObject(COSName.K);
                if (below != null) {
                    kids.push(below);
                }
            } else if (!(kid instanceof org.apache.pdfbox.cos.COSInteger) || elements == 0) {
                throw new IOException("its structure tree is damaged: " + (elements == 0
                        ? "its root holds no structure elements" : "an element's kid is neither an element nor marked content"));
            }
        }
    }

    /** The XMP metadata (title, PDF/A and PDF/UA identification) must be well-formed XML. */
    private static void checkMetadata(PDDocument document) throws IOException {
        var metadata = document.getDocumentCatalog().getMetadata();
        if (metadata == null) {
            throw new IOException("it has no XMP metadata");
        }
        try (InputStream in = metadata.exportXMPMetadata()) {
            org.xml.sax.XMLReader reader = org.teiedition.xml.SafeXml.newReader();
            reader.parse(new org.xml.sax.InputSource(in));
        } catch (org.xml.sax.SAXException e) {
            throw new IOException("its XMP metadata is not well-formed XML (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Reads a stream to its end. PDFBox keeps what a damaged Flate stream gives before the damage, so
     * those (the most, in a PDF: fonts, pages, images) are inflated here, where zlib's checksum at the
     * end of the data tells any change.
     */
    private static void decode(COSStream stream, COSObjectKey key) throws IOException {
        if (!COSName.FLATE_DECODE.equals(stream.getFilters())) {
            try (InputStream in = stream.createInputStream()) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return;
        }
        Inflater inflater = new Inflater();
        try (InputStream in = new InflaterInputStream(stream.createRawInputStream(), inflater)) {
            in.transferTo(OutputStream.nullOutputStream());
            if (!inflater.finished()) {
                throw new IOException("ends early");
            }
        } catch (IOException e) {
            throw new IOException("the compressed data of object " + key.getNumber() + " is damaged (" + e.getMessage() + ")", e);
        } finally {
            inflater.end();
        }
    }

    private static String text(RandomAccessFile file, long from, int length) throws IOException {
        byte[] bytes = new byte[(int) Math.min(length, Math.max(0, file.length() - from))];
        file.seek(from);
        file.readFully(bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** What the PDF library found, in its words, without the names of Java's exceptions it wraps them in. */
    private static String reason(Exception e) {
        String message = e.getMessage() == null ? "" : e.getMessage().replaceAll("\\b(?:[a-z]+\\.)+[A-Z]\\w*(?:Exception|Error): ", "");
        return message.isBlank() ? "damaged" : message;
    }

    /** The file's own words, as a message: "the PDF is ..." */
    private static InputException broken(Path pdf, String message) {
        return new InputException(Diagnostic.error("pdf.structure", "not a whole, readable PDF: " + message, pdf.toString(), 0, 0));
    }
}
