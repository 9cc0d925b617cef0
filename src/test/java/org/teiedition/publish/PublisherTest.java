// SPDX-License-Identifier: Apache-2.0
package org.teiedition.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.Edition;
import org.teiedition.publish.PublishOptions;
import org.teiedition.diag.InputException;

/** The publication's progress, summary and timings, through the library. */
class PublisherTest {
    @TempDir
    Path dir;

    @Test
    void tellsProgressPerStageAndSummarizes() throws IOException, InputException {
        List<ProgressListener.Progress> told = new ArrayList<>();
        Publication publication = Edition.create().publish(List.of(Path.of("tei/memorandum.xml")), dir.resolve("out"),
                PublishOptions.defaults(), told::add);

        List<String> stages = told.stream().map(ProgressListener.Progress::stage).distinct().toList();
        assertEquals(List.of("parse+validate", "pdf", "verify", "epub", "html"), stages);
        ProgressListener.Progress lastPdf = told.stream().filter(p -> p.stage().equals("pdf")).reduce((a, b) -> b).orElseThrow();
        assertEquals(new ProgressListener.Progress("pdf", 1, 1, "files", 3, 3), lastPdf);
        ProgressListener.Progress last = told.get(told.size() - 1);
        assertEquals(last.total(), last.done());

        PublishReport.Summary summary = publication.report().summary();
        assertEquals(1, summary.files());
        assertEquals(1, summary.documents());
        assertEquals(3, summary.pages());
        assertEquals(1, summary.notes());
        assertEquals(0, summary.validationErrors());
        assertTrue(summary.overflows().isEmpty());
        assertTrue(summary.notesOffPage().isEmpty());

        PublishTimings timings = publication.timings();
        assertEquals(3, timings.pages());
        assertTrue(timings.peakHeapBytes() > 0);
        assertTrue(timings.stages().stream().map(PublishTimings.Stage::name).toList()
                .containsAll(List.of("parse+validate", "verify", "epub", "html")));

        // the EPUB beside the PDF, offered by the web edition's downloads
        Path out = dir.resolve("out");
        assertTrue(Files.isRegularFile(out.resolve("memorandum.epub")));
        assertEquals(-1L, Files.mismatch(out.resolve("memorandum.epub"), out.resolve("html/memorandum.epub")));
        assertTrue(Files.readString(out.resolve("html/index.html"))
                .contains("<a href=\"memorandum.epub\" type=\"application/epub+zip\">EPUB</a>"));
    }

    @Test
    void withThePdfFirstThePdfIsToldReadyBeforeTheEpubAndTheWebEditionAreBegunAndTheOutputsAreTheSame() throws Exception {
        Edition edition = Edition.create();
        List<String> atReady = new ArrayList<>();
        ProgressListener listener = new ProgressListener() {
            @Override
            public void progress(Progress progress) {
            }

            @Override
            public void ready(Path made, String name) {
                atReady.add(name);
                Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                        .filter(thread -> thread.equals("tei-edition-epub") || thread.equals("tei-edition-web")).forEach(atReady::add);
                atReady.add(Files.exists(made.resolveSibling("html/index.html")) + " " + Files.exists(made.resolveSibling("memorandum.epub")));
            }
        };
        edition.publish(List.of(Path.of("tei/memorandum.xml")), dir.resolve("first"), PublishOptions.defaults().forEditing(), listener);
        assertEquals(List.of("memorandum.pdf", "false false"), atReady, "at the PDF: neither the EPUB nor the web edition begun");

        edition.publish(List.of(Path.of("tei/memorandum.xml")), dir.resolve("beside"), PublishOptions.defaults(), ProgressListener.NONE);
        for (String file : List.of("memorandum.pdf", "memorandum.epub", "report.json", "html/index.html", "html/memorandum.pdf")) {
            assertEquals(-1L, Files.mismatch(dir.resolve("first").resolve(file), dir.resolve("beside").resolve(file)), file);
        }
    }
}
