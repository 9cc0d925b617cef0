// SPDX-License-Identifier: Apache-2.0
package org.teiedition.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The hidden files and folders an output is made in before it takes its place, named
 * {@code .tei-edition-HASH-PID-RANDOM.KIND} beside the output: HASH stands for the output's name (so that
 * the temporary's name stays short however long the output's is), PID for the process that made it (so
 * that a later run can tell the leftovers of a process that died from the work of one that still runs).
 *
 * <p>The temporaries of this process are remembered until they are gone, so that an interrupted run can
 * remove them on its way out ({@link #removeAll()}).
 */
public final class Temporaries {
    static final String PREFIX = ".tei-edition-";
    /** A folder or file being written. */
    static final String WORK = ".tmp";
    /** An earlier output moved aside during the switch to the new one. */
    static final String EARLIER = ".old";

    private static final long PID = ProcessHandle.current().pid();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
    private static final Set<List<Path>> MADE = ConcurrentHashMap.newKeySet();

    private Temporaries() {
    }

    /** A fresh name for a temporary of {@code target}'s, in {@code parent}; nothing is created. */
    static Path name(Path parent, Path target, String kind) {
        return parent.resolve(PREFIX + hash(target) + "-" + PID + "-" + Long.toHexString(RANDOM.nextLong() >>> 1) + kind);
    }

    /** Creates a folder to fill, remembered until {@link #forget}. */
    static Path newFolder(Path parent, Path target) throws IOException {
        Path folder = name(parent, target, WORK);
        LIVE.add(folder);
        return Files.createDirectory(folder);
    }

    /** Creates an empty file to fill, remembered until {@link #forget}. */
    static Path newFile(Path parent, Path target) throws IOException {
        Path file = name(parent, target, WORK);
        LIVE.add(file);
        return Files.createFile(file);
    }

    /**
     * An empty file to fill in the system's temporary folder, for work with no output beside it ({@code name} says what it
     * is for), removed with {@link #remove}; the files of that name that dead runs left there are removed first.
     */
    public static Path newSystemFile(String name) throws IOException {
        Path folder = Path.of(System.getProperty("java.io.tmpdir"));
        Path target = folder.resolve(name);
        removeLeftovers(folder, target);
        return newFile(folder, target);
    }

    static void remember(Path path) {
        LIVE.add(path);
    }

    /** Removes a temporary (if it is still there) and forgets it. */
    public static void remove(Path path) throws IOException {
        try {
            AtomicOutput.deleteTree(path);
        } finally {
            LIVE.remove(path);
        }
    }

    static void forget(Path path) {
        LIVE.remove(path);
    }

    /** On the way out of an interrupted run: removes every temporary of this process, as far as it can. */
    public static void removeAll() {
        for (Path path : LIVE) {
            try {
                remove(path);
            } catch (IOException | RuntimeException e) {
                // the next run removes what is left: the process that made it is gone then
            }
        }
        for (List<Path> folders : MADE) {
            removeEmpty(folders);
        }
    }

    /** Folders made for a temporary (innermost first), removed with it when it never becomes an output. */
    static void made(List<Path> folders) {
        MADE.add(folders);
    }

    static void forgetMade(List<Path> folders) {
        MADE.remove(folders);
    }

    /** Removes the folders, innermost first, as long as they are empty. */
    static void removeEmpty(List<Path> folders) {
        for (Path folder : folders) {
            try {
                Files.deleteIfExists(folder);
            } catch (IOException e) {
                return; // not empty: something else was put there since
            }
        }
    }

    /**
     * Puts right what runs that died left beside {@code target}: an earlier output they had moved aside
     * goes back in place when the run died before the new output took it (else it is removed), and their
     * temporaries are removed. The leftovers of other outputs in the same folder are removed only when
     * that cannot lose an edition: an earlier output moved aside stays for the next run on its own output
     * to put back (its name cannot be told from the temporary's), and so does the complete new one beside it.
     */
    static void removeLeftovers(Path parent, Path target) throws IOException {
        if (!Files.isDirectory(parent)) {
            return;
        }
        String own = PREFIX + hash(target) + "-";
        List<Path> dead = new ArrayList<>();
        Set<String> switching = new HashSet<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, PREFIX + "*")) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                Optional<Long> pid = pid(name);
                if (pid.isEmpty() || ProcessHandle.of(pid.get()).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                dead.add(entry);
                if (name.endsWith(EARLIER)) {
                    switching.add(outputOf(name));
                }
            }
        }
        dead.sort(null);
        for (Path entry : dead) {
            String name = entry.getFileName().toString();
            if (name.startsWith(own) && name.endsWith(EARLIER) && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(entry, target, StandardCopyOption.ATOMIC_MOVE);
            } else if (name.startsWith(own) || !switching.contains(outputOf(name))) {
                try {
                    AtomicOutput.deleteTree(entry);
                } catch (IOException e) {
                    // a leftover that cannot be removed (made read-only) stays hidden; it is no reason to fail this run
                }
            }
        }
    }

    /** The part of a temporary's name that stands for its output. */
    private static String outputOf(String name) {
        return name.substring(0, name.indexOf('-', PREFIX.length()));
    }

    /** The process that made a temporary, from its name; empty for a name that is not one of ours. */
    static Optional<Long> pid(String name) {
        if (!name.startsWith(PREFIX) || !(name.endsWith(WORK) || name.endsWith(EARLIER))) {
            return Optional.empty();
        }
        String[] parts = name.substring(PREFIX.length()).split("-");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(parts[1]);
            return pid == PID ? Optional.empty() : Optional.of(pid);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether a path is one of the toolkit's temporaries (a message shows the user's path instead). */
    static boolean isTemporary(Path path) {
        for (Path part : path) {
            if (part.toString().startsWith(PREFIX)) {
                return true;
            }
        }
        return false;
    }

    private static String hash(Path target) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    target.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
