// SPDX-License-Identifier: Apache-2.0
package org.teiedition.encode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import nu.xom.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.teiedition.encode.EncodeOptions;

/** Note calls glued in the hard ways: each table row gives the paragraph, the numbers and the words they follow. */
class NoteCallsTest {

    static Stream<Arguments> calls() {
        return Stream.of(
                Arguments.of("released by Tass7 this morning.", List.of(7), List.of("Tass")),
                Arguments.of("with his Government.57", List.of(57), List.of("Government.")),
                Arguments.of("at 3 p.m.?26 he said.", List.of(26), List.of("p.m.?")),
                Arguments.of("(copy attached).10", List.of(10), List.of("attached).")),
                Arguments.of("with Stalin until 193965 was non-existent.", List.of(65), List.of("1939")),
                Arguments.of("(see my 449, July 1, noon85). Situation as in my 350, May 17, 9 a.m.86", List.of(85, 86),
                        List.of("noon", "a.m.")),
                Arguments.of("There are 12 American men, 11 women and $5,000 in 1943–44 and 4,500,000 tons.1", List.of(1),
                        List.of("tons.")),
                Arguments.of("Molotov5 called at Tehran6 and Tass7 said 15 words.", List.of(5, 6, 7), List.of("Molotov", "Tehran", "Tass")),
                Arguments.of("The Chargé d’Affaires9 and “The Protocol”10 on 9:55 May 1st.", List.of(9, 10),
                        List.of("d’Affaires", "Protocol”")),
                Arguments.of("Numbers 861.24/1393 and pages 10—15 are no calls,3 but this is.", List.of(3), List.of("calls,")),
                Arguments.of("A call before a page break5 [Page 2] goes on.", List.of(5), List.of("break")));
    }

    @ParameterizedTest
    @MethodSource("calls")
    void eachCallIsFoundAndRendersBack(String paragraph, List<Integer> numbers, List<String> words) throws Exception {
        StringBuilder text = new StringBuilder("Heading\n").append(paragraph);
        numbers.forEach(n -> text.append("\n- Note ").append(n).append(".↩"));
        Encoded encoded = RoundTrip.encode(text.toString(), "x.txt", EncodeOptions.firstPage(1));
        List<Element> notes = new TeiFacts(encoded.document()).all("//tei:note[@n]");
        assertEquals(numbers, notes.stream().map(note -> Integer.parseInt(note.getAttributeValue("n"))).toList());
        assertEquals(words, notes.stream().map(TeiFacts::glued).toList());
        for (int i = 0; i < notes.size(); i++) {
            assertEquals("Note " + numbers.get(i) + ".", notes.get(i).getValue());
        }
        assertEquals(text.toString(), RoundTrip.text(encoded));
    }

    @ParameterizedTest
    @MethodSource("calls")
    void aNoteInTheHeadingIsFoundToo(String paragraph, List<Integer> numbers, List<String> words) throws Exception {
        int first = numbers.get(0) - 1;
        if (first < 1) {
            return;
        }
        StringBuilder text = new StringBuilder("Memorandum by the Secretary of State").append(first).append('\n').append(paragraph);
        text.append("\n- In the heading.↩");
        numbers.forEach(n -> text.append("\n- Note ").append(n).append(".↩"));
        Encoded encoded = RoundTrip.encode(text.toString(), "x.txt", EncodeOptions.firstPage(1));
        TeiFacts tei = new TeiFacts(encoded.document());
        Element inHead = tei.all("//tei:head/tei:note").get(0);
        assertEquals(Integer.toString(first), inHead.getAttributeValue("n"));
        assertEquals("Memorandum by the Secretary of State", tei.value("//tei:titleStmt/tei:title").orElseThrow());
        assertEquals(text.toString(), RoundTrip.text(encoded));
    }
}
