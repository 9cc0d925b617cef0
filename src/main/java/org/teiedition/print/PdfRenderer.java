// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.io.ByteArrayOutputStream;
import net.sf.saxon.s9api.SAXDestination;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmNode;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;
import org.teiedition.transform.XsltRun;
import org.teiedition.print.Overflow;
import org.teiedition.diag.Diagnostic;
import org.teiedition.diag.InputException;
import org.teiedition.transform.EditionDate;
import org.teiedition.transform.Stylesheets;

/**
 * TEI to XSL-FO ({@code xslt/fo}) to PDF (FOP), streamed, one page sequence per source page, the PDF
 * finished as FOP writes it (PDF/UA note identifiers, folio page labels, reproducible bytes:
 * {@link FinishingHandler}).
 *
 * <p>A source page that takes more than one PDF page overflows: with {@link Overflow#FAIL} rendering
 * stops with an {@link InputException} naming each such page and how far it is from fitting; with
 * {@link Overflow#SHRINK} the volume is first given one type scale at which its pages fit ({@link VolumeScale}:
 * a printed volume has one type size), and only the few pages that still do not fit are each set smaller
 * alone (type and leading together, never below {@link #MIN_SCALE} of the design), reported as warnings.
 * The PDF never reflows.
 *
 * <p>Pages are laid out in FOP's intermediate format, on several threads, and only where a page with the
 * same layout inputs is not in the given {@link PageStore} ({@link PageLayout}); they are then joined into
 * one PDF ({@link IfAssembler}).
 *
 * <p>A renderer makes the PDF for the reader or for the printer ({@link PdfFor}): the press PDF is the
 * same pages on a sheet with bleed and crop marks, PDF/X-4 ({@link FopSetup}, {@link PressFinish}).
 *
 * <p>Thread-safe: FOP's factories are built on first use and used again ({@link FopFactories}).
 */
public final class PdfRenderer {
    /** The smallest scale a page may be shrunk to (85% of the design's type size and leading). */
    public static final double MIN_SCALE = 0.85;
    /** Documents of fewer source pages are measured whole at the design's size (their outliers allowed: none). */
    static final int ESTIMATED_FROM = 100;
    /**
     * The share of a volume's pages measured first at the design's size, the fullest by {@link PageFullness}:
     * on the four corpus volumes every page that overflows is among the fullest 21%.
     */
    static final double FULLEST = 1.0 / 3;
    /** Overflowing pages for which a failing render also measures how much they would need to shrink. */
    private static final int MEASURED_IN_FAILURE = 10;

    private final Stylesheets stylesheets;
    private final Map<String, String> parameters;
    private final FopFactories factories;
    private volatile int threads = Runtime.getRuntime().availableProcessors();
    private volatile double measuredFirst = FULLEST;

    public PdfRenderer(Stylesheets stylesheets, Map<String, String> parameters) {
        this(stylesheets, parameters, PdfFor.READER);
    }

    /** A renderer of the PDF made for {@code pdfFor}: the reader's, or the printer's ({@link PressFinish}). */
    public PdfRenderer(Stylesheets stylesheets, Map<String, String> parameters, PdfFor pdfFor) {
        this.stylesheets = stylesheets;
        this.parameters = Map.copyOf(parameters);
        this.factories = new FopFactories(pdfFor);
    }

    /** Whom the PDFs this renderer makes are for. */
    public PdfFor pdfFor() {
        return factories.pdfFor();
    }

    /** How many FOP layouts run at once on the pages of one document (the machine's processors unless set). */
    public void layoutThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("layout threads must be 1 or more, not " + threads);
        }
        this.threads = threads;
    }

    /**
     * The share of a volume's pages measured first at the design's size, the fullest ones (1: all of them,
     * as for a document of fewer pages). The PDF is the same whatever the share: it only orders the work.
     */
    void measureFirst(double share) {
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("the share measured first must be above 0 and at most 1, not " + share);
        }
        this.measuredFirst = share;
    }

    /** Compiles the stylesheet in the background, for a rendering to come. */
    public void prepare() {
        stylesheets.prepare(Stylesheets.Output.FO);
    }

    public PdfResult render(XdmNode tei, OutputStream out, Overflow overflow) throws InputException, IOException {
        return render(tei, out, overflow, PageStore.inMemory());
    }

    /**
     * Renders, taking every page whose layout inputs are those of a page in {@code pages} from there
     * and keeping the pages it lays out there: the PDF is the same bytes either way.
     */
    public PdfResult render(XdmNode tei, OutputStream out, Overflow overflow, PageStore pages) throws InputException, IOException {
        String file = tei.getDocumentURI() == null ? "" : tei.getDocumentURI().toString();
        RenderingPages store = new RenderingPages(pages);
        FoLayout layout = new FoLayout(stylesheets, factories, parameters, store, threads);
        Date created = Date.from(EditionDate.of(tei));
        List<PageBreaks.Break> breaks = PageBreaks.of(tei);
        java.util.function.Supplier<PageWords> words = new java.util.function.Supplier<>() {
            private PageWords counted;

            @Override
            public PageWords get() {
                if (counted == null) {
                    counted = PageWords.of(tei, breaks);
                }
                return counted;
            }
        };
        List<Diagnostic> diagnostics = new ArrayList<>();

        Map<String, Long> millis = new java.util.LinkedHashMap<>();
        long started = System.nanoTime();
        FoLayout.Transformed design = layout.transform(tei);
        int pageTotal = design.fo().pageIndexes().size();
        // a volume shrinking to fit is measured at the design's size fullest pages first: when they all fit,
        // the rest are laid out at that size as well, and a page the estimate left out is found there or,
        // at the volume's scale, by the check below, which then measures every page
        boolean estimated = overflow == Overflow.SHRINK && pageTotal >= ESTIMATED_FROM && measuredFirst < 1;
        FoLayout.Result result = layout.run(tei, design, created, 100, Map.of(), estimated ? design.fo().fullest(measuredFirst) : List.of());
        if (estimated && result.overflowing().isEmpty()) {
            result = layout.run(tei, design, created, 100, Map.of(), List.of());
            estimated = false;
        }
        millis.put("transform+layout", (System.nanoTime() - started) / 1_000_000);
        int volume = 100;
        List<PdfResult.PageScale> shrunk = new ArrayList<>();
        // pages that fit at no allowed size, with shrink: they run on to pages labelled as continued
        java.util.Set<Integer> continued = new java.util.TreeSet<>();
        long shrinking = System.nanoTime();
        while (!result.overflowing().isEmpty()) {
            List<Integer> overflowing = result.overflowing();
            List<Integer> measured = overflow == Overflow.SHRINK ? overflowing
                    : overflowing.subList(0, Math.min(MEASURED_IN_FAILURE, overflowing.size()));
            Map<Integer, Integer> percents = fittingPercents(layout, tei, design, created, measured, 100);
            if (overflow == Overflow.SHRINK) {
                volume = VolumeScale.choose(pageTotal, percents.values());
            }
            Map<Integer, Integer> scales = new TreeMap<>();
            List<Diagnostic> failures = new ArrayList<>();
            for (int index : overflowing) {
                boolean measure = percents.containsKey(index);
                int percent = measure ? percents.get(index) : -1;
                if (overflow == Overflow.SHRINK && percent > 0 && percent < volume) {
                    scales.put(index, percent);
                } else if (overflow == Overflow.SHRINK && percent == 0) {
                    continued.add(index);
                } else if (overflow == Overflow.FAIL || percent <= 0) {
                    failures.add(overflowError(file, breaks, words, index, result.pageCounts().get(index), percent, measure, overflow));
                }
            }
            if (!failures.isEmpty()) {
                List<Diagnostic> all = new ArrayList<>(result.diagnostics());
                all.addAll(failures);
                throw new InputException(all);
            }
            Map<Integer, Integer> firstPages = result.pageCounts();
            int measuredPages = firstPages.size();
            result = layout.run(tei, design, created, volume, scales, List.of());
            // type set smaller can break lines differently: a page that fitted may now overflow
            List<Integer> again = result.overflowing().stream().filter(index -> !continued.contains(index)).toList();
            if (estimated && again.stream().anyMatch(index -> !firstPages.containsKey(index))) {
                // a page the estimate did not measure: measure them all, and choose again
                result = layout.run(tei, design, created, 100, Map.of(), List.of());
                estimated = false;
                volume = 100;
                continued.clear();
                continue;
            }
            if (!again.isEmpty()) {
                Map<Integer, Integer> retry = fittingPercents(layout, tei, design, created, again, volume);
                for (int index : again) {
                    if (retry.getOrDefault(index, 0) > 0) {
                        scales.put(index, retry.get(index));
                    } else if (overflow == Overflow.SHRINK) {
                        continued.add(index);
                    } else {
                        throw new InputException(List.of(overflowError(file, breaks, words, index,
                                result.pageCounts().get(index), 0, true, overflow)));
                    }
                }
                result = layout.run(tei, design, created, volume, scales, List.of());
                if (result.overflowing().stream().anyMatch(index -> !continued.contains(index))) {
                    throw new IllegalStateException("pages " + result.overflowing() + " overflow again after shrinking");
                }
            }
            for (Map.Entry<Integer, Integer> page : scales.entrySet()) {
                int index = page.getKey();
                PageBreaks.Break pb = index <= breaks.size() ? breaks.get(index - 1) : null;
                double relative = Math.floor(1000.0 * page.getValue() / volume) / 1000;
                shrunk.add(new PdfResult.PageScale(pb == null ? "#" + index : pb.folio(), line(pb), relative));
                diagnostics.add(Diagnostic.warning("pdf.overflow.shrunk", "source page " + folio(pb, index)
                        + " did not fit one page at the volume's type size (" + firstPages.getOrDefault(index, 2)
                        + " pages): set at " + Math.round(relative * 100) + "% of it (" + page.getValue()
                        + "% of the design's type size and leading)", file, line(pb), 0));
            }
            for (int index : continued) {
                PageBreaks.Break pb = index <= breaks.size() ? breaks.get(index - 1) : null;
                int more = result.pageCounts().getOrDefault(index, 2) - 1;
                String why = words.get().diagnosis(index);
                diagnostics.add(Diagnostic.warning("pdf.overflow.continued", "source page " + folio(pb, index)
                        + " does not fit one page even at " + Math.round(MIN_SCALE * 100) + "% of the type size: it continues on "
                        + more + " more page" + (more == 1 ? "" : "s") + " labelled \"" + PageBreaks.continuation(pb == null ? "" : pb.folio())
                        + "\", a deviation from the source's pages" + (why.isEmpty() ? "" : "; " + why), file, line(pb), 0));
            }
            if (volume < 100) {
                diagnostics.add(0, Diagnostic.warning("pdf.scale", "the volume is set at " + volume
                        + "% of the page design's type size and leading, so that its pages fit at one size ("
                        + overflowing.size() + " of " + (estimated ? "the " + measuredPages + " fullest of " : "") + pageTotal
                        + " pages do not fit at 100%)", file, 0, 0));
            }
            millis.put("shrink", (System.nanoTime() - shrinking) / 1_000_000);
            break;
        }
        diagnostics.addAll(0, result.diagnostics());
        long finishing = System.nanoTime();
        int pageCount = result.pageCounts().values().stream().mapToInt(Integer::intValue).sum();
        List<String> folios = folios(breaks, result.pageCounts(), pageCount, continued);
        FoLayout.Joined joined = layout.pdf(tei, result, folios, fileId(result, folios));
        diagnostics.addAll(result.diagnostics().size(), joined.diagnostics());
        out.write(joined.pdf());
        millis.put("finish", (System.nanoTime() - finishing) / 1_000_000);
        List<String> keys = result.laid().keys();
        List<String> laidOut = java.util.stream.IntStream.range(0, keys.size()).filter(i -> store.laidOut(keys.get(i)))
                .mapToObj(i -> keys.size() == breaks.size() ? breaks.get(i).folio() : "#" + (i + 1)).toList();
        List<String> continuedFolios = continued.stream().map(index -> index <= breaks.size() ? breaks.get(index - 1).folio() : "#" + index).toList();
        return new PdfResult(pageCount, volume / 100.0, shrunk, diagnostics, millis, laidOut, result.laid().pageKeys(), continuedFolios);
    }

    /**
     * A first print's pages: the text, which has no page breaks yet, flowed into the page design's pages
     * ({@code xslt/fo} with {@code pagination=new}), as a tagged PDF whose pages are read back to find
     * where each begins. The print edition itself is then made from the text with those pages written in.
     */
    public byte[] flowingPdf(XdmNode tei) throws InputException, IOException {
        String file = tei.getDocumentURI() == null ? "" : tei.getDocumentURI().toString();
        XsltRun run = new XsltRun(stylesheets, Stylesheets.Output.FO, tei, parameters);
        run.parameter("glyph-widths", FontMetrics.regular().widths());
        run.parameter("pagination", new XdmAtomicValue("new"));
        FopEvents events = new FopEvents(file);
        FopFactory factory = factories.borrow();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            FOUserAgent agent = PageLayout.userAgent(factory, Date.from(EditionDate.of(tei)));
            agent.getEventBroadcaster().addEventListener(events);
            Fop fop = factory.newFop(MimeConstants.MIME_PDF, agent, pdf);
            run.transformer().applyTemplates(tei, new SAXDestination(fop.getDefaultHandler()));
        } catch (SaxonApiException | FOPException e) {
            if (events.missingGlyphs().isEmpty()) {
                throw run.failure(e, "the first print cannot be made");
            }
        } finally {
            factories.giveBack(factory);
        }
        // a character no print font has: at its first place in the TEI, whether or not FOP went on
        if (!events.missingGlyphs().isEmpty()) {
            throw new InputException(events.missingGlyphs().diagnostics(tei, file));
        }
        return pdf.toByteArray();
    }

    /**
     * The source pages (by position, 1-based) that do not fit one page at the design's type size, each
     * page laid out alone or taken from {@code pages} (which keeps those laid out): a first print's check
     * of the pages it has written into the text.
     */
    public List<Integer> overflowingPages(XdmNode tei, PageStore pages) throws InputException, IOException {
        FoLayout layout = new FoLayout(stylesheets, factories, parameters, new RenderingPages(pages), threads);
        return layout.run(tei, layout.transform(tei), Date.from(EditionDate.of(tei)), 100, Map.of(), List.of()).overflowing();
    }

    /**
     * The label of every PDF page: each source page's folio; for the pages an apparatus runs on to, ""
     * (FOP's own number, which counts on from the folio in its style); for the pages a source page that
     * fits at no allowed size continues on, its folio marked as continued; none when the pages are not the
     * source pages.
     */
    private static List<String> folios(List<PageBreaks.Break> breaks, Map<Integer, Integer> pageCounts, int pageCount,
            java.util.Set<Integer> continued) {
        if (breaks.size() != pageCounts.size()) {
            return List.of();
        }
        List<String> folios = new ArrayList<>();
        for (PageBreaks.Break pb : breaks) {
            folios.add(pb.folio());
            for (int more = 1; more < pageCounts.getOrDefault(pb.index(), 1); more++) {
                folios.add(continued.contains(pb.index()) ? PageBreaks.continuation(pb.folio()) : "");
            }
        }
        return folios.size() == pageCount ? folios : List.of();
    }

    private static Diagnostic overflowError(String file, List<PageBreaks.Break> breaks, java.util.function.Supplier<PageWords> words,
            int index, int pages, int percent, boolean measured, Overflow overflow) {
        PageBreaks.Break pb = index <= breaks.size() ? breaks.get(index - 1) : null;
        // a page that fits at no allowed size: say how it compares with the volume's others, and why
        String why = measured && percent == 0 ? words.get().diagnosis(index) : "";
        return Diagnostic.error("pdf.overflow", "source page " + folio(pb, index) + " does not fit one page: it runs onto "
                + pages + " pages; " + howMuch(percent, measured, overflow) + (why.isEmpty() ? "" : "; " + why), file, line(pb), 0);
    }

    /**
     * Per page, the largest percentage (MIN_SCALE..below-1) at which it fits alone, or 0 when none does:
     * a binary search run for all the pages at once, each pass laying out only the pages still
     * searched, each at its own trial scale (page sequences are laid out independently, so this
     * gives what a search page by page gives, in about five passes instead of five per page).
     */
    private static Map<Integer, Integer> fittingPercents(FoLayout layout, XdmNode tei, FoLayout.Transformed design, Date created,
            List<Integer> pages, int below) throws InputException, IOException {
        Map<Integer, Integer> result = new TreeMap<>();
        if (pages.isEmpty()) {
            return result;
        }
        int least = (int) Math.round(MIN_SCALE * 100);
        Map<Integer, Integer> low = new TreeMap<>();
        Map<Integer, Integer> high = new TreeMap<>();
        Map<Integer, Integer> trial = new TreeMap<>();
        pages.forEach(page -> trial.put(page, least));
        Map<Integer, Integer> counts = probe(layout, tei, design, created, trial);
        for (int page : pages) {
            if (counts.getOrDefault(page, 2) > 1) {
                result.put(page, 0);
            } else {
                low.put(page, least);
                high.put(page, below - 1);
            }
        }
        while (true) {
            trial.clear();
            for (int page : low.keySet()) {
                if (low.get(page) < high.get(page)) {
                    trial.put(page, (low.get(page) + high.get(page) + 1) / 2);
                }
            }
            if (trial.isEmpty()) {
                break;
            }
            counts = probe(layout, tei, design, created, trial);
            for (Map.Entry<Integer, Integer> t : trial.entrySet()) {
                if (counts.getOrDefault(t.getKey(), 2) <= 1) {
                    low.put(t.getKey(), t.getValue());
                } else {
                    high.put(t.getKey(), t.getValue() - 1);
                }
            }
        }
        result.putAll(low);
        return result;
    }

    private static Map<Integer, Integer> probe(FoLayout layout, XdmNode tei, FoLayout.Transformed design, Date created,
            Map<Integer, Integer> percents) throws InputException, IOException {
        return layout.run(tei, design, created, 100, percents, percents.keySet()).pageCounts();
    }

    private static String howMuch(int percent, boolean measured, Overflow overflow) {
        if (!measured) {
            return "shorten it or use --overflow shrink";
        }
        if (percent == 0) {
            return "it does not fit even at " + Math.round(MIN_SCALE * 100) + "% of the type size (the least allowed)";
        }
        return "it would fit at " + percent + "% of the type size"
                + (overflow == Overflow.FAIL ? " (--overflow shrink)" : "");
    }

    private static String folio(PageBreaks.Break pb, int index) {
        return pb == null || pb.folio().isEmpty() ? "#" + index : "\"" + pb.folio() + "\"";
    }

    private static int line(PageBreaks.Break pb) {
        return pb == null ? 0 : pb.line();
    }

    /**
     * The file identifier: a digest of what the PDF is drawn from (every page's layout key, which covers its
     * FO, the stylesheet parameters and the creation date; the outline; the folios), never the clock. The
     * keys are at hand, where a digest of the TEI would serialize the whole tree again.
     */
    private static byte[] fileId(FoLayout.Result result, List<String> folios) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String key : result.laid().keys()) {
                digest.update(key.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            digest.update(result.fo().outline());
            digest.update((byte) 0);
            digest.update(String.join("\n", folios).getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(digest.digest(), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
