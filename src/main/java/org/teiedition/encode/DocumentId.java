// SPDX-License-Identifier: Apache-2.0
package org.teiedition.encode;

/** The document's {@code xml:id}, from its file name: {@code frus1943v03-d386.txt} gives {@code frus1943v03-d386}. */
final class DocumentId {
    private DocumentId() {
    }

    static String of(String file) {
        String name = file.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        String id = name.replaceAll("[^A-Za-z0-9._-]", "-");
        if (id.isEmpty() || !Character.isLetter(id.charAt(0))) {
            id = "d-" + id;
        }
        return id;
    }
}
