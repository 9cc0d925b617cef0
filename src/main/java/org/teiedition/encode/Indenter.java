// SPDX-License-Identifier: Apache-2.0
package org.teiedition.encode;

import java.util.Set;
import nu.xom.Element;
import nu.xom.Text;

/**
 * Indents the elements that hold only elements, two spaces a level, so the TEI reads well. Elements
 * with mixed content (paragraphs, heads, notes) are never touched: their whitespace is the text's.
 */
final class Indenter {
    private static final Set<String> ELEMENT_ONLY = Set.of("TEI", "teiHeader", "fileDesc", "titleStmt", "publicationStmt",
            "availability", "sourceDesc", "bibl", "encodingDesc", "editorialDecl", "correction", "normalization",
            "segmentation", "interpretation", "profileDesc", "langUsage", "particDesc", "listPerson", "person",
            "revisionDesc", "text", "body", "div", "list", "closer");

    private Indenter() {
    }

    static void indent(Element element, int depth) {
        if (!ELEMENT_ONLY.contains(element.getLocalName()) || element.getChildCount() == 0) {
            return;
        }
        for (int i = 0; i < element.getChildCount(); i++) {
            if (!(element.getChild(i) instanceof Element)) {
                throw new IllegalStateException("element-only " + element.getLocalName() + " holds text");
            }
        }
        int count = element.getChildCount();
        for (int i = count - 1; i >= 0; i--) {
            indent((Element) element.getChild(i), depth + 1);
            element.insertChild(new Text("\n" + "  ".repeat(depth + 1)), i);
        }
        element.appendChild(new Text("\n" + "  ".repeat(depth)));
    }
}
