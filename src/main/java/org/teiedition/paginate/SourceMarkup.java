// SPDX-License-Identifier: Apache-2.0
package org.teiedition.paginate;

import java.util.ArrayList;
import java.util.List;

/**
 * The places of a TEI file's nodes in its characters, so that markup can be written into the file without
 * touching a byte of the rest (white space, quotes, character references, comments all stay as they are).
 * The file is read as an XML parser builds its tree: elements and text nodes are counted in document order
 * (a text node is the characters between two pieces of markup other than character and entity references
 * and CDATA sections, as a parser joins them), so the n-th element or text node here is the n-th in the
 * tree the toolkit read. Files with entity declarations are refused before they get here.
 */
final class SourceMarkup {
    /** Where an element's start tag begins and ends (exclusive) in the file, and whether it is empty ({@code <x/>}). */
    record Element(int start, int end, boolean empty) {
    }

    /** Where a text node's characters lie in the file. */
    record Text(int start, int end) {
    }

    private final String xml;
    final List<Element> elements = new ArrayList<>();
    final List<Text> texts = new ArrayList<>();

    private SourceMarkup(String xml) {
        this.xml = xml;
    }

    static SourceMarkup of(String xml) {
        SourceMarkup markup = new SourceMarkup(xml);
        markup.scan();
        return markup;
    }

    private void scan() {
        int depth = 0;
        int textStart = -1;
        int i = 0;
        int n = xml.length();
        while (i < n) {
            char c = xml.charAt(i);
            if (c != '<' || xml.startsWith("<![CDATA[", i)) {
                if (depth > 0 && textStart < 0) {
                    textStart = i;
                }
                i = c == '<' ? close(i, "]]>") : (c == '&' ? xml.indexOf(';', i) + 1 : i + 1);
                continue;
            }
            if (textStart >= 0) {
                texts.add(new Text(textStart, i));
                textStart = -1;
            }
            if (xml.startsWith("<!--", i)) {
                i = close(i, "-->");
            } else if (xml.startsWith("<?", i)) {
                i = close(i, "?>");
            } else if (xml.startsWith("<!", i)) {
                i = doctype(i);
            } else if (xml.startsWith("</", i)) {
                i = close(i, ">");
                depth--;
            } else {
                int end = tagEnd(i);
                boolean empty = xml.charAt(end - 2) == '/';
                elements.add(new Element(i, end, empty));
                if (!empty) {
                    depth++;
                }
                i = end;
            }
        }
    }

    /** Whether a place in the file lies inside a CDATA section (after its opening, before its end). */
    boolean inCdata(int position) {
        int open = xml.lastIndexOf("<![CDATA[", position - 1);
        return open >= 0 && position >= open + 9 && xml.indexOf("]]>", open) >= position;
    }

    /** Markup to write at a place: inside a CDATA section, the section is closed before it and opened again after. */
    String insertable(int position, String markup) {
        return inCdata(position) ? "]]>" + markup + "<![CDATA[" : markup;
    }

    private int close(int from, String end) {
        int at = xml.indexOf(end, from);
        if (at < 0) {
            throw new IllegalArgumentException("unclosed markup at character " + from);
        }
        return at + end.length();
    }

    /** The end of a start tag, quoted attribute values (which may hold {@code >}) skipped. */
    private int tagEnd(int from) {
        char quote = 0;
        for (int i = from + 1; i < xml.length(); i++) {
            char c = xml.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("unclosed tag at character " + from);
    }

    /** The end of a document type declaration, its internal subset included. */
    private int doctype(int from) {
        int depth = 0;
        for (int i = from; i < xml.length(); i++) {
            char c = xml.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '>' && depth == 0) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("unclosed declaration at character " + from);
    }

    /**
     * The place in the file of the character {@code offset} of a text node's string value (character
     * references, entity references and line ends decoded as the parser decodes them).
     */
    int position(Text text, int offset) {
        int decoded = 0;
        int i = text.start();
        while (i < text.end() && decoded < offset) {
            char c = xml.charAt(i);
            if (c == '&') {
                int end = xml.indexOf(';', i) + 1;
                String reference = xml.substring(i + 1, end - 1);
                decoded += reference.startsWith("#") ? Character.charCount(codePoint(reference)) : 1;
                i = end;
            } else if (xml.startsWith("<![CDATA[", i)) {
                int end = xml.indexOf("]]>", i);
                int body = i + 9;
                if (offset - decoded < end - body) {
                    return body + (offset - decoded);
                }
                decoded += end - body;
                i = end + 3;
            } else if (c == '\r') {
                decoded++;
                i += i + 1 < text.end() && xml.charAt(i + 1) == '\n' ? 2 : 1;
            } else {
                decoded++;
                i++;
            }
        }
        return i;
    }

    private static int codePoint(String reference) {
        return reference.startsWith("#x") ? Integer.parseInt(reference.substring(2), 16) : Integer.parseInt(reference.substring(1));
    }
}
