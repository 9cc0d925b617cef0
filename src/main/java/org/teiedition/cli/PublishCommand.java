// SPDX-License-Identifier: Apache-2.0
package org.teiedition.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.teiedition.Edition;
import org.teiedition.diag.UsageException;
import org.teiedition.io.AtomicOutput;
import org.teiedition.io.OutputFolder;
import org.teiedition.publish.ProgressListener;
import org.teiedition.publish.Publication;
import org.teiedition.series.SeriesSite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Validate, render the PDF and the web edition, verify the pagination, write report.json "
                + "(the same bytes for the same input) and timings.json (time per stage, peak heap).",
                "Prints a summary and the timings on stderr; on a terminal, shows progress.",
                "Several volumes (TEI files each holding several documents, div type=\"document\") make a series: each volume "
                        + "published into DIR/NAME/, a landing page and a search across the volumes (as the series command "
                        + "makes them). Several TEI files of one document each make one edition."})
final class PublishCommand extends CliCommand {
    @Parameters(arity = "1..*", paramLabel = "FILE.xml", description = "the TEI files")
    List<Path> files;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "the folder (default: target/edition)")
    Path output;


    /** The web edition's parameter for the link to the series' landing page. */
    private static final String SERIES_HREF = "series-href";

    @Mixin
    PublicationOptions publishing;

    @Option(names = "--one-edition", description = "several volumes published as one edition of all their documents, not as a series")
    boolean oneEdition;

    @Option(names = "--series-title", paramLabel = "TITLE", description = "the title of a series of volumes (default: ${DEFAULT-VALUE})")
    String seriesTitle = SeriesSite.DEFAULT_TITLE;

    @Option(names = {"-q", "--quiet"}, description = "no progress and no summary; problems are still reported on stderr")
    boolean quiet;

    @Mixin
    PdfForOption pdfFor;

    @Mixin
    ParameterOptions parameters;


    PublishCommand(Cli cli) {
        super(cli);
    }

    @Override
    List<Path> inputs() {
        return files;
    }

    @Override
    public Integer call() throws Exception {
        Path folder = output != null ? output : Defaults.outputFolder();
        if (!oneEdition && files.size() > 1 && files.stream().allMatch(SeriesSite::isVolume)) {
            // each volume's pages lead to the landing page, two folders up (SITE/NAME/html/)
            Map<String, String> withSeries = new LinkedHashMap<>(Map.of(SERIES_HREF, "../../index.html"));
            withSeries.putAll(parameters.parameters);
            publishSeries(cli.edition(withSeries, pdfFor.pdfFor), folder);
            return ExitCode.OK;
        }
        publish(cli.edition(parameters.parameters, pdfFor.pdfFor), files, folder, "publish", folder);
        return ExitCode.OK;
    }

    /**
     * Each volume published on its own beside the site (in the store kept beside it, so that the next
     * publication reuses what did not change), then the series site assembled from them.
     */
    private void publishSeries(Edition edition, Path site) throws Exception {
        Map<String, Path> volumes = new LinkedHashMap<>();
        Map<String, Path> folded = new LinkedHashMap<>();
        for (Path tei : files) {
            String name = tei.getFileName().toString().replaceFirst("\\.xml$", "");
            SeriesSite.requireVolumeName(name, tei.toString());
            Path earlier = folded.putIfAbsent(name.toLowerCase(Locale.ROOT), tei);
            if (earlier != null) {
                throw new UsageException(tei.toString(), "would be published into " + site.resolve(name) + ", as " + earlier
                        + " is (names that differ only in case are one folder on many file systems): rename one of them");
            }
            volumes.put(name, tei);
        }
        OutputFolder.requireReplaceable(site, files);
        Path staging = Edition.storeOf(site).resolve("volumes");
        List<Path> published = new ArrayList<>();
        for (Map.Entry<String, Path> volume : volumes.entrySet()) {
            Path folder = staging.resolve(volume.getKey());
            publish(edition, List.of(volume.getValue()), folder, "publish " + volume.getKey(), site.resolve(volume.getKey()));
            published.add(folder);
            // Nothing of a volume is kept for the next, but the heap the collector grew for it stays taken, and
            // grows on with every volume: a full collection between volumes gives it back, so that a series
            // takes the memory of its largest volume, not more with each volume
            System.gc();
        }
        SeriesSite.assemble(published, site, seriesTitle);
        for (Path folder : published) {
            AtomicOutput.deleteTree(folder); // copied into the site; the store beside it keeps what the next publication reuses
        }
        if (!quiet) {
            cli.err().println("published the series " + site + ": " + String.join(", ", volumes.keySet())
                    + " (each in its folder), index.html, search/");
            cli.err().flush();
        }
    }

    /** Publishes into {@code folder}, saying so as of {@code shown} (where the publication ends up). */
    private void publish(Edition edition, List<Path> teiFiles, Path folder, String task, Path shown) throws Exception {
        Publication publication;
        try (TerminalProgress progress = cli.progress(task, quiet)) {
            publication = edition.publish(teiFiles, folder, publishing.options(),
                    progress != null ? progress : ProgressListener.NONE);
        }
        printProblems(publication, cli);
        if (!quiet) {
            cli.err().println("published " + shown + " (report.json, timings.json):");
            publication.report().summary().describe().forEach(cli.err()::println);
            publication.why().forEach((unit, why) -> cli.err().println("  built " + unit + " (" + why + ")"));
            if (!publication.reused().isEmpty()) {
                cli.err().println("  unchanged since the last publication: " + String.join(", ", publication.reused()));
            }
            publication.timings().describe().forEach(cli.err()::println);
            cli.err().flush();
        }
    }

    /** What validation and rendering found in a publication that went through. */
    static void printProblems(Publication publication, Cli cli) {
        publication.report().documents().forEach(d -> {
            DiagnosticPrinter.print(d.validation().diagnostics(), cli.err());
            DiagnosticPrinter.print(d.rendering().diagnostics(), cli.err());
        });
    }
}
