<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: Apache-2.0 -->
<!--
  Citation data: what a reader needs to cite a document by the printed volume and its pages.
  Returns plain data (maps of strings); each output formats it (Chicago style in HTML).
  Works from the edition's header (sourceDesc/bibl[@type='frus']) and, for a whole FRUS volume
  in the Office of the Historian's encoding, from its titleStmt and publicationStmt.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="https://tei-edition.org/ns/functions"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- the pages a unit spans (f:page-number), the unit's title -->
  <xsl:include href="pages.xsl"/>
  <xsl:include href="titles.xsl"/>

  <!-- The units a site has a page for: documents, or the whole body when there are none. -->
  <!-- The documents of a tree (indexes.xsl: found once per tree). -->
  <xsl:function name="f:documents" as="element(div)*">
    <xsl:param name="root" as="node()"/>
    <xsl:sequence select="f:index($root, 'documents')"/>
  </xsl:function>

  <xsl:function name="f:documents-of" as="element(div)*">
    <xsl:param name="root" as="node()"/>
    <xsl:sequence select="$root//text//div[@type = 'document']"/>
  </xsl:function>

  <!-- The page breaks outside documents and the front matter, by the document that follows each (indexes.xsl: once per tree). -->
  <xsl:function name="f:pbs-before" as="map(xs:string, element(pb)+)">
    <xsl:param name="root" as="node()"/>
    <xsl:sequence select="f:index($root, 'pbs-before')"/>
  </xsl:function>

  <xsl:function name="f:pbs-before-of" as="map(xs:string, element(pb)+)">
    <xsl:param name="root" as="node()"/>
    <xsl:map>
      <xsl:for-each-group select="$root//pb[not(ancestor::div[@type = 'document'] or ancestor::front)]"
          group-by="following::div[@type = 'document'][1] ! generate-id()">
        <xsl:map-entry key="current-grouping-key()" select="current-group()"/>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:function>

  <xsl:function name="f:units" as="element()*">
    <xsl:param name="tei" as="node()"/>
    <xsl:variable name="documents" select="f:documents(root($tei))"/>
    <xsl:sequence select="if ($documents) then $documents else root($tei)//text/body"/>
  </xsl:function>

  <!--
    The entries of a table of contents below a container (the body, a part): its outermost divisions that
    are documents or hold documents, at any depth (a volume may wrap its chapters in compilations).
  -->
  <xsl:function name="f:toc-children" as="element(div)*">
    <xsl:param name="container" as="element()"/>
    <xsl:variable name="inner" select="$container/descendant::div"/>
    <xsl:sequence select="$inner[@type = 'document' or descendant::div[@type = 'document']][empty(ancestor::div intersect $inner)]"/>
  </xsl:function>

  <!-- The page breaks that open a unit: those since the previous unit, outside any unit and the front matter. -->
  <xsl:function name="f:leading-pbs" as="element(pb)*">
    <xsl:param name="unit" as="element()"/>
    <xsl:sequence select="if ($unit/self::div[@type = 'document'])
                          then f:pbs-before(root($unit))(generate-id($unit)) else ()"/>
  </xsl:function>

  <!-- Every page break of a unit, leading ones included, in document order. -->
  <xsl:function name="f:unit-pbs" as="element(pb)*">
    <xsl:param name="unit" as="element()"/>
    <xsl:sequence select="f:leading-pbs($unit) | $unit//pb"/>
  </xsl:function>

  <!--
    The page breaks of the body after its last unit, outside every unit: the pages the back matter opens
    with (blank pages, a half-title before the index), shown with it.
  -->
  <xsl:function name="f:trailing-pbs" as="element(pb)*">
    <xsl:param name="tei" as="node()"/>
    <xsl:variable name="root" select="root($tei)"/>
    <xsl:sequence select="f:page-breaks($root) except ($root//text/front//pb | $root//text/back//pb | f:units($root) ! f:unit-pbs(.))"/>
  </xsl:function>

  <!--
    The divisions of the front or back matter, each a unit of its own: every div and titlePage child, as
    maps: unit (the division), lead (what stands between it and the division before: the page breaks that
    open it), trail (after the last division: its closing page breaks). Matter without such a child is
    one division, the whole of it.
  -->
  <xsl:function name="f:matter-divisions" as="map(*)*">
    <xsl:param name="matter" as="element()"/>
    <xsl:variable name="divisions" select="$matter/(div | titlePage)"/>
    <xsl:variable name="rest" select="$matter/node()[not(self::text()[not(normalize-space())])] except $divisions"/>
    <xsl:choose>
      <xsl:when test="empty($divisions)">
        <xsl:sequence select="map{'unit': $matter, 'lead': (), 'trail': ()}"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:for-each select="$divisions">
          <xsl:variable name="division" select="."/>
          <xsl:variable name="before" select="$divisions[. &lt;&lt; $division][last()]"/>
          <xsl:sequence select="map{'unit': .,
              'lead': $rest[. &lt;&lt; $division][empty($before) or . &gt;&gt; $before],
              'trail': if (position() = last()) then $rest[. &gt;&gt; $division] else ()}"/>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- The page a unit starts on: its first pb when the unit opens with it, else the last page before. -->
  <xsl:function name="f:first-page" as="xs:string?">
    <xsl:param name="unit" as="element()"/>
    <xsl:variable name="leading" select="f:leading-pbs($unit)[1]"/>
    <xsl:variable name="own" select="$unit/descendant::pb[1]"/>
    <xsl:variable name="opens-with-own" select="exists($own) and empty($unit//text()[normalize-space()][. &lt;&lt; $own])"/>
    <xsl:sequence select="string(($leading, $own[$opens-with-own], $unit/preceding::pb[1], $own)[f:names-page(.)][1]/@n)[. ne '']"/>
  </xsl:function>

  <!-- The page a unit ends on. -->
  <xsl:function name="f:last-page" as="xs:string?">
    <xsl:param name="unit" as="element()"/>
    <xsl:sequence select="string((f:unit-pbs($unit)[f:names-page(.)][last()], $unit/preceding::pb[f:names-page(.)][1])[1]/@n)[. ne '']"/>
  </xsl:function>

  <!-- Whether a page break's folio names a page: "[]" (an unnumbered page the source did not count) does not. -->
  <xsl:function name="f:names-page" as="xs:boolean">
    <xsl:param name="pb" as="element(pb)"/>
    <xsl:sequence select="matches($pb/@n, '[\p{L}\p{N}]')"/>
  </xsl:function>

  <!-- The position of a pb among the document's page breaks: its page in a page-faithful PDF. -->
  <xsl:function name="f:pdf-page" as="xs:integer">
    <xsl:param name="pb" as="element(pb)"/>
    <xsl:sequence select="f:page-number($pb)"/>
  </xsl:function>

  <!--
    The file a source note names: the note's words ("711.61/891½"), without the "File No." the series
    prints before them ("File No. 861.51/133"); nothing for a note in brackets, which says what the
    document is ("[Telegram]", "[Enclosure—Translation]").
  -->
  <xsl:function name="f:file-number" as="xs:string?">
    <xsl:param name="note" as="element(note)"/>
    <xsl:variable name="text" select="normalize-space(string-join($note//text()))"/>
    <xsl:sequence select="replace($text, '^File\s+Nos?\.\s*', '', 'i')[not(starts-with($text, '['))][. ne '']"/>
  </xsl:function>

  <!-- The unit's date (xs:date lexical form or year), from its dateline, else from the header's creation. -->
  <xsl:function name="f:unit-date" as="xs:string?">
    <xsl:param name="unit" as="element()"/>
    <xsl:variable name="single" select="count(f:units($unit)) = 1"/>
    <xsl:sequence select="string(($unit//dateline//date/@when, $unit/@frus:doc-dateTime-min,
        if ($single) then root($unit)//profileDesc/creation/date/@when else ())[1])[. ne '']"
        xmlns:frus="http://history.state.gov/frus/ns/1.0"/>
  </xsl:function>

  <!-- "May 7, 1943" for 1943-05-07; the year alone for a year. -->
  <xsl:function name="f:display-date" as="xs:string?">
    <xsl:param name="when" as="xs:string?"/>
    <xsl:sequence select="
        if (empty($when)) then ()
        else if ($when castable as xs:date) then f:month-day-year(xs:date($when))
        else if (matches($when, '^\d{4}-\d{2}-\d{2}T')) then f:month-day-year(xs:date(substring($when, 1, 10)))
        else $when"/>
  </xsl:function>

  <!-- format-date($date, '[MNn] [D], [Y]') in English, spelt out: the same words at a tenth of the cost. -->
  <xsl:function name="f:month-day-year" as="xs:string">
    <xsl:param name="date" as="xs:date"/>
    <xsl:sequence select="('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
        'October', 'November', 'December')[month-from-date($date)] || ' ' || day-from-date($date) || ', ' || year-from-date($date)"/>
  </xsl:function>

  <!-- "III" from "Volume III" / "vol. III" / n="3". -->
  <xsl:function name="f:volume-number" as="xs:string?" cache="yes">
    <xsl:param name="text" as="xs:string?"/>
    <xsl:variable name="t" select="normalize-space(replace(string($text), '^\s*(volume|vol\.)\s*', '', 'i'))"/>
    <xsl:sequence select="$t[. ne '']"/>
  </xsl:function>

  <!--
    The volume's bibliographic data, as a map of strings (absent keys are unknown):
    series, volume-title, volume, publisher, place, year, file (the Department of State file number).
  -->
  <xsl:function name="f:volume-data" as="map(xs:string, xs:string)">
    <xsl:param name="tei" as="node()"/>
    <xsl:sequence select="f:document-volume-data(root($tei))"/>
  </xsl:function>

  <!-- The same for the document node: worked out once per document (every page asks for it). -->
  <xsl:function name="f:document-volume-data" as="map(xs:string, xs:string)" cache="yes">
    <xsl:param name="root" as="node()"/>
    <xsl:variable name="bibl" select="$root//teiHeader/fileDesc/sourceDesc/bibl[@type = 'frus'][1]"/>
    <xsl:variable name="stmt" select="$root//teiHeader/fileDesc/titleStmt"/>
    <xsl:variable name="pub" select="$root//teiHeader/fileDesc/publicationStmt"/>
    <xsl:variable name="entries" as="map(xs:string, xs:string)*">
      <xsl:choose>
        <xsl:when test="$bibl">
          <xsl:sequence select="f:entry('series', $bibl/title[@level = 's'])"/>
          <xsl:sequence select="f:entry('volume-title', $bibl/title[@level = 'm'])"/>
          <xsl:sequence select="f:entry('volume', f:volume-number($bibl/biblScope[@unit = 'volume']))"/>
          <xsl:sequence select="f:entry('publisher', $bibl/publisher)"/>
          <xsl:sequence select="f:entry('place', $bibl/pubPlace)"/>
          <xsl:sequence select="f:entry('year', ($bibl/date/@when, $bibl/date)[1])"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:sequence select="f:entry('series', $stmt/title[@type = 'series'])"/>
          <xsl:sequence select="f:entry('volume-title', $stmt/title[@type = 'volume'])"/>
          <xsl:sequence select="f:entry('volume', f:volume-number($stmt/title[@type = 'volumenumber']))"/>
          <xsl:sequence select="f:entry('publisher', $pub/publisher)"/>
          <xsl:sequence select="f:entry('place', $pub/pubPlace)"/>
          <xsl:sequence select="f:entry('year', ($pub/date/@when, $pub/date)[1])"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:sequence select="map:merge($entries)" xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
  </xsl:function>

  <!-- Citation data of one unit: the volume's data plus title, date, first-page, last-page, file. -->
  <xsl:function name="f:citation-data" as="map(xs:string, xs:string)" cache="yes">
    <xsl:param name="unit" as="element()"/>
    <xsl:variable name="file" select="($unit/note[@type = 'source'][@rend = 'inline'] ! f:file-number(.), root($unit)//sourceDesc/bibl/idno[@type = 'file'])[1]"/>
    <xsl:sequence select="map:merge((f:volume-data($unit),
        f:entry('title', f:unit-title($unit)),
        f:entry('date', f:unit-date($unit)),
        f:entry('first-page', f:first-page($unit)),
        f:entry('last-page', f:last-page($unit)),
        if (count(f:units($unit)) = 1) then f:entry('file', $file) else ()))"
        xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
  </xsl:function>

  <xsl:function name="f:entry" as="map(xs:string, xs:string)?" visibility="private">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="value" as="item()?"/>
    <xsl:variable name="text" select="normalize-space(string-join($value ! string(.), ''))"/>
    <xsl:sequence select="if ($text) then map{$key: $text} else ()"/>
  </xsl:function>
</xsl:stylesheet>
