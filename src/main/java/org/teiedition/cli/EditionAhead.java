// SPDX-License-Identifier: Apache-2.0
package org.teiedition.cli;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.teiedition.Edition;

/**
 * The edition of a command that validates, made from the JVM's start on a thread of its own, its schemas
 * compiled, while the main thread parses the command line and sets up the command: in a fresh JVM that is
 * a fifth of a second that the validation no longer waits for. Commands that do not validate make their
 * edition when they ask for it. A command that checks an EPUB begins compiling EPUBCheck's schemas at once too.
 */
final class EditionAhead implements Supplier<Edition> {
    private static final Set<String> VALIDATING = Set.of("validate", "text", "pdf", "paginate", "epub", "html", "verify", "publish", "watch");
    /** The commands that check an EPUB with EPUBCheck, whose schemas take longest of all to compile. */
    private static final Set<String> CHECKING_BOOKS = Set.of("epub", "publish", "watch");
    private final CompletableFuture<Edition> edition;

    private EditionAhead(CompletableFuture<Edition> edition) {
        this.edition = edition;
    }

    static Supplier<Edition> start(String[] args) {
        if (args.length == 0 || !VALIDATING.contains(args[0])) {
            return Edition::create;
        }
        if (CHECKING_BOOKS.contains(args[0]) && java.util.Arrays.stream(args).noneMatch(arg -> arg.equals("-h") || arg.equals("--help"))) {
            Edition.prepareBookChecks();
        }
        CompletableFuture<Edition> edition = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                Edition made = Edition.create();
                edition.complete(made);
                made.prepareValidation();
            } catch (RuntimeException | Error e) {
                edition.completeExceptionally(e);
            }
        }, "tei-edition-ahead");
        thread.setDaemon(true);
        thread.start();
        return new EditionAhead(edition);
    }

    /** The edition, once made; what failed in making it is thrown here, as if it were made here. */
    @Override
    public Edition get() {
        try {
            return edition.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
