// SPDX-License-Identifier: Apache-2.0
package org.teiedition.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.teiedition.config.EditionConfig;
import org.teiedition.print.PdfFor;
import org.teiedition.publish.PublishOptions;
import org.teiedition.transform.Stylesheets;

/** The parameters of the goals that write outputs: where, with which stylesheets, and how strictly. */
abstract class AbstractRenderMojo extends AbstractEditionMojo {
    /**
     * Where the edition is written: {@code NAME.pdf} and {@code NAME.xml} per document, {@code html/},
     * {@code report.json}. Other files in the folder are left alone.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tei-edition.outputDirectory", defaultValue = "${project.build.directory}/edition", required = true)
    File outputDirectory;

    /**
     * An editor's customization of the print stylesheet: an XSLT 3.0 file that imports
     * {@code https://tei-edition.org/xslt/fo/edition-fo.xsl} (the toolkit's, taken from the plugin, never
     * fetched) and overrides what it changes.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tei-edition.foCustomization")
    File foCustomization;

    /**
     * An editor's customization of the web stylesheet: an XSLT 3.0 file that imports
     * {@code https://tei-edition.org/xslt/html/edition-html.xsl} and overrides what it changes.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tei-edition.htmlCustomization")
    File htmlCustomization;

    /**
     * An editor's customization of the EPUB stylesheet: an XSLT 3.0 file that imports
     * {@code https://tei-edition.org/xslt/epub/edition-epub.xsl} and overrides what it changes.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tei-edition.epubCustomization")
    File epubCustomization;

    /**
     * Stylesheet parameters, passed to the print and web stylesheets: one element per parameter, named
     * after it and holding its value (for example an element page-width holding 5.5in).
     *
     * @since 0.1.0
     */
    @Parameter(property = "tei-edition.parameters")
    Map<String, String> parameters;

    /**
     * What to do when a source page does not fit on one PDF page: {@code fail} stops the build naming the
     * page; {@code shrink} sets that page alone smaller, within bounds, and says by how much.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tei-edition.overflow", defaultValue = "fail")
    String overflow;

    /**
     * Whom the PDF of the {@code pdf} and {@code publish} goals is for: {@code reader}, the trimmed page as
     * PDF/A-2b and PDF/UA-1, or {@code press}, the same pages for the printer: PDF/X-4 and PDF/UA-1, the
     * sheet grown by the stylesheet parameter {@code bleed} and room for crop marks, which are drawn there.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tei-edition.pdfFor", defaultValue = "reader")
    String pdfFor;

    /**
     * {@code strict}: validation errors fail the build before anything is written; {@code warn}: they are
     * logged as warnings and listed in {@code report.json}, and the edition is published anyway.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tei-edition.validation", defaultValue = "strict")
    String validation;

    @Override
    EditionConfig config() throws MojoFailureException {
        EditionConfig config = super.config().withParameters(copy(parameters))
                .withPdfFor(choice(PdfFor.class, "pdfFor", pdfFor == null ? "reader" : pdfFor));
        if (foCustomization != null) {
            config = config.withCustomization(Stylesheets.Output.FO, existing("foCustomization", foCustomization));
        }
        if (htmlCustomization != null) {
            config = config.withCustomization(Stylesheets.Output.HTML, existing("htmlCustomization", htmlCustomization));
        }
        if (epubCustomization != null) {
            config = config.withCustomization(Stylesheets.Output.EPUB, existing("epubCustomization", epubCustomization));
        }
        return config;
    }

    @Override
    PublishOptions options() throws MojoFailureException {
        return new PublishOptions(validation(validation == null ? "strict" : validation),
                overflow(overflow == null ? "fail" : overflow));
    }

    @Override
    Path outputDirectory() {
        return outputDirectory.toPath();
    }

    private static Path existing(String parameter, File file) throws MojoFailureException {
        if (!file.isFile()) {
            throw misconfigured(parameter + " \"" + file + "\" not found");
        }
        return file.toPath().toAbsolutePath().normalize();
    }
}
