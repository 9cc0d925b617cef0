<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: Apache-2.0 -->
<!--
  The first print of a text that has no pages yet (pagination = 'new'): the text flows into pages of
  the same page design as a reprint's, and the renderer reads the pages back to write a pb where each
  one begins. The print edition is then made from that paginated text, page for page, like any reprint,
  so the first print and every later reprint are the same book.

  One page sequence for the front matter (roman folios from I), then the body in sequences that each
  open a division other than a document (a part or chapter: on a recto when chapter-start says so;
  documents run on), then the back matter. These pages are only read back, never published: their
  running heads hold the folio alone (a head's text takes no room from the text block; the print
  edition's heads are the reprint's, from the page breaks). Widows and orphans are kept off, headings stay
  with what follows. (No fo:retrieve-marker: FOP 2.11 then leaves every later page sequence untagged,
  and the pages could not be read back.)
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="https://tei-edition.org/ns/functions"
    xmlns:ef="https://tei-edition.org/ns/fo"
    xmlns:err="https://tei-edition.org/ns/error"
    exclude-result-prefixes="#all">

  <!-- The whole text as one page: every node is on it, nothing is cut. -->
  <xsl:variable name="ef:whole-text" as="map(*)" select="map{'index': 1, 'pb': (), 'start': (), 'end': ()}"/>

  <xsl:template name="ef:first-print">
    <xsl:if test="not($chapter-start = ('recto', 'page'))">
      <xsl:sequence select="f:error('parameter', 'parameter chapter-start is &quot;' || $chapter-start
          || '&quot;: it must be recto or page', ())"/>
    </xsl:if>
    <xsl:if test="$first-folio lt 1">
      <xsl:sequence select="f:error('parameter', 'parameter first-folio is ' || $first-folio || ': it must be 1 or more', ())"/>
    </xsl:if>
    <xsl:variable name="front" select="$ef:text/tei:front[f:has-print(.)]"/>
    <xsl:for-each select="$front">
      <xsl:call-template name="ef:flow-sequence">
        <xsl:with-param name="content" select="node()"/>
        <xsl:with-param name="first" select="'1'"/>
        <xsl:with-param name="format" select="'I'"/>
        <xsl:with-param name="opens" select="true()"/>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:for-each-group select="$ef:text/tei:body/node()[self::* or normalize-space()]"
        group-starting-with="tei:div[not(@type = 'document')]">
      <xsl:call-template name="ef:flow-sequence">
        <xsl:with-param name="content" select="current-group()"/>
        <xsl:with-param name="first" select="if (position() eq 1) then string($first-folio) else ef:chapter-start()"/>
        <xsl:with-param name="format" select="'1'"/>
        <xsl:with-param name="opens" select="(position() eq 1 and empty($front)) or ef:opens-division(current-group())"/>
      </xsl:call-template>
    </xsl:for-each-group>
    <!-- the back matter; an index the edition makes in a sequence of its own, in two columns -->
    <xsl:for-each-group select="$ef:text/tei:back/node()[self::* or normalize-space()]"
        group-starting-with="tei:divGen[@type = 'index']">
      <xsl:if test="exists(current-group()[self::tei:divGen or descendant-or-self::text()[normalize-space()]])">
        <xsl:call-template name="ef:flow-sequence">
          <xsl:with-param name="content" select="current-group()"/>
          <xsl:with-param name="first" select="ef:chapter-start()"/>
          <xsl:with-param name="format" select="'1'"/>
          <xsl:with-param name="opens" select="ef:opens-division(current-group())"/>
          <xsl:with-param name="index" select="exists(current-group()[1][self::tei:divGen])"/>
        </xsl:call-template>
      </xsl:if>
    </xsl:for-each-group>
  </xsl:template>

  <!--
    Whether content begins with a division other than a document: its first page is an opening, as a
    reprint's page is whose break opens such a division (ef:is-opening).
  -->
  <xsl:function name="ef:opens-division" as="xs:boolean">
    <xsl:param name="content" as="node()*"/>
    <xsl:sequence select="exists($content[self::*][1][self::tei:div[not(@type = 'document')]])"/>
  </xsl:function>

  <!-- Whether an element has anything to print. -->
  <xsl:function name="f:has-print" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="exists($element/descendant::text()[normalize-space()])"/>
  </xsl:function>

  <!-- How a part or chapter begins: the page number FO gives a sequence that opens one. -->
  <xsl:function name="ef:chapter-start" as="xs:string">
    <xsl:sequence select="if ($chapter-start eq 'recto') then 'auto-odd' else 'auto'"/>
  </xsl:function>

  <!-- Pages that flow: as many as the content takes. -->
  <xsl:template name="ef:flow-sequence">
    <xsl:param name="content" as="node()*"/>
    <xsl:param name="first" as="xs:string"/>
    <xsl:param name="format" as="xs:string"/>
    <xsl:param name="opens" as="xs:boolean"/>
    <xsl:param name="index" as="xs:boolean" select="false()"/>
    <fo:page-sequence master-reference="{if ($index) then 'ef:flow-index' else if ($opens) then 'ef:flow' else 'ef:flow-run'}" initial-page-number="{$first}" format="{$format}"
        force-page-count="auto" font-size="{$text-font-size}pt" line-height="{$text-line-height}"
        widows="2" orphans="2">
      <fo:static-content flow-name="head-recto" role="artifact">
        <xsl:call-template name="ef:flow-head">
          <xsl:with-param name="centre" select="''"/>
          <xsl:with-param name="recto" select="true()"/>
        </xsl:call-template>
      </fo:static-content>
      <fo:static-content flow-name="head-verso" role="artifact">
        <xsl:call-template name="ef:flow-head">
          <xsl:with-param name="centre" select="ef:head-fit(ef:head-verso())"/>
          <xsl:with-param name="recto" select="false()"/>
        </xsl:call-template>
      </fo:static-content>
      <fo:static-content flow-name="foot-opening" role="artifact">
        <fo:block text-align="center" font-size="{$head-font-size + 1}pt" line-height="1.2"
            display-align="after" space-before="8pt">
          <fo:page-number/>
        </fo:block>
      </fo:static-content>
      <fo:static-content flow-name="xsl-footnote-separator" role="artifact">
        <xsl:call-template name="ef:footnote-rule"/>
      </fo:static-content>
      <fo:flow flow-name="xsl-region-body" text-align="justify">
        <xsl:apply-templates select="$content" mode="ef:flow">
          <xsl:with-param name="page" select="$ef:whole-text" tunnel="yes"/>
        </xsl:apply-templates>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <!--
    A page break in a first print's text is one its earlier layout fixed (a page that did not fit alone
    ends a line earlier there): the text flows on from a new page.
  -->
  <xsl:template match="tei:pb[$ef:new-pagination][f:is-page-break(.)]" mode="ef:flow" priority="1">
    <fo:block break-before="page"/>
  </xsl:template>

  <!-- A running head of a flowing page: the folio in the outer corner, as a reprint's. -->
  <xsl:template name="ef:flow-head">
    <xsl:param name="centre"/>
    <xsl:param name="recto" as="xs:boolean"/>
    <fo:table table-layout="fixed" width="100%" font-size="{$head-font-size}pt" line-height="1.2" hyphenate="false">
      <fo:table-column column-width="{$ef:folio-column}"/>
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-column column-width="{$ef:folio-column}"/>
      <fo:table-body>
        <fo:table-row>
          <fo:table-cell><fo:block text-align="start" font-size="{$head-font-size + 1}pt"><xsl:if test="not($recto)"><fo:page-number/></xsl:if></fo:block></fo:table-cell>
          <fo:table-cell><fo:block text-align="center" letter-spacing="{$ef:head-tracking}em"><xsl:sequence select="$centre"/></fo:block></fo:table-cell>
          <fo:table-cell><fo:block text-align="end" font-size="{$head-font-size + 1}pt"><xsl:if test="$recto"><fo:page-number/></xsl:if></fo:block></fo:table-cell>
        </fo:table-row>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <!--
    The masters of flowing pages: recto and verso, a page left blank before a recto plain; in ef:flow
    the sequence's first page is an opening.
  -->
  <xsl:template name="ef:flow-masters">
    <fo:page-sequence-master master-name="ef:flow">
      <fo:repeatable-page-master-alternatives>
        <fo:conditional-page-master-reference master-reference="plain" blank-or-not-blank="blank"/>
        <fo:conditional-page-master-reference master-reference="opening" page-position="first"/>
        <fo:conditional-page-master-reference master-reference="recto" odd-or-even="odd"/>
        <fo:conditional-page-master-reference master-reference="verso" odd-or-even="even"/>
      </fo:repeatable-page-master-alternatives>
    </fo:page-sequence-master>
    <fo:page-sequence-master master-name="ef:flow-index">
      <fo:repeatable-page-master-alternatives>
        <fo:conditional-page-master-reference master-reference="index-plain" blank-or-not-blank="blank"/>
        <fo:conditional-page-master-reference master-reference="index-recto" odd-or-even="odd"/>
        <fo:conditional-page-master-reference master-reference="index-verso" odd-or-even="even"/>
      </fo:repeatable-page-master-alternatives>
    </fo:page-sequence-master>
    <fo:page-sequence-master master-name="ef:flow-run">
      <fo:repeatable-page-master-alternatives>
        <fo:conditional-page-master-reference master-reference="plain" blank-or-not-blank="blank"/>
        <fo:conditional-page-master-reference master-reference="recto" odd-or-even="odd"/>
        <fo:conditional-page-master-reference master-reference="verso" odd-or-even="even"/>
      </fo:repeatable-page-master-alternatives>
    </fo:page-sequence-master>
  </xsl:template>

</xsl:stylesheet>
