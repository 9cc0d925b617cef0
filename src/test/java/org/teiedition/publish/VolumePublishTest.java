// SPDX-License-Identifier: Apache-2.0
package org.teiedition.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.Edition;
import org.teiedition.print.Overflow;
import org.teiedition.publish.PublishOptions;
import org.teiedition.validate.ValidationMode;
import org.teiedition.diag.InputException;

/** A whole FRUS volume publishes, as an unreviewed delivery would: {@code --validation=warn --overflow shrink}. */
class VolumePublishTest {
    static final String VOLUME = "frus1918Russiav03.xml";

    @TempDir
    Path dir;

    @Test
    void publishesTheWholeVolumeWithItsReport() throws IOException, InputException {
        Path volume = org.teiedition.testing.Corpus.volume(VOLUME);
        Path out = dir.resolve("volume");
        Publication publication = Edition.create().publish(List.of(volume), out,
                new PublishOptions(ValidationMode.WARN, Overflow.SHRINK), ProgressListener.NONE);

        PublishReport.Summary summary = publication.report().summary();
        assertEquals(1, summary.files());
        assertEquals(478, summary.documents());
        assertEquals(374, summary.pages(), "one PDF page per pb");
        assertTrue(summary.notes() > 100, "footnotes at the foot of their pages: " + summary.notes());
        assertTrue(summary.overflows().stream().allMatch(o -> o.handling().equals("shrunk")), summary.overflows().toString());
        for (String name : List.of("frus1918Russiav03.pdf", "frus1918Russiav03.xml", "html/index.html", "report.json", "timings.json")) {
            assertTrue(Files.isRegularFile(out.resolve(name)), name);
        }
        assertTrue(publication.timings().peakHeapBytes() > 0);
    }
}
