// SPDX-License-Identifier: Apache-2.0
package org.teiedition.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The outputs transform one TEI tree on several threads, one transformation after another. Saxon-HE keeps an
 * xsl:key's index for a tree behind a weak reference that a garbage collection between two such
 * transformations can clear while it is read, failing a publication now and then with a NullPointerException
 * in its KeyManager; so the stylesheets index by maps made once per transformation, and declare no key.
 */
class ConcurrentTransformsTest {
    @Test
    void noStylesheetDeclaresAKey() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("xslt"))) {
            List<String> keyed = files.filter(f -> f.toString().endsWith(".xsl")).filter(ConcurrentTransformsTest::declaresKey)
                    .map(Path::toString).sorted().toList();
            assertEquals(List.of(), keyed, "stylesheets declaring an xsl:key");
        }
    }

    private static boolean declaresKey(Path stylesheet) {
        try {
            return Files.readString(stylesheet).contains("<xsl:key ");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
