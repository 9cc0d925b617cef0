// SPDX-License-Identifier: Apache-2.0
package org.teiedition.epub;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import com.adobe.epubcheck.xml.XMLValidators;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.teiedition.diag.Diagnostic;
import org.teiedition.store.PageStore;

/**
 * Checks an EPUB with EPUBCheck (the W3C's conformance checker) through its Java API. Its errors and
 * warnings become diagnostics located in the book ({@code book.epub/EPUB/d1.xhtml:12:40}); its
 * informational messages and usage hints are left out.
 */
public final class EpubChecker {
    private static final java.util.concurrent.atomic.AtomicBoolean PREPARED = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * The schemas EPUBCheck compiles for a book of this toolkit (EPUB 3, XHTML content documents, a
     * navigation document, no SVG): the ones {@link #prepare()} compiles ahead.
     */
    static final List<XMLValidators> BOOK_SCHEMAS = List.of(XMLValidators.CONTAINER_30_RNC, XMLValidators.CONTAINER_30_RENDITIONS_SCH,
            XMLValidators.OPF_30_RNC, XMLValidators.OPF_30_SCH, XMLValidators.OPF_30_COLLECTION_DICT_SCH, XMLValidators.OPF_30_COLLECTION_DO_SCH,
            XMLValidators.OPF_30_COLLECTION_IDX_SCH, XMLValidators.OPF_30_COLLECTION_MANIFEST_SCH, XMLValidators.OPF_30_COLLECTION_PREVIEW_SCH,
            XMLValidators.NAV_30_RNC, XMLValidators.NAV_30_SCH, XMLValidators.XHTML_30_NVDL, XMLValidators.XHTML_30_SCH,
            XMLValidators.SVG_30_INFORMATIVE_NVDL);

    /**
     * Compiles the schemas a book needs in the background, on a thread of their own
     * ({@link org.teiedition.concurrent.Warmup}), while the book is made: a few seconds' work the first time
     * a JVM checks a book. A check that comes first compiles what it needs itself; a schema is compiled once.
     */
    public static void prepare() {
        if (PREPARED.compareAndSet(false, true)) {
            org.teiedition.concurrent.Warmup.aside("tei-edition-epubcheck", () -> BOOK_SCHEMAS.forEach(XMLValidators::get));
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

    /**
     * The same, keeping in {@code verdicts} which content documents passed their schemas, and leaving out
     * of those schemas the documents that passed them in an earlier check ({@link SchemaVerdicts}).
     */
    public List<Diagnostic> check(Path epub, String name, PageStore verdicts) throws IOException {
        return SchemaVerdicts.during(epub, verdicts, () -> check(epub, name));
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
