// SPDX-License-Identifier: Apache-2.0
package org.teiedition.verify;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.sf.saxon.s9api.XdmNode;
import org.teiedition.concurrent.Parts;
import org.teiedition.concurrent.SideTask;
import org.teiedition.diag.InputException;
import org.teiedition.print.PageBreaks;
import org.teiedition.store.PageStore;
import org.teiedition.transform.PageModel;
import org.teiedition.transform.Stylesheets;

/**
 * Reads a PDF back with PDFBox and proves its pagination against the TEI: PDF page i must be source
 * page i (the text after the i-th {@code pb}), labelled with its folio, holding exactly the source
 * page's words (running heads, folios and footnotes aside) and, at its foot, exactly its footnotes, with
 * no text set over other text ({@link Overprint}).
 * Words compare case-insensitively (small capitals are set as capitals); where the words differ only
 * in spacing at line ends (a break after a dash inside a word), the page's characters must agree.
 * A publication keeps the verdicts of the pages that pass, so that after an edit only the pages drawn
 * anew, or whose source text changed, are read back.
 */
public final class PaginationVerifier {
    /** How many words the report shows at each end of a page. */
    static final int SHOWN = 8;

    static {
        org.teiedition.print.QuietLogging.ensure();
    }

    /** A part read on a thread of its own has at least this many pages: opening the PDF again costs some. */
    private static final int PAGES_PER_THREAD = 32;
    private volatile int threads = Runtime.getRuntime().availableProcessors();
    private final Stylesheets stylesheets;
    private final Map<String, String> parameters;

    /**
     * @param stylesheets the compiled stylesheets, whose page model the PDF is checked against
     * @param parameters  the edition's stylesheet parameters, with which the PDF was printed
     */
    public PaginationVerifier(Stylesheets stylesheets, Map<String, String> parameters) {
        this.stylesheets = stylesheets;
        this.parameters = parameters;
    }

    /** Reads every page of the PDF back and checks it. */
    public PaginationReport verify(Path pdf, XdmNode tei) throws IOException, InputException {
        return verify(pdf, tei, List.of(), PageStore.inMemory()).report();
    }

    /**
     * A pagination report, and how many of its pages were read back and how many had their verdict
     * remembered.
     */
    public record Verification(PaginationReport report, int pagesReadBack, int verdictsRemembered) {
    }

    /** How many threads read a PDF's pages at once (by default, one per processor). */
    public void readingThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("reading threads must be 1 or more, not " + threads);
        }
        this.threads = threads;
    }

    /**
     * Checks the PDF, remembering the verdicts of the pages that pass in {@code verdicts}: a page whose
     * content check passed before, drawn from the same laid-out page against the same source words and
     * notes, is not read again. The page count and every page's label are checked in any case; the
     * report is the same as when every page is read.
     *
     * @param pageKeys per PDF page, the key of the laid-out page it was drawn from (the renderer's
     *                 {@link org.teiedition.print.PdfResult#pageKeys()}); with any other number of keys
     *                 than the PDF has pages, every page is read
     */
    public Verification verify(Path pdf, XdmNode tei, List<String> pageKeys, PageStore verdicts) throws IOException, InputException {
        List<SourcePages.SourcePage> expected = SourcePages.of(tei, PageModel.of(stylesheets, parameters, tei));
        List<PaginationReport.PageCheck> checks = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int read = 0;
        int remembered = 0;
        try (PdfPages actual = PdfPages.open(pdf)) {
            int count = actual.count();
            boolean keyed = pageKeys.size() == count;
            if (expected.isEmpty()) {
                problems.add("the TEI has no page breaks: there is no pagination to check");
            }
            int[] pdfOf = pdfPages(expected, actual);
            int extent = expected.isEmpty() ? 0 : pdfOf[expected.size()];
            if (count != extent) {
                problems.add("the pdf has " + count + " pages, the TEI " + expected.size() + " source pages"
                        + (extent > expected.size() ? " (" + extent + " pages with the apparatus the edition makes)" : ""));
            }
            int present = 0;
            while (present < expected.size() && pdfOf[present] < count) {
                present++;
            }
            String[] keys = new String[present];
            Content[] contents = new Content[present];
            List<Integer> unread = new ArrayList<>();
            for (int i = 0; i < present; i++) {
                keys[i] = keyed ? Content.key(pageKeys.get(pdfOf[i]), expected.get(i)) : "";
                Optional<Content> known = keyed ? Content.remembered(verdicts, keys[i], expected.get(i)) : Optional.empty();
                if (known.isPresent()) {
                    contents[i] = known.get();
                    remembered++;
                } else {
                    unread.add(i);
                }
            }
            readPages(pdf, actual, expected, pdfOf, unread, contents);
            read = unread.size();
            for (int i : unread) {
                if (keyed && contents[i].faults().isEmpty()) {
                    verdicts.put(keys[i], contents[i].toBytes());
                }
            }
            for (int i = 0; i < expected.size(); i++) {
                SourcePages.SourcePage source = expected.get(i);
                if (i >= present) {
                    checks.add(new PaginationReport.PageCheck(source.folio(), 0, "", "", "", List.of(), false,
                            "page \"" + source.folio() + "\" is missing from the pdf"));
                    continue;
                }
                int continuedOn = source.apparatus() ? 0 : pdfOf[i + 1] - pdfOf[i] - 1;
                checks.add(check(source, pdfOf[i] + 1, actual.label(pdfOf[i] + 1), contents[i], continuedOn));
            }
            for (int i = extent; i < count; i++) {
                problems.add("pdf page " + (i + 1) + " (label \"" + actual.label(i + 1) + "\") has no source page");
            }
        }
        String source = tei.getDocumentURI() == null ? "" : tei.getDocumentURI().toString();
        PaginationReport report = new PaginationReport(pdf.toString(),
                org.teiedition.diag.Diagnostic.error("", "", source, 0, 0).file(), checks, problems);
        return new Verification(report, read, remembered);
    }

    /**
     * Reads the pages {@code indices} (0-based) into {@code contents}. Reading a page's text is most of a
     * verification, and pages are read independently, so a run of many pages is cut into contiguous parts
     * read at once, each part but the first by a thread of its own with the PDF opened again (PDFBox's
     * documents are not to be shared between threads): at the end of a publication the other cores are
     * often idle.
     */
    private void readPages(Path pdf, PdfPages actual, List<SourcePages.SourcePage> expected, int[] pdfOf, List<Integer> indices,
            Content[] contents) throws IOException, InputException {
        List<List<Integer>> parts = Parts.contiguous(indices, Math.max(1, Math.min(threads, indices.size() / PAGES_PER_THREAD)));
        List<SideTask<Void>> others = new ArrayList<>();
        for (List<Integer> part : parts.subList(Math.min(1, parts.size()), parts.size())) {
            others.add(SideTask.start("tei-edition-verify", () -> {
                try (PdfPages own = PdfPages.open(pdf)) {
                    read(own, expected, pdfOf, part, contents);
                }
                return null;
            }));
        }
        try {
            if (!parts.isEmpty()) {
                read(actual, expected, pdfOf, parts.get(0), contents);
            }
        } finally {
            for (SideTask<Void> other : others) {
                other.await();
            }
        }
    }

    private static void read(PdfPages pages, List<SourcePages.SourcePage> expected, int[] pdfOf, List<Integer> indices,
            Content[] contents) throws IOException {
        for (int i : indices) {
            contents[i] = Content.of(expected.get(i), pages.read(pdfOf[i] + 1));
        }
    }

    /**
     * The PDF page (0-based) of each source page, and after the last the PDF's extent: one page each, but
     * a page that opens an apparatus the edition makes (contents, index), which runs on until the page
     * labelled with the next source page's folio (the last, to the end of the PDF), and a page that fits
     * at no allowed size, which continues on the pages labelled so ({@link PageBreaks#continuation}).
     */
    static int[] pdfPages(List<SourcePages.SourcePage> expected, PdfPages actual) {
        int[] pdfOf = new int[expected.size() + 1];
        int pdf = 0;
        for (int i = 0; i < expected.size(); i++) {
            pdfOf[i] = pdf++;
            if (expected.get(i).apparatus()) {
                while (pdf < actual.count() && (i + 1 == expected.size() || !actual.label(pdf + 1).equals(expected.get(i + 1).folio()))) {
                    pdf++;
                }
            } else {
                String continued = PageBreaks.continuation(expected.get(i).folio());
                while (pdf < actual.count() && actual.label(pdf + 1).equals(continued)) {
                    pdf++;
                }
            }
        }
        pdfOf[expected.size()] = pdf;
        return pdfOf;
    }

    /** A page's verdict: its label against the source's folio, and what its content check found. */
    private static PaginationReport.PageCheck check(SourcePages.SourcePage source, int index, String label, Content content,
            int continuedOn) {
        List<String> faults = new ArrayList<>();
        if (!label.equals(source.folio())) {
            faults.add("label \"" + label + "\", expected \"" + source.folio() + "\"");
        }
        if (continuedOn > 0) {
            // the renderer set a page that fits at no allowed size on more pages than one: a deviation, told as such
            faults.add("continues on " + continuedOn + " more page" + (continuedOn == 1 ? "" : "s") + " labelled \""
                    + PageBreaks.continuation(source.folio()) + "\": the page does not fit one page");
        }
        if (continuedOn == 0) {
            faults.addAll(content.faults());
        }
        String verdict = faults.isEmpty()
                ? "matches: " + source.words().size() + " words, " + source.notes().size() + " notes"
                        + (content.rejoined() ? " (the same characters; some words split or joined at line ends)" : "")
                : String.join("; ", faults);
        return new PaginationReport.PageCheck(source.folio(), index, label, content.firstWords(), content.lastWords(),
                content.notes(), faults.isEmpty(), verdict);
    }

    /**
     * What a page's text says against the source page: the words it shows at each end, its notes, and its
     * faults (words, notes, text set over text), none when it matches.
     *
     * @param rejoined whether the words match only as the same characters (split or joined at line ends)
     */
    private record Content(String firstWords, String lastWords, List<String> notes, boolean rejoined, List<String> faults) {
        private static final ObjectMapper JSON = new ObjectMapper();

        static Content of(SourcePages.SourcePage source, PdfPages.PdfPage page) {
            List<String> faults = new ArrayList<>();
            List<String> want = lower(source.words());
            List<String> have = lower(page.words());
            boolean rejoined = false;
            if (!sameWords(want, have)) {
                // A line may end after a dash or hyphen the source has inside a word (FOP breaks there,
                // the PDF's text then has a space the source has not), or join two words the source set
                // apart across a line end: the same characters in the same order are the same text.
                if (sameText(String.join("", want), String.join("", have))) {
                    rejoined = true;
                } else {
                    faults.add(difference(source.words(), shown(page.words())));
                }
            }
            if (!page.notes().equals(source.notes())) {
                faults.add("notes at the foot " + page.notes() + ", expected " + source.notes());
            }
            if (!page.overprints().isEmpty()) {
                Overprint.Collision first = page.overprints().get(0);
                faults.add("text set over text: \"" + first.first() + "\" and \"" + first.other() + "\""
                        + (page.overprints().size() > 1 ? " and " + (page.overprints().size() - 1) + " more" : ""));
            }
            List<String> words = shown(page.words());
            return new Content(first(words), last(words), page.notes(), rejoined, faults);
        }

        /**
         * The key of a page's passing content check: what it depends on, the laid-out page the PDF page was
         * drawn from and the source page's words and notes (the store adds the toolkit's identity).
         */
        static String key(String layout, SourcePages.SourcePage source) {
            try {
                return JSON.writeValueAsString(new Key("verdict", layout, source.words(), source.notes()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The passing content check remembered under {@code key}, or empty (also when it cannot be read). */
        static Optional<Content> remembered(PageStore verdicts, String key, SourcePages.SourcePage source) {
            try {
                Optional<byte[]> entry = verdicts.get(key);
                if (entry.isPresent()) {
                    Passed passed = JSON.readValue(entry.get(), Passed.class);
                    return Optional.of(new Content(passed.firstWords(), passed.lastWords(), source.notes(), passed.rejoined(), List.of()));
                }
            } catch (IOException e) {
                // read again
            }
            return Optional.empty();
        }

        /** A passing check as remembered: its notes are the source's. */
        byte[] toBytes() {
            try {
                return JSON.writeValueAsBytes(new Passed(firstWords, lastWords, rejoined));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private record Key(String kind, String layout, List<String> words, List<String> notes) {
    }

    private record Passed(String firstWords, String lastWords, boolean rejoined) {
    }

    private static boolean sameWords(List<String> want, List<String> have) {
        if (want.size() != have.size()) {
            return false;
        }
        for (int i = 0; i < want.size(); i++) {
            if (!sameText(want.get(i), have.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the PDF's text is the source's: a hyphen at a line end ({@link PageStripper#LINE_END_HYPHEN}
     * after it) is the source's own where the source has one there, else one of hyphenation.
     */
    static boolean sameText(String want, String have) {
        int i = 0;
        int j = 0;
        while (j < have.length()) {
            char c = have.charAt(j);
            boolean lineEnd = (c == '-' || c == '\u2010') && j + 1 < have.length()
                    && have.charAt(j + 1) == PageStripper.LINE_END_HYPHEN;
            if (i < want.length() && want.charAt(i) == c) {
                i++;
                j += lineEnd ? 2 : 1;
            } else if (lineEnd) {
                j += 2;
            } else if (c == PageStripper.LINE_END_HYPHEN) {
                j++;
            } else {
                return false;
            }
        }
        return i == want.length();
    }

    /** The words as printed, without the marks of hyphens at line ends. */
    private static List<String> shown(List<String> words) {
        return words.stream().map(w -> w.replace(String.valueOf(PageStripper.LINE_END_HYPHEN), "")).toList();
    }

    /** Where the page's words first part from the source page's, in words. */
    private static String difference(List<String> want, List<String> have) {
        if (!lower(first(want)).equals(lower(first(have)))) {
            return "begins \"" + first(have) + "\", the source page \"" + first(want) + "\"";
        }
        if (!lower(last(want)).equals(lower(last(have)))) {
            return "ends \"" + last(have) + "\", the source page \"" + last(want) + "\"";
        }
        int at = 0;
        while (at < want.size() && at < have.size() && want.get(at).equalsIgnoreCase(have.get(at))) {
            at++;
        }
        return "word " + (at + 1) + " is \"" + (at < have.size() ? have.get(at) : "") + "\", the source has \""
                + (at < want.size() ? want.get(at) : "") + "\"";
    }

    private static String first(List<String> words) {
        return String.join(" ", words.subList(0, Math.min(SHOWN, words.size())));
    }

    private static String last(List<String> words) {
        return String.join(" ", words.subList(Math.max(0, words.size() - SHOWN), words.size()));
    }

    private static String lower(String words) {
        return words.toLowerCase(Locale.ROOT);
    }

    private static List<String> lower(List<String> words) {
        return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }
}
