// SPDX-License-Identifier: Apache-2.0
package org.teiedition.inputs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.config.EditionConfig;
import org.teiedition.print.Overflow;
import org.teiedition.validate.ValidationMode;
import org.teiedition.transform.Stylesheets;
import org.teiedition.store.Fingerprint;
import org.teiedition.inputs.Inputs;
import org.teiedition.inputs.References;

class InputsTest {
    @TempDir
    Path folder;
    FolderToolkit toolkit;
    Path tei;
    Path custom;

    @BeforeEach
    void setUp() throws IOException {
        toolkit = FolderToolkit.standard(folder.resolve("toolkit"));
        tei = folder.resolve("project/src/main/tei/memorandum.xml");
        Files.createDirectories(tei.getParent());
        Files.writeString(tei, "<TEI/>");
        custom = folder.resolve("project/src/main/xsl/custom-fo.xsl");
        Files.createDirectories(custom.resolveSibling("parts"));
        Files.writeString(custom, FolderToolkit.XSL.formatted(
                "<xsl:import href='https://tei-edition.org/xslt/fo/edition-fo.xsl'/><xsl:include href='parts/local.xsl'/>"));
        Files.writeString(custom.resolveSibling("parts/local.xsl"), FolderToolkit.XSL.formatted(""));
    }

    private Inputs inputs(EditionConfig config) {
        return new Inputs(config, toolkit);
    }

    private EditionConfig customized() {
        return EditionConfig.defaults().withCustomization(Stylesheets.Output.FO, custom);
    }

    @Test
    void theToolkitsStylesheetIsFollowedThroughIncludesAndImports() throws IOException {
        Fingerprint fo = inputs(EditionConfig.defaults()).pdf(tei, Overflow.FAIL);
        assertTrue(fo.inputs().keySet().containsAll(java.util.List.of(
                "xslt:" + toolkit.file("xslt/fo/edition-fo.xsl").toUri(),
                "xslt:" + toolkit.file("xslt/common/pages.xsl").toUri(),
                "xslt:" + toolkit.file("xslt/common/notes.xsl").toUri(),
                "font:fonts/Serif.ttf", "tei:" + tei, "option:overflow", "toolkit:version")), fo.inputs().keySet().toString());
        assertTrue(fo.inputs().keySet().stream().noneMatch(k -> k.contains("edition-html")));
    }

    @Test
    void aCustomizationIsFollowedIntoTheToolkit() throws IOException {
        Fingerprint fo = inputs(customized()).pdf(tei, Overflow.FAIL);
        assertTrue(fo.inputs().containsKey("xslt:" + custom.toUri()));
        assertTrue(fo.inputs().containsKey("xslt:" + custom.resolveSibling("parts/local.xsl").toUri()));
        assertTrue(fo.inputs().containsKey("xslt:" + toolkit.file("xslt/common/notes.xsl").toUri()));
    }

    @Test
    void everyInputOfAPdfIsAChange() throws IOException {
        Fingerprint before = inputs(customized()).pdf(tei, Overflow.FAIL);
        assertEquals(Optional.empty(), inputs(customized()).pdf(tei, Overflow.FAIL).changeSince(before));

        Files.writeString(custom.resolveSibling("parts/local.xsl"), FolderToolkit.XSL.formatted("<!-- edited -->"));
        assertEquals(Optional.of("stylesheet local.xsl changed"), inputs(customized()).pdf(tei, Overflow.FAIL).changeSince(before));
        before = inputs(customized()).pdf(tei, Overflow.FAIL);

        toolkit.write("xslt/common/notes.xsl", FolderToolkit.XSL.formatted("<!-- edited -->"));
        assertEquals(Optional.of("stylesheet notes.xsl changed"), inputs(customized()).pdf(tei, Overflow.FAIL).changeSince(before));
        before = inputs(customized()).pdf(tei, Overflow.FAIL);

        toolkit.write("fonts/Serif.ttf", "other glyphs");
        assertEquals(Optional.of("font Serif.ttf changed"), inputs(customized()).pdf(tei, Overflow.FAIL).changeSince(before));
        before = inputs(customized()).pdf(tei, Overflow.FAIL);

        Files.writeString(tei, "<TEI>changed</TEI>");
        assertEquals(Optional.of("TEI file memorandum.xml changed"), inputs(customized()).pdf(tei, Overflow.FAIL).changeSince(before));
        before = inputs(customized()).pdf(tei, Overflow.FAIL);

        EditionConfig withParameter = customized().withParameters(Map.of("page-width", "5.5in"));
        assertEquals(Optional.of("stylesheet parameter page-width is new"), inputs(withParameter).pdf(tei, Overflow.FAIL).changeSince(before));
        assertEquals(Optional.of("option overflow changed"), inputs(customized()).pdf(tei, Overflow.SHRINK).changeSince(before));

        toolkit.version = "1.1";
        assertEquals(Optional.of("the toolkit (version) changed"), inputs(customized()).pdf(tei, Overflow.FAIL).changeSince(before));
    }

    @Test
    void aPackagedToolkitsFilesAreKeyedByItsIdentityAndAUsersFilesByTheirContent() throws IOException {
        toolkit.fixedByIdentity = true;
        EditionConfig own = EditionConfig.defaults();
        Fingerprint before = inputs(own).pdf(tei, Overflow.FAIL);
        assertTrue(before.inputs().keySet().containsAll(java.util.List.of("font:fonts/Serif.ttf", "toolkit:version")));
        assertTrue(before.inputs().keySet().stream().noneMatch(k -> k.startsWith("xslt:file:")), "not read: " + before.inputs().keySet());
        toolkit.write("fonts/Serif.ttf", "other glyphs");
        toolkit.write("xslt/common/notes.xsl", FolderToolkit.XSL.formatted("<!-- edited -->"));
        assertEquals(Optional.empty(), inputs(own).pdf(tei, Overflow.FAIL).changeSince(before), "fixed by the identity");
        toolkit.version = "1.1";
        assertEquals(Optional.of("the toolkit (version) changed"), inputs(own).pdf(tei, Overflow.FAIL).changeSince(before));

        Fingerprint customizedBefore = inputs(customized()).pdf(tei, Overflow.FAIL);
        Files.writeString(custom.resolveSibling("parts/local.xsl"), FolderToolkit.XSL.formatted("<!-- edited -->"));
        assertEquals(Optional.of("stylesheet local.xsl changed"), inputs(customized()).pdf(tei, Overflow.FAIL).changeSince(customizedBefore));
    }

    @Test
    void aRunReadsEachTeiFileOnceAndTheNextRunReadsItAgain() throws IOException {
        Inputs run = inputs(EditionConfig.defaults()).forRun();
        Fingerprint pdf = run.pdf(tei, Overflow.FAIL);
        Files.writeString(tei, "<TEI>saved again during the run</TEI>");
        assertEquals(pdf.inputs().get("tei:" + tei), run.epub(tei).inputs().get("tei:" + tei), "one file for all the run's keys");
        assertEquals(Optional.of("TEI file memorandum.xml changed"),
                inputs(EditionConfig.defaults()).forRun().pdf(tei, Overflow.FAIL).changeSince(pdf));
    }

    @Test
    void aNewImportIsFollowed() throws IOException {
        Fingerprint before = inputs(customized()).pdf(tei, Overflow.FAIL);
        Path extra = custom.resolveSibling("parts/extra.xsl");
        Files.writeString(extra, FolderToolkit.XSL.formatted(""));
        Files.writeString(custom.resolveSibling("parts/local.xsl"), FolderToolkit.XSL.formatted("<xsl:include href='extra.xsl'/>"));
        Fingerprint after = inputs(customized()).pdf(tei, Overflow.FAIL);
        assertTrue(after.inputs().containsKey("xslt:" + extra.toUri()));
        Files.writeString(extra, FolderToolkit.XSL.formatted("<!-- edited -->"));
        assertEquals(Optional.of("stylesheet extra.xsl changed"), inputs(customized()).pdf(tei, Overflow.FAIL).changeSince(after));
    }

    @Test
    void theWebEditionDoesNotDependOnThePrintStylesheet() throws IOException {
        Path other = tei.resolveSibling("other.xml");
        Files.writeString(other, "<TEI/>");
        java.util.List<Path> all = java.util.List.of(tei, other);
        Fingerprint before = inputs(customized()).html(all);
        Files.writeString(custom.resolveSibling("parts/local.xsl"), FolderToolkit.XSL.formatted("<!-- edited -->"));
        assertEquals(Optional.empty(), inputs(customized()).html(all).changeSince(before));
        Files.writeString(other, "<TEI>changed</TEI>");
        assertEquals(Optional.of("TEI file other.xml changed"), inputs(customized()).html(all).changeSince(before));
    }

    @Test
    void theSchemaIsAnInputOfValidationAndPublication() throws IOException {
        Fingerprint validation = inputs(EditionConfig.defaults()).validation(tei);
        assertTrue(validation.inputs().containsKey("schema:schema/edition.rng"));
        Fingerprint published = inputs(EditionConfig.defaults()).publish(tei, Overflow.FAIL, ValidationMode.STRICT);
        toolkit.write("schema/edition.sch", "<schema xmlns='http://purl.oclc.org/dsdl/schematron'><!-- edited --></schema>");
        assertEquals(Optional.of("schema edition.sch changed"), inputs(EditionConfig.defaults()).validation(tei).changeSince(validation));
        assertEquals(Optional.of("schema edition.sch changed"),
                inputs(EditionConfig.defaults()).publish(tei, Overflow.FAIL, ValidationMode.STRICT).changeSince(published));
        assertEquals(Optional.of("option validation changed"),
                inputs(EditionConfig.defaults()).publish(tei, Overflow.FAIL, ValidationMode.WARN).changeSince(
                        inputs(EditionConfig.defaults()).publish(tei, Overflow.FAIL, ValidationMode.STRICT)));
    }

    @Test
    void aUsersSchemaIsFollowedThroughItsIncludes() throws IOException {
        Path rng = folder.resolve("project/schema/series.rng");
        Files.createDirectories(rng.getParent());
        Files.writeString(rng, "<grammar xmlns='http://relaxng.org/ns/structure/1.0'><include href='parts.rng'/></grammar>");
        Files.writeString(rng.resolveSibling("parts.rng"), "<grammar xmlns='http://relaxng.org/ns/structure/1.0'/>");
        EditionConfig config = EditionConfig.defaults().withSchema(rng.toString());
        Fingerprint before = inputs(config).validation(tei);
        Files.writeString(rng.resolveSibling("parts.rng"), "<grammar xmlns='http://relaxng.org/ns/structure/1.0'><!-- x --></grammar>");
        assertEquals(Optional.of("schema parts.rng changed"), inputs(config).validation(tei).changeSince(before));
    }

    @Test
    void referencesResolveInsideJarsAndRefuseTheNetwork() {
        References references = new References(toolkit);
        java.net.URI base = java.net.URI.create("jar:file:/p/toolkit.jar!/xslt/fo/edition-fo.xsl");
        assertEquals(Optional.of(java.net.URI.create("jar:file:/p/toolkit.jar!/xslt/common/pages.xsl")),
                references.resolve("../common/pages.xsl", base));
        assertEquals(Optional.empty(), references.resolve("http://example.org/x.xsl", custom.toUri()));
        assertEquals(Optional.of(toolkit.file("xslt/fo/edition-fo.xsl").toUri()),
                references.resolve("https://tei-edition.org/xslt/fo/edition-fo.xsl", custom.toUri()));
    }
}
