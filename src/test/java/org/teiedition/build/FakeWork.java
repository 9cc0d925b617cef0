// SPDX-License-Identifier: Apache-2.0
package org.teiedition.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.teiedition.print.Overflow;
import org.teiedition.print.PageStore;
import org.teiedition.print.PdfResult;
import org.teiedition.diag.Diagnostic;
import org.teiedition.diag.InputException;
import org.teiedition.io.AtomicOutput;
import org.teiedition.publish.Publication;
import org.teiedition.publish.PublishOptions;
import org.teiedition.validate.ValidationReport;

/**
 * Work whose outputs are a function of their inputs, like the real stages', and cheap: a "PDF" is the
 * TEI's text upper-cased, of one page kept under the TEI's text; the web edition an index of the documents. It counts what it was asked to do;
 * a TEI containing {@code <bad/>} is invalid at line 1, column 2; one containing {@code <warn/>} gets a warning.
 */
final class FakeWork implements Work {
    final List<String> calls = Collections.synchronizedList(new ArrayList<>());

    @Override
    public ValidationReport validate(Path tei) throws IOException {
        calls.add("validate " + tei.getFileName());
        String text = Files.readString(tei);
        List<Diagnostic> found = new ArrayList<>();
        if (text.contains("<bad/>")) {
            found.add(Diagnostic.error("rng.invalid", "element \"bad\" not allowed here", tei.toString(), 1, 2));
        }
        if (text.contains("<warn/>")) {
            found.add(Diagnostic.warning("sch.warning", "a warning", tei.toString(), 1, 3));
        }
        return new ValidationReport(tei.toString(), found);
    }

    @Override
    public PdfResult pdf(Path tei, Path pdf, Overflow overflow, PageStore pages) throws InputException, IOException {
        calls.add("pdf " + tei.getFileName());
        String text = Files.readString(tei);
        AtomicOutput.writeString(pdf, "%PDF " + text.toUpperCase() + " " + overflow);
        // one page, kept under its text
        if (pages.get(text).isEmpty()) {
            pages.put(text, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return new PdfResult(1, 1.0, List.of(), List.of(), java.util.Map.of(), List.of("1"), List.of("page"));
    }

    @Override
    public void html(List<Path> teiFiles, Path folder, PageStore kept) throws InputException, IOException {
        calls.add("html");
        StringBuilder index = new StringBuilder();
        for (Path tei : teiFiles) {
            index.append(tei.getFileName()).append(": ").append(Files.readString(tei)).append('\n');
        }
        AtomicOutput.writeFolder(folder, fresh -> Files.writeString(fresh.resolve("index.html"), index));
    }

    @Override
    public Publication publish(List<Path> teiFiles, Path folder, PublishOptions options) {
        // the publish goal is the publication engine itself, tested with the real stages
        throw new UnsupportedOperationException("the publish goal runs the real engine");
    }

    @Override
    public List<String> paginate(Path tei, Path out) throws InputException, IOException {
        calls.add("paginate " + tei.getFileName());
        AtomicOutput.writeString(out, Files.readString(tei));
        return List.of();
    }

    @Override
    public List<Diagnostic> epub(Path tei, Path epub, PageStore kept) throws InputException, IOException {
        calls.add("epub " + tei.getFileName());
        AtomicOutput.writeString(epub, "EPUB " + Files.readString(tei));
        return List.of();
    }

    List<String> take() {
        synchronized (calls) {
            List<String> all = new ArrayList<>(calls);
            calls.clear();
            Collections.sort(all);
            return all;
        }
    }
}
