// SPDX-License-Identifier: Apache-2.0
package org.teiedition.diag;

/**
 * A request the toolkit refuses before doing any work: the same input named twice, two inputs that
 * would publish under one name, an output folder that holds files the toolkit did not write. A kind of
 * misuse ({@link IllegalArgumentException}), but one a user makes on the command line, so it names the
 * user's path; the command line reports it as a usage error.
 */
public final class UsageException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String path;
    private final String reason;

    public UsageException(String path, String reason) {
        super(path + ": " + reason);
        this.path = path;
        this.reason = reason;
    }

    /** The user's path the problem is about. */
    public String path() {
        return path;
    }

    /** What is wrong, without the path. */
    public String reason() {
        return reason;
    }
}
