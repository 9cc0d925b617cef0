// SPDX-License-Identifier: Apache-2.0
package org.teiedition.inputs;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.teiedition.inputs.Toolkit;

/** A toolkit whose files are in a test's folder, with a version the test sets. */
public final class FolderToolkit implements Toolkit {
    private final Path root;
    String version = "1.0";
    boolean fixedByIdentity;

    public FolderToolkit(Path root) {
        this.root = root;
    }

    public Path file(String path) {
        return root.resolve(path);
    }

    public void write(String path, String content) throws IOException {
        Files.createDirectories(file(path).getParent());
        Files.writeString(file(path), content);
    }

    @Override
    public Optional<URL> resource(String path) {
        Path file = root.resolve(path);
        try {
            return Files.exists(file) ? Optional.of(file.toUri().toURL()) : Optional.empty();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<String> list(String folder) throws IOException {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    @Override
    public boolean fixedByIdentity() {
        return fixedByIdentity;
    }

    @Override
    public Map<String, String> identity() {
        return Map.of("toolkit:version", version);
    }

    public static final String XSL = "<xsl:stylesheet version='3.0' xmlns:xsl='http://www.w3.org/1999/XSL/Transform'>%s</xsl:stylesheet>";

    /** A toolkit with an FO and an HTML stylesheet sharing a common module, a schema and a font. */
    public static FolderToolkit standard(Path root) throws IOException {
        FolderToolkit toolkit = new FolderToolkit(root);
        toolkit.write("xslt/fo/edition-fo.xsl", XSL.formatted("<xsl:include href='../common/pages.xsl'/>"));
        toolkit.write("xslt/html/edition-html.xsl", XSL.formatted("<xsl:include href='../common/pages.xsl'/>"));
        toolkit.write("xslt/text/edition-text.xsl", XSL.formatted(""));
        toolkit.write("xslt/common/pages.xsl", XSL.formatted("<xsl:import href='notes.xsl'/>"));
        toolkit.write("xslt/common/notes.xsl", XSL.formatted(""));
        toolkit.write("schema/edition.rng", "<grammar xmlns='http://relaxng.org/ns/structure/1.0'/>");
        toolkit.write("schema/edition.sch", "<schema xmlns='http://purl.oclc.org/dsdl/schematron'/>");
        toolkit.write("fonts/Serif.ttf", "glyphs");
        return toolkit;
    }
}
