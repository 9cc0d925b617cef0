// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import org.teiedition.publish.PublishOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.teiedition.Edition;
import org.teiedition.verify.Overprint;
import org.teiedition.verify.PaginationReport;
import org.teiedition.validate.ValidationMode;

/** What a reader of a page-faithful PDF checks, for the fixture's pages and whole volumes alike. */
final class PrintChecks {
    private PrintChecks() {
    }

    /** The pb/@n of the TEI's text, in order (pb inside notes aside: the corpus has none there). */
    static List<String> folios(Path tei) throws IOException {
        String xml = Files.readString(tei);
        Matcher pb = Pattern.compile("<pb\\s[^>]*?n=\"([^\"]*)\"").matcher(xml.substring(xml.indexOf("<text")));
        List<String> folios = new ArrayList<>();
        while (pb.find()) {
            folios.add(pb.group(1));
        }
        return folios;
    }

    /** One PDF page per pb, labelled with its folio; the read-back matches the source page by page. */
    static void pagesMatch(Edition edition, Path tei, Path pdf) throws Exception {
        List<String> folios = folios(tei);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(folios.size(), document.getNumberOfPages(), tei + ": one PDF page per pb");
            assertEquals(folios, Arrays.asList(document.getDocumentCatalog().getPageLabels().getLabelsByPageIndices()));
        }
        PaginationReport report = edition.verify(pdf, tei, new PublishOptions(ValidationMode.WARN, Overflow.FAIL));
        List<String> faults = report.pages().stream().filter(p -> !p.ok()).map(p -> p.folio() + ": " + p.verdict()).toList();
        assertTrue(report.matches(), tei + ": " + report.problems() + " " + faults);
    }

    /** No word's box overlaps another's on any page. */
    static void noOverprinting(Path pdf) throws IOException {
        List<Overprint.Collision> found = Overprint.find(pdf);
        assertTrue(found.isEmpty(), found.size() + " overlaps, first: " + found.subList(0, Math.min(10, found.size())));
    }

    /**
     * Every running head (the artifacts in the upper part of a page: title and folio) is set on one
     * line: all its glyphs share a baseline. Returns the heads, page by page ("" where a page has none).
     */
    static List<String> runningHeadsOnOneLine(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            Glyphs glyphs = new Glyphs();
            List<String> found = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                glyphs.read(document, page);
                float third = document.getPage(page - 1).getMediaBox().getHeight() / 3;
                TreeSet<Integer> baselines = new TreeSet<>();
                StringBuilder text = new StringBuilder();
                for (TextPosition glyph : glyphs.artifacts) {
                    if (glyph.getYDirAdj() < third) {
                        baselines.add(Math.round(glyph.getYDirAdj()));
                        text.append(glyph.getUnicode());
                    }
                }
                assertTrue(baselines.size() <= 1 || baselines.last() - baselines.first() <= 3,
                        "page " + page + ": the running head \"" + text + "\" is set on several lines " + baselines);
                found.add(text.toString());
            }
            return found;
        }
    }

    /**
     * No word of the text (running heads and headings set larger than the text aside, which are spaced
     * on purpose) is set with letter-spacing: within a word, each glyph follows the one before at its
     * advance width (kerning aside), on average within a tenth of a point.
     */
    static void noLetterSpacing(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            Glyphs glyphs = new Glyphs();
            List<String> spaced = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                glyphs.read(document, page);
                float text = mostCommonSize(glyphs.content);
                for (List<TextPosition> word : glyphWords(glyphs.content)) {
                    spaced.addAll(letterSpaced(page, word, text));
                }
            }
            assertTrue(spaced.isEmpty(), spaced.size() + " letter-spaced words: " + spaced.subList(0, Math.min(10, spaced.size())));
        }
    }

    /** The size, in points, a word is set in where it first stands on a page (1-based); 0 when it is not there. */
    static float sizeOf(Path pdf, int page, String word) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            Glyphs glyphs = new Glyphs();
            glyphs.read(document, page);
            for (List<TextPosition> glyphWord : glyphWords(glyphs.content)) {
                StringBuilder text = new StringBuilder();
                glyphWord.forEach(g -> text.append(g.getUnicode()));
                if (text.toString().equals(word)) {
                    return glyphWord.get(0).getFontSize();
                }
            }
            return 0;
        }
    }

    /** The size, in points, most of a page's text is set in (1-based). */
    static float textSize(Path pdf, int page) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            Glyphs glyphs = new Glyphs();
            glyphs.read(document, page);
            return mostCommonSize(glyphs.content);
        }
    }

    /**
     * The leading of a page's running text as set: the most common distance, in points, between the
     * baselines of consecutive lines of text in the text's size (the most common size on the page).
     */
    static float leading(Path pdf, int page) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            Glyphs glyphs = new Glyphs();
            glyphs.read(document, page);
            float text = mostCommonSize(glyphs.content);
            List<Float> baselines = glyphs.content.stream().filter(g -> g.getFontSize() == text && !g.getUnicode().isBlank())
                    .map(TextPosition::getYDirAdj).distinct().sorted().toList();
            java.util.Map<Integer, Integer> pitches = new java.util.HashMap<>();
            for (int i = 1; i < baselines.size(); i++) {
                pitches.merge(Math.round((baselines.get(i) - baselines.get(i - 1)) * 100), 1, Integer::sum);
            }
            return pitches.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(e -> e.getKey() / 100f).orElse(0f);
        }
    }

    /** A word printed on a page (1-based): its text, where it starts and its baseline, in drawing order (the content only). */
    record Word(String text, float x, float y) {
    }

    static List<Word> words(Path pdf, int page) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            Glyphs glyphs = new Glyphs();
            glyphs.read(document, page);
            List<Word> words = new ArrayList<>();
            for (List<TextPosition> word : glyphWords(glyphs.content)) {
                StringBuilder text = new StringBuilder();
                word.forEach(g -> text.append(g.getUnicode()));
                words.add(new Word(text.toString(), word.get(0).getXDirAdj(), word.get(0).getYDirAdj()));
            }
            return words;
        }
    }

    /** Glyphs in drawing order grouped into words: on one baseline, in one size, no more than a hairline apart. */
    private static List<List<TextPosition>> glyphWords(List<TextPosition> glyphs) {
        List<List<TextPosition>> words = new ArrayList<>();
        List<TextPosition> word = new ArrayList<>();
        for (TextPosition glyph : glyphs) {
            if (!word.isEmpty() && !sameWord(word.get(word.size() - 1), glyph)) {
                words.add(word);
                word = new ArrayList<>();
            }
            if (!glyph.getUnicode().isBlank()) {
                word.add(glyph);
            }
        }
        if (!word.isEmpty()) {
            words.add(word);
        }
        return words;
    }

    private static boolean sameWord(TextPosition before, TextPosition glyph) {
        float gap = glyph.getXDirAdj() - (before.getXDirAdj() + before.getWidthDirAdj());
        return !glyph.getUnicode().isBlank() && Math.abs(glyph.getYDirAdj() - before.getYDirAdj()) < 0.5f
                && gap > -1f && gap < 1.2f && glyph.getFontSize() == before.getFontSize();
    }

    private static List<String> letterSpaced(int page, List<TextPosition> word, float textSize) {
        if (word.size() < 5 || word.get(0).getFontSize() > textSize * 1.1f) {
            return List.of();
        }
        float gaps = 0;
        StringBuilder text = new StringBuilder(word.get(0).getUnicode());
        for (int i = 1; i < word.size(); i++) {
            gaps += word.get(i).getXDirAdj() - (word.get(i - 1).getXDirAdj() + word.get(i - 1).getWidthDirAdj());
            text.append(word.get(i).getUnicode());
        }
        float mean = gaps / (word.size() - 1);
        return mean > 0.1f ? List.of("page " + page + ": \"" + text + "\" (" + mean + " pt between letters)") : List.of();
    }

    private static float mostCommonSize(List<TextPosition> glyphs) {
        java.util.Map<Float, Integer> counts = new java.util.HashMap<>();
        glyphs.forEach(g -> counts.merge(g.getFontSize(), 1, Integer::sum));
        return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey).orElse(0f);
    }

    /** A page's glyphs in drawing order: the artifacts (running heads, folios) and the content. */
    private static final class Glyphs extends PDFTextStripper {
        private final Deque<Boolean> artifact = new ArrayDeque<>();
        private final List<TextPosition> artifacts = new ArrayList<>();
        private final List<TextPosition> content = new ArrayList<>();

        Glyphs() throws IOException {
            setSortByPosition(false);
        }

        void read(PDDocument document, int page) throws IOException {
            artifacts.clear();
            content.clear();
            artifact.clear();
            setStartPage(page);
            setEndPage(page);
            writeText(document, new StringWriter());
        }

        @Override
        public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
            artifact.push(COSName.ARTIFACT.equals(tag) || (!artifact.isEmpty() && artifact.peek()));
            super.beginMarkedContentSequence(tag, properties);
        }

        @Override
        public void endMarkedContentSequence() {
            if (!artifact.isEmpty()) {
                artifact.pop();
            }
            super.endMarkedContentSequence();
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            if (!artifact.isEmpty() && artifact.peek()) {
                if (!text.getUnicode().isBlank()) {
                    artifacts.add(text);
                }
            } else {
                content.add(text);
            }
        }
    }
}
