// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import org.teiedition.publish.PublishOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.teiedition.Edition;
import org.teiedition.diag.InputException;

/** The memorandum's PDF, rendered once per test run with one shared {@link Edition}. */
public final class Memorandum {
    public static final Path TEI = Path.of("tei", "memorandum.xml");
    private static final Edition EDITION = Edition.create();
    private static Path pdf;

    private Memorandum() {
    }

    public static Edition edition() {
        return EDITION;
    }

    public static synchronized Path pdf() {
        if (pdf == null) {
            try {
                Path folder = org.teiedition.testing.SharedFolders.create("tei-edition-print");
                Path out = folder.resolve("memorandum.pdf");
                EDITION.pdf(TEI, out, PublishOptions.defaults());
                pdf = out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InputException e) {
                throw new AssertionError("the memorandum does not render: " + e.diagnostics(), e);
            }
        }
        return pdf;
    }

    /** The memorandum's TEI with one replacement made in its text. */
    public static Path variant(Path folder, String name, String target, String replacement) throws IOException {
        String xml = Files.readString(TEI);
        if (!xml.contains(target)) {
            throw new IllegalArgumentException("\"" + target + "\" is not in the memorandum");
        }
        Path file = folder.resolve(name);
        Files.writeString(file, xml.replace(target, replacement));
        return file;
    }
}
