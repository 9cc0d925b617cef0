// SPDX-License-Identifier: Apache-2.0
package org.teiedition.series;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.teiedition.diag.InputException;
import org.teiedition.diag.UsageException;
import org.teiedition.io.AtomicOutput;
import org.teiedition.io.OutputFolder;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A series site assembled from volumes published one by one ({@code publish}), none of them published
 * again: each volume's folder copied under its name, a landing page listing the volumes, and a search
 * across them that loads only what a query needs. Each term of every volume's search index goes into one
 * small shard, chosen by the term's first two letters, that says which volumes hold the term; a query
 * loads the shards of its words, then the indexes of the volumes that hold them all.
 */
public final class SeriesSite {
    /** How MiniSearch, which the web edition's search uses, cuts text into terms. */
    private static final Pattern BETWEEN_TERMS = Pattern.compile("[\\n\\r\\p{Z}\\p{P}]+");
    private static final String INDEX_PREFIX = "window.teiEditionSearch = ";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The series' title when the editor gives none. */
    public static final String DEFAULT_TITLE = "The series";
    /** The names the site's own files take beside the volumes. */
    private static final List<String> SITE_FILES = List.of("index.html", "assets", "search");

    /** One published volume: its folder, the name it has in the site, and what the landing page says of it. */
    record Volume(Path folder, String name, String title, String year, long pages, long documents,
            List<String> files, boolean searchable) {
    }

    private SeriesSite() {
    }

    /** Writes the series site {@code site} from the publication folders {@code folders}, each named after its folder. */
    public static void assemble(List<Path> folders, Path site, String title) throws IOException, InputException {
        assemble(byFolderName(folders), site, title);
    }

    /** Publication folders by the names they have in a site: their folders' names, which must differ. */
    public static Map<String, Path> byFolderName(List<Path> folders) {
        Map<String, Path> named = new LinkedHashMap<>();
        for (Path folder : folders) {
            String name = folder.toAbsolutePath().normalize().getFileName().toString();
            Path earlier = named.putIfAbsent(name, folder);
            if (earlier != null) {
                throw new UsageException(folder.toString(), "has the same name, " + name + ", as the volume "
                        + earlier + ", and each volume is copied under its folder's name: rename one of the folders");
            }
        }
        return named;
    }

    /**
     * Writes the series site {@code site} from publication folders, each copied under the name it is given
     * (in the order given), replacing the site as a whole.
     */
    public static void assemble(Map<String, Path> named, Path site, String title) throws IOException, InputException {
        List<Volume> volumes = new ArrayList<>();
        for (Map.Entry<String, Path> entry : named.entrySet()) {
            Path folder = entry.getValue();
            Volume volume = read(folder, entry.getKey());
            requireVolumeName(entry.getKey(), folder.toString());
            Path real = folder.toRealPath();
            Path target = real(site);
            if (target.startsWith(real) || real.startsWith(target)) {
                throw new UsageException(site.toString(), "lies in the volume " + folder + " or holds it, and the site is "
                        + "replaced as a whole: give a folder outside every volume");
            }
            volumes.add(volume);
        }
        AtomicOutput.writeFolder(site, fresh -> write(volumes, fresh, title));
    }

    /** Refuses a volume whose name in the site is the name of one of the site's own files. */
    public static void requireVolumeName(String name, String source) {
        if (SITE_FILES.contains(name.toLowerCase(Locale.ROOT))) {
            throw new UsageException(source, "would be the volume " + name + " of the series, and the series site has a file of that "
                    + "name of its own (" + String.join(", ", SITE_FILES) + "): rename it");
        }
    }

    /**
     * Whether a TEI file is a volume: its text holds several documents ({@code div type="document"}), as a
     * printed volume does, where a TEI file of one document (a memorandum) is a document of an edition, as
     * the web edition names their pages. A file that cannot be read is none.
     */
    public static boolean isVolume(Path tei) {
        int[] documents = {0};
        DefaultHandler handler = new DefaultHandler() {
            private boolean inText;

            @Override
            public void startElement(String uri, String local, String qName, Attributes attributes) throws SAXException {
                inText |= "text".equals(local);
                if (inText && "div".equals(local) && "document".equals(attributes.getValue("type")) && ++documents[0] > 1) {
                    throw new SAXException(STOP);
                }
            }
        };
        var reader = org.teiedition.xml.SafeXml.newReader();
        reader.setContentHandler(handler);
        try (InputStream in = Files.newInputStream(tei)) {
            reader.parse(new InputSource(in));
        } catch (IOException | SAXException e) {
            // counted enough, or not a volume this can tell: publishing it says what is wrong with it
        }
        return documents[0] > 1;
    }

    private static Path real(Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing.getParent() != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing.toRealPath().resolve(existing.relativize(absolute));
    }

    /** Reads what the landing page says of a publication folder, refusing a folder that is not one. */
    static Volume read(Path folder, String name) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new UsageException(folder.toString(), Files.exists(folder) ? "is not a folder: give a folder written by publish"
                    : "no such folder");
        }
        Path reportFile = folder.resolve("report.json");
        if (!Files.isRegularFile(reportFile) || !Files.isRegularFile(folder.resolve("html/index.html"))) {
            throw new UsageException(folder.toString(), "is not a publication (it holds no report.json and html/index.html): "
                    + "give a folder written by publish");
        }
        JsonNode report;
        try {
            report = JSON.readTree(reportFile.toFile());
        } catch (IOException e) {
            throw new UsageException(reportFile.toString(), "is not the report of a publication: " + e.getMessage());
        }
        JsonNode documents = report.path("documents");
        if (!documents.isArray() || documents.isEmpty()) {
            throw new UsageException(reportFile.toString(), "names no published TEI file");
        }
        List<String> files = new ArrayList<>();
        String title = null;
        String year = "";
        for (JsonNode document : documents) {
            String tei = document.path("tei").asText();
            String base = tei.replaceFirst("\\.xml$", "");
            for (String file : List.of(document.path("pdf").asText(), base + ".epub", tei)) {
                if (!file.isEmpty() && Files.isRegularFile(folder.resolve(file))) {
                    files.add(file);
                }
            }
            if (title == null && Files.isRegularFile(folder.resolve(tei))) {
                String[] header = header(folder.resolve(tei));
                title = header[0];
                year = header[1];
            }
        }
        return new Volume(folder, name, title == null || title.isBlank() ? name : title, year,
                report.path("summary").path("pages").asLong(), report.path("summary").path("documents").asLong(),
                files, Files.isRegularFile(folder.resolve("html/search-index.js")));
    }

    /** The TEI's title (the complete one, else the first) and the year of its publication statement's date. */
    private static String[] header(Path tei) throws IOException {
        String[] found = {null, ""};
        DefaultHandler handler = new DefaultHandler() {
            private final StringBuilder text = new StringBuilder();
            private String reading;
            private boolean inTitles;
            private boolean inPublication;
            private boolean complete;

            @Override
            public void startElement(String uri, String local, String qName, Attributes attributes) {
                switch (local) {
                    case "titleStmt" -> inTitles = true;
                    case "publicationStmt" -> inPublication = true;
                    case "title" -> {
                        if (inTitles && (found[0] == null || "complete".equals(attributes.getValue("type")) && !complete)) {
                            reading = "complete".equals(attributes.getValue("type")) ? "complete" : "title";
                            text.setLength(0);
                        }
                    }
                    case "date" -> {
                        if (inPublication && found[1].isEmpty()) {
                            String when = attributes.getValue("when");
                            reading = "date";
                            text.setLength(0);
                            if (when != null && when.length() >= 4) {
                                found[1] = when.substring(0, 4);
                                reading = null;
                            }
                        }
                    }
                    default -> {
                    }
                }
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                if (reading != null) {
                    text.append(ch, start, length);
                }
            }

            @Override
            public void endElement(String uri, String local, String qName) throws SAXException {
                if (reading != null && ("title".equals(local) || "date".equals(local))) {
                    String value = text.toString().replaceAll("\\s+", " ").strip();
                    if ("date".equals(reading)) {
                        var digits = java.util.regex.Pattern.compile("\\d{4}").matcher(value);
                        found[1] = digits.find() ? digits.group() : value;
                    } else if (!value.isEmpty()) {
                        found[0] = value;
                        complete |= "complete".equals(reading);
                    }
                    reading = null;
                }
                if ("titleStmt".equals(local)) {
                    inTitles = false;
                }
                if ("publicationStmt".equals(local)) {
                    inPublication = false;
                }
                if ("teiHeader".equals(local)) {
                    throw new SAXException(STOP);
                }
            }
        };
        var reader = org.teiedition.xml.SafeXml.newReader();
        reader.setContentHandler(handler);
        try (InputStream in = Files.newInputStream(tei)) {
            reader.parse(new InputSource(in));
        } catch (SAXException e) {
            if (!STOP.equals(e.getMessage())) {
                throw new UsageException(tei.toString(), "its header cannot be read: " + e.getMessage());
            }
        }
        return found;
    }

    private static final String STOP = "the header is read";

    private static void write(List<Volume> volumes, Path site, String title) throws IOException {
        for (Volume volume : volumes) {
            copy(volume.folder(), site.resolve(volume.name()));
        }
        Map<String, TreeMap<String, TreeSet<Integer>>> shards = new TreeMap<>();
        List<Volume> searchable = volumes.stream().filter(Volume::searchable).toList();
        for (int v = 0; v < searchable.size(); v++) {
            for (String term : terms(searchable.get(v).folder().resolve("html/search-index.js"))) {
                shards.computeIfAbsent(shardKey(term), k -> new TreeMap<>()).computeIfAbsent(term, k -> new TreeSet<>()).add(v);
            }
        }
        Path search = Files.createDirectories(site.resolve("search"));
        for (var shard : shards.entrySet()) {
            Files.writeString(search.resolve(shard.getKey() + ".js"), "window.teiSeriesShards[" + JSON.writeValueAsString(shard.getKey())
                    + "] = " + JSON.writeValueAsString(shard.getValue()) + ";\n", StandardCharsets.UTF_8);
        }
        List<Map<String, String>> described = new ArrayList<>();
        for (Volume volume : searchable) {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("name", volume.name());
            entry.put("title", volume.title());
            entry.put("index", volume.name() + "/html/search-index.js");
            described.add(entry);
        }
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("volumes", described);
        index.put("shards", shards.keySet());
        Files.writeString(search.resolve("volumes.js"), "// The volumes the series search looks in, and the term shards it loads.\n"
                + "window.teiSeriesShards = {};\nwindow.teiSeries = " + JSON.writeValueAsString(index) + ";\n",
                StandardCharsets.UTF_8);
        Path assets = Files.createDirectories(site.resolve("assets"));
        resource("web/series-search.js", assets.resolve("series-search.js"));
        resource("web/minisearch/dist/umd/index.js", assets.resolve("minisearch.js"));
        resource("web/minisearch/LICENSE.txt", assets.resolve("minisearch-LICENSE.txt"));
        Files.writeString(site.resolve("index.html"), SeriesPage.html(title, volumes, !searchable.isEmpty()), StandardCharsets.UTF_8);
    }

    /** The shard a term belongs to: its first two characters, as hexadecimal code points (a name any file system takes). */
    static String shardKey(String term) {
        StringBuilder key = new StringBuilder();
        term.codePoints().limit(2).forEach(c -> key.append(key.isEmpty() ? "" : "-").append(Integer.toHexString(c)));
        return key.toString();
    }

    /** Every term of a volume's search index: the words of its pages, its documents' titles and its people's names. */
    static Collection<String> terms(Path index) throws IOException {
        String script = Files.readString(index, StandardCharsets.UTF_8);
        int start = script.indexOf(INDEX_PREFIX);
        if (start < 0) {
            throw new UsageException(index.toString(), "is not the search index of a web edition");
        }
        String body = script.substring(start + INDEX_PREFIX.length()).strip();
        JsonNode data = JSON.readTree(body.endsWith(";") ? body.substring(0, body.length() - 1) : body);
        // the series search reads each volume's index as this toolkit writes it: pages that name their document
        if (!data.path("documents").isArray() || !data.path("pages").isArray()
                || !java.util.stream.StreamSupport.stream(data.path("pages").spliterator(), false).allMatch(page -> page.path("d").isInt())) {
            throw new UsageException(index.toString(), "is a search index in an earlier layout (its pages do not name their documents): "
                    + "publish the volume again with this version of tei-edition");
        }
        TreeSet<String> terms = new TreeSet<>();
        data.path("pages").forEach(page -> add(terms, page.path("text").asText()));
        data.path("documents").forEach(document -> add(terms, document.path("title").asText()));
        data.path("people").forEach(person -> {
            add(terms, person.path("name").asText());
            add(terms, person.path("names").asText());
        });
        return terms;
    }

    private static void add(TreeSet<String> terms, String text) {
        for (String term : BETWEEN_TERMS.split(text)) {
            if (!term.isEmpty()) {
                terms.add(term.toLowerCase(Locale.ROOT));
            }
        }
    }

    /** Copies a publication folder, without the list of the files the toolkit wrote there (the site has its own). */
    private static void copy(Path folder, Path to) throws IOException {
        // a volume given as a link to its folder is copied whole, not as the link
        Path from = folder.toRealPath();
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : (Iterable<Path>) walk.sorted()::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                } else if (!path.getFileName().toString().equals(OutputFolder.MANIFEST)) {
                    Files.copy(path, target);
                }
            }
        }
    }

    private static void resource(String name, Path target) throws IOException {
        try (InputStream in = SeriesSite.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("the toolkit lacks its resource " + name);
            }
            Files.copy(in, target);
        }
    }
}
