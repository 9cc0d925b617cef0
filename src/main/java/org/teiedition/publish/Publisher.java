// SPDX-License-Identifier: Apache-2.0
package org.teiedition.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.XdmNode;
import org.teiedition.Edition;
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
            Path tei = teiFiles.get(i);
            String name = baseName(tei);
            XdmNode tree = edition.load(tei);
            trees.add(tree);
            Files.copy(tei, folder.resolve(name + ".xml"));
            Path pdf = folder.resolve(name + ".pdf");
            PdfResult rendering;
            try (OutputStream out = Files.newOutputStream(pdf)) {
                rendering = edition.pdfRenderer().render(tree, out, options.overflow());
            }
            PaginationReport pagination = edition.verifier().verify(pdf, tree);
            if (!pagination.matches()) {
                mismatches.add(Diagnostic.error("pdf.pagination",
                        "the PDF's pages do not match the source's: " + String.join("; ", problemsOf(pagination)), tei.toString(), 0, 0));
            }
            documents.add(new PublishReport.DocumentReport(name + ".xml", name + ".pdf", validations.get(i), rendering,
                    relativize(pagination, name)));
        }
        mismatches.throwIfErrors();
        edition.htmlRenderer().render(trees, Files.createDirectory(folder.resolve("html")));
        PublishReport report = new PublishReport(documents);
        Files.writeString(folder.resolve("report.json"), Json.write(report));
        return report;
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

    static String baseName(Path tei) {
        String file = tei.getFileName().toString();
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }
}
