// SPDX-License-Identifier: Apache-2.0
package org.teiedition.epub;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.teiedition.diag.Diagnostic;

/**
 * Checks an EPUB with EPUBCheck (the W3C's conformance checker) through its Java API. Its errors and
 * warnings become diagnostics located in the book ({@code book.epub/EPUB/d1.xhtml:12:40}); its
 * informational messages and usage hints are left out.
 */
public final class EpubChecker {
    private static final java.util.concurrent.atomic.AtomicBoolean PREPARED = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Loads EPUBCheck's schemas in the background, on a thread of their own ({@link org.teiedition.concurrent.Warmup}):
     * EPUBCheck compiles all of them, a few seconds' work, the first time it checks a book in a JVM.
     */
    public static void prepare() {
        if (PREPARED.compareAndSet(false, true)) {
            org.teiedition.concurrent.Warmup.aside("tei-edition-epubcheck", () -> com.adobe.epubcheck.xml.XMLValidators.values());
        }
    }

    /**
     * @param epub the book to check
     * @param name how messages name the book (its final path, when {@code epub} is a draft)
     * @return EPUBCheck's errors and warnings, in the order it reported them
     */
    public List<Diagnostic> check(Path epub, String name) {
        Collector report = new Collector(name);
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
        private final List<Diagnostic> found = new ArrayList<>();

        Collector(String name) {
            this.name = name;
            setLocale(Locale.ENGLISH);
        }

        @Override
        public void message(Message message, EPUBLocation location, Object... args) {
            Severity severity = message.getSeverity();
            if (severity != Severity.ERROR && severity != Severity.FATAL && severity != Severity.WARNING) {
                return;
            }
            String path = location == null || location.getPath() == null || location.getPath().isEmpty()
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
