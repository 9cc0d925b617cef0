// SPDX-License-Identifier: Apache-2.0
package org.teiedition.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceSetTest {
    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource({
        "**/*.xml, memorandum.xml, true",
        "**/*.xml, 1943/memorandum.xml, true",
        "**/*.xml, a/b/c/memorandum.xml, true",
        "**/*.xml, memorandum.txt, false",
        "*.xml, memorandum.xml, true",
        "*.xml, 1943/memorandum.xml, false",
        "1943/*.xml, 1943/memorandum.xml, true",
        "1943/*.xml, 1944/memorandum.xml, false",
        "**/drafts/**, drafts/x.xml, true",
        "**/drafts/**, a/drafts/b/x.xml, true",
        "**/drafts/**, a/drafted/x.xml, false",
        "drafts/, drafts/x/y.xml, true",
        "memo?.xml, memo1.xml, true",
        "memo?.xml, memo12.xml, false",
        "m*m*.xml, memorandum.xml, true",
        "./1943/**, 1943/x.xml, true",
    })
    void antPatterns(String pattern, String path, boolean matches) {
        assertEquals(matches, new AntPattern(pattern).matches(path));
    }

    @Test
    void scanTakesIncludesLeavesExcludesSorted() throws IOException {
        for (String name : List.of("b.xml", "a.xml", "1943/c.xml", "drafts/d.xml", "notes.txt")) {
            Path file = folder.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "<x/>");
        }
        SourceSet set = new SourceSet(folder, SourceSet.DEFAULT_INCLUDES, List.of("drafts/**"));
        assertEquals(List.of(folder.resolve("1943/c.xml"), folder.resolve("a.xml"), folder.resolve("b.xml")), set.scan());
        assertEquals(true, set.selects("1943\\c.xml"));
        assertEquals(false, set.selects("drafts/d.xml"));
    }

    @Test
    void missingFolderIsNamed() {
        Path missing = folder.resolve("tei");
        NoSuchFileException e = assertThrows(NoSuchFileException.class,
                () -> new SourceSet(missing, SourceSet.DEFAULT_INCLUDES, List.of()).scan());
        assertEquals(missing + ": the source folder does not exist", e.getMessage());
    }

    @Test
    void needsAnInclude() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SourceSet(folder, List.of(), List.of()));
        assertEquals("a source set needs at least one include pattern", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new AntPattern(" "));
    }
}
