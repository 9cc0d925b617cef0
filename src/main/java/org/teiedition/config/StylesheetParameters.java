// SPDX-License-Identifier: Apache-2.0
package org.teiedition.config;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.teiedition.diag.UsageException;

/**
 * The stylesheet parameters an editor may set, and the values each takes, as the toolkit's stylesheets
 * declare them: each global {@code xsl:param} of {@code xslt/*}{@code /params.xsl} carries its kind of value in
 * attributes of the {@code param:} namespace ({@code param:value}, {@code param:values}, {@code param:min},
 * {@code param:max}), so that a parameter and its check are written in one place. A value that does not fit
 * is refused before any work ({@link UsageException}), with the names or values that would.
 */
public final class StylesheetParameters {
    static final String NAMESPACE = "https://tei-edition.org/ns/param";
    private static final String XSLT = "http://www.w3.org/1999/XSL/Transform";
    /** The toolkit's files that declare the parameters of its outputs. */
    private static final List<String> DECLARING = List.of("xslt/common/params.xsl", "xslt/fo/params.xsl",
            "xslt/html/params.xsl", "xslt/epub/edition-epub.xsl");
    private static final Pattern LENGTH = Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)(in|cm|mm|pt|pc)");
    private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):.*", Pattern.DOTALL);
    private static final Pattern UTC_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    private static final Pattern FONT_TRIPLET = Pattern.compile("<font-triplet name=\"([^\"]+)\"");

    /** One parameter as declared: its name, its kind of value, and the file that declares it. */
    record Declared(String name, String type, String kind, List<String> values, String min, String max) {
    }

    private static volatile Map<String, Declared> toolkit;

    private StylesheetParameters() {
    }

    /**
     * Refuses parameters no stylesheet declares (the toolkit's, or an editor's customization) and values
     * that are not of their parameter's kind.
     */
    public static void check(EditionConfig config) {
        if (config.parameters().isEmpty()) {
            return;
        }
        Map<String, Declared> declared = declared();
        Set<String> ownNames = new HashSet<>();
        for (Path customization : config.customizations().values()) {
            ownNames.addAll(declaredIn(customization, new HashSet<>()));
        }
        for (Map.Entry<String, String> parameter : new java.util.TreeMap<>(config.parameters()).entrySet()) {
            String name = parameter.getKey();
            String value = parameter.getValue();
            Declared declaration = declared.get(name);
            String where = name + "=" + value;
            if (declaration == null || "toolkit".equals(declaration.kind())) {
                if (declaration == null && ownNames.contains(name)) {
                    continue; // a parameter of the editor's own stylesheet, which checks it
                }
                Set<String> names = new TreeSet<>();
                declared.values().stream().filter(d -> !"toolkit".equals(d.kind())).forEach(d -> names.add(d.name()));
                names.addAll(ownNames);
                throw new UsageException(where, (declaration == null
                        ? "no stylesheet parameter is called \"" + name + "\""
                        : "\"" + name + "\" is set by the toolkit, not by a parameter")
                        + "; the parameters are " + String.join(", ", names));
            }
            String problem = problem(declaration, value);
            if (problem != null) {
                throw new UsageException(where, name + " " + problem);
            }
        }
    }

    /** What is wrong with {@code value} for this parameter, or null when it fits. */
    static String problem(Declared parameter, String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                return "takes no control characters (U+" + String.format(Locale.ROOT, "%04X", (int) value.charAt(i)) + ")";
            }
        }
        if (!parameter.values().isEmpty()) {
            return parameter.values().contains(value) ? null
                    : "is one of " + String.join(", ", parameter.values()) + ", not \"" + value + "\"";
        }
        return switch (parameter.kind()) {
            case "length" -> length(parameter, value);
            case "fonts" -> fonts(value);
            case "url" -> url(value, false);
            case "site-url" -> url(value, true);
            case "utc-time" -> value.isEmpty() || UTC_TIME.matcher(value).matches() ? null
                    : "is a time in UTC like 2026-01-31T00:00:00Z (or empty), not \"" + value + "\"";
            case "text" -> null;
            default -> number(parameter, value);
        };
    }

    private static String length(Declared parameter, String value) {
        String range = " from " + parameter.min() + " to " + parameter.max();
        Matcher matcher = LENGTH.matcher(value.trim());
        if (!matcher.matches()) {
            return "is a length with its unit (in, cm, mm, pt or pc)" + range + ", not \"" + value + "\"";
        }
        BigDecimal points = points(matcher);
        if (points.compareTo(points(parameter.min())) < 0 || points.compareTo(points(parameter.max())) > 0) {
            return "is a length" + range + ", not " + value.trim();
        }
        return null;
    }

    private static BigDecimal points(String length) {
        Matcher matcher = LENGTH.matcher(length);
        if (!matcher.matches()) {
            throw new IllegalStateException("the bound " + length + " is not a length");
        }
        return points(matcher);
    }

    private static BigDecimal points(Matcher length) {
        double perUnit = switch (length.group(2)) {
            case "in" -> 72;
            case "cm" -> 72 / 2.54;
            case "mm" -> 72 / 25.4;
            case "pc" -> 12;
            default -> 1;
        };
        return new BigDecimal(length.group(1)).multiply(BigDecimal.valueOf(perUnit));
    }

    private static String number(Declared parameter, String value) {
        boolean integer = "xs:integer".equals(parameter.type());
        String kind = integer ? "a whole number" : "a number";
        String range = " from " + parameter.min() + " to " + parameter.max();
        BigDecimal number;
        try {
            number = new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            return "is " + kind + range + ", not \"" + value + "\"";
        }
        if (integer && number.stripTrailingZeros().scale() > 0
                || number.compareTo(new BigDecimal(parameter.min())) < 0 || number.compareTo(new BigDecimal(parameter.max())) > 0) {
            return "is " + kind + range + ", not " + value.trim();
        }
        return null;
    }

    /** A URL the edition links to: relative, or http(s); never a scheme that runs script in a reader's browser. */
    private static String url(String value, boolean absolute) {
        if (value.isEmpty()) {
            return null;
        }
        if (value.chars().anyMatch(c -> c <= ' ' || c == 0x7F)) {
            return "is a URL without spaces, not \"" + value + "\"";
        }
        Matcher scheme = SCHEME.matcher(value);
        boolean web = scheme.matches() && Set.of("http", "https").contains(scheme.group(1).toLowerCase(Locale.ROOT));
        if (absolute ? !web : scheme.matches() && !web) {
            return "is " + (absolute ? "an http or https URL" : "a relative, http or https URL") + ", not \"" + value + "\"";
        }
        return null;
    }

    private static String fonts(String value) {
        Set<String> shipped = shippedFamilies();
        List<String> unknown = new ArrayList<>();
        for (String family : value.split(",")) {
            String name = family.trim().replaceAll("^[\"']|[\"']$", "");
            if (!shipped.contains(name)) {
                unknown.add(name.isEmpty() ? "(empty)" : "\"" + name + "\"");
            }
        }
        return unknown.isEmpty() ? null : "names the font families the toolkit ships and embeds ("
                + String.join(", ", shipped) + "), a comma between them; not " + String.join(", ", unknown);
    }

    /** The families FOP is configured with: the print embeds every font it uses, so only these can be set. */
    static Set<String> shippedFamilies() {
        Set<String> families = new java.util.LinkedHashSet<>();
        try (InputStream in = resource("fop/fop.xconf").openStream()) {
            Matcher triplet = FONT_TRIPLET.matcher(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            while (triplet.find()) {
                families.add(triplet.group(1));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return families;
    }

    /** The toolkit's parameters by name. */
    static Map<String, Declared> declared() {
        Map<String, Declared> known = toolkit;
        if (known == null) {
            Map<String, Declared> all = new LinkedHashMap<>();
            for (String file : DECLARING) {
                try (InputStream in = resource(file).openStream()) {
                    for (Declared parameter : read(in, file)) {
                        all.put(parameter.name(), parameter);
                    }
                } catch (IOException | XMLStreamException e) {
                    throw new IllegalStateException("the toolkit's " + file + " cannot be read", e);
                }
            }
            known = toolkit = Map.copyOf(all);
        }
        return known;
    }

    private static List<Declared> read(InputStream in, String file) throws XMLStreamException {
        List<Declared> parameters = new ArrayList<>();
        forEachDeclaration(in, reader -> {
            if (!"param".equals(reader.getLocalName())) {
                return;
            }
            String name = reader.getAttributeValue(null, "name");
            String values = reader.getAttributeValue(NAMESPACE, "values");
            String kind = reader.getAttributeValue(NAMESPACE, "value");
            String min = reader.getAttributeValue(NAMESPACE, "min");
            String max = reader.getAttributeValue(NAMESPACE, "max");
            if (kind == null && values == null && (min == null || max == null)) {
                throw new IllegalStateException(file + ": the parameter " + name + " declares no kind of value");
            }
            parameters.add(new Declared(name, reader.getAttributeValue(null, "as"), kind == null ? "number" : kind,
                    values == null ? List.of() : Arrays.asList(values.trim().split("\\s+")), min, max));
        });
        return parameters;
    }

    /** The global parameters an editor's stylesheet declares, with those of the files it includes or imports. */
    private static Set<String> declaredIn(Path stylesheet, Set<Path> seen) {
        Set<String> names = new HashSet<>();
        Path file = stylesheet.toAbsolutePath().normalize();
        if (!seen.add(file) || !Files.isRegularFile(file)) {
            return names;
        }
        List<Path> modules = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            forEachDeclaration(in, reader -> {
                String local = reader.getLocalName();
                String href = reader.getAttributeValue(null, "href");
                if ("param".equals(local)) {
                    names.add(reader.getAttributeValue(null, "name"));
                } else if (("include".equals(local) || "import".equals(local)) && href != null && !href.contains(":")) {
                    modules.add(file.resolveSibling(href));
                }
            });
        } catch (IOException | XMLStreamException | RuntimeException e) {
            // a stylesheet that cannot be read is reported when it is compiled
        }
        modules.forEach(module -> names.addAll(declaredIn(module, seen)));
        return names;
    }

    /** Calls {@code declaration} on each top-level XSLT element of a stylesheet (xsl:param, xsl:include, ...). */
    private static void forEachDeclaration(InputStream in, java.util.function.Consumer<XMLStreamReader> declaration)
            throws XMLStreamException {
        XMLStreamReader reader = factory().createXMLStreamReader(in);
        int depth = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT && ++depth == 2 && XSLT.equals(reader.getNamespaceURI())) {
                declaration.accept(reader);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    private static URL resource(String path) {
        URL url = StylesheetParameters.class.getClassLoader().getResource(path);
        if (url == null) {
            throw new IllegalStateException(path + " is missing from the toolkit");
        }
        return url;
    }
}
