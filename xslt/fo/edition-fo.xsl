<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: Apache-2.0 -->
<!--
  TEI to XSL-FO: the page-faithful print edition.

  Every source page (the text between two pb, at any depth) is one fo:page-sequence whose
  initial-page-number is the folio, so one source page can only make one PDF page; a second page
  in a sequence is an overflow, which the renderer detects and handles. Elements cut by a page break
  are rendered on both pages: a paragraph's first part ends justified, its continuation has no indent.
  Footnotes are fo:footnote at their call, with their printed label.

  Modes: ef:root (the document), ef:flow (the running text of one page, tunnel param $page),
  ef:bookmark (the outline). Customize by importing https://tei-edition.org/xslt/fo/edition-fo.xsl
  and overriding templates in these modes or the parameters in params.xsl.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:frus="http://history.state.gov/frus/ns/1.0"
    xmlns:f="https://tei-edition.org/ns/functions"
    xmlns:ef="https://tei-edition.org/ns/fo"
    xmlns:err="https://tei-edition.org/ns/error"
    xmlns:x="adobe:ns:meta/"
    xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    exclude-result-prefixes="#all">

  <xsl:include href="../common/params.xsl"/>
  <xsl:include href="../common/pages.xsl"/>
  <xsl:include href="../common/readings.xsl"/>
  <xsl:include href="../common/phrases.xsl"/>
  <xsl:include href="../common/titles.xsl"/>
  <xsl:include href="../common/shown.xsl"/>
  <xsl:include href="params.xsl"/>
  <xsl:include href="masters.xsl"/>
  <xsl:include href="metadata.xsl"/>
  <xsl:include href="text.xsl"/>
  <xsl:include href="first-print.xsl"/>
  <xsl:include href="apparatus.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:mode name="ef:root" on-no-match="fail"/>
  <!-- the initial mode: the TEI document it is applied to has the accumulators (ef:id's numbers) -->
  <xsl:mode use-accumulators="#all"/>

  <!-- The text being printed (the global context item is the TEI document). -->
  <xsl:variable name="ef:text" select="/tei:TEI/tei:text" as="element(tei:text)"/>

  <xsl:template match="/">
    <xsl:apply-templates select="tei:TEI" mode="ef:root"/>
  </xsl:template>

  <xsl:template match="tei:TEI" mode="ef:root">
    <xsl:variable name="pages" as="map(*)*">
      <xsl:variable name="found" select="f:pages(tei:text)"/>
      <!-- a text without page breaks is one unnumbered page -->
      <xsl:sequence select="if (exists($found)) then $found
          else map{'index': 1, 'pb': (), 'start': (), 'end': ()}"/>
    </xsl:variable>
    <!--
      Hyphenation where a justified line would otherwise gape (patterns for the text's language, 3
      letters at least on each side of the break), never on more than two lines in a row;
      letter-spacing is never stretched to justify.
    -->
    <fo:root font-family="{$font-family}" xml:lang="{(@xml:lang, 'en')[1]}" language="{replace((@xml:lang, 'en')[1], '-.*$', '')}"
        widows="1" orphans="1" hyphenate="true" hyphenation-push-character-count="3"
        hyphenation-remain-character-count="3" hyphenation-ladder-count="2" letter-spacing="0pt">
      <xsl:call-template name="ef:design-facts"/>
      <xsl:call-template name="ef:layout-masters"/>
      <xsl:call-template name="ef:declarations"/>
      <xsl:call-template name="ef:bookmarks"/>
      <xsl:choose>
        <xsl:when test="$ef:new-pagination">
          <xsl:call-template name="ef:first-print"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:for-each select="if (empty($only-pages)) then $pages else $pages[?index = $only-pages]">
            <xsl:call-template name="ef:page-sequence">
              <xsl:with-param name="page" select="."/>
            </xsl:call-template>
          </xsl:for-each>
        </xsl:otherwise>
      </xsl:choose>
    </fo:root>
  </xsl:template>

  <!-- One source page. -->
  <xsl:template name="ef:page-sequence">
    <xsl:param name="page" as="map(*)"/>
    <xsl:variable name="n" select="string($page?pb/@n)"/>
    <xsl:variable name="number" select="(f:folio-number($n), $page?index)[1]"/>
    <xsl:variable name="format" select="(f:folio-format($n)[. ne ''], '1')[1]"/>
    <xsl:variable name="folio" select="if (f:folio-printed($n)) then f:folio-bare($n) else ''"/>
    <xsl:variable name="master" select="ef:master($page, $number, $folio)"/>
    <!-- a page that opens an apparatus the edition makes (ef:runs-on) takes as many pages as it needs -->
    <fo:page-sequence master-reference="{$master}{if (ef:runs-on($page)) then '' else '-running-on'}" id="page-{$page?index}{if (ef:runs-on($page)) then '-apparatus' else ''}"
        initial-page-number="{$number}" format="{$format}" force-page-count="no-force"
        font-size="{$text-font-size}pt" line-height="{$text-line-height}">
      <!-- for the renderer's measure of how full the pages are, which leaves aside pages short by design: the
           end of a division, and a page the book printed no folio on (a title, a half-title, a blank page) -->
      <xsl:if test="ef:ends-division($page) or not(f:folio-printed($n))">
        <xsl:processing-instruction name="tei-edition-page" select="'short-by-design'"/>
      </xsl:if>
      <!-- for the renderer's type scale: each division of the front and back matter (contents, a list, the
           index) has one of its own, named by where it stands -->
      <xsl:for-each select="$page?pb[ancestor::tei:front or ancestor::tei:back]">
        <xsl:variable name="division" select="ancestor::tei:div[parent::tei:front or parent::tei:back][1]"/>
        <xsl:processing-instruction name="tei-edition-page" select="'matter', local-name((ancestor::tei:front, ancestor::tei:back)[1])
            || (if ($division) then '-' || (count($division/preceding-sibling::tei:div) + 1) else '')"/>
      </xsl:for-each>
      <xsl:call-template name="ef:static-content">
        <xsl:with-param name="page" select="$page"/>
        <xsl:with-param name="master-name" select="$master"/>
        <xsl:with-param name="folio" select="$folio"/>
      </xsl:call-template>
      <fo:flow flow-name="xsl-region-body" text-align="justify">
        <!-- the front, body or back the page is in, each a block: nothing before it, so that the space above
             the page's first block is dropped and the space below its last, as at any break between pages -->
        <xsl:variable name="parts" select="f:page-children($ef:text, $page)"/>
        <xsl:apply-templates select="$parts" mode="ef:flow">
          <xsl:with-param name="page" select="$page" tunnel="yes"/>
        </xsl:apply-templates>
        <!-- a flow must hold a block -->
        <xsl:if test="empty($parts[self::*])">
          <fo:block/>
        </xsl:if>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <!--
    Whether a page's text ends a division above a document (a chapter, a part, a section of the front or
    back matter), or the text: the next page starts another, and the page may be as short as the source's.
  -->
  <xsl:function name="ef:ends-division" as="xs:boolean">
    <xsl:param name="page" as="map(*)"/>
    <xsl:variable name="next" select="$page?end/following::text()[normalize-space()][1]"/>
    <xsl:variable name="last" select="$page?end/preceding::text()[normalize-space()][1]"/>
    <xsl:sequence select="empty($next) or empty($last) or not(ef:division($last) is ef:division($next))"/>
  </xsl:function>

  <!-- The division above a document that holds a node: its nearest such div, else its front, body or back. -->
  <xsl:function name="ef:division" as="element()?">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="($node/ancestor::tei:div[not(@type = 'document')][1], $node/ancestor::*[self::tei:front or self::tei:body or self::tei:back][1])[1]"/>
  </xsl:function>

  <!-- Whether a page holds an apparatus made from the text (a divGen), which runs on to the pages it takes. -->
  <xsl:function name="ef:runs-on" as="xs:boolean">
    <xsl:param name="page" as="map(*)"/>
    <xsl:sequence select="some $gen in $ef:text/(tei:front | tei:back)/tei:divGen satisfies f:on-page($gen, $page)"/>
  </xsl:function>

  <!--
    The id of a rendered element in the FO (and the PDF's destinations): from its xml:id, else its name
    and its number among the elements of that name. Unlike generate-id(), that number is the same in
    every run and does not move when text or other elements change elsewhere, so a page's FO (by which
    its layout is kept and reused) changes only when the page does.
  -->
  <xsl:function name="ef:id" as="xs:string">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="if ($element/@xml:id) then 'id-' || $element/@xml:id
        else 'gen-' || translate(name($element), ':', '.') || '-' || ef:ordinals(node-name($element), root($element))(generate-id($element))"/>
  </xsl:function>

  <!-- The elements of a tree by their name (not an xsl:key: see common/indexes.xsl). -->
  <xsl:function name="ef:by-name" as="map(xs:QName, element()+)" cache="yes">
    <xsl:param name="root" as="node()"/>
    <xsl:map>
      <xsl:for-each-group select="$root//*" group-by="node-name()">
        <xsl:map-entry key="current-grouping-key()" select="current-group()"/>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:function>

  <!--
    Per element of a name, its number among the elements of that name in document order (1 for the
    first): made once per name that ids are asked for, from the key's list of them.
  -->
  <xsl:function name="ef:ordinals" as="map(xs:string, xs:integer)" cache="yes">
    <xsl:param name="name" as="xs:QName"/>
    <xsl:param name="root" as="node()"/>
    <xsl:variable name="elements" select="ef:by-name($root)($name)"/>
    <xsl:sequence select="map:merge(for $i in 1 to count($elements) return map{generate-id($elements[$i]): $i})"/>
  </xsl:function>

</xsl:stylesheet>
