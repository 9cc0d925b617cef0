// SPDX-License-Identifier: Apache-2.0
package org.teiedition.robust;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** What the packaged CLI jar holds where two artifacts offer a class. Run by maven-failsafe-plugin after {@code package}. */
class PackagedJarIT {
    private static final String VALIDATORS = "com/adobe/epubcheck/xml/XMLValidators.class";

    @Test
    void theToolkitsEpubCheckSchemasNotEpubChecksOwn() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(ReproducibilityIT.JAR), "no " + ReproducibilityIT.JAR + ": run mvn package first");
        try (ZipFile jar = new ZipFile(ReproducibilityIT.JAR.toFile())) {
            assertArrayEquals(Files.readAllBytes(Path.of("target/classes").resolve(VALIDATORS)),
                    jar.getInputStream(jar.getEntry(VALIDATORS)).readAllBytes(), "the toolkit's class, which compiles schemas as books need them");
        }
    }
}
