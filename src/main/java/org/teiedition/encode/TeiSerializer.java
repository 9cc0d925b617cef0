// SPDX-License-Identifier: Apache-2.0
package org.teiedition.encode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import nu.xom.Document;
import nu.xom.Serializer;

/** Writes XOM documents as UTF-8 XML, the same bytes for the same tree. */
public final class TeiSerializer {
    private TeiSerializer() {
    }

    public static String toXml(Document document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Serializer serializer = new Serializer(out, "UTF-8");
            serializer.setLineSeparator("\n");
            serializer.write(document);
            serializer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
