// SPDX-License-Identifier: Apache-2.0
package org.teiedition.paginate;

import org.teiedition.publish.PublishOptions;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.Edition;
import org.teiedition.print.Overflow;
import org.teiedition.testing.Corpus;
import org.teiedition.validate.ValidationMode;

/**
 * Every volume of the series ({@link Corpus}: the committed slices, or the whole volumes with
 * {@code -Dcorpus.dir=FOLDER}, minutes each) printed as a new book: its page breaks
 * taken out, the printed volume's own contents, list of papers and index (whose page numbers belong to the
 * old print) replaced by the apparatus the toolkit makes. Each must paginate, print page for page with no
 * page that does not fit, verify, and give an index whose every page holds the name it is given for,
 * read back from the PDF.
 */
class FirstPrintCorpusTest {
    /** The volume as a text never printed: no page breaks, the old print's apparatus asked for anew. */
    private static final String NEW_BOOK = """
            <xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns="http://www.tei-c.org/ns/1.0">
              <xsl:mode on-no-match="shallow-copy"/>
              <xsl:template match="tei:text//tei:pb"/>
              <xsl:template match="tei:div[@type = 'toc']"><divGen type="toc"/></xsl:template>
              <xsl:template match="tei:div[.//tei:list/@type = 'index']"><divGen type="index"/></xsl:template>
              <xsl:template match="tei:div[matches(normalize-space(tei:head[1]), '^list of papers$', 'i')]"><divGen type="papers"/></xsl:template>
            </xsl:stylesheet>
            """;

    @TempDir
    static Path folder;

    @TestFactory
    Stream<DynamicTest> everyVolumePrintsAsANewBook() throws Exception {
        List<Path> volumes = Corpus.volumes();
        return volumes.stream().map(volume -> DynamicTest.dynamicTest(volume.getFileName().toString(), () -> check(volume)));
    }

    private static void check(Path volume) throws Exception {
        String name = volume.getFileName().toString().replaceFirst("\\.xml$", "");
        Path text = folder.resolve(name + "-new.xml");
        Processor processor = new Processor(false);
        Xslt30Transformer strip = processor.newXsltCompiler().compile(new StreamSource(new StringReader(NEW_BOOK))).load30();
        Serializer out = processor.newSerializer(text.toFile());
        strip.transform(new StreamSource(volume.toFile()), out);

        Edition edition = Edition.create();
        long started = System.nanoTime();
        Path book = folder.resolve(name + ".xml");
        edition.paginate(text, book, new PublishOptions(ValidationMode.WARN, Overflow.FAIL));
        long paginating = System.nanoTime() - started;
        Path pdf = folder.resolve(name + ".pdf");
        started = System.nanoTime();
        edition.pdf(book, pdf, new PublishOptions(ValidationMode.WARN, Overflow.FAIL));
        long printing = System.nanoTime() - started;
        assertTrue(edition.verify(pdf, book, new PublishOptions(ValidationMode.WARN, Overflow.FAIL)).matches(), name + ": the reprint verifies");

        Map<String, String> pages = PageTexts.byLabel(pdf);
        // the index: from the page that opens it (its running head and its heading) to the end
        List<String> texts = new ArrayList<>(pages.values());
        int opens = texts.size() - 1;
        while (opens > 0 && !texts.get(opens).matches("^\\s*(\\S+ )?index (\\S+ )?index .*")) {
            opens--;
        }
        String index = String.join(" ", texts.subList(opens, texts.size())).replace("– ", "–").replaceAll("^.*? index ", "");
        Matcher entries = Pattern.compile("([a-z][\\p{L}’' .,()-]+?)((?:, [0-9]+(?:–[0-9]+)?)+)(?= [a-z]|$)").matcher(index);
        List<String> missing = new ArrayList<>();
        int references = 0;
        while (entries.find()) {
            // the page holds a word of the name the entry gives (a person named by a key may stand there under
            // a first name or a title: "Foster" for Dulles, John Foster)
            List<String> words = java.util.Arrays.stream(entries.group(1).strip().split("[ ,().]+")).filter(w -> w.length() > 2).toList();
            for (String part : entries.group(2).replaceFirst("^, ", "").split(", ")) {
                String[] range = part.split("–");
                for (int n = Integer.parseInt(range[0]); n <= Integer.parseInt(range[range.length - 1]); n++) {
                    references++;
                    String page = pages.getOrDefault(String.valueOf(n), "");
                    if (!words.isEmpty() && words.stream().noneMatch(page::contains)) {
                        missing.add(words + " " + n);
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d pages, paginate %.1f s, pdf %.1f s, index %d references, %d not found on their page %s%n",
                name, pages.size(), paginating / 1e9, printing / 1e9, references, missing.size(), missing);
        assertTrue(references > 0, name + ": an index");
        assertTrue(missing.size() <= references / 100, name + ": index references not found on their page: " + missing);
    }
}
