// SPDX-License-Identifier: Apache-2.0
package org.teiedition.epub;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.teiedition.diag.Diagnostic;
import org.teiedition.io.Temporaries;

/**
 * Checks an EPUB with EPUBCheck (the W3C's conformance checker) through its Java API. Its errors and
 * warnings become diagnostics located in the book ({@code book.epub/EPUB/d1.xhtml:12:40}); its
 * informational messages and usage hints are left out.
 */
public final class EpubChecker {
    private static final java.util.concurrent.atomic.AtomicBoolean PREPARED = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Runs EPUBCheck once in the background, on a thread of its own ({@link org.teiedition.concurrent.Warmup}),
     * while a book is made: its first check in a JVM compiles all of its schemas, a few seconds' work. The
     * book checked is the least for which EPUBCheck reads its schemas ({@link #writeLeastBook}); a check that
     * comes first compiles the schemas itself, once.
     */
    public static void prepare() {
        if (PREPARED.compareAndSet(false, true)) {
            org.teiedition.concurrent.Warmup.aside("tei-edition-epubcheck", EpubChecker::checkLeastBook);
        }
    }

    /**
     * Checks the least book, written as one of the toolkit's temporaries in the system's temporary folder: a run killed
     * while it warms up leaves it there for the next run's warm-up to remove, as outputs' temporaries are.
     */
    private static void checkLeastBook() {
        try {
            Path book = Temporaries.newSystemFile("tei-edition-warm-up.epub");
            try {
                writeLeastBook(book);
                new EpubChecker().check(book, "warm-up.epub");
            } finally {
                Temporaries.remove(book);
            }
        } catch (IOException | RuntimeException e) {
            // the first real check compiles the schemas instead
        }
    }

    /**
     * The least book EPUBCheck compiles its schemas for: a container and an empty package document. EPUBCheck
     * compiles every schema at once when it first validates a document of the book against one; a container
     * whose package document is missing ends the check before any is.
     */
    static void writeLeastBook(Path book) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(book))) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/epub+zip".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("META-INF/container.xml"));
            zip.write(LEAST_CONTAINER.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(LEAST_PACKAGE_PATH));
            zip.write(LEAST_PACKAGE.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static final String LEAST_PACKAGE_PATH = "EPUB/package.opf";
    private static final String LEAST_CONTAINER = "<?xml version=\"1.0\"?><container version=\"1.0\" "
            + "xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles><rootfile full-path=\"" + LEAST_PACKAGE_PATH + "\" "
            + "media-type=\"application/oebps-package+xml\"/></rootfiles></container>";
    private static final String LEAST_PACKAGE = "<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\"/>";

    /**
     * @param epub the book to check
     * @param name how messages name the book (its final path, when {@code epub} is a draft)
     * @return EPUBCheck's errors and warnings, in the order it reported them
     */
    public List<Diagnostic> check(Path epub, String name) {
        Collector report = new Collector(name, epub);
        EpubCheck check = new EpubCheck(epub.toFile(), report);
        check.setLocale(Locale.ENGLISH);
        check.doValidate();
        return report.found;
    }

    /** EPUBCheck's version, for reports. */
    public static String version() {
        return EpubCheck.version();
    }

    private static final class Collector extends MasterReport {
        private final String name;
        /** The file read: a message about the book as a whole (it cannot be read) is located at it. */
        private final Path file;
        private final List<Diagnostic> found = new ArrayList<>();

        Collector(String name, Path file) {
            this.name = name;
            this.file = file;
            setLocale(Locale.ENGLISH);
        }

        @Override
        public void message(Message message, EPUBLocation location, Object... args) {
            Severity severity = message.getSeverity();
            if (severity != Severity.ERROR && severity != Severity.FATAL && severity != Severity.WARNING) {
                return;
            }
            String path = location == null || location.getPath() == null || location.getPath().isEmpty()
                    || location.getPath().equals(file.toString()) || location.getPath().equals(file.toAbsolutePath().toString())
                    ? name : name + "/" + location.getPath();
            int line = location == null ? 0 : Math.max(0, location.getLine());
            int column = location == null ? 0 : Math.max(0, location.getColumn());
            String text = "epubcheck " + message.getID() + ": " + message.getMessage(args);
            found.add(severity == Severity.WARNING
                    ? Diagnostic.warning("epub.check", text, path, line, column)
                    : Diagnostic.error("epub.check", text, path, line, column));
        }

        @Override
        public void info(String resource, FeatureEnum feature, String value) {
        }

        @Override
        public int generate() {
            return 0;
        }

        @Override
        public void initialize() {
        }
    }
}
