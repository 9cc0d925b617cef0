// SPDX-License-Identifier: Apache-2.0
package org.teiedition.validate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.teiedition.diag.Diagnostic;
import org.teiedition.transform.SaxonSetup;

/** Broken copies of the memorandum, and where in them a problem is reported. */
final class Fixtures {
    static final Path MEMORANDUM = Path.of("tei/memorandum.xml");
    /** A Schematron whose rule's test is not XPath: it cannot be compiled. */
    static final String BROKEN_SCHEMATRON = """
            <schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt3">
              <pattern><rule context="tei:p"><assert test="((">never</assert></rule></pattern>
            </schema>""";

    private Fixtures() {
    }

    static String memorandum() throws IOException {
        return Files.readString(MEMORANDUM, StandardCharsets.UTF_8);
    }

    /** The memorandum with one text replaced; fails if the text is not there exactly once. */
    static String memorandumWith(String from, String to) throws IOException {
        String text = memorandum();
        int at = text.indexOf(from);
        assertTrue(at >= 0 && text.indexOf(from, at + 1) < 0, "the memorandum holds \"" + from + "\" once");
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    /** One validator with the toolkit's schemas, compiled once for the tests that share it. */
    static synchronized Validator validator() {
        if (validator == null) {
            validator = new Validator(SaxonSetup.newProcessor(), Optional.empty());
        }
        return validator;
    }

    private static Validator validator;

    /** The findings for a text written to a file in {@code folder}. */
    static List<Diagnostic> validate(Path folder, String text) throws Exception {
        return validator().validate(write(folder, "fixture.xml", text)).diagnostics();
    }

    static Path write(Path folder, String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /**
     * "line:column" where the parser reports an element: the end of its start tag, as SAX locates it.
     *
     * @param startTag the start tag exactly as written (unique in the text)
     */
    static String at(String text, String startTag) {
        return at(text, startTag, startTag);
    }

    /** "line:column" of the start tag that begins {@code context} (a unique stretch of the text). */
    static String at(String text, String context, String startTag) {
        int index = text.indexOf(context);
        assertTrue(index >= 0 && text.indexOf(context, index + 1) < 0, "\"" + context + "\" occurs once");
        assertTrue(context.startsWith(startTag), "the context begins with the start tag");
        int end = index + startTag.length();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return line + ":" + (text.codePointCount(lineStart, end) + 1);
    }
}
