// SPDX-License-Identifier: Apache-2.0
package org.teiedition.encode;

import org.teiedition.publish.PublishOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.teiedition.encode.EncodeOptions;
import org.teiedition.Edition;
import org.teiedition.diag.InputException;

/** Shared plumbing of the encoder tests: one Edition, encode, write, render back. */
public final class RoundTrip {
    private static Edition edition;

    private RoundTrip() {
    }

    public static synchronized Edition edition() {
        if (edition == null) {
            edition = Edition.create();
        }
        return edition;
    }

    public static Encoded encode(String text, String file, EncodeOptions options) throws InputException {
        return new Encoder().encode(text.getBytes(StandardCharsets.UTF_8), file, options);
    }

    /** The TEI rendered back to the transcription form by {@code Edition.text}. */
    public static String text(Encoded encoded) throws InputException {
        try {
            Path file = Files.createTempFile("encoded", ".xml");
            try {
                Files.writeString(file, encoded.toXml(), StandardCharsets.UTF_8);
                return edition().text(file, PublishOptions.defaults());
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String resource(String name) {
        try (var in = RoundTrip.class.getResourceAsStream("/transcriptions/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
