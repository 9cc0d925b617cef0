// SPDX-License-Identifier: Apache-2.0
package org.teiedition.encode;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nu.xom.Element;

/**
 * Builds the {@code teiHeader} from what the transcription and its file name say, in the order of the
 * edition's contract. No clock is read: the same input gives the same header.
 */
final class HeaderBuilder {
    /** {@code frus1943v03-d386}: the FRUS volume identifier in a file name. */
    private static final Pattern VOLUME_ID = Pattern.compile("frus(\\d{4})v(\\d{2})\\b.*");
    private static final Pattern BY = Pattern.compile(".*, by (.+)");
    private static final Pattern TO = Pattern.compile("(.+?) to (?:the )?.+");

    /** What the header is made of. */
    record Facts(String id, String title, Optional<String> fileNumber, Optional<String> signature,
                 Optional<Integer> firstPage, Optional<Integer> lastPage, List<String> participants,
                 Optional<String> dateline) {
    }

    private static final Pattern DATE = Pattern.compile("(January|February|March|April|May|June|July|August|September"
            + "|October|November|December) ([0-9]{1,2}), ([0-9]{4})");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");

    Element build(Facts facts) {
        Element header = Tei.element("teiHeader");
        Element fileDesc = Tei.add(header, Tei.element("fileDesc"));
        Element titleStmt = Tei.add(fileDesc, Tei.element("titleStmt"));
        titleStmt.appendChild(Tei.text("title", facts.title(), "type", "complete"));
        titleStmt.appendChild(Tei.text("author", author(facts)));
        titleStmt.appendChild(Tei.text("editor", "tei-edition", "role", "editor"));
        Element publication = Tei.add(fileDesc, Tei.element("publicationStmt"));
        publication.appendChild(Tei.text("publisher", "tei-edition"));
        Element availability = Tei.add(publication, Tei.element("availability", "status", "free"));
        availability.appendChild(Tei.text("p", "The text is a work of the United States Government and in the public domain."
                + " The encoding is released under CC0 1.0."));
        Element sourceDesc = Tei.add(fileDesc, Tei.element("sourceDesc"));
        sourceDesc.appendChild(bibl(facts));
        header.appendChild(encodingDesc());
        header.appendChild(profileDesc(facts));
        Element revisionDesc = Tei.add(header, Tei.element("revisionDesc"));
        revisionDesc.appendChild(Tei.text("change", "Encoded from the transcription by tei-edition."));
        return header;
    }

    private static String author(Facts facts) {
        Matcher by = BY.matcher(facts.title());
        if (by.matches()) {
            return by.group(1);
        }
        Matcher to = TO.matcher(facts.title());
        if (to.matches()) {
            return to.group(1);
        }
        return facts.signature().orElse("Unknown");
    }

    private static Element bibl(Facts facts) {
        Element bibl = Tei.element("bibl", "type", "frus");
        bibl.appendChild(Tei.text("title", "Foreign Relations of the United States", "level", "s"));
        Matcher volume = VOLUME_ID.matcher(facts.id());
        if (volume.matches() && Integer.parseInt(volume.group(2)) > 0) {
            int number = Integer.parseInt(volume.group(2));
            bibl.appendChild(Tei.text("title", volume.group(1) + ", Volume " + Roman.of(number), "level", "m"));
            bibl.appendChild(Tei.text("biblScope", "Volume " + Roman.of(number), "unit", "volume", "n", Integer.toString(number)));
        }
        if (facts.firstPage().isPresent()) {
            int from = facts.firstPage().get();
            int to = facts.lastPage().orElse(from);
            String label = from == to ? "p. " + from : "pp. " + from + "–" + to;
            bibl.appendChild(Tei.text("biblScope", label, "unit", "page", "from", Integer.toString(from), "to", Integer.toString(to)));
        }
        facts.fileNumber().ifPresent(number -> bibl.appendChild(Tei.text("idno", number, "type", "file")));
        return bibl;
    }

    private static Element encodingDesc() {
        Element encodingDesc = Tei.element("encodingDesc");
        Element decl = Tei.add(encodingDesc, Tei.element("editorialDecl"));
        Tei.add(decl, Tei.element("correction")).appendChild(Tei.text("p",
                "The source’s own errors are kept as printed; where marked, they are sic inside choice, with the intended reading in corr."));
        Tei.add(decl, Tei.element("normalization")).appendChild(Tei.text("p",
                "The text is not normalized: spelling, punctuation, dashes and fractions are those of the printed page."));
        Tei.add(decl, Tei.element("segmentation")).appendChild(Tei.text("p",
                "Page breaks of the printed volume are pb elements whose n is the printed folio, at the exact word where the page turns."));
        Tei.add(decl, Tei.element("interpretation")).appendChild(Tei.text("p",
                "Footnotes are note elements at the place of their call, with the number printed in the source in n."));
        return encodingDesc;
    }

    private static boolean isDate(Matcher date) {
        try {
            java.time.LocalDate.of(Integer.parseInt(date.group(3)), MONTHS.indexOf(date.group(1)) + 1, Integer.parseInt(date.group(2)));
            return true;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    private static Element profileDesc(Facts facts) {
        Element profileDesc = Tei.element("profileDesc");
        Matcher date = DATE.matcher(facts.dateline().orElse(""));
        if (date.find() && isDate(date)) {
            String when = String.format("%s-%02d-%02d", date.group(3), MONTHS.indexOf(date.group(1)) + 1,
                    Integer.parseInt(date.group(2)));
            Tei.add(profileDesc, Tei.element("creation")).appendChild(Tei.text("date", date.group(), "when", when));
        }
        Element langUsage = Tei.add(profileDesc, Tei.element("langUsage"));
        langUsage.appendChild(Tei.text("language", "English", "ident", "en"));
        if (!facts.participants().isEmpty()) {
            Element listPerson = Tei.add(Tei.add(profileDesc, Tei.element("particDesc")), Tei.element("listPerson"));
            int i = 1;
            for (String participant : facts.participants()) {
                Element person = Tei.add(listPerson, Tei.element("person", "xml:id", "participant" + i++, "role", "participant"));
                person.appendChild(Tei.text("persName", participant));
            }
        }
        return profileDesc;
    }
}
