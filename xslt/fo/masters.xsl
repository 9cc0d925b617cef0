<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: Apache-2.0 -->
<!--
  The page: FRUS octavo. Four masters: recto (odd folio: running head of the chapter or document,
  folio in the outer = right corner), verso (even folio: head of the volume, folio left), opening
  (the first page of the edition or of a chapter: no running head, folio centred at the foot),
  plain (the source printed no folio: nothing but the text).
  The press PDF's masters also give the bleed and the sheet around it (FOP's fox:bleed and fox:crop-offset:
  the BleedBox and the MediaBox; the page's size stays the trim); the renderer draws the crop marks there.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="https://tei-edition.org/ns/functions"
    xmlns:ef="https://tei-edition.org/ns/fo"
    exclude-result-prefixes="#all">

  <!--
    The page design's facts, for the renderer, as a processing instruction that FOP passes over: the design
    and the one to try next for pages that do not fit, the text's and the footnotes' sizes and their floors in points,
    the trim and the text block of a page with a running head, in points.
  -->
  <xsl:template name="ef:design-facts">
    <xsl:variable name="facts" select="map{
        'design': $ef:design,
        'larger-design': $ef:larger-design,
        'text-size': string($text-font-size),
        'least-text-size': string($least-text-size),
        'note-size': string($note-font-size * $text-font-size),
        'least-note-size': string($least-note-size),
        'page-width': string(round(ef:points($page-width), 2)),
        'page-height': string(round(ef:points($page-height), 2)),
        'text-width': string(round(ef:points($page-width) - ef:points($page-margin-inner) - ef:points($page-margin-outer), 2)),
        'text-height': string(round(ef:points($page-height) - ef:points($page-margin-top) - ef:points($page-margin-bottom)
            - ef:points($page-head-extent), 2))}"/>
    <xsl:processing-instruction name="tei-edition-page-design" select="string-join(
        for $name in sort(map:keys($facts)) return $name || '=&quot;' || $facts($name) || '&quot;', ' ')"/>
  </xsl:template>

  <xsl:template name="ef:layout-masters">
    <fo:layout-master-set>
      <xsl:for-each select="for $kind in ('', 'index-'), $side in ('recto', 'verso', 'opening', 'plain', 'continued') return $kind || $side">
        <xsl:variable name="name" select="."/>
        <xsl:for-each select="replace(., '^index-', '')">
        <xsl:variable name="left" select="if (. eq 'verso') then $page-margin-outer else $page-margin-inner"/>
        <xsl:variable name="right" select="if (. eq 'verso') then $page-margin-inner else $page-margin-outer"/>
        <fo:simple-page-master master-name="{$name}" page-width="{$page-width}" page-height="{$page-height}"
            margin-top="{$page-margin-top}" margin-bottom="{$page-margin-bottom}"
            margin-left="{$left}" margin-right="{$right}">
          <xsl:if test="$ef:press">
            <xsl:attribute name="fox:bleed" select="ef:points($ef:bleed) || 'pt'"/>
            <xsl:attribute name="fox:crop-offset" select="ef:points($ef:bleed) + $ef:mark-room || 'pt'"/>
          </xsl:if>
          <fo:region-body margin-top="{if (. = ('recto', 'verso', 'continued')) then $page-head-extent else if (. eq 'opening') then $page-opening-sink else '0pt'}"
              margin-bottom="{if (. eq 'opening') then $page-foot-extent else '0pt'}{ef:allowance()}">
            <xsl:if test="starts-with($name, 'index-')">
              <xsl:attribute name="column-count" select="2"/>
              <xsl:attribute name="column-gap" select="'0.2in'"/>
            </xsl:if>
          </fo:region-body>
          <xsl:if test=". = ('recto', 'verso', 'continued')">
            <fo:region-before region-name="head-{.}" extent="{$page-head-extent}"/>
          </xsl:if>
          <xsl:if test=". eq 'opening'">
            <fo:region-after region-name="foot-opening" extent="{$page-foot-extent}"/>
          </xsl:if>
        </fo:simple-page-master>
        </xsl:for-each>
      </xsl:for-each>
      <!--
        A source page that fits one page at no allowed size (a page break lost in the encoding) runs on: its
        first page is set in its own master, every further page in the continued master, whose head says
        whose continuation it is, so that no printed folio is repeated.
      -->
      <xsl:for-each select="for $kind in ('', 'index-'), $side in ('recto', 'verso', 'opening', 'plain') return $kind || $side">
        <fo:page-sequence-master master-name="{.}-running-on">
          <fo:repeatable-page-master-alternatives>
            <fo:conditional-page-master-reference master-reference="{.}" page-position="first"/>
            <fo:conditional-page-master-reference master-reference="{replace(., '[a-z]+$', 'continued')}" page-position="rest"/>
          </fo:repeatable-page-master-alternatives>
        </fo:page-sequence-master>
      </xsl:for-each>
      <xsl:if test="$ef:new-pagination">
        <xsl:call-template name="ef:flow-masters"/>
      </xsl:if>
    </fo:layout-master-set>
  </xsl:template>

  <!--
    A first print's flowing pages are a line shorter than the page: each page then fits when it is printed
    alone, page for page, with the room to spare for what the flow set otherwise (a footnote it carried to
    the next page, a paragraph whose lines break otherwise when it is cut at the page's end).
  -->
  <xsl:function name="ef:allowance" as="xs:string">
    <xsl:sequence select="if ($ef:new-pagination) then ' + ' || $text-font-size * $text-line-height || 'pt' else ''"/>
  </xsl:function>

  <!-- The press PDF's bleed, checked: a length of at least 0 (in, cm, mm, pc, pt). -->
  <xsl:variable name="ef:bleed" as="xs:string" select="
      if (not($ef:press) or matches($bleed, '^\s*[0-9]+(\.[0-9]+)?\s*(in|cm|mm|pc|pt)\s*$')) then normalize-space($bleed)
      else f:error('parameter', 'parameter bleed must be a length such as 0.125in or 3mm, not &quot;' || $bleed || '&quot;', ())"/>
  <!-- The press sheet's room for crop marks beyond the bleed, in points: two 3 pt gaps and an 18 pt mark. -->
  <xsl:variable name="ef:mark-room" as="xs:double" select="24"/>

  <!-- The master of a page. -->
  <xsl:function name="ef:master" as="xs:string">
    <xsl:param name="page" as="map(*)"/>
    <xsl:param name="number" as="xs:integer"/>
    <xsl:param name="folio" as="xs:string"/>
    <xsl:sequence select="(if (ef:is-index($page)) then 'index-' else '')
        || (if ($folio eq '') then 'plain'
        else if (ef:is-opening($page)) then 'opening'
        else if ($number mod 2 eq 1) then 'recto'
        else 'verso')"/>
  </xsl:function>

  <!-- A page of an index (list type="index", or the index the edition makes): set in two columns. -->
  <xsl:function name="ef:is-index" as="xs:boolean">
    <xsl:param name="page" as="map(*)"/>
    <xsl:sequence select="exists($page?pb/ancestor::*[tei:list/@type = 'index' or self::tei:list/@type = 'index'])
        or exists($page?pb/following-sibling::*[1][self::tei:divGen[@type = 'index']])"/>
  </xsl:function>

  <!-- The first page of the edition, or a page that opens a division other than a document. -->
  <xsl:function name="ef:is-opening" as="xs:boolean">
    <xsl:param name="page" as="map(*)"/>
    <xsl:variable name="pb" select="$page?pb" as="element(tei:pb)?"/>
    <xsl:variable name="next" select="$pb/following-sibling::node()[self::* or normalize-space()][1]"/>
    <xsl:sequence select="$page?index eq 1
        or exists($next[self::tei:div[not(@type = 'document')]])
        or exists($pb/parent::tei:div[not(@type = 'document')][not($pb/preceding-sibling::node()[self::* or normalize-space()])])"/>
  </xsl:function>

  <xsl:template name="ef:static-content">
    <xsl:param name="page" as="map(*)"/>
    <xsl:param name="master-name" as="xs:string"/>
    <xsl:param name="folio" as="xs:string"/>
    <xsl:variable name="master" select="replace($master-name, '^index-', '')"/>
    <xsl:choose>
      <xsl:when test="$master eq 'recto'">
        <fo:static-content flow-name="head-recto" role="artifact">
          <xsl:call-template name="ef:running-head">
            <xsl:with-param name="left" select="''"/>
            <xsl:with-param name="centre" select="ef:head-recto($page)"/>
            <xsl:with-param name="right" select="$folio"/>
          </xsl:call-template>
        </fo:static-content>
      </xsl:when>
      <xsl:when test="$master eq 'verso'">
        <fo:static-content flow-name="head-verso" role="artifact">
          <xsl:call-template name="ef:running-head">
            <xsl:with-param name="left" select="$folio"/>
            <xsl:with-param name="centre" select="ef:head-verso()"/>
            <xsl:with-param name="right" select="''"/>
          </xsl:call-template>
        </fo:static-content>
      </xsl:when>
      <xsl:when test="$master eq 'opening'">
        <fo:static-content flow-name="foot-opening" role="artifact">
          <fo:block text-align="center" font-size="{$head-font-size + 1}pt" line-height="1.2"
              display-align="after" space-before="8pt">
            <xsl:value-of select="$folio"/>
          </fo:block>
        </fo:static-content>
      </xsl:when>
    </xsl:choose>
    <xsl:if test="not(ef:runs-on($page))">
      <fo:static-content flow-name="head-continued" role="artifact">
        <xsl:call-template name="ef:running-head">
          <xsl:with-param name="left" select="''"/>
          <xsl:with-param name="centre" select="normalize-space($folio || ' (continued)')"/>
          <xsl:with-param name="right" select="''"/>
        </xsl:call-template>
      </fo:static-content>
    </xsl:if>
    <fo:static-content flow-name="xsl-footnote-separator" role="artifact">
      <xsl:call-template name="ef:footnote-rule"/>
    </fo:static-content>
  </xsl:template>

  <!-- The short rule above the footnotes. -->
  <xsl:template name="ef:footnote-rule">
    <fo:block text-align="start" line-height="0.6" space-before="0.6em" space-after="0.4em" font-size="{$text-font-size}pt">
      <fo:leader leader-pattern="rule" leader-length="0.9in" rule-thickness="0.4pt" rule-style="solid"/>
    </fo:block>
  </xsl:template>

  <!-- A running head: folio in the outer corner, the title centred between. -->
  <xsl:template name="ef:running-head">
    <xsl:param name="left" as="xs:string"/>
    <xsl:param name="centre" as="xs:string"/>
    <xsl:param name="right" as="xs:string"/>
    <fo:table table-layout="fixed" width="100%" font-size="{$head-font-size}pt" line-height="1.2" hyphenate="false">
      <fo:table-column column-width="{$ef:folio-column}"/>
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-column column-width="{$ef:folio-column}"/>
      <fo:table-body>
        <fo:table-row>
          <fo:table-cell><fo:block text-align="start" font-size="{$head-font-size + 1}pt"><xsl:value-of select="$left"/></fo:block></fo:table-cell>
          <fo:table-cell><fo:block text-align="center" letter-spacing="{$ef:head-tracking}em"><xsl:value-of select="ef:head-fit($centre)"/></fo:block></fo:table-cell>
          <fo:table-cell><fo:block text-align="end" font-size="{$head-font-size + 1}pt"><xsl:value-of select="$right"/></fo:block></fo:table-cell>
        </fo:table-row>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <!-- Room for the folio beside a running head: long roman folios (XXXVIII) in the dense design's front matter. -->
  <xsl:variable name="ef:folio-column" as="xs:string" select="if ($ef:dense) then '0.6in' else '0.45in'"/>
  <!-- The letter-spacing of running heads, in em. -->
  <xsl:variable name="ef:head-tracking" as="xs:decimal" select="0.06"/>
  <!-- The width of the text block (the measure), in points. -->
  <xsl:variable name="ef:measure" as="xs:double" select="ef:points($page-width) - ef:points($page-margin-inner)
      - ef:points($page-margin-outer)"/>
  <!-- The width a running head has between the folio columns, in points. -->
  <xsl:variable name="ef:head-measure" as="xs:double" select="$ef:measure - 2 * ef:points($ef:folio-column)"/>
  <!-- Words a shortened running head does not end on. -->
  <xsl:variable name="ef:head-dangling" as="xs:string"
      select="'(\s+(A|AN|AND|AS|AT|BETWEEN|BY|CONCERNING|FOR|FROM|IN|INTO|OF|ON|OR|REGARDING|RESPECTING|THE|TO|WITH))+$'"/>

  <!--
    A running head that fits its line: the title as it is when it fits, else shortened at a word
    boundary to the longest start that fits (not ending on a preposition, article or punctuation), as
    the printed series shortens long titles. Measured with the font's advance widths ($glyph-widths).
  -->
  <xsl:function name="ef:head-fit" as="xs:string">
    <xsl:param name="title" as="xs:string"/>
    <xsl:variable name="words" select="tokenize($title)"/>
    <xsl:variable name="fitting" select="(for $k in reverse(1 to count($words))
        return string-join(subsequence($words, 1, $k), ' ')[ef:head-width(.) le $ef:head-measure])[1]"/>
    <xsl:sequence select="if (empty($words) or count($words) eq count(tokenize($fitting))) then normalize-space($title)
        else if (empty($fitting)) then $words[1]
        else (replace(replace(replace($fitting, '[\s,;:.—–\-(]+$', ''), $ef:head-dangling, '', 'i'), '[\s,;:.—–\-(]+$', '')[.], $fitting)[1]"/>
  </xsl:function>

  <!-- The width of a running head's text in points, as set (size and letter-spacing). -->
  <xsl:function name="ef:head-width" as="xs:double">
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="sum(string-to-codepoints($text) ! (($glyph-widths(.), 0.6)[1] + $ef:head-tracking)) * $head-font-size"/>
  </xsl:function>

  <!-- An XSL-FO length in points (in, cm, mm, pc, pt). -->
  <xsl:function name="ef:points" as="xs:double">
    <xsl:param name="length" as="xs:string"/>
    <xsl:variable name="number" select="xs:double(replace($length, '[a-z\s]+$', ''))"/>
    <xsl:variable name="unit" select="replace($length, '^[\d.\s]+', '')"/>
    <xsl:sequence select="$number * (if ($unit eq 'in') then 72 else if ($unit eq 'cm') then 72 div 2.54
        else if ($unit eq 'mm') then 72 div 25.4 else if ($unit eq 'pc') then 12 else 1)"/>
  </xsl:function>

  <!-- A division's heading for a running head: its short form when the TEI gives one. -->
  <xsl:function name="ef:running-title" as="element(tei:head)?">
    <xsl:param name="div" as="element()?"/>
    <xsl:sequence select="($div/tei:head[@type = $ef:short-head-types], $div/tei:head[not(@type = $ef:short-head-types)])[1]"/>
  </xsl:function>

  <!-- Verso: the volume, as FRUS sets it: FOREIGN RELATIONS, 1943, VOLUME III. -->
  <xsl:function name="ef:head-verso" as="xs:string" cache="yes">
    <xsl:variable name="bibl" select="($ef:text/root()//tei:sourceDesc/tei:bibl)[1]"/>
    <xsl:variable name="year" select="(for $t in $bibl/tei:title[@level = 'm'] return analyze-string($t, '\d{4}')//*:match)[1]"/>
    <xsl:variable name="volume" select="$bibl/tei:biblScope[@unit = 'volume']/@n[. castable as xs:integer]"/>
    <!-- the older encoding (OHTI's FRUS volumes): series title with the year, volume title, volume number -->
    <xsl:variable name="titles" select="root($ef:text)//tei:titleStmt/tei:title"/>
    <xsl:variable name="series-year" select="(for $t in $titles[@type = 'series'] return analyze-string($t, '\d{4}')//*:match)[1]"/>
    <xsl:sequence select="if ($head-verso ne '') then $head-verso
        else if (empty($bibl) and exists($series-year)) then upper-case(string-join(('Foreign Relations', string($series-year),
            $titles[@type = ('volume', 'volumenumber')][normalize-space()] ! normalize-space()), ', '))
        else if (exists($bibl)) then upper-case(string-join(('Foreign Relations', string($year),
            if ($volume) then 'Volume ' || format-integer(xs:integer($volume), 'I') else ()), ', '))
        else upper-case(f:plain-text(($ef:text/root()//tei:titleStmt/tei:title)[1]))"/>
  </xsl:function>

  <!-- Recto: the chapter the page is in, else its document, else the edition's title. -->
  <xsl:function name="ef:head-recto" as="xs:string">
    <xsl:param name="page" as="map(*)"/>
    <xsl:variable name="pb" select="$page?pb"/>
    <xsl:variable name="chapter" select="ef:running-title($pb/ancestor::tei:div[@type = 'chapter'][1])"/>
    <!-- outside chapters, the section (List of Papers, Index) -->
    <xsl:variable name="section" select="ef:running-title($pb/ancestor::tei:div[not(@type = ('document', 'chapter', 'subchapter', 'compilation'))][tei:head][1])"/>
    <xsl:variable name="document" select="ef:running-title($pb/ancestor::tei:div[@type = 'document'][1])"/>
    <!-- the apparatus the edition makes (contents, list of documents, index), by its heading -->
    <xsl:variable name="apparatus" select="$pb/following-sibling::*[1][self::tei:divGen]"/>
    <!-- without a chapter, the document's kind: its heading up to the first comma -->
    <xsl:sequence select="if ($head-recto ne '') then $head-recto
        else if ($apparatus) then upper-case(ef:apparatus-title($apparatus))
        else if ($chapter/@type = $ef:short-head-types) then upper-case(f:plain-text($chapter))
        else if ($chapter) then upper-case(replace(replace(f:plain-text($chapter), '^Chapter [IVXLC]+\.\s+', '', 'i'), '\s*—.*$', ''))
        else if ($section) then upper-case(f:plain-text($section))
        else if ($document) then upper-case(replace(f:plain-text($document), '^([^,;:(]+).*$', '$1'))
        else upper-case(f:plain-text(($ef:text/root()//tei:titleStmt/tei:title[@type = 'short'], $ef:text/root()//tei:titleStmt/tei:title)[1]))"/>
  </xsl:function>

</xsl:stylesheet>
