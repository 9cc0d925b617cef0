// SPDX-License-Identifier: Apache-2.0
package org.teiedition.robust;

import static org.teiedition.robust.Fuzz.oneOf;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.sf.saxon.s9api.NullDestination;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.teiedition.config.EditionConfig;
import org.teiedition.config.StylesheetParameters;
import org.teiedition.diag.InputException;
import org.teiedition.diag.UsageException;
import org.teiedition.transform.SaxonSetup;
import org.teiedition.transform.Stylesheets;
import org.teiedition.transform.XsltRun;

/**
 * Fuzzing the stylesheet parameters (see {@link Fuzz} for seeds and a longer run): every NAME=VALUE is
 * either refused by the check, in one line that names it, or accepted, and then the print's stylesheet
 * runs with it on the memorandum without an error.
 */
class ParameterFuzzTest {
    private static final List<String> NAMES = List.of("page-height", "page-width", "bleed", "page-margin-top",
            "page-head-extent", "font-family", "text-font-size", "text-line-height", "note-font-size", "space-factor",
            "first-folio", "chapter-start", "page-design", "head-verso", "pdf-href", "site-url", "epub-modified",
            "on-unhandled-element", "nosuch", "pdf-for", "glyph-widths");
    private static final String[] PIECES = {"0", "1", "9", "10", "24", "-", ".", "5", "in", "pt", "cm", "mm", "px", "em",
        "%", " ", ",", "e3", "NaN", "Source Serif 4", "Noto Serif", "'", "\"", "javascript:", "http://", "https:",
        "//", "{name}", ".pdf", "data:", "\t", "\u0000", "\u202E", "é", "auto", "dense", "recto", "warn", "T", "Z",
        "2026-01-31T00:00:00Z", "&", "<", "]]>", "\\", "/"};

    private final net.sf.saxon.s9api.Processor processor = SaxonSetup.newProcessor();
    private final Stylesheets stylesheets = new Stylesheets(processor, Map.of());
    private final XdmNode memorandum = load(processor);

    @Test
    void everyParameterValueIsRefusedInOneLineOrPrints() throws Exception {
        Fuzz.run("stylesheet parameters", 5_003, 120, ParameterFuzzTest::parameter, this::check);
    }

    private static String parameter(Random random) {
        StringBuilder value = new StringBuilder();
        for (int i = random.nextInt(4); i >= 0; i--) {
            value.append(oneOf(random, PIECES));
        }
        return NAMES.get(random.nextInt(NAMES.size())) + "=" + value;
    }

    private String check(String input) throws Exception {
        int equals = input.indexOf('=');
        if (equals < 1) {
            return null;
        }
        String name = input.substring(0, equals);
        String value = input.substring(equals + 1);
        try {
            StylesheetParameters.check(EditionConfig.defaults().withParameters(Map.of(name, value)));
        } catch (UsageException e) {
            if (!e.path().equals(input) || e.reason().isBlank() || e.reason().contains("\n")) {
                return "a refusal that does not name the parameter in one line: " + e.getMessage();
            }
            return null;
        }
        try {
            XsltRun run = new XsltRun(stylesheets, Stylesheets.Output.FO, memorandum, Map.of(name, value));
            run.transformer().applyTemplates(memorandum, new NullDestination());
        } catch (SaxonApiException | RuntimeException e) {
            return "accepted, but the print's stylesheet fails: " + e;
        }
        return null;
    }

    private static XdmNode load(net.sf.saxon.s9api.Processor processor) {
        try {
            return new org.teiedition.transform.TeiLoader(processor).load(Path.of("tei/memorandum.xml"));
        } catch (InputException e) {
            throw new IllegalStateException(e);
        }
    }
}
