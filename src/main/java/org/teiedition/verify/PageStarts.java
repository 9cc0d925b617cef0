// SPDX-License-Identifier: Apache-2.0
package org.teiedition.verify;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.XdmNode;
import org.teiedition.transform.PageModel;

/**
 * Where each page of a first print begins in the TEI: the PDF's pages are read back from their tagged
 * structure (body text only), and their characters are matched, in order, with the printed text of the
 * TEI ({@link PrintedText}), white space aside, letters compared without case (small capitals are set as
 * capitals), a hyphen at a line end taken as the source's when the source has one there and as the
 * layout's otherwise. A page's start is the place in the TEI of the first character it prints. The
 * apparatus the edition makes (tagged TOC or Index) is not the TEI's text: its pages are told apart.
 */
public final class PageStarts {
    /** How far ahead the matching looks for the PDF's text again after a character the TEI does not have. */
    private static final int RESYNC_WINDOW = 400;
    /** How many characters must agree for the matching to take up again there. */
    private static final int RESYNC_LENGTH = 8;
    /** How many characters of a page's opening are looked for in the TEI to place the page. */
    private static final int OPENING = 40;

    private PageStarts() {
    }

    /**
     * The start of one page.
     *
     * @param label  the PDF's page label (its folio)
     * @param text   the TEI text node holding the page's first printed character, or {@code null} when the page
     *               prints no text of the TEI (a page left blank before a recto)
     * @param offset the character's offset within that text node (in UTF-16 units of its string value)
     * @param lines where each of the page's lines begins
     * @param apparatus the apparatus the page sets (contents, list of documents, index: an object that is the
     *                  same on each of its pages), or null
     */
    public record Start(String label, XdmNode text, int offset, List<Line> lines, Object apparatus) {
        /** The page prints no text of the TEI: left blank, or an apparatus's. */
        public boolean blank() {
            return text == null;
        }
    }

    /** Where a line of a page begins in the TEI: the text node and offset of its first printed character. */
    public record Line(XdmNode text, int offset) {
    }

    /** The printed text of the TEI, a character at a time, with where each one stands. */
    private static final class Source implements PrintedText.Reader {
        final StringBuilder chars = new StringBuilder();
        final List<XdmNode> nodes = new ArrayList<>();
        final List<Integer> offsets = new ArrayList<>();

        @Override
        public void text(XdmNode node, String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (!Character.isWhitespace(c) && c != '\u00a0') {
                    chars.append(fold(c));
                    nodes.add(node);
                    offsets.add(i);
                }
            }
        }

        @Override
        public void edge() {
        }

        @Override
        public void pageBreak(XdmNode pb) {
        }

        @Override
        public void footnote(XdmNode note, String label) {
        }
    }

    /**
     * Reads back the pages of a first print laid out from {@code flowed} (the text with some page breaks
     * already fixed) and finds where each begins in {@code text}, the same text without them: the two have
     * the same printed characters, so a page's place among those characters is its place in either.
     */
    public static List<Start> of(byte[] pdf, XdmNode flowed, PageModel flowedModel, XdmNode text, PageModel textModel) throws IOException {
        Source source = new Source();
        PrintedText.walk(flowed, flowedModel, source);
        Source target = source;
        if (text != flowed) {
            target = new Source();
            PrintedText.walk(text, textModel, target);
            if (!target.chars.toString().equals(source.chars.toString())) {
                throw new IllegalStateException("the text laid out and the text paginated do not print the same characters");
            }
        }
        Source in = target;
        String chars = source.chars.toString();
        List<Start> starts = new ArrayList<>();
        int at = 0;
        int previous = 0;
        try (PdfPages pages = PdfPages.open(pdf)) {
            for (int page = 1; page <= pages.count(); page++) {
                PageStripper.Page read = pages.lines(page);
                String body = Normalizer.normalize(read.body(), Normalizer.Form.NFC);
                // the page's opening, found where the text goes on (or, should the last page have been read
                // too far, from the last page's start): the rest of the page then moves the place along
                String opening = folded(body, 0, OPENING);
                int first = opening.isEmpty() ? -1 : chars.indexOf(opening, at);
                if (first < 0 && !opening.isEmpty()) {
                    first = chars.indexOf(opening, previous);
                }
                if (first < 0 && !opening.isEmpty()) {
                    first = at < chars.length() ? at : -1;
                }
                List<Integer> lineStarts = new ArrayList<>();
                if (first >= 0) {
                    at = follow(chars, first, body, lineStarts);
                    previous = first;
                }
                String label = pages.label(page);
                List<Line> lines = lineStarts.stream().map(k -> new Line(in.nodes.get(k), in.offsets.get(k))).toList();
                starts.add(first < 0 ? new Start(label, null, 0, List.of(), read.apparatus())
                        : new Start(label, in.nodes.get(first), in.offsets.get(first), lines, read.apparatus()));
            }
        }
        return starts;
    }

    /**
     * Where the TEI's characters go on after a page that begins at {@code from} and prints {@code body}
     * (its lines ended by line feeds); the place of each line's first character is added to {@code lines}.
     */
    private static int follow(String chars, int from, String body, List<Integer> lines) {
        int at = from;
        boolean lineStart = true;
        for (int i = 0; i < body.length() && at < chars.length(); i++) {
            char c = body.charAt(i);
            if (c == '\n') {
                lineStart = true;
            }
            if (Character.isWhitespace(c) || c == '\u00a0' || c == PageStripper.LINE_END_HYPHEN) {
                continue;
            }
            if (lineStart && (lines.isEmpty() || lines.get(lines.size() - 1) < at)) {
                lines.add(at);
            }
            lineStart = false;
            boolean layoutHyphen = c == '-' && i + 1 < body.length() && body.charAt(i + 1) == PageStripper.LINE_END_HYPHEN;
            if (chars.charAt(at) == fold(c)) {
                at++;
            } else if (!layoutHyphen) {
                int found = resync(chars, at, body, i);
                if (found >= 0) {
                    at = found + 1;
                }
            }
        }
        return at;
    }

    /**
     * The position in the TEI's characters, at or after {@code from}, where the PDF's text from character
     * {@code i} of {@code body} is found again, or -1 when it is not near (a character the layout added).
     */
    private static int resync(String source, int from, String body, int i) {
        String ahead = folded(body, i, RESYNC_LENGTH);
        if (ahead.length() < RESYNC_LENGTH) {
            return -1;
        }
        int found = source.indexOf(ahead, from);
        return found >= 0 && found - from <= RESYNC_WINDOW ? found : -1;
    }

    /** Up to {@code length} characters of {@code body} from {@code i}, folded, white space and line-end marks left out. */
    private static String folded(String body, int i, int length) {
        StringBuilder out = new StringBuilder();
        for (int j = i; j < body.length() && out.length() < length; j++) {
            char c = body.charAt(j);
            if (Character.isWhitespace(c) || c == '\u00a0' || c == PageStripper.LINE_END_HYPHEN) {
                continue;
            }
            if (c == '-' && j + 1 < body.length() && body.charAt(j + 1) == PageStripper.LINE_END_HYPHEN) {
                continue;
            }
            out.append(fold(c));
        }
        return out.toString();
    }

    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}
