// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.Edition;
import org.teiedition.store.PageStore;
import org.teiedition.transform.Stylesheets;

/**
 * After an edit of a document's words the stylesheet writes only the pages around that document, and the FO is
 * the bytes of a whole transformation of the edited text; any other edit has every page written again.
 */
class KeptTransformationTest {
    private static final Edition EDITION = Edition.create();
    /** 13 source pages; document d2 is on the 8th and 9th (folios 2 and 3). */
    private static final Path SLICE = Path.of("src", "test", "resources", "corpus", "frus1918Russiav03.xml");

    @Test
    void anEditOfADocumentsWordsWritesItsPagesAndOneEitherSide(@TempDir Path dir) throws Exception {
        FoLayout.Transformed again = afterEdit(dir, "immeasurable deposits of ores", "immense deposits of ores", 4);
        assertEquals(13, again.fo().sequences().size(), "the kept pages and the written ones make the document");
    }

    @Test
    void anEditOfAHeadingWritesEveryPage(@TempDir Path dir) throws Exception {
        // a heading shows elsewhere (the running heads, the list of documents)
        afterEdit(dir, "The Ambassador in Russia</hi> (", "The Ambassador at Petrograd</hi> (", 13);
    }

    @Test
    void anEditThatBlanksTextWritesEveryPage(@TempDir Path dir) throws Exception {
        // where the words are decides which page a division ends on: blank text is part of what every page is made from
        afterEdit(dir, "<p>1161. Your 1295. For Secretary of Treasury:</p>", "<p> </p>", 13);
    }

    @Test
    void theSameTextAgainWritesNoPage(@TempDir Path dir) throws Exception {
        afterEdit(dir, "immeasurable", "immeasurable", 0);
    }

    /** Transforms the slice, edits it and transforms it again with the first kept: checks the pages written and the bytes. */
    private static FoLayout.Transformed afterEdit(Path dir, String before, String after, int written) throws Exception {
        String tei = Files.readString(SLICE);
        String edited = tei.replace(before, after);
        assertEquals(before.equals(after), tei.equals(edited), "the edit applies");
        Path file = dir.resolve("frus1918Russiav03.xml");
        Files.writeString(file, tei);
        XdmNode first = EDITION.load(file);
        FoLayout kept = layout(first, Optional.of(new KeptTransformation()));
        assertEquals(13, kept.transform(first, null, 0).written(), "at first every page is written");
        Files.writeString(file, edited);
        XdmNode tree = EDITION.load(file);

        FoLayout.Transformed again = kept.transform(tree, null, 0);
        assertEquals(written, again.written(), "page sequences written after the edit");
        FoLayout.Transformed whole = layout(tree, Optional.empty()).transform(tree);
        assertArrayEquals(document(whole.fo()), document(again.fo()), "the FO of a whole transformation");
        assertEquals(whole.messages(), again.messages());
        if (!before.equals(after)) {
            assertNotEquals(new String(document(kept.transform(EDITION.load(dir.resolve("frus1918Russiav03.xml")), null, 0).fo())),
                    new String(document(layout(first, Optional.empty()).transform(first).fo())), "the edit shows in the FO");
        }
        return again;
    }

    private static FoLayout layout(XdmNode tree, Optional<KeptTransformation> kept) {
        return new FoLayout(new Stylesheets(tree.getProcessor(), Map.of()), new FopFactories(PdfFor.READER), Map.of(), PageStore.inMemory(), 1,
                kept);
    }

    private static byte[] document(FoPages.Fo fo) {
        return fo.document(fo.sequences(), fo.outline());
    }
}
