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
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
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
import org.teiedition.store.PageStore;

/**
 * TEI to XSL-FO ({@code xslt/fo}) to PDF (FOP), streamed, one page sequence per source page, the PDF
 * finished as FOP writes it (PDF/UA note identifiers, folio page labels, reproducible bytes:
 * {@link FinishingHandler}).
 *
 * <p>A source page that takes more than one PDF page overflows: with {@link Overflow#FAIL} rendering
 * stops with an {@link InputException} naming each such page and how far it is from fitting; with
 * {@link Overflow#SHRINK} the volume is first given one type scale at which its pages fit ({@link VolumeScale}:
 * a printed volume has one type size), and only the few pages that still do not fit are each set smaller
 * alone (type and leading together, never below the design's legibility floor: {@link PageDesign}), reported as warnings.
 * A volume of which too many pages fit at no size from the floor up is set in the next larger design
 * ({@link Fitting}).
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
    /**
     * The share of a volume's pages measured first at the design's size, the fullest by {@link PageFullness}:
     * on the four corpus volumes every page that overflows is among the fullest 21%.
     */
    static final double FULLEST = 1.0 / 3;

    private final Stylesheets stylesheets;
    private final Map<String, String> parameters;
    private final FopFactories factories;
    private volatile int threads = Runtime.getRuntime().availableProcessors();
    private volatile double measuredFirst = FULLEST;
    /** The last FO transformation, of which the next takes the pages an edit did not touch. */
    private final KeptTransformation kept = new KeptTransformation();
    /** The runs of hyphenated lines counted on the last rendering's pages, by page key ({@link Hyphenation#limit}). */
    private final Map<String, Integer> hyphenRuns = new java.util.concurrent.ConcurrentHashMap<>();

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
        return render(tei, out, overflow, pages, false);
    }

    /**
     * As {@link #render(XdmNode, OutputStream, Overflow, PageStore)}; when {@code keep}, the FO transformation is
     * kept for the next rendering, which takes from it the pages an edit did not touch ({@link KeptTransformation}).
     * A rendering that is not followed by another of the same file need not pay for naming the pages.
     */
    public PdfResult render(XdmNode tei, OutputStream out, Overflow overflow, PageStore pages, boolean keep) throws InputException, IOException {
        Optional<KeptTransformation> last = keep ? Optional.of(kept) : Optional.empty();
        String file = tei.getDocumentURI() == null ? "" : tei.getDocumentURI().toString();
        RenderingPages store = new RenderingPages(pages);
        Date created = Date.from(EditionDate.of(tei));
        List<PageBreaks.Break> breaks = PageBreaks.of(tei);
        Supplier<PageWords> words = new Supplier<>() {
            private PageWords counted;

            @Override
            public PageWords get() {
                if (counted == null) {
                    counted = PageWords.of(tei, breaks);
                }
                return counted;
            }
        };
        Map<String, Long> millis = new LinkedHashMap<>();
        long started = System.nanoTime();
        Map<String, String> chosen = parameters;
        FoLayout layout = new FoLayout(stylesheets, factories, chosen, store, threads, last);
        // the pages the fit measures first: its fullest share, or all of them when nothing may shrink
        double first = overflow == Overflow.SHRINK ? measuredFirst : 1;
        FoLayout.Transformed design = layout.transform(tei, created, first);
        Fitting fitting = new Fitting(layout, tei, design, created, overflow, breaks, words);
        Fitting.Fit fit = fitting.fit(measuredFirst, tooDense(overflow, design, words));
        List<Diagnostic> diagnostics = new ArrayList<>();
        // a volume too dense for its design at a legible size is set in the next larger design, as its printers did
        while (overflow == Overflow.SHRINK && designLeftToToolkit() && tooSmall(fit, design, words) && !design.fo().design().larger().isEmpty()) {
            PageDesign tight = design.fo().design();
            diagnostics.add(Diagnostic.warning("pdf.design", "the volume is set in the " + tight.larger() + " page design: "
                    + fit.continued().size() + " of its " + design.fo().pageIndexes().size() + " pages fit the " + tight.name()
                    + " design at no size from " + fitting.floor() + " up: " + FitReport.folios(fit.continued(), breaks), file, 0, 0));
            chosen = new java.util.HashMap<>(chosen);
            chosen.put("page-design", tight.larger());
            layout = new FoLayout(stylesheets, factories, chosen, store, threads, last);
            design = layout.transform(tei, created, first);
            fitting = new Fitting(layout, tei, design, created, overflow, breaks, words);
            fit = fitting.fit(measuredFirst, tooDense(overflow, design, words));
        }
        millis.put("transform+layout", (System.nanoTime() - started) / 1_000_000);
        diagnostics.addAll(FitReport.fitDiagnostics(file, fit, fitting, breaks, words, design.fo().pageIndexes().size(), design.fo().design()));
        long filling = System.nanoTime();
        Filling.Filled filled = Filling.fill(layout, tei, design, created, fit);
        // a page filled out is laid out again where it has runs of hyphenated lines: part of filling the page
        FoLayout.Result result = Hyphenation.limit(layout, tei, design, filled.result(), hyphenRuns);
        millis.put("fill", (System.nanoTime() - filling) / 1_000_000);
        diagnostics.addAll(0, result.diagnostics());
        long finishing = System.nanoTime();
        int pageCount = result.pageCounts().values().stream().mapToInt(Integer::intValue).sum();
        List<String> folios = folios(breaks, result.pageCounts(), pageCount, fit.continued());
        FoLayout.Joined joined = layout.pdf(tei, result, folios, fileId(result, folios));
        diagnostics.addAll(result.diagnostics().size(), joined.diagnostics());
        out.write(joined.pdf());
        millis.put("finish", (System.nanoTime() - finishing) / 1_000_000);
        List<String> keys = result.laid().keys();
        List<String> laidOut = java.util.stream.IntStream.range(0, keys.size()).filter(i -> store.laidOut(keys.get(i)))
                .mapToObj(i -> keys.size() == breaks.size() ? breaks.get(i).folio() : "#" + (i + 1)).toList();
        List<String> continuedFolios = fit.continued().stream()
                .map(index -> index <= breaks.size() ? breaks.get(index - 1).folio() : "#" + index).toList();
        return new PdfResult(pageCount, fit.volume() / 100.0, FitReport.shrunk(fit, breaks), diagnostics, millis, laidOut, result.laid().pageKeys(),
                continuedFolios, PdfResult.Design.of(design.fo().design(), fit.volume(), FitReport.matterSizes(fit, breaks, design.fo().design())), FitReport.fill(result, breaks));
    }

    /**
     * Whether a fit shows its design too small for the volume: a page that fits at no legible size though
     * it holds no more than a page's text (not a page break lost in the encoding), or more such pages than
     * faults in the data would explain.
     */
    private static boolean tooSmall(Fitting.Fit fit, FoLayout.Transformed design, Supplier<PageWords> words) {
        return tooSmall(fit.continued(), design, words);
    }

    private static boolean tooSmall(Set<Integer> continued, FoLayout.Transformed design, Supplier<PageWords> words) {
        return continued.size() > VolumeScale.allowedContinued(design.fo().pageIndexes().size())
                || continued.stream().anyMatch(index -> !words.get().breakProbablyLost(index));
    }

    /**
     * When a larger design may be chosen, whether pages that fit at no legible size show the design too small ({@link #tooSmall}):
     * a fit can then stop as soon as it has found them.
     */
    private Optional<Predicate<Set<Integer>>> tooDense(Overflow overflow, FoLayout.Transformed design,
            Supplier<PageWords> words) {
        if (overflow != Overflow.SHRINK || !designLeftToToolkit() || design.fo().design().larger().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(continued -> tooSmall(continued, design, words));
    }

    /** Whether the editor left the page design to the toolkit, which may then choose a larger one. */
    private boolean designLeftToToolkit() {
        return parameters.getOrDefault("page-design", "auto").equals("auto");
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
            Set<Integer> continued) {
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
