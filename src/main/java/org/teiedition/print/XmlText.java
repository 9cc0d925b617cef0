// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX events written as compact XML text, declaring each namespace where it is first needed (FOP's
 * intermediate format replays its structure tree without declaring the {@code fo:} prefix, so
 * declarations are made from the names, never from the events' prefix mappings). The same events give
 * the same bytes: a written piece can be hashed and parsed back alone.
 */
final class XmlText extends DefaultHandler {
    private static final String XML = "http://www.w3.org/XML/1998/namespace";

    private final StringBuilder text = new StringBuilder(4096);
    /** Where each marked attribute value starts and ends in {@link #text}, in pairs. */
    private final List<Integer> marks = new ArrayList<>();
    private final Deque<Map<String, String>> scopes = new ArrayDeque<>();
    private boolean open;

    XmlText() {
        scopes.push(Map.of());
    }

    byte[] bytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The text written so far. */
    String string() {
        return text.toString();
    }

    /** Where the values of the attributes marked when written start and end in {@link #string()}, in pairs. */
    List<Integer> marks() {
        return List.copyOf(marks);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        startElement(uri, localName, qName, atts, "");
    }

    /** Writes a start tag, marking where the value of the attribute named {@code marked} is. */
    void startElement(String uri, String localName, String qName, Attributes atts, String marked) {
        startElement(uri, localName, qName, atts, java.util.Set.of(marked));
    }

    /** Writes a start tag, marking where the values of the attributes named in {@code marked} are. */
    void startElement(String uri, String localName, String qName, Attributes atts, java.util.Set<String> marked) {
        closeStart();
        Map<String, String> scope = new HashMap<>(scopes.peek());
        text.append('<').append(qName);
        declare(scope, prefix(qName), uri);
        for (int i = 0; i < atts.getLength(); i++) {
            String name = atts.getQName(i);
            if (name.equals("xmlns") || name.startsWith("xmlns:")) {
                continue;
            }
            String prefix = prefix(name);
            if (!prefix.isEmpty() && !XML.equals(atts.getURI(i))) {
                declare(scope, prefix, atts.getURI(i));
            }
            text.append(' ').append(name).append("=\"");
            boolean mark = marked.contains(name);
            if (mark) {
                marks.add(text.length());
            }
            escape(atts.getValue(i), true);
            if (mark) {
                marks.add(text.length());
            }
            text.append('"');
        }
        scopes.push(scope);
        open = true;
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        scopes.pop();
        if (open) {
            text.append("/>");
            open = false;
        } else {
            text.append("</").append(qName).append('>');
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        closeStart();
        escape(new String(ch, start, length), false);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        characters(ch, start, length);
    }

    private void declare(Map<String, String> scope, String prefix, String uri) {
        String namespace = uri == null ? "" : uri;
        if (!namespace.equals(scope.getOrDefault(prefix, ""))) {
            scope.put(prefix, namespace);
            text.append(prefix.isEmpty() ? " xmlns" : " xmlns:" + prefix).append("=\"");
            escape(namespace, true);
            text.append('"');
        }
    }

    private void closeStart() {
        if (open) {
            text.append('>');
            open = false;
        }
    }

    private void escape(String s, boolean attribute) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> text.append("&amp;");
                case '<' -> text.append("&lt;");
                case '>' -> text.append("&gt;");
                case '"' -> text.append(attribute ? "&quot;" : "\"");
                case '\n' -> text.append(attribute ? "&#10;" : "\n");
                case '\r' -> text.append("&#13;");
                case '\t' -> text.append(attribute ? "&#9;" : "\t");
                default -> text.append(c);
            }
        }
    }

    private static String prefix(String qName) {
        int colon = qName.indexOf(':');
        return colon < 0 ? "" : qName.substring(0, colon);
    }
}
