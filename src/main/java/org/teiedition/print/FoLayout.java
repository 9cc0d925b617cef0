// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.sf.saxon.s9api.SAXDestination;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import org.apache.fop.apps.FopFactory;
import org.teiedition.diag.Diagnostic;
import org.teiedition.diag.InputException;
import org.teiedition.transform.ShownElsewhere;
import org.teiedition.transform.Stylesheets;
import org.teiedition.transform.XsltRun;
import org.teiedition.store.PageStore;

/**
 * TEI through {@code xslt/fo} and FOP: Saxon writes the FO once, as SAX events cut into its page
 * sequences ({@link FoPages}); each layout sets the pages at a type scale ({@link PageType}) and lays
 * each out into FOP's intermediate format or takes it from the {@link PageStore} ({@link PageLayout}),
 * giving the pages each source page took and, on demand, the PDF.
 */
final class FoLayout {
    private final Stylesheets stylesheets;
    private final FopFactories factories;
    private final Map<String, String> parameters;
    private final PageStore store;
    private final int threads;
    private final Optional<KeptTransformation> kept;

    FoLayout(Stylesheets stylesheets, FopFactories factories, Map<String, String> parameters, PageStore store, int threads) {
        this(stylesheets, factories, parameters, store, threads, Optional.empty());
    }

    /** @param kept the renderer's last transformation, which a transformation takes what it can from and replaces */
    FoLayout(Stylesheets stylesheets, FopFactories factories, Map<String, String> parameters, PageStore store, int threads,
            Optional<KeptTransformation> kept) {
        this.stylesheets = stylesheets;
        this.factories = factories;
        this.parameters = parameters;
        this.store = store;
        this.threads = threads;
        this.kept = kept;
    }

    /**
     * @param pageCounts per page index (1-based, as in the FO's page-sequence ids), the PDF pages it took
     */
    record Result(FoPages.Fo fo, PageLayout.Laid laid, Date created, Map<Integer, Integer> pageCounts, java.util.Set<Integer> runsOn,
            List<Diagnostic> diagnostics) {
        /** The pages that took more than one page, but those that open an apparatus, which run on. */
        List<Integer> overflowing() {
            return pageCounts.entrySet().stream().filter(e -> e.getValue() > 1 && !runsOn.contains(e.getKey()))
                    .map(Map.Entry::getKey).sorted().toList();
        }
    }

    /**
     * A document's FO at the design's type size, what the stylesheet said while writing it, and how many of its
     * page sequences the stylesheet wrote (the others kept from the last transformation).
     */
    record Transformed(FoPages.Fo fo, List<Diagnostic> messages, int written) {
    }

    /** Runs the print stylesheet once: every layout of the document is made from this FO. */
    Transformed transform(XdmNode tei) throws InputException {
        return transform(tei, null, 0);
    }

    /**
     * As {@link #transform(XdmNode)}, laying out at the design's size, while the FO is written, the fullest
     * {@code share} of the pages ({@link LayingAhead}) when there is a second layout thread.
     */
    Transformed transform(XdmNode tei, Date created, double share) throws InputException {
        if (kept.isEmpty()) {
            return written(tei, created, share, Set.of());
        }
        String file = tei.getDocumentURI() == null ? "" : tei.getDocumentURI().toString();
        Map<String, String> context = new HashMap<>(parameters);
        context.put(" file", file);
        context.put(" pdf-for", factories.pdfFor().name());
        KeptTransformation.Names names = KeptTransformation.names(tei, context, ShownElsewhere.of(stylesheets, Stylesheets.Output.FO, tei));
        Optional<FoPages.Fo> same = kept.get().fo(names);
        if (same.isPresent()) {
            return new Transformed(same.get(), List.of(), 0);
        }
        Optional<KeptTransformation.Changed> changed = kept.get().changed(names);
        if (changed.isPresent() && changed.get().pages().size() < names.pages().size()) {
            Transformed partial = written(tei, created, share, changed.get().pages());
            Optional<FoPages.Fo> merged = partial.messages().isEmpty() ? KeptTransformation.merge(partial.fo(), changed.get()) : Optional.empty();
            if (merged.isPresent()) {
                kept.get().keep(names, merged.get(), true);
                return new Transformed(merged.get(), List.of(), changed.get().pages().size());
            }
        }
        Transformed whole = written(tei, created, share, Set.of());
        kept.get().keep(names, whole.fo(), whole.messages().isEmpty());
        return whole;
    }

    /** The stylesheet's run over the text, writing the sequences of the pages {@code only} (by index; empty: all). */
    private Transformed written(XdmNode tei, Date created, double share, Set<Integer> only) throws InputException {
        XsltRun run = new XsltRun(stylesheets, Stylesheets.Output.FO, tei, parameters);
        run.parameter("glyph-widths", FontMetrics.regular().widths());
        run.parameter("most-scale", new net.sf.saxon.s9api.XdmAtomicValue(java.math.BigDecimal.valueOf(Fitting.MOST, 2)));
        run.parameter("pdf-for", new net.sf.saxon.s9api.XdmAtomicValue(factories.pdfFor().name().toLowerCase(java.util.Locale.ROOT)));
        if (!only.isEmpty()) {
            run.parameter("only-pages", new XdmValue(only.stream().map(net.sf.saxon.s9api.XdmAtomicValue::new).toList()));
        }
        String file = tei.getDocumentURI() == null ? "" : tei.getDocumentURI().toString();
        boolean ahead = created != null && share > 0 && threads > 1;
        try (LayingAhead laying = new LayingAhead(new PageLayout(factories, store, 1, created, file), share)) {
            FoPages pages = new FoPages(ahead ? laying::written : (before, sequence) -> {
            });
            run.transformer().applyTemplates(tei, new SAXDestination(pages));
            FoPages.Fo fo = pages.fo();
            return new Transformed(fo, run.messages(), fo.sequences().size());
        } catch (SaxonApiException e) {
            throw run.failure(e, "the print edition cannot be made");
        }
    }

    /**
     * Lays the document's pages out at a type scale.
     *
     * @param volume    the volume's type scale, in percent of the page design's
     * @param scales    the pages set at a scale of their own, in percent of the page design's, by page index
     * @param onlyPages the page indexes to lay out alone, or empty for all
     */
    Result run(XdmNode tei, Transformed design, Date created, int volume, Map<Integer, Integer> scales,
            java.util.Collection<Integer> onlyPages) throws InputException, java.io.IOException {
        return run(tei, design, created, volume, scales, Map.of(), onlyPages);
    }

    /** As {@link #run(XdmNode, Transformed, Date, int, Map, java.util.Collection)}, with some pages' leading opened up (permille, by page index). */
    Result run(XdmNode tei, Transformed design, Date created, int volume, Map<Integer, Integer> scales, Map<Integer, Integer> leadings,
            java.util.Collection<Integer> onlyPages) throws InputException, java.io.IOException {
        return run(tei, design, created, volume, scales, leadings, Map.of(), onlyPages);
    }

    /** As {@link #run(XdmNode, Transformed, Date, int, Map, Map, java.util.Collection)}, with some pages' footnotes set smaller (percent of the page's size). */
    Result run(XdmNode tei, Transformed design, Date created, int volume, Map<Integer, Integer> scales, Map<Integer, Integer> leadings,
            Map<Integer, Integer> notes, java.util.Collection<Integer> onlyPages) throws InputException, java.io.IOException {
        return run(tei, design, created, volume, scales, leadings, notes, Map.of(), onlyPages);
    }

    /** As {@link #run(XdmNode, Transformed, Date, int, Map, Map, Map, java.util.Collection)}, with some pages' set-off matter larger (permille of the text). */
    Result run(XdmNode tei, Transformed design, Date created, int volume, Map<Integer, Integer> scales, Map<Integer, Integer> leadings,
            Map<Integer, Integer> notes, Map<Integer, Integer> setOffs, java.util.Collection<Integer> onlyPages)
            throws InputException, java.io.IOException {
        return lay(tei, design, design.fo().at(volume, scales, leadings, notes, setOffs, onlyPages), created);
    }

    /** Lays out pages whose type is already set (the sequences of {@code fo} as they are). */
    Result lay(XdmNode tei, Transformed design, FoPages.Fo fo, Date created) throws InputException, java.io.IOException {
        String file = tei.getDocumentURI() == null ? "" : tei.getDocumentURI().toString();
        PageLayout.Laid laid = new PageLayout(factories, store, threads, created, file).lay(fo);
        Map<Integer, Integer> counts = new HashMap<>();
        java.util.Set<Integer> runsOn = new java.util.HashSet<>();
        List<Diagnostic> all = new ArrayList<>(design.messages());
        for (int i = 0; i < fo.sequences().size(); i++) {
            int index = FoPages.Fo.index(fo.sequences().get(i));
            if (index > 0) {
                counts.put(index, laid.pages().get(i).pages());
                if (FoPages.Fo.runsOn(fo.sequences().get(i))) {
                    runsOn.add(index);
                }
            }
            all.addAll(laid.pages().get(i).diagnostics());
        }
        return new Result(fo, laid, created, counts, java.util.Set.copyOf(runsOn), all);
    }

    /**
     * The PDF of a layout: its pages joined, with the document's outline, and what FOP said while it drew
     * them. A character no print font has fails here, with its first place in the TEI (FOP finds the
     * glyphs when it draws the text, not when it lays it out).
     */
    Joined pdf(XdmNode tei, Result result, List<String> folios, byte[] fileId) throws InputException, java.io.IOException {
        String file = tei.getDocumentURI() == null ? "" : tei.getDocumentURI().toString();
        FopEvents events = new FopEvents(file);
        FopFactory factory = factories.borrow();
        byte[] pdf;
        try {
            pdf = IfAssembler.pdf(factory, result.created(), result.laid().header(), result.laid().pages(), result.fo().outline(), events,
                    folios, fileId, factories.pdfFor());
        } finally {
            factories.giveBack(factory);
        }
        if (!events.missingGlyphs().isEmpty()) {
            List<Diagnostic> all = new ArrayList<>(events.missingGlyphs().diagnostics(tei, file));
            all.addAll(events.diagnostics());
            throw new InputException(all);
        }
        return new Joined(pdf, events.diagnostics());
    }

    /** A PDF and what FOP said while drawing it. */
    record Joined(byte[] pdf, List<Diagnostic> diagnostics) {
    }
}
