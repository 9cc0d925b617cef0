// SPDX-License-Identifier: Apache-2.0
package org.teiedition.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import org.junit.jupiter.api.Assertions;

/**
 * The volumes of the series the tests over whole volumes read. In every clone they are the committed slices
 * of {@code src/test/resources/corpus} (a few pages of each kind of each volume, valid for the edition's
 * schema); with {@code -Dcorpus.dir=FOLDER} (for example {@code mvn test -Dcorpus.dir=FOLDER}) they are the
 * whole volumes of that folder, which takes minutes.
 */
public final class Corpus {
    public static final String PROPERTY = "corpus.dir";
    static final Path SLICES = Path.of("src/test/resources/corpus");

    private Corpus() {
    }

    /** Whether the tests read whole volumes ({@code -Dcorpus.dir} is given) rather than the committed slices. */
    public static boolean whole() {
        return !System.getProperty(PROPERTY, "").isEmpty();
    }

    /** The volume {@code name}: the whole one in the corpus folder, or its committed slice. */
    public static Path volume(String name) {
        Path volume = folder().resolve(name);
        Assertions.assertTrue(Files.isRegularFile(volume), () -> missing(name));
        return volume;
    }

    /** Every TEI volume, in name order: the corpus folder's, or the committed slices. */
    public static List<Path> volumes() throws IOException {
        Path folder = folder();
        Assertions.assertTrue(Files.isDirectory(folder), () -> missing("TEI volumes"));
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> volumes = files.filter(file -> file.toString().endsWith(".xml")).sorted().toList();
            Assertions.assertFalse(volumes.isEmpty(), () -> missing("TEI volumes"));
            return volumes;
        }
    }

    /** The folios of the volume's page breaks in the text, in order: what its PDF's page labels must be. */
    public static List<String> folios(Path volume) throws SaxonApiException {
        return evaluate(volume, "/tei:TEI/tei:text//tei:pb/string(@n)").stream().map(XdmItem::getStringValue).toList();
    }

    /** How many nodes of the volume {@code xpath} (with the prefix {@code tei}) selects: what a test expects of it. */
    public static int count(Path volume, String xpath) throws SaxonApiException {
        return Integer.parseInt(evaluate(volume, "count(" + xpath + ")").itemAt(0).getStringValue());
    }

    private static net.sf.saxon.s9api.XdmValue evaluate(Path volume, String xpath) throws SaxonApiException {
        Processor processor = new Processor(false);
        XPathCompiler compiler = processor.newXPathCompiler();
        compiler.declareNamespace("tei", "http://www.tei-c.org/ns/1.0");
        return compiler.evaluate(xpath, processor.newDocumentBuilder().build(volume.toFile()));
    }

    private static Path folder() {
        return whole() ? Path.of(System.getProperty(PROPERTY)) : SLICES;
    }

    private static String missing(String what) {
        return whole() ? "-D" + PROPERTY + " names a folder without " + what
                : "the committed slices lack " + what + ": without -D" + PROPERTY + " the tests read " + SLICES;
    }
}
