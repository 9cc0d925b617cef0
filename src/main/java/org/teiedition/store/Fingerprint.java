// SPDX-License-Identifier: Apache-2.0
package org.teiedition.store;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything one output was built from, by name: content hashes of the files (TEI, stylesheets,
 * schema, fonts) and the values of the settings (parameters, options, the toolkit's version). Two equal
 * fingerprints mean the output would come out the same. Names start with their kind: {@code tei:},
 * {@code xslt:}, {@code schema:}, {@code font:}, {@code parameter:}, {@code option:}, {@code toolkit:}.
 */
public record Fingerprint(Map<String, String> inputs) {
    public Fingerprint {
        inputs = java.util.Collections.unmodifiableMap(new TreeMap<>(inputs));
    }

    /** A short name for this set of inputs: the SHA-256 of its names and values, in name order. */
    public String hash() {
        StringBuilder all = new StringBuilder();
        inputs.forEach((name, value) -> all.append(name).append('\0').append(value).append('\n'));
        return Hashes.of(all.toString());
    }

    /** The first input, in name order, that differs from an earlier build's, described for the log. */
    public Optional<String> changeSince(Fingerprint earlier) {
        Objects.requireNonNull(earlier, "earlier");
        Set<String> all = new TreeSet<>(inputs.keySet());
        all.addAll(earlier.inputs.keySet());
        for (String name : all) {
            String now = inputs.get(name);
            String then = earlier.inputs.get(name);
            if (then == null) {
                return Optional.of(describe(name) + " is new");
            }
            if (now == null) {
                return Optional.of(describe(name) + " is gone");
            }
            if (!now.equals(then)) {
                return Optional.of(describe(name) + " changed");
            }
        }
        return Optional.empty();
    }

    /** {@code xslt:file:/p/custom-fo.xsl} → {@code stylesheet custom-fo.xsl}. */
    static String describe(String name) {
        int colon = name.indexOf(':');
        String kind = colon < 0 ? name : name.substring(0, colon);
        String what = colon < 0 ? "" : shortName(name.substring(colon + 1));
        return switch (kind) {
            case "tei" -> "TEI file " + what;
            case "xslt" -> "stylesheet " + what;
            case "schema" -> "schema " + what;
            case "font" -> "font " + what;
            case "parameter" -> "stylesheet parameter " + what;
            case "option" -> "option " + what;
            case "toolkit" -> "the toolkit (" + what + ")";
            default -> name;
        };
    }

    private static String shortName(String uriOrPath) {
        String trimmed = uriOrPath.endsWith("/") ? uriOrPath.substring(0, uriOrPath.length() - 1) : uriOrPath;
        int slash = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
        return slash < 0 ? trimmed : trimmed.substring(slash + 1);
    }

    /** Builds a fingerprint; later values for the same name replace earlier ones. */
    public static final class Builder {
        private final Map<String, String> inputs = new TreeMap<>();

        public Builder put(String name, String hashOrValue) {
            inputs.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(hashOrValue, "value"));
            return this;
        }

        public Builder putAll(Fingerprint other) {
            inputs.putAll(other.inputs());
            return this;
        }

        public Fingerprint build() {
            return new Fingerprint(inputs);
        }
    }
}
