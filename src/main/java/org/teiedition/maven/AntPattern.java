// SPDX-License-Identifier: Apache-2.0
package org.teiedition.maven;

import java.util.Arrays;
import java.util.List;

/** One Ant-style path pattern, matched segment by segment against a {@code /}-separated relative path. */
final class AntPattern {
    private final List<String> segments;

    AntPattern(String pattern) {
        String normalized = normalize(pattern.strip());
        if (normalized.isEmpty()) {
            throw new IllegalArgumentException("empty file pattern");
        }
        if (normalized.endsWith("/")) {
            normalized = normalized + "**"; // Ant: "dir/" means everything below dir
        }
        this.segments = Arrays.asList(normalized.split("/+"));
    }

    static String normalize(String path) {
        String slashed = path.replace('\\', '/');
        while (slashed.startsWith("./")) {
            slashed = slashed.substring(2);
        }
        return slashed.startsWith("/") ? slashed.substring(1) : slashed;
    }

    boolean matches(String path) {
        return match(0, Arrays.asList(path.split("/+")), 0);
    }

    private boolean match(int p, List<String> names, int n) {
        if (p == segments.size()) {
            return n == names.size();
        }
        String segment = segments.get(p);
        if (segment.equals("**")) {
            for (int skip = n; skip <= names.size(); skip++) {
                if (match(p + 1, names, skip)) {
                    return true;
                }
            }
            return false;
        }
        return n < names.size() && glob(segment, 0, names.get(n), 0) && match(p + 1, names, n + 1);
    }

    /** {@code *} and {@code ?} within one name. */
    private static boolean glob(String pattern, int i, String name, int j) {
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '*') {
                for (int k = j; k <= name.length(); k++) {
                    if (glob(pattern, i + 1, name, k)) {
                        return true;
                    }
                }
                return false;
            }
            if (j == name.length() || (c != '?' && c != name.charAt(j))) {
                return false;
            }
            i++;
            j++;
        }
        return j == name.length();
    }

    @Override
    public String toString() {
        return String.join("/", segments);
    }
}
