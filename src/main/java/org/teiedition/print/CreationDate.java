// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmNode;

/**
 * The PDF's creation date, never the clock: {@code SOURCE_DATE_EPOCH} (seconds) when set, else the
 * date of the TEI's publication statement (its {@code @when}, else its text when that is a year or a
 * date: "1942"), else of its latest revision, else 1 January 2000.
 */
final class CreationDate {
    private static final String XPATH = "(/tei:TEI/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:date/(string(@when)[. ne ''], normalize-space(.)[. ne '']),"
            + " /tei:TEI/tei:teiHeader/tei:revisionDesc/tei:change/string(@when))[1]";

    private CreationDate() {
    }

    static Date of(XdmNode tei) {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.strip().matches("[0-9]{1,12}")) {
            return new Date(Long.parseLong(epoch.strip()) * 1000L);
        }
        try {
            XPathCompiler xpath = tei.getProcessor().newXPathCompiler();
            xpath.declareNamespace("tei", "http://www.tei-c.org/ns/1.0");
            String when = xpath.evaluate("string(" + XPATH + ")", tei).toString().strip();
            if (when.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}.*")) {
                return Date.from(LocalDate.parse(when.substring(0, 10)).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            if (when.matches("[0-9]{4}")) {
                return Date.from(LocalDate.of(Integer.parseInt(when), 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
        } catch (SaxonApiException | DateTimeParseException e) {
            // fall through to the fixed date
        }
        return Date.from(LocalDate.of(2000, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
