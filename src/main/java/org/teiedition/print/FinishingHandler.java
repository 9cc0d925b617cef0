// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import java.awt.Dimension;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.fop.accessibility.StructureTreeElement;
import org.apache.fop.accessibility.StructureTreeEventHandler;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.pdf.PDFArray;
import org.apache.fop.pdf.PDFColorSpace;
import org.apache.fop.pdf.PDFDocument;
import org.apache.fop.pdf.PDFICCBasedColorSpace;
import org.apache.fop.pdf.PDFMetadata;
import org.apache.fop.pdf.PDFName;
import org.apache.fop.pdf.PDFNameTreeNode;
import org.apache.fop.pdf.PDFObject;
import org.apache.fop.pdf.PDFOutputIntent;
import org.apache.fop.pdf.PDFStructElem;
import org.apache.fop.pdf.PDFStructTreeRoot;
import org.apache.fop.render.intermediate.IFDocumentHandler;
import org.apache.fop.render.intermediate.IFException;
import org.apache.fop.render.intermediate.util.IFDocumentHandlerProxy;
import org.apache.xmlgraphics.xmp.schemas.XMPBasicAdapter;
import org.apache.xmlgraphics.xmp.schemas.XMPBasicSchema;
import org.apache.xmlgraphics.xmp.schemas.pdf.XAPMMAdapter;
import org.apache.xmlgraphics.xmp.schemas.pdf.XAPMMXMPSchema;
import org.xml.sax.Attributes;

/**
 * FOP's PDF writer, with what FOP leaves to do done in its document before it is written:
 * <ul>
 * <li>page labels are the folios exactly as the source prints them ("[I]" for an unprinted one):
 *     each page is named by its folio and labelled by {@link FolioLabels};</li>
 * <li>FOP's {@code xmp:MetadataDate} (the clock) is the creation date, so the same input gives the same bytes,
 *     and so are the modification dates ({@code ModDate}, {@code xmp:ModifyDate}): the edition's own date;</li>
 * <li>the sRGB colour profile is FOP's file as shipped, not as the JDK rewrote it ({@link SrgbProfile});</li>
 * <li>every {@code Note} structure element gets the {@code /ID} PDF/UA-1 requires (rule 7.9-1), listed
 *     in the structure tree's ID tree;</li>
 * <li>in a PDF/X (the press PDF): the output profile is the toolkit's file as shipped, the output intent
 *     names its registered printing condition, and the XMP's document and instance identifiers, which FOP
 *     draws at random, are made from the file identifier.</li>
 * </ul>
 * All but the notes are done before the first page is written (FOP writes the objects it made at the start
 * with it), the notes when the document ends (FOP writes the structure tree last). FOP keeps its
 * document to itself; the structure elements it makes for the pages belong to it and lead to it.
 */
final class FinishingHandler extends IFDocumentHandlerProxy {
    private static final PDFName NOTE = new PDFName("Note");

    /** The press output profile's printing condition, as the ICC's registry of characterizations names it. */
    static final String PRESS_CONDITION = "FOGRA29";
    static final String REGISTRY = "http://www.color.org";

    private final List<String> folios;
    private final byte[] fileId;
    private PDFDocument document;
    private boolean started;

    /**
     * Wraps {@code delegate}, the PDF handler made for {@code agent}, and the structure tree handler the
     * agent gives FOP's parser.
     *
     * @param folios the folio of every page, in order ("" where FOP's page number is to stay); empty to
     *               keep FOP's page numbers
     * @param fileId the PDF's file identifier, from which a PDF/X's XMP identifiers are made
     */
    FinishingHandler(IFDocumentHandler delegate, FOUserAgent agent, List<String> folios, byte[] fileId) {
        super(delegate);
        this.folios = List.copyOf(folios);
        this.fileId = fileId.clone();
        agent.setStructureTreeEventHandler(new DocumentFinder(agent.getStructureTreeEventHandler()));
    }

    @Override
    public void startPage(int index, String name, String pageMasterName, Dimension size) throws IFException {
        if (!started) {
            started = true;
            finishStart();
        }
        String folio = index < folios.size() ? folios.get(index) : "";
        super.startPage(index, folio.isEmpty() ? name : folio, pageMasterName, size);
    }

    @Override
    public void endDocument() throws IFException {
        identifyNotes(pdf().getRoot().getStructTreeRoot());
        super.endDocument();
    }

    private void finishStart() throws IFException {
        PDFDocument pdf = pdf();
        pdf.getRoot().setPageLabels(pdf.registerTrailerObject(new FolioLabels()));
        PDFMetadata metadata = pdf.getRoot().getMetadata();
        // modified when made: the edition's own date, in the Info and the XMP alike (PDF/A wants them to agree)
        pdf.getInfo().setModDate(pdf.getInfo().getCreationDate());
        if (metadata != null) {
            XMPBasicAdapter basic = XMPBasicSchema.getAdapter(metadata.getMetadata());
            basic.setMetadataDate(basic.getCreateDate());
            basic.setModifyDate(basic.getCreateDate());
        }
        PDFArray intents = pdf.getRoot().getOutputIntents();
        for (int i = 0; intents != null && i < intents.length(); i++) {
            if (intents.get(i) instanceof PDFOutputIntent intent && intent.getDestOutputProfile() != null) {
                SrgbProfile.restore(intent.getDestOutputProfile());
            }
        }
        PDFColorSpace rgb = pdf.getResources().getColorSpace(new PDFName("DefaultRGB"));
        if (rgb instanceof PDFICCBasedColorSpace icc) {
            SrgbProfile.restore(icc.getICCStream());
        }
        if (pdf.getProfile().isPDFXActive()) {
            finishPress(pdf, intents, metadata);
        }
    }

    /** A PDF/X's output intent and XMP identifiers, the same for the same input. */
    private void finishPress(PDFDocument pdf, PDFArray intents, PDFMetadata metadata) throws IFException {
        PDFOutputIntent press = null;
        for (int i = 0; intents != null && i < intents.length(); i++) {
            if (intents.get(i) instanceof PDFOutputIntent intent && PDFOutputIntent.GTS_PDFX.equals(intent.getSubtype())) {
                press = intent;
            }
        }
        if (press == null || press.getDestOutputProfile() == null || metadata == null) {
            throw new IFException("the " + pdf.getProfile().getPDFXMode() + " PDF has no output intent or no XMP to finish", null);
        }
        SrgbProfile.restore(press.getDestOutputProfile(), PressProfile.BYTES);
        press.setOutputCondition(press.getOutputConditionIdentifier());
        press.setOutputConditionIdentifier(PRESS_CONDITION);
        press.setRegistryName(REGISTRY);
        XAPMMAdapter media = XAPMMXMPSchema.getAdapter(metadata.getMetadata());
        media.setDocumentID("uuid:" + UUID.nameUUIDFromBytes(fileId));
        byte[] instance = java.util.Arrays.copyOf(fileId, fileId.length + 1);
        instance[fileId.length] = 1;
        media.setInstanceID("uuid:" + UUID.nameUUIDFromBytes(instance));
    }

    /** Each Note, in the structure tree's order, gets the ID note-000001, note-000002, ... */
    private static void identifyNotes(PDFStructTreeRoot root) {
        List<PDFStructElem> notes = new ArrayList<>();
        PDFArray kids = root.getKids();
        for (int i = 0; i < kids.length(); i++) {
            collectNotes(kids.get(i), notes);
        }
        if (notes.isEmpty()) {
            return;
        }
        PDFArray names = new PDFArray();
        for (int i = 0; i < notes.size(); i++) {
            String id = String.format(Locale.ROOT, "note-%06d", i + 1);
            notes.get(i).put("ID", id);
            names.add(id);
            names.add(notes.get(i));
        }
        PDFNameTreeNode tree = new PDFNameTreeNode();
        tree.setNames(names);
        root.put("IDTree", tree);
    }

    private static void collectNotes(Object kid, List<PDFStructElem> notes) {
        if (kid instanceof PDFStructElem element) {
            // an element FOP does not write (no number) is no note of the PDF's
            if (NOTE.equals(element.get("S")) && element.hasObjectNumber()) {
                notes.add(element);
            }
            if (element.getKids() != null) {
                element.getKids().forEach(child -> collectNotes(child, notes));
            }
        }
    }

    private PDFDocument pdf() throws IFException {
        if (document == null) {
            throw new IFException("the PDF has no structure tree to finish it by (accessibility is off)", null);
        }
        return document;
    }

    /** The press output profile's bytes, read when a press PDF is first finished. */
    private static final class PressProfile {
        static final byte[] BYTES = SrgbProfile.load("/" + FopSetup.PRESS_PROFILE, "the press output profile");
    }

    /** FOP's structure tree handler, noting the document its first element belongs to. */
    private final class DocumentFinder implements StructureTreeEventHandler {
        private final StructureTreeEventHandler delegate;

        DocumentFinder(StructureTreeEventHandler delegate) {
            this.delegate = delegate;
        }

        private StructureTreeElement found(StructureTreeElement element) {
            if (document == null && element instanceof PDFObject object) {
                document = object.getDocument();
            }
            return element;
        }

        @Override
        public void startPageSequence(Locale locale, String role) {
            delegate.startPageSequence(locale, role);
        }

        @Override
        public StructureTreeElement startNode(String name, Attributes attributes, StructureTreeElement parent) {
            return found(delegate.startNode(name, attributes, parent));
        }

        @Override
        public void endNode(String name) {
            delegate.endNode(name);
        }

        @Override
        public StructureTreeElement startImageNode(String name, Attributes attributes, StructureTreeElement parent) {
            return found(delegate.startImageNode(name, attributes, parent));
        }

        @Override
        public StructureTreeElement startReferencedNode(String name, Attributes attributes, StructureTreeElement parent) {
            return found(delegate.startReferencedNode(name, attributes, parent));
        }

        @Override
        public void endPageSequence() {
            delegate.endPageSequence();
        }
    }
}
