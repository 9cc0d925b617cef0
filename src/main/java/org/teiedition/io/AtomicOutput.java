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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

    /** Checks a file as written, in its temporary, before it takes its place: a failure keeps it from its place. */
    @FunctionalInterface
    public interface FileCheck {
        void check(Path written) throws IOException, InputException;
    }

    public static void writeFile(Path link, FileWriter writer) throws IOException, InputException {
        writeFile(link, writer, written -> { });
    }

    /**
     * Writes the content of a file and has {@code check} read it before it takes its place: a checker that reads files
     * (EPUBCheck) reads the temporary beside the output, which a killed run leaves for the next run to remove, not a
     * copy of its own elsewhere.
     */
    public static void writeFile(Path link, FileWriter writer, FileCheck check) throws IOException, InputException {
        Path target = throughLink(link);
        Path parent = prepareParent(target);
        Temporaries.removeLeftovers(parent, target);
        Path temporary = null;
        try {
            temporary = newTemporary(parent, target, false);
            readableByAll(temporary, "rw-r--r--");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
                writer.write(out);
            }
            check.check(temporary);
            synchronized (SWITCH) {
                requireNotInterrupted(target);
                move(temporary, target);
            }
        } catch (IOException e) {
            throw OutputErrors.about(link, e);
        } finally {
            if (temporary != null) {
                Temporaries.remove(temporary);
            }
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
     * Fills a temporary folder beside {@code target}, lists what it wrote in the folder's
     * {@link OutputFolder#MANIFEST}, then replaces {@code target} with it. An existing target folder is
     * replaced only when the toolkit wrote it ({@link OutputFolder#requireReplaceable}), and only after the
     * new content is complete.
     */
    public static void writeFolder(Path link, FolderWriter writer) throws IOException, InputException {
        try (Staged staged = stage(link)) {
            writer.write(staged.folder());
            staged.put();
        } catch (IOException e) {
            throw OutputErrors.about(link, e);
        }
    }

    /**
     * A fresh folder beside {@code link}'s target, to be filled and then put in the target's place
     * ({@link Staged#put}); closed without being put, it is removed and the target left as it was. The
     * target is checked as {@link #writeFolder} checks it, before anything is made.
     */
    public static Staged stage(Path link) throws IOException {
        Path target = throughLink(link);
        List<Path> made = new ArrayList<>();
        for (Path missing = target.toAbsolutePath().getParent(); missing != null && !Files.exists(missing); missing = missing.getParent()) {
            made.add(missing);
        }
        Path parent = prepareParent(target);
        Temporaries.made(made);
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new NotDirectoryException(target.toString());
        }
        OutputFolder.requireReplaceable(target, java.util.List.of());
        Path folder = newTemporary(parent, target, true);
        try {
            readableByAll(folder, "rwxr-xr-x");
        } catch (IOException | RuntimeException e) {
            Temporaries.remove(folder);
            throw e;
        }
        return new Staged(target, folder, made);
    }

    /** A folder being filled beside the output it will replace. */
    public static final class Staged implements AutoCloseable {
        private final Path target;
        private final Path folder;
        /** The folders made for it, innermost first, removed again (when empty) if the folder is never put in place. */
        private final List<Path> made;
        private boolean put;

        private Staged(Path target, Path folder, List<Path> made) {
            this.target = target;
            this.folder = folder;
            this.made = made;
        }

        /** The folder to fill. */
        public Path folder() {
            return folder;
        }

        /** Lists what the folder holds in its manifest and puts it in the target's place, the earlier one removed. */
        public void put() throws IOException {
            OutputFolder.writeManifest(folder);
            requireRemovable(target);
            Path earlier = swap(folder, target);
            put = true;
            if (earlier != null) {
                try {
                    Temporaries.remove(earlier);
                } catch (IOException e) {
                    // the new output is in place: what is left of the earlier one is a hidden leftover, not a failure
                }
            }
        }

        /** Removes the folder unless it was put in place, and the folders made for it that are still empty. */
        @Override
        public void close() throws IOException {
            Temporaries.forgetMade(made);
            if (!put) {
                try {
                    Temporaries.remove(folder);
                    Temporaries.removeEmpty(made);
                } catch (OutOfMemoryError e) {
                    // a run that ran out of memory leaves the folder to the next run, which removes a dead run's temporaries:
                    // the JVM throws its one error again here, which the run's own failure could not take as suppressed
                }
            }
        }
    }

    /**
     * Puts the complete {@code fresh} folder in the place of {@code target}: the earlier folder is moved
     * aside and the new one moved in, two renames in a row. A run killed between them leaves the earlier
     * folder aside, and the next run puts it back ({@link Temporaries#removeLeftovers}); an interrupted run
     * never starts a swap it cannot finish. Returns where the earlier folder now is, to be removed.
     */
    private static Path swap(Path fresh, Path target) throws IOException {
        synchronized (SWITCH) {
            requireNotInterrupted(target);
            Path earlier = null;
            if (Files.exists(target)) {
                earlier = Temporaries.name(fresh.getParent(), target, Temporaries.EARLIER);
                Temporaries.remember(earlier);
                Files.move(target, earlier, StandardCopyOption.ATOMIC_MOVE);
            }
            try {
                Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException | RuntimeException e) {
                if (earlier != null) {
                    Files.move(earlier, target, StandardCopyOption.ATOMIC_MOVE);
                    Temporaries.forget(earlier);
                }
                throw e;
            }
            return earlier;
        }
    }

    /**
     * Held while an output takes its place; an interrupted run takes it before it removes its temporaries,
     * so that it never finds a swap half done.
     */
    private static final Object SWITCH = new Object();
    private static volatile boolean interrupted;

    /**
     * Called on the way out of an interrupted run: waits for a swap in progress, stops any other from
     * starting, and removes this process's temporaries. Earlier outputs stay as they are.
     */
    public static void abandon() {
        synchronized (SWITCH) {
            interrupted = true;
            Temporaries.removeAll();
        }
    }

    /** A new temporary, unless the run was interrupted: one made after {@link #abandon} would be left behind. */
    private static Path newTemporary(Path parent, Path target, boolean folder) throws IOException {
        synchronized (SWITCH) {
            requireNotInterrupted(target);
            return folder ? Temporaries.newFolder(parent, target) : Temporaries.newFile(parent, target);
        }
    }

    private static void requireNotInterrupted(Path target) throws IOException {
        if (interrupted) {
            throw new java.io.InterruptedIOException("interrupted: " + target + " was left as it was");
        }
    }

    /**
     * Refuses, before the switch, an earlier folder the toolkit could move aside but not then remove (a
     * folder in it the editor made read-only): the failure is told while the earlier edition is still in place.
     */
    private static void requireRemovable(Path folder) throws IOException {
        if (!Files.isDirectory(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) walk::iterator) {
                if (Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.isWritable(path)) {
                    throw new java.nio.file.AccessDeniedException(path.toString(), null,
                            "permission denied: the earlier edition's folder " + folder.relativize(path) + " cannot be emptied");
                }
            }
        }
    }

    /**
     * The output a path names: a symbolic link stands for the file or folder it points to, which is replaced
     * while the link stays (an editor may keep the edition elsewhere and link to it).
     */
    static Path throughLink(Path output) throws IOException {
        Path path = output;
        for (int hops = 0; Files.isSymbolicLink(path); hops++) {
            if (hops == 40) {
                throw new java.nio.file.FileSystemException(output.toString(), null, "too many levels of symbolic links");
            }
            path = path.toAbsolutePath().resolveSibling(Files.readSymbolicLink(path));
        }
        return path;
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
