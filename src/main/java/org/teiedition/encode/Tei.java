// SPDX-License-Identifier: Apache-2.0
package org.teiedition.encode;

import nu.xom.Attribute;
import nu.xom.Element;

/** Small helpers to make TEI elements with XOM. */
final class Tei {
    static final String NS = "http://www.tei-c.org/ns/1.0";
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private Tei() {
    }

    /** An element with attributes given as name, value pairs ({@code xml:id} and {@code xml:lang} allowed). */
    static Element element(String name, String... attributes) {
        Element element = new Element(name, NS);
        for (int i = 0; i < attributes.length; i += 2) {
            String attribute = attributes[i];
            element.addAttribute(attribute.startsWith("xml:")
                    ? new Attribute(attribute, XML_NS, attributes[i + 1])
                    : new Attribute(attribute, attributes[i + 1]));
        }
        return element;
    }

    /** An element holding text. */
    static Element text(String name, String text, String... attributes) {
        Element element = element(name, attributes);
        element.appendChild(text);
        return element;
    }

    /** Appends the child and returns it. */
    static Element add(Element parent, Element child) {
        parent.appendChild(child);
        return child;
    }

    static Element pb(int page) {
        return element("pb", "n", Integer.toString(page), "xml:id", "pg_" + page);
    }
}
