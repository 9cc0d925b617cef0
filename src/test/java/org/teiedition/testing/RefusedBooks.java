// SPDX-License-Identifier: Apache-2.0
package org.teiedition.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.teiedition.Edition;
import org.teiedition.config.EditionConfig;
import org.teiedition.transform.Stylesheets;

/** An edition whose EPUB stylesheet writes content documents EPUBCheck refuses (an element XHTML does not have). */
public final class RefusedBooks {
    private RefusedBooks() {
    }

    /** The edition, its customization written into {@code folder}. */
    public static Edition edition(Path folder) throws IOException {
        Path custom = folder.resolve("broken-epub.xsl");
        Files.writeString(custom, """
                <xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                    xmlns:h="https://tei-edition.org/ns/html" xpath-default-namespace="http://www.tei-c.org/ns/1.0">
                  <xsl:import href="https://tei-edition.org/xslt/epub/edition-epub.xsl"/>
                  <xsl:template name="h:reading-switch"><switch xmlns="http://www.w3.org/1999/xhtml"/></xsl:template>
                </xsl:stylesheet>
                """);
        return new Edition(EditionConfig.defaults().withCustomization(Stylesheets.Output.EPUB, custom));
    }
}
