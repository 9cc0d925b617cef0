// SPDX-License-Identifier: Apache-2.0
package org.teiedition.encode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.teiedition.encode.EncodeOptions;
import org.teiedition.diag.Diagnostic;
import org.teiedition.diag.InputException;

/** Transcriptions the encoder must refuse, each with its message and place; and the warnings it gives. */
class BrokenTranscriptionsTest {

    static Stream<Arguments> broken() {
        return Stream.of(
                Arguments.of("empty", "", "x.txt:1:1: error: the transcription is empty"),
                Arguments.of("only a line break", "\n", "x.txt:1:1: error: the transcription is empty"),
                Arguments.of("binary", "\u0000\u0001PK", "x.txt:1:1: error: binary input: control character U+0000"),
                Arguments.of("control character", "Head\nText\u0007.", "x.txt:2:5: error: binary input: control character U+0007"),
                Arguments.of("byte order mark", "\uFEFFHead\nText.",
                        "x.txt:1:1: error: the file starts with a byte order mark: save it as UTF-8 without one"),
                Arguments.of("carriage return", "Head\r\nText.", "x.txt:1:5: error: carriage return: lines must end with \\n alone"),
                Arguments.of("empty line", "Head\n\nText.", "x.txt:2:1: error: empty line: the transcription form has one paragraph a line"),
                Arguments.of("malformed marker", "Head\nText [Page 52a] more.",
                        "x.txt:2:6: error: malformed page marker: expected \"[Page N]\" with N a page number"),
                Arguments.of("lower-case marker", "Head\n[page 5]\nText.",
                        "x.txt:2:1: error: malformed page marker: expected \"[Page N]\" with N a page number"),
                Arguments.of("unclosed marker", "Head\nText [Page 5 more.",
                        "x.txt:2:6: error: malformed page marker: expected \"[Page N]\" with N a page number"),
                Arguments.of("marker glued to a word", "Head\nA [Page 5]b.",
                        "x.txt:2:3: error: page marker \"[Page 5]\" must be followed by a space or the end of the line"),
                Arguments.of("marker then space at the end", "Head\nA [Page 5] ",
                        "x.txt:2:3: error: page marker \"[Page 5]\" is followed by a space at the end of the line"),
                Arguments.of("pages out of order", "Head\nA [Page 5] b.\nC [Page 4] d.",
                        "x.txt:3:3: error: page break \"4\" follows \"5\": pages out of order"),
                Arguments.of("page repeated", "Head\nA [Page 5] b.\n[Page 5]\nC.",
                        "x.txt:3:1: error: page break \"5\" follows \"5\": pages out of order"),
                Arguments.of("page missing", "Head\nA [Page 5] b.\nC [Page 7] d.",
                        "x.txt:3:3: error: page break \"7\" follows \"5\": page 6 is missing"),
                Arguments.of("pages missing", "Head\nA [Page 5] b.\nC [Page 9] d.",
                        "x.txt:3:3: error: page break \"9\" follows \"5\": page 6–8 are missing"),
                Arguments.of("page 1 inside", "Head\nA [Page 1] b.",
                        "x.txt:2:3: error: page marker \"[Page 1]\" does not open the document: the first page would be 0"),
                Arguments.of("a footnote no call matches", "Head\nText without calls.\n- A note.↩",
                        "x.txt:3:1: error: footnote 1 of 1 has no call in the text: expected a number glued to a word"),
                Arguments.of("a standalone number is no call", "Head\nHe gave 12 reasons.\n- A note.↩",
                        "x.txt:3:1: error: footnote 1 of 1 has no call in the text: expected a number glued to a word"),
                Arguments.of("the second footnote has no call", "Head\nWord5 text.\n- a↩\n- b↩",
                        "x.txt:4:1: error: footnote 2 of 2 has no call in the text: expected \"6\" after the call \"5\""),
                Arguments.of("calls out of order", "Head\nAlpha6 beta5.\n- a↩\n- b↩",
                        "x.txt:4:1: error: footnote 2 of 2 has no call in the text: expected \"6\" after the call \"5\""),
                Arguments.of("two places read equally well", "Head\nAlpha5 beta5.\n- a↩",
                        "x.txt:2:6: error: note calls are ambiguous: \"5\" at line 2, column 6 or \"5\" at line 2, column 12 read equally well"),
                Arguments.of("two numberings read equally well", "Head\nAlpha5 beta6 gamma7.\n- a↩\n- b↩",
                        "x.txt:2:6: error: note calls are ambiguous: \"5\" at line 2, column 6 or \"6\" at line 2, column 12 read equally well"),
                Arguments.of("a footnote line inside the text", "Head\n- a↩\nText5.",
                        "x.txt:2:1: error: footnote line before the end of the text: footnotes close the document"),
                Arguments.of("a malformed footnote line", "Head\nText5.\n-a↩",
                        "x.txt:3:1: error: malformed footnote line: expected \"- text↩\""),
                Arguments.of("a footnote line with a space after its end", "Head\nText5.\n- a↩ ",
                        "x.txt:3:1: error: malformed footnote line: expected \"- text↩\""),
                Arguments.of("an empty footnote", "Head\nText5.\n- ↩",
                        "x.txt:3:1: error: empty footnote: expected its text between \"- \" and \"↩\""),
                Arguments.of("a marker inside a footnote", "Head\nText5.\n- see [Page 4].↩",
                        "x.txt:3:1: error: page marker inside a footnote"),
                Arguments.of("no heading", "711.61/891½\n- a↩",
                        "x.txt:1:1: error: no heading: expected a heading line before the footnotes"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void isRefusedWithItsPlace(String name, String text, String expected) {
        InputException e = assertThrows(InputException.class, () -> RoundTrip.encode(text, "x.txt", EncodeOptions.defaults()));
        assertEquals(expected, e.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow().format());
    }

    @Test
    void nonUtf8IsRefusedAtTheByte() {
        byte[] bytes = "Head\nCaf\u00e9 text.".getBytes(StandardCharsets.ISO_8859_1);
        InputException e = assertThrows(InputException.class, () -> new Encoder().encode(bytes, "x.txt", EncodeOptions.defaults()));
        assertEquals("x.txt:2:4: error: the file is not UTF-8: invalid byte 0xE9", e.diagnostics().get(0).format());
    }

    @Test
    void aFirstPageAgainstTheOpeningMarkerIsRefused() {
        InputException e = assertThrows(InputException.class,
                () -> RoundTrip.encode("[Page 6]\nHead\nText.", "x.txt", EncodeOptions.firstPage(5)));
        assertEquals("x.txt:1:1: error: the document opens with page \"6\" but the first page is given as \"5\"",
                e.diagnostics().get(0).format());
    }

    @Test
    void aMarkerAfterTheFirstPageMustFollowIt() {
        InputException e = assertThrows(InputException.class,
                () -> RoundTrip.encode("Head\nA [Page 524] b.", "x.txt", EncodeOptions.firstPage(522)));
        assertEquals("x.txt:2:3: error: page break \"524\" follows \"522\": page 523 is missing", e.diagnostics().get(0).format());
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() {
        InputException e = assertThrows(InputException.class,
                () -> RoundTrip.encode("Head\n[Page x]\nA [Page 5]b.", "x.txt", EncodeOptions.defaults()));
        assertEquals(2, e.diagnostics().size(), e.diagnostics().toString());
    }

    static Stream<Arguments> warned() {
        return Stream.of(
                Arguments.of("Head\nuntil 193965 was.\n- a↩",
                        List.of("x.txt:2:11: warning: note call \"65\" read from \"193965\" as the year \"1939\" and note 65")),
                Arguments.of("Head\nin 1939.65 was.\n- a↩",
                        List.of("x.txt:2:9: warning: note call \"65\" read after a number and a full stop")));
    }

    @ParameterizedTest
    @MethodSource("warned")
    void doubtfulReadingsAreWarnings(String text, List<String> expected) throws Exception {
        Encoded encoded = RoundTrip.encode(text, "x.txt", EncodeOptions.firstPage(1));
        assertEquals(expected, encoded.warnings().stream().map(Diagnostic::format).toList());
        assertEquals(text, RoundTrip.text(encoded));
    }
}
