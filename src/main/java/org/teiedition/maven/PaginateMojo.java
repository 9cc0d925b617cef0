// SPDX-License-Identifier: Apache-2.0
package org.teiedition.maven;

import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.teiedition.publish.Selection;

/**
 * Validates the TEI files, then writes each with its pages into {@code paginatedDirectory}: a text that has
 * no page breaks is printed for the first time and gets a {@code pb} (with its folio and {@code xml:id})
 * where each page of that first print begins, no other character of the file changed; a text with page
 * breaks of its own is written as it is. Copy the paginated files over the sources to keep the pages:
 * every later edition (print, web, EPUB) then cites them, and a corrected reprint keeps every break.
 * Run it on demand ({@code mvn tei-edition:paginate}); it is bound to no phase.
 *
 * @since 0.1.0
 */
@Mojo(name = "paginate", threadSafe = true)
public final class PaginateMojo extends AbstractRenderMojo {
    /**
     * Where the paginated TEI files are written, each under its own name. Never the source folder: a build
     * does not rewrite its sources.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tei-edition.paginatedDirectory", defaultValue = "${project.build.directory}/paginated", required = true)
    File paginatedDirectory;

    @Override
    Selection selection() {
        return Selection.PAGINATED_TEI;
    }

    @Override
    Path outputDirectory() {
        return paginatedDirectory.toPath();
    }
}
