// SPDX-License-Identifier: Apache-2.0
package org.teiedition.verify;

import org.teiedition.publish.PublishOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.Edition;
import org.teiedition.print.Memorandum;
import org.teiedition.store.PageStore;
import org.teiedition.transform.Stylesheets;

/**
 * A PDF of many pages is read back in parts on several threads: the report is the one a single thread
 * gives, and a fault on a page of any part is found.
 */
class ParallelReadingTest {
    private static final int PAGES = 70;

    @TempDir
    static Path dir;
    static Edition edition;
    static Path tei;
    static Path pdf;

    /** The memorandum's header over a document of {@value #PAGES} short pages, 1 to 70. */
    @BeforeAll
    static void render() throws Exception {
        String memorandum = Files.readString(Memorandum.TEI);
        StringBuilder body = new StringBuilder("<body><div type=\"document\" xml:id=\"d1\"><head>Pages</head>");
        for (int n = 1; n <= PAGES; n++) {
            body.append("<pb n=\"").append(n).append("\"/><p>Page ").append(n).append(" says ").append(word(n))
                    .append(" and nothing more than that.</p>");
        }
        body.append("</div></body>");
        String text = memorandum.substring(0, memorandum.indexOf("<body>")) + body + memorandum.substring(memorandum.indexOf("</body>") + 7);
        text = text.replace("from=\"522\" to=\"524\">pp. 522–524", "from=\"1\" to=\"" + PAGES + "\">pp. 1–" + PAGES);
        tei = Files.writeString(dir.resolve("pages.xml"), text);
        edition = Edition.create();
        pdf = dir.resolve("pages.pdf");
        edition.pdf(tei, pdf, PublishOptions.defaults());
    }

    private static String word(int n) {
        return List.of("alpha", "bravo", "charlie", "delta", "echo").get(n % 5) + n;
    }

    @Test
    void severalThreadsGiveTheReportOfOneAndFindAFaultInEveryPart() throws Exception {
        XdmNode right = edition.load(tei);
        PaginationVerifier verifier = new PaginationVerifier(new Stylesheets(right.getProcessor(), Map.of()), Map.of());
        verifier.readingThreads(1);
        PaginationReport one = verifier.verify(pdf, right, List.of(), PageStore.inMemory()).report();
        assertEquals(PAGES, one.pages().size());
        assertTrue(one.pages().stream().allMatch(PaginationReport.PageCheck::ok), one::toString);

        // the source says otherwise on a page of the first part and on the last page
        Path edited = Files.writeString(dir.resolve("edited.xml"),
                Files.readString(tei).replace(" says " + word(3) + " ", " says wrong ").replace(" says " + word(PAGES) + " ", " says wrong "));
        XdmNode wrong = edition.load(edited);
        PaginationReport faultsInOne = verifier.verify(pdf, wrong, List.of(), PageStore.inMemory()).report();
        for (int threads : List.of(2, 3)) {
            verifier.readingThreads(threads);
            assertEquals(one, verifier.verify(pdf, right, List.of(), PageStore.inMemory()).report(), threads + " threads");
            PaginationReport faults = verifier.verify(pdf, wrong, List.of(), PageStore.inMemory()).report();
            assertEquals(faultsInOne, faults, threads + " threads");
            assertFalse(faults.pages().get(2).ok());
            assertFalse(faults.pages().get(PAGES - 1).ok());
            assertEquals(PAGES - 2, faults.pages().stream().filter(PaginationReport.PageCheck::ok).count());
        }
    }
}
