// SPDX-License-Identifier: Apache-2.0
package org.teiedition.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.Edition;
import org.teiedition.print.Overflow;
import org.teiedition.publish.PublishOptions;
import org.teiedition.validate.ValidationMode;

/**
 * A FRUS volume ({@link org.teiedition.testing.Corpus}: its committed slice, or the whole volume with
 * {@code -Dcorpus.dir}) publishes, as an unreviewed delivery would: {@code --validation=warn --overflow shrink}.
 */
class VolumePublishTest {
    static final String VOLUME = "frus1918Russiav03.xml";

    @TempDir
    Path dir;

    @Test
    void publishesTheVolumeWithItsReport() throws Exception {
        Path volume = org.teiedition.testing.Corpus.volume(VOLUME);
        Path out = dir.resolve("volume");
        Publication publication = Edition.create().publish(List.of(volume), out,
                new PublishOptions(ValidationMode.WARN, Overflow.SHRINK), ProgressListener.NONE);

        PublishReport.Summary summary = publication.report().summary();
        assertEquals(1, summary.files());
        assertEquals(org.teiedition.testing.Corpus.count(volume, "//tei:div[@type = 'document']"), summary.documents());
        assertEquals(org.teiedition.testing.Corpus.folios(volume).size(), summary.pages(), "one PDF page per pb");
        assertEquals(org.teiedition.testing.Corpus.count(volume, "/tei:TEI/tei:text//tei:note[not(@rend = 'inline' or @place = 'inline' or ancestor::tei:note)]"),
                summary.notes() + summary.notesOffPage().size(), "every footnote at the foot of its page: " + summary.notesOffPage());
        assertTrue(summary.overflows().stream().allMatch(o -> o.handling().equals("shrunk")), summary.overflows().toString());
        String name = VOLUME.replace(".xml", "");
        for (String file : List.of(name + ".pdf", name + ".xml", "html/index.html", "report.json", "timings.json")) {
            assertTrue(Files.isRegularFile(out.resolve(file)), file);
        }
        assertTrue(publication.timings().peakHeapBytes() > 0);
    }
}
