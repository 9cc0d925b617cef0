// SPDX-License-Identifier: Apache-2.0
package org.teiedition.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages' import graph has no cycle: each package may use those below it, never one that uses it
 * (the facade, drivers and engine on top; stages in the middle; diagnostics, I/O and XML at the bottom).
 */
class PackageCyclesTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern USE = Pattern.compile("\\b(org\\.teiedition(?:\\.[a-z]\\w*)*)\\.[A-Z]");

    @Test
    void thePackagesFormNoCycle() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher declared = PACKAGE.matcher(source);
                if (!declared.find()) {
                    continue;
                }
                String from = declared.group(1);
                Matcher used = USE.matcher(source);
                while (used.find()) {
                    if (!used.group(1).equals(from)) {
                        uses.computeIfAbsent(from, k -> new TreeSet<>()).add(used.group(1));
                    }
                }
            }
        }
        List<List<String>> cycles = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (String start : uses.keySet()) {
            findCycle(start, uses, new ArrayList<>(), done, cycles);
        }
        assertEquals(List.of(), cycles, "package cycles: " + cycles);
    }

    private static void findCycle(String node, Map<String, Set<String>> uses, List<String> path, Set<String> done, List<List<String>> cycles) {
        int at = path.indexOf(node);
        if (at >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(at, path.size()));
            cycle.add(node);
            cycles.add(cycle);
            return;
        }
        if (done.contains(node)) {
            return;
        }
        path.add(node);
        for (String next : uses.getOrDefault(node, Set.of())) {
            findCycle(next, uses, path, done, cycles);
        }
        path.remove(path.size() - 1);
        done.add(node);
    }
}
