// SPDX-License-Identifier: Apache-2.0
package org.teiedition.diag;

/**
 * The call itself is wrong (two inputs that would publish under one name, say), found before any work:
 * the command line's exit status 2, with the message as it is.
 */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
