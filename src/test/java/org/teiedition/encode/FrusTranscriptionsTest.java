// SPDX-License-Identifier: Apache-2.0
package org.teiedition.encode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import nu.xom.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.teiedition.encode.EncodeOptions;

/**
 * The four real FRUS transcriptions and the tests' own ones: every fact of their {@code .json} shows in
 * the encoding, and the encoding renders back to the transcription byte for byte.
 */
class FrusTranscriptionsTest {
    private static final String[] DOCUMENTS = {"frus1936v03-d402", "frus1943v03-d386", "frus1943v03-d621", "frus1944v03-d1140"};

    @ParameterizedTest
    @ValueSource(strings = {"frus1936v03-d402", "frus1943v03-d386", "frus1943v03-d621", "frus1944v03-d1140",
        "own-telegram", "own-memorandum", "own-runin"})
    void everyFactOfTheJsonShows(String id) throws Exception {
        String text = RoundTrip.resource(id + ".txt");
        JsonNode facts = new ObjectMapper().readTree(RoundTrip.resource(id + ".json"));
        Encoded encoded = RoundTrip.encode(text, id + ".txt", EncodeOptions.defaults());
        TeiFacts tei = new TeiFacts(encoded.document());

        assertEquals(text, RoundTrip.text(encoded), "round trip");
        assertEquals(optional(facts, "file_number"), tei.value("//tei:div/tei:note[@type='source']"));
        assertEquals(optional(facts, "file_number"), tei.value("//tei:sourceDesc//tei:idno[@type='file']"));
        assertEquals(facts.get("heading").asText(), tei.value("//tei:div/tei:head[not(@type)]").orElseThrow());
        assertEquals(facts.get("heading").asText(), tei.value("//tei:titleStmt/tei:title").orElseThrow());
        assertEquals(optional(facts, "signature"), tei.value("//tei:div/tei:closer/tei:signed"));
        assertEquals(facts.get("paragraph_count").asInt(), tei.all("//tei:div/tei:p").size());

        for (JsonNode page : facts.get("page_breaks")) {
            List<Element> pbs = tei.all("//tei:pb[@n='" + page.get("page").asText() + "']");
            assertEquals(1, pbs.size(), "page " + page);
            Element pb = pbs.get(0);
            assertEquals(page.get("word_before").asText(), tei.wordBefore(pb), "before " + page);
            assertEquals(page.get("word_after").asText(), tei.wordAfter(pb), "after " + page);
            String parent = ((Element) pb.getParent()).getLocalName();
            assertEquals(page.get("position").asText().equals("inline") ? "p" : "div", parent, "position " + page);
        }
        List<Element> notes = tei.all("//tei:body//tei:note[not(@type)]");
        assertEquals(facts.get("footnotes").size(), notes.size());
        for (int i = 0; i < notes.size(); i++) {
            JsonNode fact = facts.get("footnotes").get(i);
            Element note = notes.get(i);
            assertEquals(fact.get("n").asText(), note.getAttributeValue("n"));
            assertEquals(fact.get("attached_to").asText(), TeiFacts.glued(note), "note " + fact.get("n"));
            assertEquals(fact.get("text").asText(), note.getValue());
            assertEquals(fact.get("in_heading").asBoolean(), ((Element) note.getParent()).getLocalName().equals("head"));
        }
        if (facts.has("warnings")) {
            assertEquals(strings(facts.get("warnings")), encoded.warnings().stream().map(w -> w.format()).toList());
            assertEquals(strings(facts.get("subheadings")), values(tei, "//tei:div/tei:head[@type='sub']"));
            assertEquals(strings(facts.get("datelines")), values(tei, "//tei:div/tei:dateline"));
            assertEquals(strings(facts.get("participants")), values(tei, "//tei:list[@type='participants'][not(@rend)]/tei:item"));
            assertEquals(strings(facts.get("participants")), values(tei, "//tei:particDesc//tei:persName"));
            assertEquals(optional(facts, "run_in_participants"), tei.value("//tei:list[@rend='run-in']/tei:item"));
            assertEquals(optional(facts, "first_page"), tei.value("(//tei:div/tei:pb)[1]/@n"));
            assertEquals(optional(facts, "date"), tei.value("//tei:profileDesc/tei:creation/tei:date/@when"));
        } else {
            assertTrue(encoded.warnings().stream().noneMatch(w -> w.code().startsWith("encode.call")), encoded.warnings().toString());
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(node -> out.add(node.asText()));
        return out;
    }

    private static List<String> values(TeiFacts tei, String xpath) {
        return tei.all(xpath).stream().map(TeiFacts::plain).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"frus1936v03-d402", "frus1943v03-d386", "frus1943v03-d621", "frus1944v03-d1140"})
    void theFirstPageIsInferredOrWarned(String id) throws Exception {
        String text = RoundTrip.resource(id + ".txt");
        JsonNode facts = new ObjectMapper().readTree(RoundTrip.resource(id + ".json"));
        Encoded encoded = RoundTrip.encode(text, id + ".txt", EncodeOptions.defaults());
        TeiFacts tei = new TeiFacts(encoded.document());
        if (facts.get("page_breaks").isEmpty()) {
            assertEquals(List.of(id + ".txt:1:1: warning: no first page: there is no \"[Page N]\" marker and no --first-page,"
                    + " so no page break opens the document"), encoded.warnings().stream().map(w -> w.format()).toList());
            assertTrue(tei.all("//tei:pb").isEmpty());
        } else {
            int marker = facts.get("page_breaks").get(0).get("page").asInt();
            Element first = tei.all("//tei:div/*").get(0);
            assertEquals("pb", first.getLocalName());
            assertEquals(Integer.toString(marker - 1), first.getAttributeValue("n"));
            assertEquals(Optional.of((marker - 1) + "–" + marker).map(s -> "pp. " + s),
                    tei.value("//tei:biblScope[@unit='page']"));
        }
    }

    private static Optional<String> optional(JsonNode facts, String field) {
        JsonNode node = facts.get(field);
        return node == null || node.isNull() ? Optional.empty() : Optional.of(node.asText());
    }

    static String[] documents() {
        return DOCUMENTS.clone();
    }
}
