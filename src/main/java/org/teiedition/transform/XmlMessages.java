// SPDX-License-Identifier: Apache-2.0
package org.teiedition.transform;

/** Makes the JDK parser's messages read like the toolkit's own: one line, no trailing period. */
public final class XmlMessages {
    private XmlMessages() {
    }

    public static String clean(String message) {
        String one = message.replaceAll("\\s+", " ").strip();
        if (one.endsWith(".")) {
            one = one.substring(0, one.length() - 1);
        }
        // lower-case the first word, but not an acronym ("XML document", "I/O error")
        if (!one.isEmpty() && (one.length() == 1 || !Character.isUpperCase(one.charAt(1)) && one.charAt(1) != '/')) {
            one = Character.toLowerCase(one.charAt(0)) + one.substring(1);
        }
        return one;
    }
}
