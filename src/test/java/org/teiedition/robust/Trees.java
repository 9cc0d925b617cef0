// SPDX-License-Identifier: Apache-2.0
package org.teiedition.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** Compares two output folders file by file, byte for byte. */
final class Trees {
    private Trees() {
    }

    static List<String> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    static void assertIdentical(Path expected, Path actual) throws IOException {
        List<String> names = files(expected);
        assertEquals(names, files(actual), () -> "the same files in " + expected + " and " + actual);
        for (String name : names) {
            if (name.equals("timings.json")) {
                continue; // publish's times and heap peak: different every run by design (report.json holds none)
            }
            byte[] a = Files.readAllBytes(expected.resolve(name));
            byte[] b = Files.readAllBytes(actual.resolve(name));
            int at = Arrays.mismatch(a, b);
            if (at >= 0) {
                fail(name + " differs at byte " + at + " of " + a.length + "/" + b.length + ": "
                        + snippet(a, at) + " vs " + snippet(b, at) + " (" + expected + " vs " + actual + ")"
                        + (name.endsWith(".pdf") ? "\n" + PdfDiff.describe(a, b) : ""));
            }
        }
    }

    private static String snippet(byte[] bytes, int at) {
        int start = Math.max(0, at - 40);
        int end = Math.min(bytes.length, at + 40);
        return Fuzz.escape(new String(bytes, start, end - start, java.nio.charset.StandardCharsets.ISO_8859_1));
    }
}
