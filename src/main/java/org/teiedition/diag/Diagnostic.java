// SPDX-License-Identifier: Apache-2.0
package org.teiedition.diag;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One problem found in an input, with where it is. Every stage reports through this record: the
 * parser, Jing, Schematron, the encoder, FOP and the pagination check.
 *
 * @param severity error or warning
 * @param code     a stable, short identifier of the kind of problem (for example {@code xml.malformed})
 * @param message  lower case, short, names quoted, says what was expected
 * @param file     the file as the user named it (a path or a URI); may be empty when there is none
 * @param line     1-based line, or 0 when unknown
 * @param column   1-based column, or 0 when unknown
 */
public record Diagnostic(Severity severity, String code, String message, String file, int line, int column) {

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        file = file == null ? "" : asPath(file);
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must not be negative");
        }
    }

    public static Diagnostic error(String code, String message, String file, int line, int column) {
        return new Diagnostic(Severity.ERROR, code, message, file, line, column);
    }

    public static Diagnostic warning(String code, String message, String file, int line, int column) {
        return new Diagnostic(Severity.WARNING, code, message, file, line, column);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** GNU style: {@code path:line:column: severity: message}; unknown positions are left out. */
    public String format() {
        StringBuilder out = new StringBuilder();
        if (!file.isEmpty()) {
            out.append(file);
            if (line > 0) {
                out.append(':').append(line);
                if (column > 0) {
                    out.append(':').append(column);
                }
            }
            out.append(": ");
        }
        return out.append(severity.label()).append(": ").append(message).toString();
    }

    @Override
    public String toString() {
        return format();
    }

    /**
     * Shows {@code file:} URIs as the paths they name, relative to the working folder where possible, and a
     * file inside the toolkit's jar (one of its stylesheets) by its path in the toolkit, not where the jar lies.
     */
    static String asPath(String systemId) {
        int inJar = systemId.indexOf("!/");
        if (systemId.startsWith("jar:") && inJar > 0) {
            return "tei-edition/" + systemId.substring(inJar + 2);
        }
        if (!systemId.startsWith("file:")) {
            return systemId;
        }
        try {
            Path path = Path.of(URI.create(systemId));
            Path cwd = Path.of("").toAbsolutePath();
            return path.startsWith(cwd) ? cwd.relativize(path).toString() : path.toString();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return systemId;
        }
    }
}
