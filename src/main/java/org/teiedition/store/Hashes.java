// SPDX-License-Identifier: Apache-2.0
package org.teiedition.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** SHA-256 content hashes of files, folders, resources and strings, as lower-case hex. */
public final class Hashes {
    /** What a missing input hashes to, so that its appearance is a change too. */
    public static final String MISSING = "missing";

    private Hashes() {
    }

    public static String of(String text) {
        return hex(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    public static String of(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return MISSING;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return of(in);
        }
    }

    public static String of(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return of(in);
        } catch (java.io.FileNotFoundException | java.nio.file.NoSuchFileException e) {
            return MISSING;
        }
    }

    /** A folder's names and contents, in sorted order: any added, removed, renamed or changed file changes it. */
    public static String ofTree(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return MISSING;
        }
        MessageDigest digest = digest();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            digest.update(folder.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(of(file).getBytes(StandardCharsets.US_ASCII));
        }
        return hex(digest.digest());
    }

    public static String of(InputStream in) throws IOException {
        MessageDigest digest = digest();
        byte[] buffer = new byte[65536];
        for (int read; (read = in.read(buffer)) > 0; ) {
            digest.update(buffer, 0, read);
        }
        return hex(digest.digest());
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
