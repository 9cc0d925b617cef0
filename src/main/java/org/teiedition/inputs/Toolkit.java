// SPDX-License-Identifier: Apache-2.0
package org.teiedition.inputs;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.teiedition.inputs.BuildInfo;
import org.teiedition.store.Hashes;

/**
 * The toolkit's own files an output depends on (its stylesheets, schema and fonts, found on the class
 * path, in the jar or in a classes folder) and its identity: the version, and for a snapshot also a hash
 * of the code itself, since a snapshot's content changes under the same version.
 */
public interface Toolkit {
    /** A resource by its path from the class path's root, such as {@code xslt/fo/edition-fo.xsl}. */
    Optional<URL> resource(String path);

    /** The paths of the files below a folder of the class path ({@code fonts/}), sorted; none when it is absent. */
    List<String> list(String folder) throws IOException;

    /** The version, and for a snapshot a hash of the code, as name → value. */
    java.util.Map<String, String> identity() throws IOException;

    /**
     * Whether the identity fixes the toolkit's own files (a packaged build carries the digest of its
     * resources; a release's files are its version's), so that keys need not hash them.
     */
    default boolean fixedByIdentity() throws IOException {
        return false;
    }

    /** The running toolkit, from the class path that loaded it. */
    public static Toolkit running() {
        return ClasspathToolkit.INSTANCE;
    }

    /** The toolkit on the class path. */
    final class ClasspathToolkit implements Toolkit {
        static final ClasspathToolkit INSTANCE = new ClasspathToolkit();
        private volatile java.util.Map<String, String> identity;
        private final java.util.Map<String, List<String>> jarListings = new java.util.concurrent.ConcurrentHashMap<>();

        private ClasspathToolkit() {
        }

        @Override
        public Optional<URL> resource(String path) {
            return Optional.ofNullable(Toolkit.class.getClassLoader().getResource(path));
        }

        /** Lists the toolkit's own jar or classes folder, not whatever else the class loader sees. */
        @Override
        public List<String> list(String folder) throws IOException {
            String prefix = folder.endsWith("/") ? folder : folder + "/";
            Path location = codeLocation();
            List<String> paths = new ArrayList<>();
            if (Files.isDirectory(location)) {
                Path root = location.resolve(prefix);
                if (Files.isDirectory(root)) {
                    try (Stream<Path> walk = Files.walk(root)) {
                        walk.filter(Files::isRegularFile)
                                .forEach(p -> paths.add(prefix + root.relativize(p).toString().replace('\\', '/')));
                    }
                }
            } else if (Files.isRegularFile(location)) {
                // a jar does not change while it runs: listed once per folder
                List<String> known = jarListings.get(prefix);
                if (known != null) {
                    return known;
                }
                try (JarFile jar = new JarFile(location.toFile())) {
                    for (JarEntry entry : java.util.Collections.list(jar.entries())) {
                        if (!entry.isDirectory() && entry.getName().startsWith(prefix)) {
                            paths.add(entry.getName());
                        }
                    }
                }
                paths.sort(null);
                List<String> listed = List.copyOf(paths);
                jarListings.put(prefix, listed);
                return listed;
            }
            paths.sort(null);
            return paths;
        }

        /** A jar's identity fixes it: a release by its version, a snapshot by its build's digest or the jar's hash. */
        @Override
        public boolean fixedByIdentity() {
            return Files.isRegularFile(codeLocation());
        }

        @Override
        public java.util.Map<String, String> identity() throws IOException {
            java.util.Map<String, String> known = identity;
            if (known == null) {
                java.util.Map<String, String> found = new java.util.TreeMap<>();
                String version = BuildInfo.version();
                found.put("toolkit:version", version);
                if (version.endsWith("-SNAPSHOT") || version.equals("unknown")) {
                    Path location = codeLocation();
                    // a packaged toolkit carries its build's digest; classes not packaged (tests, an IDE)
                    // may have changed since any digest was written, so they are hashed
                    Optional<String> packaged = Files.isDirectory(location) ? Optional.empty() : BuildInfo.build();
                    found.put("toolkit:build", packaged.isPresent() ? packaged.get()
                            : Files.isDirectory(location) ? Hashes.ofTree(location) : Hashes.of(location));
                }
                identity = known = java.util.Collections.unmodifiableMap(found);
            }
            return known;
        }

        private static Path codeLocation() {
            return toPath(Toolkit.class.getProtectionDomain().getCodeSource().getLocation());
        }

        private static Path toPath(URL url) {
            try {
                return Path.of(url.toURI());
            } catch (URISyntaxException e) {
                throw new IllegalStateException("the toolkit's class path is not a file: " + url, e);
            }
        }
    }
}
