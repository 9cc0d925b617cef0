// SPDX-License-Identifier: Apache-2.0
package org.teiedition.inputs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The toolkit's version, filtered into {@code tei-edition.properties} by the build, and the build's
 * identity, a digest of its classes, resources and POM written into {@code tei-edition-build.properties}
 * when it is packaged.
 */
public final class BuildInfo {
    private BuildInfo() {
    }

    public static String version() {
        return property("/tei-edition.properties", "version").orElse("unknown");
    }

    /** The packaged build's digest, absent where the toolkit runs from classes not packaged. */
    public static java.util.Optional<String> build() {
        return property("/tei-edition-build.properties", "build").filter(build -> build.matches("[0-9a-f]{64}"));
    }

    private static java.util.Optional<String> property(String resource, String name) {
        try (InputStream in = BuildInfo.class.getResourceAsStream(resource)) {
            if (in == null) {
                return java.util.Optional.empty();
            }
            Properties properties = new Properties();
            properties.load(in);
            return java.util.Optional.ofNullable(properties.getProperty(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
