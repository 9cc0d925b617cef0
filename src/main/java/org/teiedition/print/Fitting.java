// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;
import net.sf.saxon.s9api.XdmNode;
import org.teiedition.diag.Diagnostic;
import org.teiedition.diag.InputException;

/**
 * Fits a document's source pages, one PDF page each, at one page design: the volume's type scale
 * ({@link VolumeScale}), the few pages set smaller on their own, and, with {@link Overflow#SHRINK}, the pages
 * that fit at no size down to the design's legibility floor, which continue on pages labelled as
 * continued. A page whose footnotes hold half its text or more ({@link #NOTES_DOMINATE}) is first set with its notes
 * smaller, down to their floor in points, as a compositor sets such a page's notes rather than the whole page.
 * With {@link Overflow#FAIL} a page that overflows is an error that says how far it is from fitting.
 *
 * <p>A volume of {@link #ESTIMATED_FROM} pages or more is measured at the design's size on its fullest pages
 * first ({@link PageFullness}); when one of the others overflows at the volume's scale, every page is measured.
 */
final class Fitting {
    /** Documents of fewer source pages are measured whole at the design's size (their outliers allowed: none). */
    static final int ESTIMATED_FROM = 100;
    /** The share of a volume's pages that decide how far above the design's size its type may be set. */
    static final double UPWARD_MEASURED = 0.1;
    /** The most the volume's type is set above the design's size, in percent of it. */
    static final int MOST = 112;
    /**
     * The most a division of the front or back matter whose pages come out short is set above the design's size, in
     * percent of it, when none of its pages is matter set smaller than the text ({@link PageFullness#setSmaller}: a table,
     * whose columns are as wide as their words at {@link #MOST}, a list, an index): an address set in the larger type its
     * printers gave it, about a point and a half above the design's.
     */
    static final int SHORT_MATTER_MOST = 125;
    /** The share of a page's characters in its footnotes from which its notes are set smaller first: its notes hold half its text or more. */
    static final double NOTES_DOMINATE = 0.5;
    /** Overflowing pages for which a failing render also measures how much they would need to shrink. */
    private static final int MEASURED_IN_FAILURE = 10;

    private final FoLayout layout;
    private final XdmNode tei;
    private final FoLayout.Transformed design;
    private final Date created;
    private final Overflow overflow;
    private final List<PageBreaks.Break> breaks;
    private final Supplier<PageWords> words;
    private final String file;
    /**
     * The pages of the front and back matter, each with its division's name: a printer set the contents, each
     * list and the index in a type size of its own.
     */
    private final Map<Integer, String> matterPages;

    Fitting(FoLayout layout, XdmNode tei, FoLayout.Transformed design, Date created, Overflow overflow, List<PageBreaks.Break> breaks,
            Supplier<PageWords> words) {
        this.layout = layout;
        this.tei = tei;
        this.design = design;
        this.created = created;
        this.overflow = overflow;
        this.breaks = breaks;
        this.words = words;
        this.file = tei.getDocumentURI() == null ? "" : tei.getDocumentURI().toString();
        this.matterPages = design.fo().matterPages();
    }

    /**
     * The pages fitted.
     *
     * @param result        the layout of every page at the volume's scale and the pages' own
     * @param volume        the volume's type scale, in percent of the design's
     * @param scales        the pages set at a scale of their own, by page index
     * @param firstPages    per page measured at the design's size, the PDF pages it took there
     * @param continued     the pages that fit at no allowed size and continue on further pages
     * @param base          the largest scale tried for the whole volume: the design's (100) or above it
     * @param overflowing   how many pages did not fit at that scale
     * @param estimated     whether only the fullest pages were measured at that scale
     * @param matter        per division of the front and back matter set at a scale of its own (below the volume's, or above it
     *                      for a division of short pages), its scale
     * @param matterPages   the pages of the front and back matter, each with its division's name
     * @param notes         the pages whose footnotes are set smaller than the page, each with their size in percent of the page's
     */
    record Fit(FoLayout.Result result, int volume, Map<Integer, Integer> scales, Map<Integer, Integer> firstPages, Set<Integer> continued,
            int base, int overflowing, boolean estimated, Map<String, Integer> matter, Map<Integer, String> matterPages,
            Map<Integer, Integer> notes) {
        /** The scale a page is set at unless it is shrunk on its own: its division's for a page of the matter, else the volume's. */
        int scaleOf(int index) {
            return Fitting.scaleOf(index, matterPages, matter, volume);
        }

        /** The pages of one division of the matter, in page order. */
        List<Integer> pagesOf(String division) {
            return Fitting.pagesOf(division, matterPages);
        }

        /** The pages set smaller than the rest of their part of the volume, on their own, with their scales. */
        Map<Integer, Integer> shrunk() {
            Map<Integer, Integer> shrunk = new TreeMap<>();
            scales.forEach((index, percent) -> {
                if (percent < scaleOf(index)) {
                    shrunk.put(index, percent);
                }
            });
            return shrunk;
        }
    }

    /**
     * Fits the pages, measuring first the {@code measuredFirst} share of them likeliest to be the fullest.
     * With {@link Overflow#SHRINK} the volume's scale may also rise above the design's size, up to
     * {@link #MOST}, when the pages still fit there: a volume whose fullest pages hold less than the
     * design allows is set larger, and its other pages come out fuller, as a printer would have set it.
     *
     * <p>It ends early when the pages measured first already show the design too dense: when
     * {@code tooDense} (given when a larger design may be chosen) holds for those of them that fit at no size from the
     * floor up, which every fit would continue, the fit returned continues just them and goes no further (a larger design
     * is tried instead). Their layouts at the floor are the first the search of each page's scale makes, so a fit that
     * goes on takes them from the store.
     */
    Fit fit(double measuredFirst, Optional<Predicate<Set<Integer>>> tooDense) throws InputException, IOException {
        int pageTotal = design.fo().pageIndexes().size();
        boolean estimated = overflow == Overflow.SHRINK && pageTotal >= ESTIMATED_FROM && measuredFirst < 1;
        Collection<Integer> first = estimated ? design.fo().fullest(measuredFirst) : List.of();
        FoLayout.Result atDesign = run(100, Map.of(), first);
        if (tooDense.isPresent() && overflow == Overflow.SHRINK && !atDesign.overflowing().isEmpty()) {
            Set<Integer> atNoSize = atNoSize(atDesign);
            if (tooDense.get().test(atNoSize)) {
                return new Fit(atDesign, 100, Map.of(), atDesign.pageCounts(), atNoSize, 100, text(atDesign.overflowing()).size(), estimated,
                        Map.of(), matterPages, Map.of());
            }
        }
        int base = overflow == Overflow.SHRINK ? largestFitting(atDesign, pageTotal) : 100;
        FoLayout.Result atBase = base == 100 ? atDesign : run(base, Map.of(), first);
        if (estimated && atBase.overflowing().isEmpty()) {
            atBase = run(base, Map.of(), List.of());
            estimated = false;
        }
        if (atBase.overflowing().isEmpty()) {
            return raiseShortMatter(new Fit(atBase, base, Map.of(), atBase.pageCounts(), Set.of(), base, 0, false, Map.of(), matterPages, Map.of()));
        }
        Fit fit = shrink(atBase, base, estimated, pageTotal);
        // a page the estimate did not measure overflows at the volume's scale: measure them all, and choose again
        return raiseShortMatter(fit != null ? fit : shrink(run(base, Map.of(), List.of()), base, false, pageTotal));
    }

    /**
     * The fit with each division of the front and back matter whose pages come out short at the text's scale (its
     * median page less than {@link PdfResult.Fill#SHORT} full) set as large as all its pages allow, up to {@link #MOST},
     * or {@link #SHORT_MATTER_MOST} when none of its pages is matter set smaller than the text: a printer set an address or a preface whose
     * source pages hold less than the text's in larger type, to fill them. A division with a page set apart (smaller,
     * its notes smaller, continued) keeps the text's scale.
     */
    private Fit raiseShortMatter(Fit fit) throws InputException, IOException {
        if (overflow != Overflow.SHRINK || fit.volume() >= SHORT_MATTER_MOST) {
            return fit;
        }
        Map<Integer, Double> fills = new TreeMap<>();
        List<FoPages.Sequence> sequences = fit.result().fo().sequences();
        for (int i = 0; i < sequences.size(); i++) {
            LaidPage laid = fit.result().laid().pages().get(i);
            if (Filling.couldBeFull(sequences.get(i), laid)) {
                fills.put(FoPages.Fo.index(sequences.get(i)), laid.fill());
            }
        }
        Set<Integer> setSmaller = new TreeSet<>();
        sequences.stream().filter(FoPages.Sequence::setSmaller).forEach(sequence -> setSmaller.add(FoPages.Fo.index(sequence)));
        List<Integer> pages = new ArrayList<>();
        List<Integer> smallerPages = new ArrayList<>();
        for (String division : new TreeSet<>(matterPages.values())) {
            List<Integer> own = pagesOf(division, matterPages);
            List<Double> filled = own.stream().filter(fills::containsKey).map(fills::get).sorted().toList();
            boolean apart = own.stream().anyMatch(index -> fit.scales().containsKey(index) || fit.notes().containsKey(index)
                    || fit.continued().contains(index));
            if (!fit.matter().containsKey(division) && !apart && !filled.isEmpty() && filled.get(filled.size() / 2) < PdfResult.Fill.SHORT) {
                (own.stream().anyMatch(setSmaller::contains) ? smallerPages : pages).addAll(own);
            }
        }
        // per page the largest scale it fits at, up to the most; a division is set at the least of its pages'
        Map<Integer, LargestFitting.Point> atVolume = measured(fit.result(), matterPages.keySet(), fit::scaleOf);
        Map<Integer, Integer> largest = LargestFitting.search(pages, fit.volume() + 1, SHORT_MATTER_MOST, this::measure, atVolume);
        if (fit.volume() < MOST) {
            largest.putAll(LargestFitting.search(smallerPages, fit.volume() + 1, MOST, this::measure, atVolume));
        }
        Map<String, Integer> matter = new TreeMap<>(fit.matter());
        Map<Integer, Integer> scales = new TreeMap<>(fit.scales());
        for (String division : new TreeSet<>(matterPages.values())) {
            List<Integer> own = pagesOf(division, matterPages).stream().filter(largest::containsKey).toList();
            int scale = own.stream().mapToInt(largest::get).min().orElse(0);
            if (scale > fit.volume()) {
                matter.put(division, scale);
                own.forEach(index -> scales.put(index, scale));
            }
        }
        if (matter.equals(fit.matter())) {
            return fit;
        }
        FoLayout.Result result = run(fit.volume(), scales, fit.notes(), List.of());
        if (result.overflowing().stream().anyMatch(index -> !fit.continued().contains(index))) {
            return fit;
        }
        return new Fit(result, fit.volume(), scales, fit.firstPages(), fit.continued(), fit.base(), fit.overflowing(), fit.estimated(), matter,
                matterPages, fit.notes());
    }

    /**
     * The largest scale, from the design's (100) up to {@link #MOST}, at which no more of the fullest pages
     * overflow than the volume may set smaller on their own: a search of passes over them, stepping from where their fill at the
     * design's size says it is ({@link #estimatedLargest}), halving the range left when that is more than two sizes off.
     */
    private int largestFitting(FoLayout.Result atDesign, int pageTotal) throws InputException, IOException {
        int textPages = pageTotal - matterPages.size();
        int allowed = VolumeScale.allowedOutliers(textPages);
        if (text(atDesign.overflowing()).size() > allowed) {
            return 100;
        }
        // the pages that decide: those that overflow and the fullest of the rest as laid out ({@link PageFill});
        // a page that overflows at the scale found although it was not among them is found by the pass over all pages
        List<Integer> deciding = fullestLaidOut(atDesign, Math.max(allowed + 1, (int) Math.ceil(textPages * UPWARD_MEASURED)), matterPages.keySet());
        // the search starts where the pages' fill at the design's size says the (allowed + 1)th fullest would just fill its page
        // (its text growing as the square of the size), and steps from there: the estimate is seldom more than a size off
        int low = 100;
        int high = MOST + 1;
        int trial = Math.max(low + 1, Math.min(MOST, estimatedLargest(atDesign, deciding, allowed)));
        for (int step = 0; high - low > 1; step++) {
            boolean fits = text(run(trial, Map.of(), deciding).overflowing()).size() <= allowed;
            if (fits) {
                low = trial;
            } else {
                high = trial;
            }
            int next = step < 2 ? (fits ? low + 1 : high - 1) : (low + high) / 2;
            trial = Math.max(low + 1, Math.min(high - 1, next));
        }
        return low;
    }

    /**
     * The scale at which the {@code allowed + 1}th of some pages, by how full a layout found them, would just fill its page, its
     * text growing as the square of its size (a line's height and its length); a page that overflowed counts as fitting at none.
     */
    private static int estimatedLargest(FoLayout.Result result, List<Integer> pages, int allowed) {
        Set<Integer> wanted = Set.copyOf(pages);
        List<Double> largest = new ArrayList<>();
        for (int i = 0; i < result.fo().sequences().size(); i++) {
            LaidPage laid = result.laid().pages().get(i);
            if (wanted.contains(FoPages.Fo.index(result.fo().sequences().get(i)))) {
                largest.add(laid.pages() > 1 || laid.fill() <= 0 ? 0 : LargestFitting.justFilling(100, laid.fill(), 1));
            }
        }
        java.util.Collections.sort(largest);
        return allowed < largest.size() ? (int) Math.floor(largest.get(allowed)) : MOST;
    }

    /** The scale of a page's part of the volume: its division's for a page of the matter set below the text, else the volume's. */
    private static int scaleOf(int index, Map<Integer, String> matterPages, Map<String, Integer> matter, int volume) {
        return matterPages.containsKey(index) ? matter.getOrDefault(matterPages.get(index), volume) : volume;
    }

    private static List<Integer> pagesOf(String division, Map<Integer, String> matterPages) {
        return matterPages.keySet().stream().filter(index -> matterPages.get(index).equals(division)).toList();
    }

    /** The pages of a list that are not in the front or back matter. */
    private List<Integer> text(List<Integer> pages) {
        return pages.stream().filter(index -> !matterPages.containsKey(index)).toList();
    }

    /** The entries of a map by page that are not pages of the front or back matter. */
    private Map<Integer, Integer> text(Map<Integer, Integer> pages) {
        Map<Integer, Integer> text = new TreeMap<>(pages);
        text.keySet().removeAll(matterPages.keySet());
        return text;
    }

    /** The least percentage of the design's type size a page may be set at (its legibility floor). */
    int least() {
        return design.fo().design().leastPercent();
    }

    /** The {@code count} pages of a layout that are fullest (overflowing first, then by how full they are laid out), in page order. */
    private static List<Integer> fullestLaidOut(FoLayout.Result result, int count, Set<Integer> leftOut) {
        List<FoPages.Sequence> sequences = result.fo().sequences();
        List<int[]> pages = new java.util.ArrayList<>();
        for (int i = 0; i < sequences.size(); i++) {
            int index = FoPages.Fo.index(sequences.get(i));
            if (index > 0 && !FoPages.Fo.runsOn(sequences.get(i)) && !leftOut.contains(index)) {
                LaidPage laid = result.laid().pages().get(i);
                pages.add(new int[] {index, laid.pages() > 1 ? Integer.MAX_VALUE : (int) Math.round(laid.fill() * 10_000)});
            }
        }
        return pages.stream().sorted((a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(a[0], b[0]))
                .limit(count).map(page -> page[0]).sorted().toList();
    }

    private Fit shrink(FoLayout.Result atFull, int base, boolean estimated, int pageTotal) throws InputException, IOException {
        List<Integer> overflowing = atFull.overflowing();
        boolean shrinking = overflow == Overflow.SHRINK;
        // a page whose notes hold half its text or more is measured with its notes at their floor: they shrink first
        Set<Integer> noteHeavy = shrinking ? notesDominate(atFull, overflowing) : Set.of();
        List<Integer> searched = shrinking ? overflowing : overflowing.subList(0, Math.min(MEASURED_IN_FAILURE, overflowing.size()));
        Map<Integer, Integer> percents = fittingPercents(searched, base, noteHeavy, measured(atFull, searched, index -> base));
        int volume = shrinking ? VolumeScale.choose(pageTotal - matterPages.size(), text(percents).values(), base) : 100;
        // each division of the matter its own scale: chosen the same way among its pages, never above the text's
        Map<String, Integer> matter = new TreeMap<>();
        for (String division : new TreeSet<>(matterPages.values())) {
            List<Integer> pages = pagesOf(division, matterPages);
            List<Integer> fittings = pages.stream().filter(percents::containsKey).map(percents::get).toList();
            int scale = shrinking ? VolumeScale.choose(pages.size(), fittings, volume) : volume;
            if (scale < volume) {
                matter.put(division, scale);
            }
        }
        Map<Integer, Integer> scales = new TreeMap<>();
        matterPages.forEach((index, division) -> {
            if (matter.containsKey(division)) {
                scales.put(index, matter.get(division));
            }
        });
        Set<Integer> continued = new TreeSet<>();
        List<Diagnostic> failures = new ArrayList<>();
        Map<Integer, List<Integer>> notesAtOwn = new TreeMap<>();
        for (int index : overflowing) {
            boolean isMeasured = percents.containsKey(index);
            int percent = isMeasured ? percents.get(index) : -1;
            int own = scaleOf(index, matterPages, matter, volume);
            if (shrinking && percent > 0 && percent < own) {
                scales.put(index, percent);
            } else if (shrinking && percent >= own && noteHeavy.contains(index)) {
                notesAtOwn.computeIfAbsent(own, scale -> new ArrayList<>()).add(index);
            } else if (overflow == Overflow.SHRINK && percent == 0) {
                continued.add(index);
            } else if (overflow == Overflow.FAIL || percent <= 0) {
                failures.add(overflowError(index, atFull.pageCounts().get(index), percent, isMeasured));
            }
        }
        if (!failures.isEmpty()) {
            List<Diagnostic> all = new ArrayList<>(atFull.diagnostics());
            all.addAll(failures);
            throw new InputException(all);
        }
        // a page that fits its part's scale with smaller notes has them as large as it allows; one set smaller alone, at their floor
        Map<Integer, Integer> notes = notesAtFloor(scales, noteHeavy);
        for (Map.Entry<Integer, List<Integer>> pages : notesAtOwn.entrySet()) {
            notes.putAll(fittingNotes(pages.getValue(), pages.getKey()));
        }
        FoLayout.Result result = run(volume, scales, notes, List.of());
        // type set smaller can break lines differently: a page that fitted may now overflow
        List<Integer> again = result.overflowing().stream().filter(index -> !continued.contains(index)).toList();
        if (estimated && again.stream().anyMatch(index -> !atFull.pageCounts().containsKey(index))) {
            return null;
        }
        if (!again.isEmpty()) {
            Map<Integer, Integer> retry = new TreeMap<>();
            Map<Integer, List<Integer>> byScale = again.stream().collect(java.util.stream.Collectors.groupingBy(index -> scaleOf(index, matterPages, matter, volume)));
            for (Map.Entry<Integer, List<Integer>> pages : byScale.entrySet()) {
                retry.putAll(fittingPercents(pages.getValue(), pages.getKey(), noteHeavy,
                        measured(result, pages.getValue(), index -> scales.getOrDefault(index, pages.getKey()))));
            }
            for (int index : again) {
                if (retry.getOrDefault(index, 0) > 0) {
                    scales.put(index, retry.get(index));
                } else if (overflow == Overflow.SHRINK) {
                    continued.add(index);
                } else {
                    throw new InputException(List.of(overflowError(index, result.pageCounts().get(index), 0, true)));
                }
            }
            notes.putAll(notesAtFloor(retry, noteHeavy));
            result = run(volume, scales, notes, List.of());
            if (result.overflowing().stream().anyMatch(index -> !continued.contains(index))) {
                throw new IllegalStateException("pages " + result.overflowing() + " overflow again after shrinking");
            }
        }
        return new Fit(result, volume, scales, atFull.pageCounts(), continued, base, text(overflowing).size(), estimated, matter, matterPages,
                notes);
    }

    /**
     * Of the pages that overflow in a layout, those that fit at no size from the design's floor up: laid out at the floor,
     * a page whose notes shrink first with its notes at their floor, as the first pass of {@link #fittingPercents} lays them out.
     */
    private Set<Integer> atNoSize(FoLayout.Result result) throws InputException, IOException {
        List<Integer> overflowing = result.overflowing();
        Set<Integer> noteHeavy = notesDominate(result, overflowing);
        Map<Integer, Integer> plain = new TreeMap<>();
        Map<Integer, Integer> heavy = new TreeMap<>();
        overflowing.forEach(index -> (noteHeavy.contains(index) ? heavy : plain).put(index, least()));
        Map<Integer, Integer> counts = new TreeMap<>();
        if (!plain.isEmpty()) {
            counts.putAll(probe(plain).pageCounts());
        }
        if (!heavy.isEmpty()) {
            counts.putAll(run(100, heavy, notesAtFloor(heavy, noteHeavy), heavy.keySet()).pageCounts());
        }
        Set<Integer> atNoSize = new TreeSet<>();
        overflowing.forEach(index -> {
            if (counts.getOrDefault(index, 2) > 1) {
                atNoSize.add(index);
            }
        });
        return atNoSize;
    }

    /** The pages of a layout whose footnotes hold half their text or more ({@link #NOTES_DOMINATE}). */
    private static Set<Integer> notesDominate(FoLayout.Result result, List<Integer> pages) {
        return result.fo().sequences().stream().filter(sequence -> sequence.noteShare() >= NOTES_DOMINATE)
                .map(FoPages.Fo::index).filter(pages::contains).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }

    /** Of the pages set at a scale of their own, those whose notes shrink first, each with its notes at their floor at that scale. */
    private Map<Integer, Integer> notesAtFloor(Map<Integer, Integer> scales, Set<Integer> noteHeavy) {
        Map<Integer, Integer> notes = new TreeMap<>();
        scales.forEach((index, percent) -> {
            int floor = design.fo().design().leastNotePercent(percent);
            if (noteHeavy.contains(index) && percent > 0 && floor < 100) {
                notes.put(index, floor);
            }
        });
        return notes;
    }

    /**
     * Per page that fits at the scale {@code percent} with its footnotes set smaller, down to their floor
     * ({@link PageDesign#leastNotePercent}), the largest size of its notes at which it does (in percent of the
     * page's); a page that fits with its notes as designed, or at no size of them, is not in the map.
     */
    private Map<Integer, Integer> fittingNotes(List<Integer> pages, int percent) throws InputException, IOException {
        int least = design.fo().design().leastNotePercent(percent);
        Map<Integer, Integer> notes = new TreeMap<>();
        if (least >= 100) {
            return notes;
        }
        LargestFitting.search(pages, least, 100, trial -> measured(run(percent, Map.of(), trial, trial.keySet()), trial), Map.of())
                .forEach((page, size) -> {
                    if (size > 0 && size < 100) {
                        notes.put(page, size);
                    }
                });
        return notes;
    }

    /**
     * Per page, the largest percentage at which it fits alone, from the design's least to below {@code below},
     * or to {@code below} itself for a page whose notes shrink first, measured with its notes at their floor;
     * 0 when none does. {@code overflowed}: each page as a layout measured it where it overflowed, with its notes as designed.
     */
    private Map<Integer, Integer> fittingPercents(List<Integer> pages, int below, Set<Integer> noteHeavy, Map<Integer, LargestFitting.Point> overflowed)
            throws InputException, IOException {
        Map<Integer, Integer> percents = LargestFitting.search(pages.stream().filter(index -> !noteHeavy.contains(index)).toList(), least(),
                below - 1, this::measure, overflowed);
        percents.putAll(LargestFitting.search(pages.stream().filter(noteHeavy::contains).toList(), least(), below,
                trial -> measured(run(100, trial, notesAtFloor(trial, noteHeavy), trial.keySet()), trial), Map.of()));
        return percents;
    }

    private FoLayout.Result probe(Map<Integer, Integer> percents) throws InputException, IOException {
        return run(100, percents, percents.keySet());
    }

    /** The pages laid out each at its own scale, as the search of each one's largest measures them. */
    private Map<Integer, LargestFitting.Point> measure(Map<Integer, Integer> percents) throws InputException, IOException {
        return measured(probe(percents), percents);
    }

    /** What a layout measured of the pages it tried, each at its trial value. */
    private static Map<Integer, LargestFitting.Point> measured(FoLayout.Result result, Map<Integer, Integer> trial) {
        return measured(result, trial.keySet(), trial::get);
    }

    /** What a layout measured of some of its pages, each at the scale {@code scaleOf} gives it: where their searches start. */
    private static Map<Integer, LargestFitting.Point> measured(FoLayout.Result result, Collection<Integer> pages,
            java.util.function.IntUnaryOperator scaleOf) {
        Map<Integer, LargestFitting.Point> points = new TreeMap<>();
        Set<Integer> wanted = Set.copyOf(pages);
        List<FoPages.Sequence> sequences = result.fo().sequences();
        for (int i = 0; i < sequences.size(); i++) {
            int index = FoPages.Fo.index(sequences.get(i));
            if (wanted.contains(index)) {
                points.put(index, LargestFitting.Point.of(scaleOf.applyAsInt(index), result.laid().pages().get(i)));
            }
        }
        return points;
    }

    private FoLayout.Result run(int volume, Map<Integer, Integer> scales, Collection<Integer> only) throws InputException, IOException {
        return layout.run(tei, design, created, volume, scales, only);
    }

    private FoLayout.Result run(int volume, Map<Integer, Integer> scales, Map<Integer, Integer> notes, Collection<Integer> only)
            throws InputException, IOException {
        return layout.run(tei, design, created, volume, scales, Map.of(), notes, only);
    }

    private Diagnostic overflowError(int index, int pages, int percent, boolean measured) {
        PageBreaks.Break pb = index <= breaks.size() ? breaks.get(index - 1) : null;
        // a page that fits at no allowed size: say how it compares with the volume's others, and why
        String why = measured && percent == 0 ? words.get().diagnosis(index) : "";
        return Diagnostic.error("pdf.overflow", "source page " + folio(pb, index) + " does not fit one page: it runs onto "
                + pages + " pages; " + howMuch(percent, measured) + (why.isEmpty() ? "" : "; " + why), file, line(pb), 0);
    }

    private String howMuch(int percent, boolean measured) {
        if (!measured) {
            return "shorten it or use --overflow shrink";
        }
        if (percent == 0) {
            return "it does not fit even at " + least() + "% of the type size (" + floor() + ", the least allowed)";
        }
        return "it would fit at " + percent + "% of the type size" + (overflow == Overflow.FAIL ? " (--overflow shrink)" : "");
    }

    /** The legibility floor as an editor reads it: "8 pt". */
    String floor() {
        return points(design.fo().design().leastTextSize()) + " pt";
    }

    static String points(double size) {
        return java.math.BigDecimal.valueOf(size).stripTrailingZeros().toPlainString();
    }

    static String folio(PageBreaks.Break pb, int index) {
        return pb == null || pb.folio().isEmpty() ? "#" + index : "\"" + pb.folio() + "\"";
    }

    static int line(PageBreaks.Break pb) {
        return pb == null ? 0 : pb.line();
    }
}
