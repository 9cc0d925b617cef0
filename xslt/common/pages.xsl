<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: Apache-2.0 -->
<!--
  Source pages: the text split at every pb, at any depth (milestone chunking).

  A page is a map:
    index   xs:integer      1-based position of its pb among all page breaks
    pb      element(tei:pb) the page break that opens it
    start   element(tei:pb)? the boundary it starts after (empty for the first page: it takes everything before)
    end     element(tei:pb)? the next page break (empty for the last page)
  An output renders a page by walking from the text down, keeping only f:on-page nodes; an element
  cut by a boundary is f:continued-from (began on an earlier page) or f:continues (goes on to the next).
  Everything here is a comparison of node positions and ancestors: no tree is copied.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="https://tei-edition.org/ns/functions"
    exclude-result-prefixes="#all">

  <!--
    Whether a pb opens a source page (one PDF page): a break in the text, not inside a note (a break
    inside a note belongs to the note, not the page). Print, web, text and the verifier all ask this.
  -->
  <xsl:function name="f:is-page-break" visibility="public" as="xs:boolean">
    <xsl:param name="pb" as="element(tei:pb)"/>
    <xsl:sequence select="exists($pb/ancestor::tei:text) and empty($pb/ancestor::tei:note)"/>
  </xsl:function>

  <!-- The page breaks of a text in order; remembered per text, for the web edition and the EPUB ask for
       the same text's breaks once per document. -->
  <xsl:function name="f:page-breaks" visibility="public" as="element(tei:pb)*" cache="yes">
    <xsl:param name="text" as="node()"/>
    <xsl:sequence select="$text//tei:pb[f:is-page-break(.)]"/>
  </xsl:function>

  <!-- Counts the page breaks that open pages, in document order. -->
  <xsl:accumulator name="f:page-number" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="tei:pb[f:is-page-break(.)]" select="$value + 1"/>
  </xsl:accumulator>

  <!--
    The page a pb opens, counted as the PDF counts its pages (1 for the first); for a break inside a
    note, the page its note is on.
  -->
  <xsl:function name="f:page-number" visibility="public" as="xs:integer">
    <xsl:param name="pb" as="element(tei:pb)"/>
    <xsl:sequence select="max((1, $pb ! accumulator-before('f:page-number')))"/>
  </xsl:function>

  <!-- The source pages of a text, as maps (see above). -->
  <xsl:function name="f:pages" visibility="public" as="map(*)*">
    <xsl:param name="text" as="node()"/>
    <xsl:variable name="breaks" select="f:page-breaks($text)"/>
    <xsl:for-each select="$breaks">
      <xsl:variable name="i" select="position()"/>
      <xsl:sequence select="map{
          'index': $i,
          'pb': .,
          'start': if ($i eq 1) then () else .,
          'end': $breaks[$i + 1]}"/>
    </xsl:for-each>
  </xsl:function>

  <!-- Whether a node has content on the page: inside its boundaries, or cut by one of them. -->
  <xsl:function name="f:on-page" visibility="public" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:param name="page" as="map(*)"/>
    <xsl:sequence select="f:between($node, $page?start, $page?end, $page?start/ancestor::*)"/>
  </xsl:function>

  <!-- The children of a node that have content on the page. -->
  <xsl:function name="f:page-children" visibility="public" as="node()*">
    <xsl:param name="node" as="node()"/>
    <xsl:param name="page" as="map(*)"/>
    <!-- the page's boundaries and the elements its opening break cuts, looked up once for all the
         children: a volume's body has hundreds of children, and each page asks for them -->
    <xsl:variable name="start" select="$page?start" as="element(tei:pb)?"/>
    <xsl:variable name="end" select="$page?end" as="element(tei:pb)?"/>
    <xsl:variable name="cut" select="$start/ancestor::*"/>
    <!-- a node that holds neither boundary has its children all on the page or all off it, as it is: only a node
         that holds one has its children tried one by one -->
    <xsl:sequence select="if (exists($node intersect $cut) or exists($node intersect $end/ancestor::*))
        then $node/node()[f:between(., $start, $end, $cut)]
        else if (f:between($node, $start, $end, $cut)) then $node/node() else ()"/>
  </xsl:function>

  <!-- The rule of f:on-page: after the opening break (or cut by it: inside one of $cut) and before the next. -->
  <xsl:function name="f:between" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:param name="start" as="element(tei:pb)?"/>
    <xsl:param name="end" as="element(tei:pb)?"/>
    <xsl:param name="cut" as="element()*"/>
    <xsl:sequence select="(empty($end) or $node &lt;&lt; $end)
        and (empty($start) or $node &gt;&gt; $start or exists($node intersect $cut))"/>
  </xsl:function>

  <!-- The element began on an earlier page (the page's opening break is inside it). -->
  <xsl:function name="f:continued-from" visibility="public" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:param name="page" as="map(*)"/>
    <xsl:sequence select="exists($element intersect $page?start/ancestor::*)"/>
  </xsl:function>

  <!-- The element goes on to the next page (the next break is inside it). -->
  <xsl:function name="f:continues" visibility="public" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:param name="page" as="map(*)"/>
    <xsl:sequence select="exists($element intersect $page?end/ancestor::*)"/>
  </xsl:function>

  <!-- Folios: pb/@n as printed. "[I]" is a folio the source did not print; roman or arabic numbers. -->

  <!-- Whether the source printed the folio (a bracketed one was not printed). -->
  <xsl:function name="f:folio-printed" visibility="public" as="xs:boolean">
    <xsl:param name="n" as="xs:string?"/>
    <xsl:sequence select="exists($n) and not(matches($n, '^\s*\[.*\]\s*$')) and normalize-space($n) ne ''"/>
  </xsl:function>

  <!-- The folio without brackets. -->
  <xsl:function name="f:folio-bare" visibility="public" as="xs:string">
    <xsl:param name="n" as="xs:string?"/>
    <xsl:sequence select="replace(normalize-space($n), '^\[(.*)\]$', '$1')"/>
  </xsl:function>

  <!-- The folio's number style: '1' arabic, 'I' upper roman, 'i' lower roman, '' anything else. -->
  <xsl:function name="f:folio-format" visibility="public" as="xs:string">
    <xsl:param name="n" as="xs:string?"/>
    <xsl:variable name="bare" select="f:folio-bare($n)"/>
    <xsl:sequence select="if (matches($bare, '^[0-9]+$')) then '1'
        else if (matches($bare, '^[IVXLCDM]+$')) then 'I'
        else if (matches($bare, '^[ivxlcdm]+$')) then 'i'
        else ''"/>
  </xsl:function>

  <!-- The folio's value as a number, when it has one. -->
  <xsl:function name="f:folio-number" visibility="public" as="xs:integer?">
    <xsl:param name="n" as="xs:string?"/>
    <xsl:variable name="bare" select="f:folio-bare($n)"/>
    <xsl:sequence select="if (f:folio-format($n) eq '1') then xs:integer($bare)
        else if (f:folio-format($n) = ('I', 'i')) then f:roman-value(upper-case($bare))
        else ()"/>
  </xsl:function>

  <xsl:function name="f:roman-value" visibility="public" as="xs:integer">
    <xsl:param name="roman" as="xs:string"/>
    <xsl:variable name="values" select="for $c in string-to-codepoints($roman)
        return map{73: 1, 86: 5, 88: 10, 76: 50, 67: 100, 68: 500, 77: 1000}($c)"/>
    <xsl:sequence select="sum(for $i in 1 to count($values)
        return if ($i lt count($values) and $values[$i] lt $values[$i + 1]) then -$values[$i] else $values[$i])"/>
  </xsl:function>

</xsl:stylesheet>
