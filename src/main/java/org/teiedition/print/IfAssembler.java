// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.SAXParser;
import javax.xml.transform.stream.StreamResult;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;
import org.apache.fop.fonts.FontEventAdapter;
import org.apache.fop.fonts.FontInfo;
import org.apache.fop.fonts.FontTriplet;
import org.apache.fop.fonts.Typeface;
import org.apache.fop.render.intermediate.IFDocumentHandler;
import org.apache.fop.render.intermediate.IFException;
import org.apache.fop.render.intermediate.IFParser;
import org.apache.fop.render.intermediate.IFUtil;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Joins laid-out pages into one PDF: one intermediate-format document (the header, every page
 * sequence with its structure tree, the outline in the trailer) read by FOP's parser into its PDF
 * writer, so the PDF has one structure tree, one outline and one font subset per face as if FOP had
 * laid out the document in one run. The identifiers each page keeps locally are made unique here, in
 * page order, so the PDF depends only on the pages, never on how they were laid out.
 */
final class IfAssembler {
    private IfAssembler() {
    }

    /**
     * @param folios the folio of every page, in order, for its page label (empty: FOP's page numbers)
     * @param fileId the PDF's file identifier, 16 bytes
     * @param pdfFor whom the PDF is for: the press PDF is finished for the printer ({@link PressFinish}), the factory
     *               being one made for it
     */
    static byte[] pdf(FopFactory factory, Date created, byte[] header, List<LaidPage> pages, byte[] outline,
            org.apache.fop.events.EventListener events, List<String> folios, byte[] fileId, PdfFor pdfFor) throws IOException {
        FOUserAgent agent = PageLayout.userAgent(factory, created);
        agent.getEventBroadcaster().addEventListener(events);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(1 << 20);
        try {
            IFDocumentHandler target = new FinishingHandler(
                    agent.getRendererFactory().createDocumentHandler(agent, MimeConstants.MIME_PDF), agent, folios, fileId);
            target.setResult(new StreamResult(pdf));
            // FOP finds a character no font has when it draws it: its fonts must tell the user agent's listeners
            FontInfo fonts = new FontInfo();
            fonts.setEventListener(new FontEventAdapter(agent.getEventBroadcaster()));
            IFUtil.setupFonts(target, fonts);
            spacesFirst(target.getFontInfo(), pages);
            ContentHandler parser = new IFParser().getContentHandler(target, agent);
            parser.startDocument();
            AttributesImpl version = new AttributesImpl();
            version.addAttribute("", "version", "version", "CDATA", "2.0");
            parser.startElement(IfSplitter.IF, "document", "document", version);
            // one reader for every piece: making one costs as much as reading a page
            SAXParser reader = LaidPage.newParser();
            replay(reader, header, parser, -1, null);
            int[] nextPage = {0};
            List<Integer> firstPages = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) {
                firstPages.add(nextPage[0]);
                replay(reader, pages.get(i).intermediate(), parser, i, nextPage);
            }
            parser.startElement(IfSplitter.IF, "trailer", "trailer", new AttributesImpl());
            Outline.write(outline, pages, firstPages, parser);
            parser.endElement(IfSplitter.IF, "trailer", "trailer");
            parser.endElement(IfSplitter.IF, "document", "document");
            parser.endDocument();
        } catch (IFException | SAXException e) {
            throw new IOException("the laid-out pages cannot be joined into a PDF: " + e.getMessage(), e);
        }
        byte[] bytes = pdf.toByteArray();
        if (pdfFor == PdfFor.PRESS) {
            bytes = PressFinish.finish(bytes);
        }
        TrailerId.write(bytes, fileId);
        return bytes;
    }

    /**
     * Maps the space to each face the pages use before any text is drawn. A face's glyph read back as
     * text is the first character drawn with it, and the no-break space shares the space's glyph: drawn
     * first, it would make every space of the PDF read as a no-break space (words would run together
     * for search, screen readers and the verifier).
     */
    private static void spacesFirst(FontInfo fonts, List<LaidPage> pages) {
        java.util.SortedSet<String> faces = new java.util.TreeSet<>();
        pages.forEach(page -> faces.addAll(page.fonts()));
        for (String face : faces) {
            String[] parts = face.split("/", -1);
            if (parts.length != 3 || parts[2].equals("null")) {
                continue;
            }
            FontTriplet triplet = fonts.fontLookup(parts[0], parts[1], Integer.parseInt(parts[2]));
            Typeface typeface = triplet == null ? null : fonts.getFonts().get(fonts.getInternalFontKey(triplet));
            if (typeface != null) {
                typeface.mapChar(' ');
            }
        }
    }

    /** Sends a stored piece on, its structure identifiers prefixed with its sequence and its pages numbered on. */
    private static void replay(SAXParser reader, byte[] piece, ContentHandler target, int sequence, int[] nextPage)
            throws SAXException, IOException {
        if (piece.length == 0) {
            return;
        }
        reader.parse(new ByteArrayInputStream(piece), new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
                AttributesImpl changed = null;
                for (int i = 0; i < atts.getLength(); i++) {
                    String value = null;
                    if (IfSplitter.INTERNAL.equals(atts.getURI(i))
                            && (atts.getLocalName(i).equals("struct-id") || atts.getLocalName(i).equals("struct-ref"))) {
                        value = sequence + "." + atts.getValue(i);
                    } else if (nextPage != null && IfSplitter.IF.equals(uri) && localName.equals("page") && atts.getLocalName(i).equals("index")) {
                        value = Integer.toString(nextPage[0]++);
                    }
                    if (value != null) {
                        if (changed == null) {
                            changed = new AttributesImpl(atts);
                        }
                        changed.setValue(i, value);
                    }
                }
                target.startElement(uri, localName, qName, changed == null ? atts : changed);
            }

            @Override
            public void endElement(String uri, String localName, String qName) throws SAXException {
                target.endElement(uri, localName, qName);
            }

            @Override
            public void characters(char[] ch, int start, int length) throws SAXException {
                target.characters(ch, start, length);
            }

            @Override
            public void startPrefixMapping(String prefix, String uri) throws SAXException {
                target.startPrefixMapping(prefix, uri);
            }

            @Override
            public void endPrefixMapping(String prefix) throws SAXException {
                target.endPrefixMapping(prefix);
            }
        });
    }

    /** The document's outline ({@code fo:bookmark-tree}) as the intermediate format's, pointing where its targets were laid out. */
    private static final class Outline {
        private record Mark(String destination, boolean show, StringBuilder title, List<Mark> children) {
        }

        static void write(byte[] outline, List<LaidPage> pages, List<Integer> firstPages, ContentHandler target)
                throws SAXException, IOException {
            if (outline.length == 0) {
                return;
            }
            Map<String, int[]> places = new java.util.HashMap<>();
            for (int i = 0; i < pages.size(); i++) {
                for (LaidPage.Destination d : pages.get(i).destinations()) {
                    places.putIfAbsent(d.id(), new int[] {firstPages.get(i) + d.page(), d.x(), d.y()});
                }
            }
            Mark root = new Mark(null, true, new StringBuilder(), new ArrayList<>());
            java.util.Deque<Mark> open = new java.util.ArrayDeque<>();
            open.push(root);
            LaidPage.newParser().parse(new ByteArrayInputStream(outline), new DefaultHandler() {
                private boolean inTitle;

                @Override
                public void startElement(String uri, String localName, String qName, Attributes atts) {
                    if (localName.equals("bookmark")) {
                        Mark mark = new Mark(atts.getValue("internal-destination"), "show".equals(atts.getValue("starting-state")),
                                new StringBuilder(), new ArrayList<>());
                        open.peek().children().add(mark);
                        open.push(mark);
                    } else if (localName.equals("bookmark-title")) {
                        inTitle = true;
                    }
                }

                @Override
                public void endElement(String uri, String localName, String qName) {
                    if (localName.equals("bookmark")) {
                        open.pop();
                    } else if (localName.equals("bookmark-title")) {
                        inTitle = false;
                    }
                }

                @Override
                public void characters(char[] ch, int start, int length) {
                    if (inTitle) {
                        open.peek().title().append(ch, start, length);
                    }
                }
            });
            target.startElement(IfSplitter.NAV, "bookmark-tree", "nav:bookmark-tree", new AttributesImpl());
            for (Mark mark : root.children()) {
                write(mark, places, target);
            }
            target.endElement(IfSplitter.NAV, "bookmark-tree", "nav:bookmark-tree");
        }

        private static void write(Mark mark, Map<String, int[]> places, ContentHandler target) throws SAXException {
            int[] place = places.get(mark.destination());
            if (place == null) {
                for (Mark child : mark.children()) { // a target not laid out: its entries move up
                    write(child, places, target);
                }
                return;
            }
            AttributesImpl atts = new AttributesImpl();
            atts.addAttribute("", "title", "title", "CDATA", mark.title().toString());
            if (mark.show()) {
                atts.addAttribute("", "starting-state", "starting-state", "CDATA", "show");
            }
            target.startElement(IfSplitter.NAV, "bookmark", "nav:bookmark", atts);
            AttributesImpl go = new AttributesImpl();
            go.addAttribute("", "id", "id", "CDATA", mark.destination());
            go.addAttribute("", "page-index", "page-index", "CDATA", Integer.toString(place[0]));
            go.addAttribute("", "x", "x", "CDATA", Integer.toString(place[1]));
            go.addAttribute("", "y", "y", "CDATA", Integer.toString(place[2]));
            target.startElement(IfSplitter.NAV, "goto-xy", "nav:goto-xy", go);
            target.endElement(IfSplitter.NAV, "goto-xy", "nav:goto-xy");
            for (Mark child : mark.children()) {
                write(child, places, target);
            }
            target.endElement(IfSplitter.NAV, "bookmark", "nav:bookmark");
        }
    }
}
