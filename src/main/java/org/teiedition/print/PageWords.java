// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;

/**
 * The words of each source page (its text and its notes, as the TEI holds them), to tell an editor why a
 * page cannot fit: a page that holds far more words than the volume's fullest others most likely lost a
 * page break in encoding, and where a page of typical length would end is where to look for it.
 */
final class PageWords {
    private static final String TEI = "http://www.tei-c.org/ns/1.0";

    /** Per source page (0-based), its words in order. */
    private final List<List<String>> pages;

    private PageWords(List<List<String>> pages) {
        this.pages = pages;
    }

    /** The words of every source page of {@code tei}, the pages counted as {@link PageBreaks} counts them. */
    static PageWords of(XdmNode tei, List<PageBreaks.Break> breaks) {
        List<List<String>> pages = new ArrayList<>();
        breaks.forEach(pb -> pages.add(new ArrayList<>()));
        java.util.Map<XdmNode, Integer> starts = new java.util.HashMap<>();
        breaks.forEach(pb -> starts.put(pb.node(), pb.index() - 1));
        int[] current = {-1};
        collect(tei, starts, current, pages);
        return new PageWords(pages);
    }

    private static void collect(XdmNode node, java.util.Map<XdmNode, Integer> starts, int[] current, List<List<String>> pages) {
        for (XdmNode child : node.children()) {
            if (child.getNodeKind() == XdmNodeKind.ELEMENT) {
                Integer start = starts.get(child);
                if (start != null) {
                    current[0] = start;
                } else if (!(TEI.equals(child.getNodeName().getNamespace()) && child.getNodeName().getLocalName().equals("teiHeader"))) {
                    collect(child, starts, current, pages);
                }
            } else if (child.getNodeKind() == XdmNodeKind.TEXT && current[0] >= 0) {
                for (String word : child.getStringValue().trim().split("\\s+")) {
                    if (!word.isEmpty()) {
                        pages.get(current[0]).add(word);
                    }
                }
            }
        }
    }

    /**
     * Why source page {@code index} (1-based) may not fit, in words: how many it holds against the
     * volume's fullest other page and its typical (median) page, and, when it holds far more than any other,
     * the place where a page break is probably missing.
     */
    String diagnosis(int index) {
        Against page = against(index);
        if (page == null) {
            return "";
        }
        List<String> words = pages.get(index - 1);
        String counts = String.format(Locale.ROOT, "it holds %,d words, %.1f× the fullest other page (%,d) and %.1f× the typical page (%,d)",
                page.words(), (double) page.words() / page.fullest(), page.fullest(), (double) page.words() / page.typical(), page.typical());
        if (!page.lost()) {
            return counts + ": no page break seems lost; the page design holds less than this volume's fullest pages"
                    + " (a larger text block: -p page-height, -p page-width)";
        }
        int at = Math.min(page.typical(), page.words() - 1);
        return counts + ": a page break is probably missing between \"" + around(words, at - 3, at) + "\" and \""
                + around(words, at, at + 3) + "\" (where a page of typical length would end)";
    }

    /**
     * Whether source page {@code index} (1-based) holds far more words than any other page (a third more
     * than the fullest, more than the typical): a page break was then probably lost in the encoding, and the
     * page is a fault in the data rather than a page the design is too small for.
     */
    boolean breakProbablyLost(int index) {
        Against page = against(index);
        return page != null && page.lost();
    }

    /** A page's words against the volume's fullest other page and its typical (median) page. */
    private record Against(int words, int fullest, int typical) {
        boolean lost() {
            return (double) words / fullest >= 1.3 && words > typical;
        }
    }

    /** Page {@code index} against the others, or null when there are none to compare it with. */
    private Against against(int index) {
        if (index < 1 || index > pages.size() || pages.size() < 2) {
            return null;
        }
        int[] others = new int[pages.size() - 1];
        for (int i = 0, o = 0; i < pages.size(); i++) {
            if (i != index - 1) {
                others[o++] = pages.get(i).size();
            }
        }
        Arrays.sort(others);
        int fullest = others[others.length - 1];
        int typical = others[others.length / 2];
        return fullest == 0 || typical == 0 ? null : new Against(pages.get(index - 1).size(), fullest, typical);
    }

    private static String around(List<String> words, int from, int to) {
        return String.join(" ", words.subList(Math.max(0, from), Math.min(words.size(), to)));
    }
}
