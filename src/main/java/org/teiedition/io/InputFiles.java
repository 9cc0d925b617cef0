// SPDX-License-Identifier: Apache-2.0
package org.teiedition.io;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.teiedition.diag.UsageException;

/**
 * Checks on the files a command reads, made before any of them is read: each exists, is a file and is
 * not larger than the toolkit reads ({@link #MAX_TEXT}, {@link #MAX_PDF}); several are distinct files with
 * distinct names; an output is not one of them.
 */
public final class InputFiles {
    /** The largest TEI file or transcription read: well above a whole volume (a few MB), below what a 1 GB heap lays out. */
    public static final long MAX_TEXT = 64L * 1024 * 1024;
    /** The largest PDF verified. */
    public static final long MAX_PDF = 1024L * 1024 * 1024;

    private InputFiles() {
    }

    /** A file to read: there (else a usage error), and at most {@code limit} bytes (else an I/O failure). */
    public static void require(Path file, long limit) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, Files.isDirectory(file) ? "is a folder, not a file"
                    : Files.exists(file) ? "is not a file but a pipe, a device or a socket: give the path of a file" : "no such file");
        }
        if (!Files.isReadable(file)) {
            throw new NoSuchFileException(file.toString(), null, "cannot be read: permission denied");
        }
        long size = Files.size(file);
        if (size > limit) {
            throw new FileSystemException(file.toString(), null, "is " + megabytes(size) + ", larger than the "
                    + megabytes(limit) + " the toolkit reads from a file of this kind; split it");
        }
    }

    /**
     * Refuses inputs that name one file twice, or two files that would publish under one name
     * ({@code a/memorandum.xml} and {@code b/memorandum.xml} both give {@code memorandum.pdf}).
     */
    public static void requireDistinct(List<Path> files, String extension) throws IOException {
        Map<Path, Path> seen = new HashMap<>();
        Map<String, Path> names = new HashMap<>();
        for (Path file : files) {
            Path earlier = seen.putIfAbsent(file.toRealPath(), file);
            if (earlier != null) {
                throw new UsageException(file.toString(), "is given twice" + (earlier.toString().equals(file.toString()) ? "" : " (also as " + earlier + ")"));
            }
            String name = baseName(file);
            // names that differ only in case are one file on the file systems of macOS and Windows
            Path same = names.putIfAbsent(name.toLowerCase(Locale.ROOT), file);
            if (same != null) {
                throw new UsageException(file.toString(), "would be published as " + name + extension + ", as " + same
                        + " is" + (baseName(same).equals(name) ? "" : " (names that differ only in case are one file on many file systems)")
                        + ": give the files different names");
            }
        }
    }

    /** Refuses an output that is one of the inputs: a command never writes over what it reads. */
    public static void requireNotInput(Path output, List<Path> inputs) throws IOException {
        Path target = output.toAbsolutePath().normalize();
        for (Path input : inputs) {
            if (Files.exists(target) && Files.isSameFile(target, input) || target.equals(input.toAbsolutePath().normalize())) {
                throw new UsageException(output.toString(), "is the input " + input + ": choose another output");
            }
        }
    }

    /** The name a file publishes under: its file name without the extension. */
    public static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String megabytes(long bytes) {
        return bytes >= 1024L * 1024 * 1024
                ? String.format(Locale.ROOT, "%.1f GB", bytes / (1024.0 * 1024 * 1024))
                : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
