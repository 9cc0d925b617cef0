// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.Edition;
import org.teiedition.diag.Diagnostic;
import org.teiedition.diag.InputException;
import org.teiedition.validate.ValidationMode;

/**
 * A source page that holds two printed pages' text (a page break lost in encoding) can fit at no allowed
 * size: the error names the page, its words against the volume's other pages, and where the lost break
 * probably was.
 */
class LostPageBreakTest {
    private static final Path PAGES = Path.of("src/test/resources/print/frus1927v01-p236.xml");

    @Test
    void aPageThatLostItsBreakIsToldWhereTheBreakProbablyWas(@TempDir Path dir) throws Exception {
        String text = Files.readString(PAGES);
        String lost = text.replaceFirst("<pb [^>]*n=\"238\"[^>]*/>", "");
        assertFalse(lost.equals(text), "the fixture has page 238");
        Path tei = Files.writeString(dir.resolve("lost.xml"), lost);
        Edition edition = Edition.create();
        InputException e = assertThrows(InputException.class, () -> edition.pdf(edition.read(tei, ValidationMode.WARN),
                dir.resolve("lost.pdf"), Overflow.SHRINK));
        Diagnostic overflow = e.diagnostics().stream().filter(d -> d.code().equals("pdf.overflow")).findFirst().orElseThrow();
        assertTrue(overflow.message().startsWith("source page \"237\" does not fit one page"), overflow.message());
        assertTrue(overflow.message().matches(".*it holds [\\d,]+ words, (1\\.[3-9]|[2-9]\\.\\d)× the fullest other page.*"), overflow.message());
        assertTrue(overflow.message().contains(": a page break is probably missing between \""), overflow.message());
        assertEquals(lineOf(lost, "n=\"237\""), overflow.line());
    }

    private static int lineOf(String text, String what) {
        return (int) text.substring(0, text.indexOf(what)).chars().filter(c -> c == '\n').count() + 1;
    }
}
