// SPDX-License-Identifier: Apache-2.0
package org.teiedition.cli;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.teiedition.Edition;
import org.teiedition.diag.Diagnostic;
import org.teiedition.diag.InputException;
import org.teiedition.io.AtomicOutput;
import org.teiedition.publish.ProgressListener;
import org.teiedition.publish.Publication;
import org.teiedition.publish.PublishTimings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Publish, then publish again each time a TEI file is saved, until interrupted (Ctrl-C).",
                "Each publication reuses what the edit did not touch; it prints what it rebuilt and why, any problem "
                        + "as path:line:column, and the time from the save to the updated PDF and edition. EPUBCheck "
                        + "reads the EPUB once the edition is in place; publish checks a book it has not passed."})
final class WatchCommand extends CliCommand {
    /**
     * How long the folder must be quiet after a change for the save to be over (several events come for one save,
     * a few milliseconds apart: a new file written and renamed, or a file written in pieces).
     */
    private static final long SETTLE_MILLIS = 50;

    @Parameters(arity = "1..*", paramLabel = "FILE.xml", description = "the TEI files")
    List<Path> files;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "the folder (default: target/edition)")
    Path output;

    @Mixin
    PublicationOptions publishing;

    @Mixin
    ParameterOptions parameters;

    @Option(names = "--publications", hidden = true, defaultValue = "0",
            description = "stop after this many publications (0: never); for scripts and tests")
    int publications;


    WatchCommand(Cli cli) {
        super(cli);
    }

    @Override
    public Integer call() throws Exception {
        Path folder = output != null ? output : Defaults.outputFolder();
        Edition edition = cli.edition(parameters.parameters);
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new java.nio.file.NoSuchFileException(file.toString(), null, "no such file");
            }
        }
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            Set<Path> folders = new HashSet<>();
            for (Path file : files) {
                Path parent = file.toAbsolutePath().normalize().getParent();
                if (folders.add(parent)) {
                    parent.register(watcher, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_CREATE,
                            StandardWatchEventKinds.ENTRY_DELETE);
                }
            }
            long saved = System.nanoTime();
            for (int done = 0; publications == 0 || done < publications; done++) {
                long savedAt = saved;
                Optional<Publication> published = publishOnce(edition, folder, savedAt);
                // EPUBCheck reads the books while the editor reads the edition; the next publication replaces the
                // store in which a check marks a book it passed, so it waits for the check
                Thread checking = new Thread(() -> published.ifPresent(publication -> check(edition, publication, savedAt)),
                        "tei-edition-epubcheck");
                checking.setDaemon(true);
                checking.start();
                if (publications != 0 && done + 1 == publications) {
                    checking.join();
                    break;
                }
                saved = awaitChange(watcher);
                checking.join();
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            cli.err().println("watch: stopped");
        }
        return ExitCode.OK;
    }

    /** One publication; a problem in the input is printed and watching goes on. */
    private Optional<Publication> publishOnce(Edition edition, Path folder, long saved) {
        EarlyFiles early = new EarlyFiles(folder, saved);
        try {
            Publication publication = edition.publish(files, folder, publishing.options().forEditing(), early);
            PublishCommand.printProblems(publication, cli);
            publication.why().forEach((unit, why) -> cli.err().println("watch: rebuilt " + unit + " (" + why + ")"));
            publication.laidOut().forEach((pdf, folios) -> cli.err().println("watch: " + pdf + ": " + pages(folios)));
            PublishTimings timings = publication.timings();
            if (timings.documentFilesMade() + timings.documentFilesKept() > 0) {
                cli.err().printf("watch: files of the web edition and EPUB: %d made, %d kept%n", timings.documentFilesMade(),
                        timings.documentFilesKept());
            }
            cli.err().printf("watch: published %s in %.1f s (%d of %d units unchanged)%n", folder,
                    (System.nanoTime() - saved) / 1e9, publication.reused().size(), publication.reused().size() + publication.why().size());
            cli.err().flush();
            return Optional.of(publication);
        } catch (InputException e) {
            DiagnosticPrinter.print(e.diagnostics(), cli.err());
            cli.err().println("watch: not published; " + early.unchanged() + "; waiting for the next save");
        } catch (IOException e) {
            cli.err().println("watch: error: " + e.getMessage() + "; " + early.unchanged() + "; waiting for the next save");
        }
        cli.err().flush();
        return Optional.empty();
    }

    /**
     * EPUBCheck on the books the publication put in place before it read them; what it finds is printed, a book
     * that fails stays in the edition, and {@code publish} checks it again.
     */
    private void check(Edition edition, Publication publication, long saved) {
        for (Publication.UncheckedBook book : publication.unchecked()) {
            try {
                List<Diagnostic> warnings = edition.check(book);
                DiagnosticPrinter.print(warnings, cli.err());
                cli.err().printf("watch: %s passed EPUBCheck%s in %.1f s%n", book.name(),
                        warnings.isEmpty() ? "" : " with " + warnings.size() + (warnings.size() == 1 ? " warning" : " warnings"),
                        (System.nanoTime() - saved) / 1e9);
            } catch (InputException e) {
                DiagnosticPrinter.print(e.diagnostics(), cli.err());
                cli.err().println("watch: " + book.name() + " failed EPUBCheck; the edition holds it, publish refuses it");
            } catch (IOException | RuntimeException e) {
                // EPUBCheck's own failure is told as any other, and watching goes on
                cli.err().println("watch: error: " + book.name() + " could not be checked: " + e.getMessage());
            }
            cli.err().flush();
        }
    }

    /**
     * Puts each file the publication has made and checked before the rest (the PDF) into the earlier edition's
     * folder at once, in place of its earlier version, so that the editor sees it while the rest is made; the
     * publication then puts the whole folder in place, the same file with it.
     */
    private final class EarlyFiles implements ProgressListener {
        private final Path folder;
        private final long saved;
        private final List<String> placed = new java.util.ArrayList<>();

        EarlyFiles(Path folder, long saved) {
            this.folder = folder;
            this.saved = saved;
        }

        @Override
        public void progress(Progress progress) {
        }

        @Override
        public void ready(Path made, String name) {
            Path earlier = folder.resolve(name);
            if (!Files.isRegularFile(earlier)) {
                return; // no earlier edition: the file comes with the folder
            }
            try {
                AtomicOutput.writeFile(earlier, out -> Files.copy(made, out));
                placed.add(name);
                cli.err().printf("watch: %s in place in %.1f s%n", name, (System.nanoTime() - saved) / 1e9);
                cli.err().flush();
            } catch (IOException | InputException e) {
                // it comes with the folder
            }
        }

        /** What of the earlier edition a publication that failed left as it was. */
        String unchanged() {
            return placed.isEmpty() ? "the earlier edition is unchanged" : "the earlier edition is unchanged but for " + String.join(", ", placed);
        }
    }

    /** "page 89 laid out again", or the first few of many. */
    static String pages(List<String> folios) {
        if (folios.isEmpty()) {
            return "no page laid out again";
        }
        String listed = String.join(", ", folios.subList(0, Math.min(folios.size(), 10))) + (folios.size() > 10 ? ", …" : "");
        return (folios.size() == 1 ? "page " : folios.size() + " pages: ") + listed + " laid out again";
    }

    /** Waits for a save of one of the files; gives the time it came, once the saving has settled. */
    private long awaitChange(WatchService watcher) throws InterruptedException {
        Set<Path> watched = new HashSet<>();
        files.forEach(file -> watched.add(file.toAbsolutePath().normalize()));
        while (true) {
            WatchKey key = watcher.take();
            long saved = System.nanoTime();
            boolean ours = key.pollEvents().stream().anyMatch(event -> event.context() instanceof Path name
                    && watched.contains(((Path) key.watchable()).resolve(name)));
            key.reset();
            if (ours) {
                // drain the other events of the same save (an editor may save by writing a new file and renaming it)
                WatchKey more;
                while ((more = watcher.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    more.pollEvents();
                    more.reset();
                }
                List<Path> gone = files.stream().filter(file -> !Files.isRegularFile(file)).toList();
                if (gone.isEmpty()) {
                    return saved;
                }
                for (Path file : gone) {
                    cli.err().println(file + ": warning: deleted or renamed; the edition is unchanged; watching for the file to come back");
                }
                cli.err().flush();
            }
        }
    }
}
