// SPDX-License-Identifier: Apache-2.0
package org.teiedition.transform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;

/**
 * When the edition was made, the date every output gives as its own (the PDF's creation date, the EPUB's
 * {@code dcterms:modified}), never the clock, so that the same TEI gives the same bytes:
 * {@code SOURCE_DATE_EPOCH} (seconds) when set; else the digital edition's date as the TEI header gives it:
 * its edition statement's date; its publication statement's, when the header describes the printed
 * source apart ({@code sourceDesc/bibl}: the memorandum's {@code <date when="2026-11-27">}; a header
 * without one, as the Office of the Historian's, gives the printed volume's year there, 1932, which is
 * not the edition's); else its latest revision ({@code change/@when}, or the date its text opens with:
 * "2016-02-02 … Created TEI shell …"); else 1 January 2000.
 */
public final class EditionDate {
    private static final String HEADER = "/tei:TEI/tei:teiHeader";
    private static final String DATE = "(string(@when)[. ne ''], normalize-space(.)[. ne ''])[1]";
    private static final Pattern OPENING = Pattern.compile("^\\s*([0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)(?![0-9])");
    private static final Instant FIXED = LocalDate.of(2000, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private EditionDate() {
    }

    /** The edition's date, {@code SOURCE_DATE_EPOCH} taken from the environment. */
    public static Instant of(XdmNode tei) {
        return of(tei, System.getenv("SOURCE_DATE_EPOCH"));
    }

    /** The edition's date, with {@code SOURCE_DATE_EPOCH} as given (null: not set). */
    public static Instant of(XdmNode tei, String sourceDateEpoch) {
        if (sourceDateEpoch != null && sourceDateEpoch.strip().matches("[0-9]{1,12}")) {
            return Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.strip()));
        }
        return fromHeader(tei).orElse(FIXED);
    }

    /** "2026-11-27T00:00:00Z": the form of EPUB's {@code dcterms:modified}. */
    public static String utc(Instant instant) {
        return UTC.format(instant);
    }

    private static Optional<Instant> fromHeader(XdmNode tei) {
        try {
            XPathCompiler xpath = tei.getProcessor().newXPathCompiler();
            xpath.declareNamespace("tei", "http://www.tei-c.org/ns/1.0");
            String statements = "(" + HEADER + "/tei:fileDesc/tei:editionStmt//tei:date/" + DATE + ", "
                    + HEADER + "/tei:fileDesc[tei:sourceDesc/(tei:bibl | tei:biblStruct | tei:biblFull)]/tei:publicationStmt/tei:date/" + DATE + ")";
            for (XdmItem date : xpath.evaluate(statements, tei)) {
                Optional<Instant> day = day(date.getStringValue());
                if (day.isPresent()) {
                    return day;
                }
            }
            Optional<Instant> latest = Optional.empty();
            for (XdmItem change : xpath.evaluate(HEADER + "/tei:revisionDesc//tei:change/(string(@when)[. ne ''], string(.))[1]", tei)) {
                Optional<Instant> day = day(change.getStringValue());
                if (day.isPresent() && (latest.isEmpty() || day.get().isAfter(latest.get()))) {
                    latest = day;
                }
            }
            return latest;
        } catch (SaxonApiException e) {
            return Optional.empty();
        }
    }

    /** The day a date opens with ("2016-02-02 …", "1942", "2026-11"), at midnight UTC. */
    private static Optional<Instant> day(String text) {
        Matcher opening = OPENING.matcher(text);
        if (!opening.find()) {
            return Optional.empty();
        }
        String date = opening.group(1);
        String full = date.length() == 4 ? date + "-01-01" : date.length() == 7 ? date + "-01" : date;
        try {
            return Optional.of(LocalDate.parse(full).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
