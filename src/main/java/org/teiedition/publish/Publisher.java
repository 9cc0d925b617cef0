// SPDX-License-Identifier: Apache-2.0
package org.teiedition.publish;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.XdmNode;
import org.teiedition.Edition;
import org.teiedition.Overflow;
import org.teiedition.PublishOptions;
import org.teiedition.ValidationMode;
import org.teiedition.diag.Diagnostic;
import org.teiedition.diag.Diagnostics;
import org.teiedition.diag.InputException;
import org.teiedition.diag.Json;
import org.teiedition.io.AtomicOutput;
import org.teiedition.render.PdfResult;
import org.teiedition.validate.ValidationReport;
import org.teiedition.verify.PaginationReport;

/**
 * validate → PDF → verify → web edition → report, into one folder that appears only when all of it
 * succeeded. Layout: {@code NAME.xml}, {@code NAME.pdf} per document, {@code html/}, {@code report.json}.
 */
public final class Publisher {
    private final Edition edition;

    public Publisher(Edition edition) {
        this.edition = edition;
    }

    public PublishReport publish(List<Path> teiFiles, Path folder, PublishOptions options) throws InputException, IOException {
        List<ValidationReport> validations = new ArrayList<>();
        Diagnostics problems = new Diagnostics();
        for (Path tei : teiFiles) {
            ValidationReport report = edition.validate(tei);
            validations.add(report);
            problems.addAll(report.diagnostics());
        }
        if (options.validation() == ValidationMode.STRICT) {
            problems.throwIfErrors();
        }
        PublishReport[] result = new PublishReport[1];
        AtomicOutput.writeFolder(folder, fresh -> result[0] = publishInto(teiFiles, validations, fresh, options));
        return result[0];
    }

    private PublishReport publishInto(List<Path> teiFiles, List<ValidationReport> validations, Path folder,
            PublishOptions options) throws InputException, IOException {
        List<PublishReport.DocumentReport> documents = new ArrayList<>();
        List<XdmNode> trees = new ArrayList<>();
        Diagnostics mismatches = new Diagnostics();
        for (int i = 0; i < teiFiles.size(); i++) {
            XdmNode tree = edition.load(teiFiles.get(i));
            trees.add(tree);
            try {
                documents.add(publishDocument(teiFiles.get(i), tree, validations.get(i), folder, options.overflow()));
            } catch (InputException e) {
                mismatches.addAll(e.diagnostics());
            }
        }
        mismatches.throwIfErrors();
        edition.htmlRenderer().render(trees, Files.createDirectory(folder.resolve("html")));
        PublishReport report = new PublishReport(documents);
        Files.writeString(folder.resolve("report.json"), Json.write(report));
        return report;
    }

    /**
     * One document's part of a publication, into a folder that may hold other documents' outputs:
     * {@code NAME.pdf}, rendered and verified, and {@code NAME.xml}, each replacing an earlier one only when
     * the whole document succeeded. A PDF whose pages do not match the source's is an input problem.
     */
    public PublishReport.DocumentReport publishDocument(Path tei, ValidationReport validation, Path folder, Overflow overflow)
            throws InputException, IOException {
        return publishDocument(tei, edition.load(tei), validation, folder, overflow);
    }

    private PublishReport.DocumentReport publishDocument(Path tei, XdmNode tree, ValidationReport validation, Path folder,
            Overflow overflow) throws InputException, IOException {
        String name = baseName(tei);
        Files.createDirectories(folder);
        Path pdf = folder.resolve(name + ".pdf");
        Path draft = Files.createTempFile(folder, "." + name, ".pdf.part");
        try {
            PdfResult rendering;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(draft))) {
                rendering = edition.pdfRenderer().render(tree, out, overflow);
            }
            PaginationReport pagination = edition.verifier().verify(draft, tree);
            if (!pagination.matches()) {
                throw new InputException(Diagnostic.error("pdf.pagination",
                        "the PDF's pages do not match the source's: " + String.join("; ", problemsOf(pagination)), tei.toString(), 0, 0));
            }
            AtomicOutput.writeFile(pdf, out -> Files.copy(draft, out));
            AtomicOutput.writeFile(folder.resolve(name + ".xml"), out -> Files.copy(tei, out));
            return new PublishReport.DocumentReport(name + ".xml", name + ".pdf", validation, rendering, relativize(pagination, name));
        } finally {
            Files.deleteIfExists(draft);
        }
    }

    private static List<String> problemsOf(PaginationReport pagination) {
        List<String> all = new ArrayList<>(pagination.problems());
        pagination.pages().stream().filter(p -> !p.ok()).forEach(p -> all.add("page " + p.folio() + ": " + p.verdict()));
        return all;
    }

    /** The report names outputs relative to the folder, so that it is the same wherever it was written. */
    private static PaginationReport relativize(PaginationReport pagination, String name) {
        return new PaginationReport(name + ".pdf", name + ".xml", pagination.pages(), pagination.problems());
    }

    /** The name a TEI file publishes under: its file name without the extension. */
    public static String baseName(Path tei) {
        String file = tei.getFileName().toString();
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }
}
