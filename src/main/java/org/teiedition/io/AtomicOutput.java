// SPDX-License-Identifier: Apache-2.0
package org.teiedition.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;
import org.teiedition.diag.InputException;

/**
 * Writes an output file or folder so that it appears whole or not at all: the content goes to a
 * temporary sibling in the target folder, which is moved into place only when writing succeeded. A
 * failure at any point removes the temporary and leaves any earlier output untouched.
 */
public final class AtomicOutput {

    /** Writes the content of a file. */
    @FunctionalInterface
    public interface FileWriter {
        void write(OutputStream out) throws IOException, InputException;
    }

    /** Fills a fresh folder. */
    @FunctionalInterface
    public interface FolderWriter {
        void write(Path folder) throws IOException, InputException;
    }

    private AtomicOutput() {
    }

    public static void writeFile(Path target, FileWriter writer) throws IOException, InputException {
        Path parent = prepareParent(target);
        Path temporary = Files.createTempFile(parent, "." + target.getFileName(), ".part");
        try {
            readableByAll(temporary, "rw-r--r--");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
                writer.write(out);
            }
            move(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    public static void writeString(Path target, String content) throws IOException {
        try {
            writeFile(target, out -> out.write(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (InputException e) {
            throw new IllegalStateException("writing a string cannot find input problems", e);
        }
    }

    /**
     * Fills a temporary folder beside {@code target}, then replaces {@code target} with it. An existing
     * target folder is removed only after the new content is complete.
     */
    public static void writeFolder(Path target, FolderWriter writer) throws IOException, InputException {
        Path parent = prepareParent(target);
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new NotDirectoryException(target.toString());
        }
        Path temporary = Files.createTempDirectory(parent, "." + target.getFileName() + ".");
        Path old = null;
        try {
            readableByAll(temporary, "rwxr-xr-x");
            writer.write(temporary);
            if (Files.exists(target)) {
                old = Files.createTempDirectory(parent, "." + target.getFileName() + ".old.");
                Files.delete(old);
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | InputException | RuntimeException e) {
            if (old != null && !Files.exists(target)) {
                Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
                old = null;
            }
            throw e;
        } finally {
            deleteTree(temporary);
            if (old != null) {
                deleteTree(old);
            }
        }
    }

    /** Temporary files are private; the outputs they become are published files, readable by all. */
    private static void readableByAll(Path path, String permissions) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }

    private static Path prepareParent(Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        if (Files.exists(parent) && !Files.isDirectory(parent)) {
            throw new FileAlreadyExistsException(parent.toString(), null, "is a file, not a folder");
        }
        Files.createDirectories(parent);
        return parent;
    }

    private static void move(Path from, Path to) throws IOException {
        if (Files.isDirectory(to)) {
            throw new FileAlreadyExistsException(to.toString(), null, "is a folder");
        }
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Removes a folder and everything in it; a missing folder is fine. */
    public static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        }
    }
}
