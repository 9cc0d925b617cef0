// SPDX-License-Identifier: Apache-2.0
package org.teiedition.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages are layered, drivers → facade → engine → stages → ground, and each uses only the packages the
 * table of src/site/markdown/internals.md gives it (read from there: the table a reader sees is the one held to),
 * all of them in a lower layer or earlier in its row: so no package uses one that uses it. Every import and
 * every name written out in full counts, the libraries' too: each library is used by the packages the table
 * names for it, and the JDK by all. A class in a package the table does not hold (one placed inside another
 * project's package, say) fails the test, as does a driver that uses of the engine and the stages more than
 * what the facade takes and gives.
 */
class LayersTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final String ROOT = "org.teiedition";

    /** The table, in src/site/markdown/internals.md: the one a reader sees is the one held to. */
    private static final Path INTERNALS = Path.of("src/site/markdown/internals.md");
    /** The libraries the table names, by the names it gives them, and their packages. */
    private static final Map<String, List<String>> LIBRARIES = Map.ofEntries(
            Map.entry("Saxon", List.of("net.sf.saxon")),
            Map.entry("SAX", List.of("org.xml.sax")),
            Map.entry("Jackson", List.of("com.fasterxml.jackson")),
            Map.entry("Jing", List.of("com.thaiopensource")),
            Map.entry("PDFBox", List.of("org.apache.pdfbox", "org.apache.fontbox")),
            Map.entry("FOP", List.of("org.apache.fop", "org.apache.xmlgraphics")),
            Map.entry("EPUBCheck", List.of("com.adobe.epubcheck")),
            Map.entry("XOM", List.of("nu.xom")),
            Map.entry("picocli", List.of("picocli")),
            Map.entry("Maven", List.of("org.apache.maven")),
            Map.entry("Plexus's `Xpp3Dom`", List.of("org.codehaus.plexus.util.xml")));
    /** A row of the table: {@code | layer | `package`: packages (libraries) · …|}, the top layer first. */
    private static final Pattern ROW = Pattern.compile("^\\| (drivers|facade|engine|stages|ground) \\| (.*) \\|$", Pattern.MULTILINE);
    /** One package's entry: its name (the facade's package with its class), the packages it may use, its libraries. */
    private static final Pattern ENTRY = Pattern.compile("`([\\w.]+)`(?: \\(`\\w+`\\))?: ([^()]*?)(?: \\((.*)\\))?");

    /** The packages in layer order, the lowest first, each with the packages and the libraries it may use. */
    static final Map<String, Use> TABLE = table();

    /** The drivers: of the engine and the stages they use only what the facade takes and gives. */
    private static final Set<String> DRIVERS = Set.of("maven", "cli");
    /** What every driver names its outputs by, beside the facade: the one output layout. */
    private static final Set<String> SHARED_WITH_DRIVERS = Set.of(ROOT + ".publish.OutputLayout");

    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+?)(?:\\.\\*)?;", Pattern.MULTILINE);
    /** A name written out in full in the code: a package, then a class. */
    private static final Pattern QUALIFIED = Pattern.compile("(?<![\\w.])((?:[a-z]\\w*\\.)+)([A-Z]\\w*)");

    record Use(int rank, String layer, List<String> packages, List<String> libraries) {
    }

    private static Map<String, Use> table() {
        List<MatchResult> rows = new ArrayList<>();
        try {
            ROW.matcher(Files.readString(INTERNALS)).results().forEach(row -> rows.add(0, row)); // the lowest layer first
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Map<String, Use> table = new LinkedHashMap<>();
        for (MatchResult row : rows) {
            for (String cell : row.group(2).split(" · ")) {
                Matcher entry = ENTRY.matcher(cell.strip());
                if (!entry.matches()) {
                    throw new IllegalStateException(INTERNALS + ": a package's entry not read: " + cell);
                }
                String name = entry.group(1).equals(ROOT) ? "" : entry.group(1);
                List<String> packages = entry.group(2).strip().equals("none") ? List.of()
                        : Stream.of(entry.group(2).split(",")).map(String::strip).map(used -> used.equals("facade") ? "" : used).toList();
                List<String> libraries = entry.group(3) == null ? List.of() : Stream.of(entry.group(3).split(",")).map(String::strip)
                        .flatMap(library -> {
                            List<String> known = LIBRARIES.get(library);
                            if (known == null) {
                                throw new IllegalStateException(INTERNALS + ": a library the test does not know: " + library);
                            }
                            return known.stream();
                        }).toList();
                table.put(name, new Use(table.size(), row.group(1), packages, libraries));
            }
        }
        return table;
    }

    @Test
    void eachPackageUsesOnlyPackagesBelowIt() {
        List<String> upward = new ArrayList<>();
        TABLE.forEach((name, use) -> use.packages().stream().filter(used -> !TABLE.containsKey(used) || TABLE.get(used).rank() >= use.rank())
                .forEach(used -> upward.add(label(name) + " → " + label(used))));
        assertEquals(List.of(), upward, "the table lets a package use one that is not below it");
    }

    @Test
    void everyImportIsOneTheTableAllows() throws IOException {
        Set<String> wrong = new TreeSet<>();
        for (Path file : sources()) {
            String source = code(Files.readString(file));
            Matcher declared = PACKAGE.matcher(source);
            String from = declared.find() ? declared.group(1) : "";
            String name = SOURCES.relativize(file).toString();
            if (!from.equals(ROOT) && !from.startsWith(ROOT + ".")) {
                wrong.add(name + ": in package " + from + ", outside the toolkit's");
                continue;
            }
            String own = from.equals(ROOT) ? "" : from.substring(ROOT.length() + 1);
            Use use = TABLE.get(own);
            if (use == null) {
                wrong.add(name + ": package " + from + " is not in the table");
                continue;
            }
            for (String used : uses(source)) {
                if (!allowed(own, use, used)) {
                    wrong.add(name + ": " + used);
                }
            }
        }
        assertEquals(Set.of(), wrong, "uses the table does not allow");
    }

    @Test
    void theDriversUseOfTheLayersBelowOnlyWhatTheFacadeTakesAndGives() throws Exception {
        Set<String> api = facadeApi();
        Set<String> beyond = new TreeSet<>();
        for (Path file : sources()) {
            String source = code(Files.readString(file));
            Matcher declared = PACKAGE.matcher(source);
            String own = declared.find() && declared.group(1).startsWith(ROOT + ".") ? declared.group(1).substring(ROOT.length() + 1) : "";
            if (!DRIVERS.contains(own)) {
                continue;
            }
            for (String used : uses(source)) {
                String pkg = packageOf(used);
                Use target = TABLE.get(pkg == null ? "-" : pkg);
                boolean engineOrStage = target != null && (target.layer().equals("engine") || target.layer().equals("stages"));
                if (engineOrStage && !api.contains(used) && !SHARED_WITH_DRIVERS.contains(used)) {
                    beyond.add(SOURCES.relativize(file) + ": " + used);
                }
            }
        }
        assertEquals(Set.of(), beyond, "a driver reaches past the facade");
    }

    /** The toolkit's classes in the facade's public signatures, and in the public signatures of those. */
    private static Set<String> facadeApi() throws ClassNotFoundException {
        Set<Class<?>> first = new java.util.LinkedHashSet<>();
        signatures(Class.forName(ROOT + ".Edition"), first);
        Set<Class<?>> all = new java.util.LinkedHashSet<>(first);
        for (Class<?> type : first) {
            signatures(type, all);
        }
        Set<String> names = new TreeSet<>();
        for (Class<?> type : all) {
            for (Class<?> outer = type; outer != null; outer = outer.getEnclosingClass()) {
                names.add(outer.getName().replace('$', '.'));
            }
        }
        return names;
    }

    private static void signatures(Class<?> type, Set<Class<?>> into) {
        List<Executable> members = new ArrayList<>(List.of(type.getConstructors()));
        members.addAll(List.of(type.getMethods()));
        for (Executable member : members) {
            if (!Modifier.isPublic(member.getModifiers()) || member.getDeclaringClass() == Object.class) {
                continue;
            }
            for (Type parameter : member.getGenericParameterTypes()) {
                collect(parameter, into);
            }
            if (member instanceof Method method) {
                collect(method.getGenericReturnType(), into);
            }
        }
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                collect(component.getGenericType(), into);
            }
        }
    }

    private static void collect(Type type, Set<Class<?>> into) {
        if (type instanceof ParameterizedType parameterized) {
            collect(parameterized.getRawType(), into);
            for (Type argument : parameterized.getActualTypeArguments()) {
                collect(argument, into);
            }
        } else if (type instanceof Class<?> raw) {
            Class<?> element = raw.isArray() ? raw.getComponentType() : raw;
            if (element.getName().startsWith(ROOT + ".")) {
                into.add(element);
            }
        }
    }

    private static boolean allowed(String own, Use use, String used) {
        if (used.startsWith("java.") || used.startsWith("javax.")) {
            return true;
        }
        String pkg = packageOf(used);
        if (pkg != null) {
            return pkg.equals(own) || use.packages().contains(pkg);
        }
        return use.libraries().stream().anyMatch(library -> used.startsWith(library + "."));
    }

    /** The toolkit package a class is in ({@code ""} for the facade's), or null for a library's class. */
    private static String packageOf(String used) {
        if (!used.startsWith(ROOT + ".")) {
            return null;
        }
        String rest = used.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return Character.isUpperCase(rest.charAt(0)) ? "" : dot < 0 ? rest : rest.substring(0, dot);
    }

    /** The classes a source file names in full: its imports and names written out in its code. */
    private static Set<String> uses(String source) {
        Set<String> used = new TreeSet<>();
        Matcher imports = IMPORT.matcher(source);
        while (imports.find()) {
            used.add(imports.group(1));
        }
        Matcher qualified = QUALIFIED.matcher(source.replaceAll("(?m)^(package|import) .*$", ""));
        while (qualified.find()) {
            used.add(qualified.group(1) + qualified.group(2));
        }
        return used;
    }

    /** The source without comments and string literals, which name classes without using them. */
    private static String code(String source) {
        StringBuilder code = new StringBuilder();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = end(source, "\n", i + 2) - 1;
            } else if (source.startsWith("/*", i)) {
                i = end(source, "*/", i + 2);
            } else if (source.startsWith("\"\"\"", i)) {
                i = end(source, "\"\"\"", i + 3);
                code.append("\"\"");
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < source.length() && source.charAt(j) != c) {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
                code.append("\"\"");
            } else {
                code.append(c);
                i++;
            }
        }
        return code.toString();
    }

    /** Where the text after {@code end}, looked for from {@code from}, begins (the source's end when it is missing). */
    private static int end(String source, String end, int from) {
        int at = source.indexOf(end, from);
        return at < 0 ? source.length() : at + end.length();
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static String label(String pkg) {
        return pkg.isEmpty() ? ROOT : pkg;
    }
}
