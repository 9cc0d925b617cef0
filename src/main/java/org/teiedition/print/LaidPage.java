// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.teiedition.diag.Diagnostic;
import org.teiedition.diag.Severity;

/**
 * One page sequence (one source page) laid out: FOP's intermediate format of its pages (structure
 * tree included, identifiers local to it), how many pages it took, what FOP said while laying it out,
 * and where its destinations (the targets of the outline) are.
 *
 * @param destinations each with the page it is on, counted from the sequence's first
 * @param fonts        the faces its text is set in, as {@code family/style/weight}
 * @param fill         how full its first page is ({@link PageFill})
 * @param rest         how full the pages after its first are, summed (0 for a sequence of one page): with {@code fill}, how much
 *                     it holds in pages' worth
 */
record LaidPage(int pages, List<Diagnostic> diagnostics, List<Destination> destinations, List<String> fonts, double fill, double rest,
        byte[] intermediate) {
    LaidPage {
        fonts = List.copyOf(fonts);
        diagnostics = List.copyOf(diagnostics);
        destinations = List.copyOf(destinations);
    }

    record Destination(String id, int page, int x, int y) {
    }

    byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(intermediate.length + 256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(pages);
            out.writeInt(diagnostics.size());
            for (Diagnostic d : diagnostics) {
                out.writeUTF(d.severity().name());
                out.writeUTF(d.code());
                out.writeUTF(d.message());
                out.writeUTF(d.file());
                out.writeInt(d.line());
                out.writeInt(d.column());
            }
            out.writeInt(destinations.size());
            for (Destination d : destinations) {
                out.writeUTF(d.id());
                out.writeInt(d.page());
                out.writeInt(d.x());
                out.writeInt(d.y());
            }
            out.writeInt(fonts.size());
            for (String font : fonts) {
                out.writeUTF(font);
            }
            out.writeDouble(fill);
            out.writeDouble(rest);
            out.writeInt(intermediate.length);
            out.write(intermediate);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The page stored by {@link #toBytes()}; an entry that cannot be read fails with an {@link IOException}. */
    static LaidPage of(byte[] stored) throws IOException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(stored))) {
            int pages = in.readInt();
            List<Diagnostic> diagnostics = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                diagnostics.add(new Diagnostic(Severity.valueOf(in.readUTF()), in.readUTF(), in.readUTF(), in.readUTF(),
                        in.readInt(), in.readInt()));
            }
            List<Destination> destinations = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                destinations.add(new Destination(in.readUTF(), in.readInt(), in.readInt(), in.readInt()));
            }
            List<String> fonts = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                fonts.add(in.readUTF());
            }
            double fill = in.readDouble();
            double rest = in.readDouble();
            byte[] intermediate = new byte[in.readInt()];
            in.readFully(intermediate);
            if (in.read() != -1) {
                throw new IOException("a stored page has bytes after its end");
            }
            return new LaidPage(pages, diagnostics, destinations, fonts, fill, rest, intermediate);
        } catch (IllegalArgumentException | java.io.EOFException e) {
            throw new IOException("a stored page cannot be read: " + e.getMessage(), e);
        }
    }

    /** The parsers of the documents the toolkit writes for FOP and FOP writes for it: the FO pieces and the intermediate format. */
    private static final javax.xml.parsers.SAXParserFactory READERS = javax.xml.parsers.SAXParserFactory.newInstance();
    /** Each thread's parser, used again: making one costs about as much as reading a page. */
    private static final ThreadLocal<javax.xml.parsers.SAXParser> THREAD_READER = ThreadLocal.withInitial(LaidPage::newParser);

    static {
        READERS.setNamespaceAware(true);
    }

    /** A new parser of the toolkit's own intermediate documents (namespace-aware, with no validation). */
    static javax.xml.parsers.SAXParser newParser() {
        try {
            return READERS.newSAXParser();
        } catch (org.xml.sax.SAXException | javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException("no XML parser: " + e.getMessage(), e);
        }
    }

    /** Reads a laid-out page's intermediate format (FOP's, as the toolkit wrote it) into {@code handler}. */
    static void read(byte[] intermediate, org.xml.sax.helpers.DefaultHandler handler) {
        javax.xml.parsers.SAXParser reader = THREAD_READER.get();
        try {
            reader.reset();
            reader.parse(new ByteArrayInputStream(intermediate), handler);
        } catch (org.xml.sax.SAXException | IOException e) {
            throw new IllegalStateException("a laid-out page cannot be read: " + e.getMessage(), e);
        }
    }
}
