// SPDX-License-Identifier: Apache-2.0
package org.teiedition.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two publications of the same input are the same bytes (PDF, HTML, JSON, TEI), wherever they are
 * written. {@code ReproducibilityIT} compares Java 17 with Java 25 through the packaged jar.
 */
class ReproducibilityTest {
    @TempDir
    Path dir;

    @Test
    void twoPublishesAreIdentical() throws Exception {
        Path first = dir.resolve("one/edition");
        Path second = dir.resolve("two/elsewhere");
        Run a = Run.of("publish", "tei/memorandum.xml", "-o", first.toString());
        assertEquals(0, a.status(), a::toString);
        Run b = Run.of("publish", "tei/memorandum.xml", "-o", second.toString());
        assertEquals(0, b.status(), b::toString);
        List<String> files = Trees.files(first);
        assertTrue(files.containsAll(List.of("memorandum.xml", "memorandum.pdf", "html/index.html", "report.json")), files::toString);
        Trees.assertIdentical(first, second);
    }

    @Test
    void twoRenderingsAreIdentical() throws Exception {
        for (String command : List.of("pdf", "html", "text")) {
            Path one = dir.resolve(command + "-one");
            Path two = dir.resolve(command + "-two");
            Run a = Run.of(BadInputCatalogueTest.arguments(command, Path.of("tei/memorandum.xml"), one));
            assertEquals(0, a.status(), a::toString);
            Run b = Run.of(BadInputCatalogueTest.arguments(command, Path.of("tei/memorandum.xml"), two));
            assertEquals(0, b.status(), b::toString);
            Trees.assertIdentical(one, two);
        }
    }
}
