// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.saxon.s9api.XdmNode;
import org.teiedition.diag.InputException;

/**
 * Holds the book rule of at most two consecutive hyphenated lines ({@link HyphenRuns}) where FOP's
 * {@code hyphenation-ladder-count} cannot: it counts only the hyphens FOP puts in, and a line that ends at
 * a hyphen of the text ("most-|favored") is an ordinary break to it, which also starts its count afresh. A
 * laid-out page with a run is laid out again with its breaks at hyphens restricted, mildest first: FOP's
 * hyphens never on two lines in a row; then, besides, the text's hyphenated compounds kept whole on a line.
 * A restriction is kept only when the page still fits its one page (so it begins and ends with the source
 * page's words, as before) and has fewer runs. FOP's hyphenation is never turned off: the page's lines
 * would gape. A page continued on further pages or an apparatus that runs on is left as it is.
 */
final class Hyphenation {
    /** A compound of the text: letters or figures joined by hyphens. */
    private static final Pattern COMPOUND = Pattern.compile("(?<![\\p{L}\\p{N}])[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)+");
    /** A text node of the FO (its markup's {@code <} and {@code >} are escaped in text and attributes alike: {@link XmlText}). */
    private static final Pattern TEXT = Pattern.compile(">([^<]+)<");
    private static final String SEQUENCE = "page-sequence";

    /** A change to a page's FO, named in its layout key. */
    private record Restriction(String name, UnaryOperator<String> change) {
    }

    /** The restrictions tried on a page with a run, mildest first. */
    private static final List<Restriction> RESTRICTIONS = List.of(
            new Restriction("ladder 1", Hyphenation::ladderOfOne),
            new Restriction("ladder 1, compounds whole", fo -> compoundsWhole(ladderOfOne(fo))));

    private Hyphenation() {
    }

    /**
     * The layout with the pages that have runs of hyphenated lines laid out again where a restriction removes some.
     *
     * @param counted the runs counted on laid-out pages before, by the page's key: a page laid out the same is not read
     *                again (an edition being edited lays out only the pages an edit touched); left holding this layout's pages
     */
    static FoLayout.Result limit(FoLayout layout, XdmNode tei, FoLayout.Transformed design, FoLayout.Result result, Map<String, Integer> counted)
            throws InputException, IOException {
        FoPages.Fo fo = result.fo();
        List<FoPages.Sequence> sequences = new ArrayList<>(fo.sequences());
        Map<Integer, Integer> runs = new TreeMap<>();
        Map<String, Integer> known = Map.copyOf(counted);
        counted.clear();
        for (int i = 0; i < sequences.size(); i++) {
            LaidPage laid = result.laid().pages().get(i);
            if (FoPages.Fo.index(sequences.get(i)) > 0 && !FoPages.Fo.runsOn(sequences.get(i)) && laid.pages() == 1) {
                String key = result.laid().keys().get(i);
                Integer count = known.get(key);
                if (count == null) {
                    count = HyphenRuns.count(laid.intermediate());
                }
                counted.put(key, count);
                if (count > 0) {
                    runs.put(i, count);
                }
            }
        }
        boolean changed = false;
        for (Restriction restriction : RESTRICTIONS) {
            List<Integer> open = runs.keySet().stream().filter(i -> runs.get(i) > 0).toList();
            if (open.isEmpty()) {
                break;
            }
            List<FoPages.Sequence> tried = open.stream().map(i -> restricted(fo.sequences().get(i), restriction)).toList();
            FoLayout.Result trial = layout.lay(tei, design, new FoPages.Fo(fo.rootStart(), fo.prologue(), new byte[0], tried, fo.design()),
                    result.created());
            for (int j = 0; j < open.size(); j++) {
                LaidPage laid = trial.laid().pages().get(j);
                int i = open.get(j);
                if (laid.pages() == 1 && HyphenRuns.count(laid.intermediate()) < runs.get(i)) {
                    sequences.set(i, tried.get(j));
                    runs.put(i, HyphenRuns.count(laid.intermediate()));
                    changed = true;
                }
            }
        }
        return changed ? layout.lay(tei, design, new FoPages.Fo(fo.rootStart(), fo.prologue(), fo.outline(), List.copyOf(sequences),
                fo.design()), result.created()) : result;
    }

    private static FoPages.Sequence restricted(FoPages.Sequence sequence, Restriction restriction) {
        byte[] fo = restriction.change().apply(new String(sequence.fo(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        return sequence.changed(fo, restriction.name());
    }

    /** A page whose FOP hyphens never end two lines in a row: set on its page sequence, which all its text inherits. */
    static String ladderOfOne(String fo) {
        int at = sequenceName(fo) + SEQUENCE.length();
        return fo.substring(0, at) + " hyphenation-ladder-count=\"1\"" + fo.substring(at);
    }

    /** A page whose hyphenated compounds ("most-favored") are each kept whole on a line, in an inline of the FO's own prefix. */
    static String compoundsWhole(String fo) {
        String inline = fo.substring(1, sequenceName(fo)) + "inline";
        Matcher text = TEXT.matcher(fo);
        StringBuilder kept = new StringBuilder();
        while (text.find()) {
            String whole = COMPOUND.matcher(text.group(1))
                    .replaceAll(compound -> Matcher.quoteReplacement("<" + inline + " keep-together.within-line=\"always\">" + compound.group()
                            + "</" + inline + ">"));
            text.appendReplacement(kept, Matcher.quoteReplacement(">" + whole + "<"));
        }
        return text.appendTail(kept).toString();
    }

    /** Where the name of the page's page sequence begins, after its prefix. */
    private static int sequenceName(String fo) {
        int name = fo.indexOf(SEQUENCE);
        if (!fo.startsWith("<") || name < 0 || name > fo.indexOf('>')) {
            throw new IllegalStateException("a page's FO does not begin with its page sequence");
        }
        return name;
    }
}
