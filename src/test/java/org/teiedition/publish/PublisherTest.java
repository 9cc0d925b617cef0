// SPDX-License-Identifier: Apache-2.0
package org.teiedition.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.teiedition.diag.Diagnostic;
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

    @Test
    void anEditsPublicationLeavesItsBookToBeCheckedAfterItAndNoOtherPublicationTakesTheBookUnchecked() throws Exception {
        Edition edition = Edition.create();
        Path tei = Files.copy(Path.of("tei/memorandum.xml"), dir.resolve("memorandum.xml"));
        Path out = dir.resolve("out");
        Publication edited = edition.publish(List.of(tei), out, PublishOptions.defaults().forEditing(), ProgressListener.NONE);
        assertEquals(List.of(out.resolve("memorandum.epub")), edited.unchecked().stream().map(Publication.UncheckedBook::book).toList());
        assertTrue(Files.isRegularFile(out.resolve("html/memorandum.epub")), "the edition is whole without the check");

        // a publication that is not an edit's takes the unit, and checks its book as it would check a book it made
        Publication plain = edition.publish(List.of(tei), out, PublishOptions.defaults(), ProgressListener.NONE);
        assertEquals(List.of("html/", "memorandum.pdf"), plain.reused());
        assertTrue(stages(plain).contains("epub"), stages(plain).toString());
        assertTrue(plain.unchecked().isEmpty());
        Publication again = edition.publish(List.of(tei), out, PublishOptions.defaults(), ProgressListener.NONE);
        assertFalse(stages(again).contains("epub"), "checked once: " + stages(again));

        // the check that follows an edit's publication marks the book as checked
        Files.writeString(tei, Files.readString(tei).replace("the achievement of", "the attainment of"));
        Publication.UncheckedBook book = edition.publish(List.of(tei), out, PublishOptions.defaults().forEditing(), ProgressListener.NONE)
                .unchecked().get(0);
        assertEquals(List.of(), edition.check(book));
        assertFalse(stages(edition.publish(List.of(tei), out, PublishOptions.defaults(), ProgressListener.NONE)).contains("epub"));

        // a book that would fail EPUBCheck, left unchecked, fails the next publication that takes it, which keeps nothing
        Files.writeString(tei, Files.readString(tei).replace("the attainment of", "the achievement of"));
        Path entry = edition.publish(List.of(tei), out, PublishOptions.defaults().forEditing(), ProgressListener.NONE).unchecked().get(0).entry();
        byte[] published = Files.readAllBytes(out.resolve("memorandum.epub"));
        Files.writeString(entry.resolve("memorandum.epub"), "not a book");
        InputException failed = assertThrows(InputException.class,
                () -> edition.publish(List.of(tei), out, PublishOptions.defaults(), ProgressListener.NONE));
        assertTrue(failed.diagnostics().stream().anyMatch(d -> d.isError() && d.message().startsWith("epubcheck ")
                && d.file().equals(out.resolve("memorandum.epub").toString())), failed.diagnostics().toString());
        assertArrayEquals(published, Files.readAllBytes(out.resolve("memorandum.epub")), "the earlier edition is intact");
        InputException checked = assertThrows(InputException.class, () -> edition.check(
                new Publication.UncheckedBook(entry.resolve("memorandum.epub"), entry)));
        assertTrue(checked.diagnostics().stream().anyMatch(Diagnostic::isError));
    }

    private static List<String> stages(Publication publication) {
        return publication.timings().stages().stream().map(PublishTimings.Stage::name).toList();
    }
}
