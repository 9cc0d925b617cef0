<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: Apache-2.0 -->
<!--
  TEI → the transcription form (src/site/markdown/transcription-form.md), byte for byte.

  The document is a sequence of lines joined by a line feed: the source note, the heading, the lines
  under it, paragraphs, page lines, the signature, then one "- text↩" line per footnote in the order of
  the calls. The processing instruction <?tei-edition final-newline="yes"?> at document level says the
  transcription ends with a line break; without it there is none.

  Modes (private, namespace txt:):
    txt:lines   a block-level node → zero or more lines (xs:string)
    txt:inline  the content of one line → its text; enrichment (persName, placeName, rs, date, bibl…)
                gives its text, notes give their number, pb gives its marker, choice gives sic.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:txt="https://tei-edition.org/ns/xslt/text"
    xmlns:err="https://tei-edition.org/ns/error"
    xmlns:f="https://tei-edition.org/ns/functions"
    exclude-result-prefixes="#all">

  <!-- which notes are footnotes and their labels, which reading of a choice prints: the rules every output shares -->
  <xsl:include href="../common/notes.xsl"/>
  <xsl:include href="../common/readings.xsl"/>
  <xsl:include href="../common/errors.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:mode on-no-match="shallow-skip"/>
  <xsl:mode name="txt:lines" on-no-match="shallow-skip" on-multiple-match="fail" warning-on-no-match="false"/>
  <xsl:mode name="txt:inline" on-no-match="text-only-copy" on-multiple-match="fail" warning-on-no-match="false"/>

  <!-- a fact of the transcription form recorded by the encoder: <?tei-edition NAME="yes"?> at document level -->
  <xsl:function name="txt:form-fact" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:param name="name" as="xs:string"/>
    <xsl:sequence select="some $pi in root($node)/processing-instruction('tei-edition')
        satisfies matches(string($pi), '(^|\s)' || $name || '=&quot;yes&quot;')"/>
  </xsl:function>

  <xsl:template match="/">
    <xsl:variable name="body" as="element(tei:body)*" select="tei:TEI/tei:text/tei:body"/>
    <xsl:variable name="lines" as="xs:string*">
      <xsl:apply-templates select="$body" mode="txt:lines"/>
      <xsl:for-each select="$body//tei:note[f:is-footnote(.)]">
        <xsl:sequence select="'- ' || txt:inline(.) || '↩'"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:value-of select="string-join($lines, '&#10;') || (if (txt:form-fact(., 'final-newline')) then '&#10;' else '')"/>
  </xsl:template>

  <!-- ===== lines ===== -->

  <xsl:template match="tei:note[not(f:is-footnote(.))] | tei:head | tei:p | tei:dateline | tei:signed | tei:item
                       | tei:salute | tei:byline" mode="txt:lines">
    <xsl:sequence select="txt:inline(.)"/>
  </xsl:template>

  <!-- a closer or opener with words of its own beside its signature ("[seal.] J. P. Hoffmann") is one line -->
  <xsl:template match="tei:closer[txt:is-run-in(.)] | tei:opener[txt:is-run-in(.)]" mode="txt:lines">
    <xsl:sequence select="txt:inline(.)"/>
  </xsl:template>

  <xsl:template match="tei:list[@rend = 'run-in']" mode="txt:lines">
    <xsl:sequence select="string-join((tei:head, tei:item) ! txt:inline(.), ' ')"/>
  </xsl:template>

  <!-- a page break between blocks is a line of its own, except the first page when the text does not show it -->
  <xsl:template match="tei:pb" mode="txt:lines">
    <xsl:if test="not(txt:is-unmarked-first-page(.))">
      <xsl:sequence select="txt:marker(.)"/>
    </xsl:if>
  </xsl:template>

  <!-- a footnote between blocks has no call to show; its text is among the footnote lines -->
  <xsl:template match="tei:note[f:is-footnote(.)]" mode="txt:lines"/>
  <!-- an entry for the index the print makes prints nothing where it stands -->
  <xsl:template match="tei:index" mode="txt:lines txt:inline"/>

  <!-- text outside any line (a table cell, an unknown block) has no place in the form: fail, naming it -->
  <xsl:template match="text()[normalize-space()]" mode="txt:lines">
    <xsl:sequence select="f:error('text-without-line',
        'text in &quot;' || name(..) || '&quot; at ' || path(..) || ' has no line in the text form', ..)"/>
  </xsl:template>

  <!-- ===== inline ===== -->

  <xsl:template match="tei:note[f:is-footnote(.)]" mode="txt:inline">
    <xsl:value-of select="f:note-label(.)"/>
  </xsl:template>

  <!-- an inline marker takes the one space after it when anything follows in its line -->
  <xsl:template match="tei:pb" mode="txt:inline">
    <xsl:variable name="line" as="element()" select="ancestor::*[txt:is-line(.)][1]"/>
    <xsl:value-of select="txt:marker(.)
        || (if (exists(($line//text() | $line//tei:note | $line//tei:pb)[. &gt;&gt; current()])) then ' ' else '')"/>
  </xsl:template>

  <xsl:template match="tei:choice" mode="txt:inline">
    <xsl:apply-templates select="f:reading(.)" mode="txt:inline"/>
  </xsl:template>

  <!-- ===== functions ===== -->

  <xsl:function name="txt:inline" as="xs:string">
    <xsl:param name="line" as="element()"/>
    <xsl:variable name="parts" as="xs:string*">
      <xsl:apply-templates select="$line/node()" mode="txt:inline"/>
    </xsl:variable>
    <xsl:sequence select="string-join($parts)"/>
  </xsl:function>

  <xsl:function name="txt:marker" as="xs:string">
    <xsl:param name="pb" as="element(tei:pb)"/>
    <xsl:sequence select="'[Page ' || $pb/@n || ']'"/>
  </xsl:function>

  <xsl:function name="txt:is-line" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="exists($element[self::tei:note or self::tei:head or self::tei:p
        or self::tei:dateline or self::tei:signed or self::tei:item or self::tei:salute or self::tei:byline])
        or txt:is-run-in($element)"/>
  </xsl:function>

  <!-- a closer or opener holding text, or phrases, beside its lines (signed, dateline, salute) -->
  <xsl:function name="txt:is-run-in" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="exists($element[self::tei:closer or self::tei:opener]
        [text()[normalize-space()] or * except (tei:signed | tei:dateline | tei:salute | tei:byline | tei:pb | tei:note | tei:lb | tei:index)])"/>
  </xsl:function>

  <!-- the first page break of the body, before any text, unless the transcription opens with its marker -->
  <xsl:function name="txt:is-unmarked-first-page" as="xs:boolean">
    <xsl:param name="pb" as="element(tei:pb)"/>
    <xsl:variable name="body" as="element(tei:body)" select="$pb/ancestor::tei:body[1]"/>
    <xsl:sequence select="not(txt:form-fact($pb, 'opening-page-marker'))
        and $pb is ($body//tei:pb)[1]
        and empty($body//text()[normalize-space()][. &lt;&lt; $pb])"/>
  </xsl:function>

</xsl:stylesheet>
