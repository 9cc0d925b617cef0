// SPDX-License-Identifier: Apache-2.0
package org.teiedition.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;

/** When the edition was made, as every output dates itself: never the clock, never the printed volume's year. */
class EditionDateTest {
    private static final Processor PROCESSOR = new Processor(false);

    @Test
    void theMemorandumIsDatedByItsEditionsPublicationStatement() throws Exception {
        // its header describes the printed volume apart (sourceDesc/bibl, 1963): the publication statement is the edition's
        assertEquals("2026-11-27T00:00:00Z", date(PROCESSOR.newDocumentBuilder().build(Path.of("tei/memorandum.xml").toFile()), null));
    }

    @Test
    void aVolumeWhosePublicationStatementIsThePrintedVolumesIsDatedByItsRevision() throws Exception {
        // <publicationStmt>…<date>1932</date> is the printed volume's; <change>2016-02-02 … Created TEI shell…
        XdmNode volume = PROCESSOR.newDocumentBuilder().build(Path.of("src/test/resources/web/frus1918Russiav03-p1.xml").toFile());
        assertEquals("2016-02-02T00:00:00Z", date(volume, null));
    }

    @Test
    void anEditionStatementsDateComesFirstAndTheLatestRevisionAfterThePublicationStatement() throws Exception {
        assertEquals("2024-03-01T00:00:00Z", date(header("""
                <editionStmt><edition>Second edition, <date when="2024-03">March 2024</date></edition></editionStmt>
                <publicationStmt><date when="2020-01-02"/></publicationStmt><sourceDesc><bibl>The volume</bibl></sourceDesc>"""), null));
        assertEquals("2021-06-30T00:00:00Z", date(header("""
                <publicationStmt><date>1942</date></publicationStmt><sourceDesc><p>Released in 1942 as printed book</p></sourceDesc>""",
                "<change when=\"2019-05-01\">Encoded</change><change>2021-06-30 Reviewed</change><change>Proofread</change>"), null));
    }

    @Test
    void sourceDateEpochWinsAndAHeaderWithoutADateGivesAFixedOne() throws Exception {
        XdmNode undated = header("<publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc>");
        assertEquals("2023-11-14T22:13:20Z", date(undated, "1700000000"));
        assertEquals("2000-01-01T00:00:00Z", date(undated, null));
        assertEquals("2000-01-01T00:00:00Z", date(undated, "yesterday"), "a value that is not seconds is not taken");
    }

    private static String date(XdmNode tei, String sourceDateEpoch) {
        Instant instant = EditionDate.of(tei, sourceDateEpoch);
        return EditionDate.utc(instant);
    }

    private static XdmNode header(String fileDesc, String... changes) throws Exception {
        String xml = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt>"
                + fileDesc + "</fileDesc>" + (changes.length > 0 ? "<revisionDesc>" + String.join("", changes) + "</revisionDesc>" : "")
                + "</teiHeader><text><body><p/></body></text></TEI>";
        return PROCESSOR.newDocumentBuilder().build(new StreamSource(new StringReader(xml)));
    }
}
