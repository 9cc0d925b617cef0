// SPDX-License-Identifier: Apache-2.0
package org.teiedition.encode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nu.xom.Document;
import nu.xom.Element;
import nu.xom.Node;
import nu.xom.Nodes;
import nu.xom.ParentNode;
import nu.xom.Text;
import nu.xom.XPathContext;

/** Reads the facts a correct encoding shows out of a TEI document: words around page breaks and notes. */
public final class TeiFacts {
    public static final XPathContext TEI = new XPathContext("tei", Tei.NS);
    private final Document document;

    public TeiFacts(Document document) {
        this.document = document;
    }

    public List<Element> all(String xpath) {
        Nodes nodes = document.query(xpath, TEI);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            out.add((Element) nodes.get(i));
        }
        return out;
    }

    public Optional<String> value(String xpath) {
        Nodes nodes = document.query(xpath, TEI);
        return nodes.size() == 0 ? Optional.empty() : Optional.of(plain(nodes.get(0)));
    }

    /** The text of a node without the footnotes inside it. */
    public static String plain(Node node) {
        if (node instanceof Text || node instanceof nu.xom.Attribute) {
            return node.getValue();
        }
        if (node instanceof Element element && element.getLocalName().equals("note") && element.getAttribute("type") == null
                && element.getParent() instanceof Element) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < node.getChildCount(); i++) {
            out.append(plain(node.getChild(i)));
        }
        return out.toString();
    }

    /** The word just before the element (footnotes and the source note left out). */
    public String wordBefore(Element element) {
        String[] words = around(element)[0].trim().split("\\s+");
        return words[words.length - 1];
    }

    /** The first word after the element. */
    public String wordAfter(Element element) {
        return around(element)[1].trim().split("\\s+")[0];
    }

    private String[] around(Element element) {
        StringBuilder out = new StringBuilder();
        linear(body(), element, out);
        String text = out.toString();
        int at = text.indexOf('\u0000');
        return new String[] {text.substring(0, at), text.substring(at + 1)};
    }

    /** The text directly before the element, glued (no space), within its parent block. */
    public static String glued(Element element) {
        ParentNode parent = element.getParent();
        StringBuilder before = new StringBuilder();
        for (int i = 0; i < parent.indexOf(element); i++) {
            before.append(plain(parent.getChild(i)));
        }
        String text = before.toString();
        if (text.isEmpty() || Character.isWhitespace(text.charAt(text.length() - 1))) {
            return "";
        }
        String[] words = text.split("\\s+");
        return words[words.length - 1];
    }

    private Element body() {
        return all("//tei:body").get(0);
    }

    /** The body's text, blocks separated by a space, notes left out, the target as a NUL character. */
    private static void linear(Node node, Element target, StringBuilder out) {
        if (node == target) {
            out.append('\u0000');
        } else if (node instanceof Text) {
            out.append(node.getValue());
        } else if (!(node instanceof Element element && element.getLocalName().equals("note"))) {
            for (int i = 0; i < node.getChildCount(); i++) {
                linear(node.getChild(i), target, out);
                if (node.getChild(i) instanceof Element child && !child.getLocalName().equals("pb")
                        && !child.getLocalName().equals("note")) {
                    out.append(' ');
                }
            }
        }
    }
}
