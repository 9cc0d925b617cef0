// SPDX-License-Identifier: Apache-2.0
package org.teiedition.io;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * I/O failures told in the user's terms: the output's own path rather than the hidden temporary it was
 * being made in, and the reason in words ("no space left on device", "permission denied").
 */
public final class OutputErrors {
    private OutputErrors() {
    }

    /** The failure while writing {@code target}, naming {@code target} where it named a temporary or nothing. */
    public static IOException about(Path target, IOException e) {
        if (e instanceof InterruptedIOException) {
            return e;
        }
        if (e instanceof FileSystemException fs && fs.getFile() != null && !Temporaries.isTemporary(Path.of(fs.getFile()))) {
            return e;
        }
        FileSystemException named = new FileSystemException(target.toString(), null, reason(e));
        named.initCause(e);
        return named;
    }

    /** What went wrong, in words, without the exception's class name or a temporary's path. */
    public static String reason(IOException e) {
        if (e instanceof FileSystemException fs) {
            if (fs.getReason() != null) {
                return fs.getReason();
            }
            if (e instanceof AccessDeniedException) {
                return "permission denied";
            }
            if (e instanceof FileAlreadyExistsException) {
                return "already exists";
            }
            if (e instanceof NotDirectoryException) {
                return "not a folder";
            }
            if (e instanceof DirectoryNotEmptyException) {
                return "a folder that is not empty is in the way";
            }
            return words(e.getClass().getSimpleName());
        }
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return words(e.getClass().getSimpleName());
        }
        return message.toLowerCase(Locale.ROOT).startsWith("no space left") ? "no space left on device" : message;
    }

    private static String words(String className) {
        return className.replaceAll("Exception$", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
