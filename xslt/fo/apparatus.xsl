<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: Apache-2.0 -->
<!--
  The apparatus the print edition makes from the text, where a divGen asks for it: the contents (toc), the
  list of documents (papers) and the index (index), each with the pages of the print.

  Page numbers come from the page breaks: an element is on the page of the last break before its first
  printed character (the f:page-number accumulator). In a first print the pages are not known while the
  text flows: the numbers are set as a placeholder of a page number's width, the flowing pages are read
  back and written into the text as page breaks, and the print edition is then made from that text with
  the real numbers. The apparatus is generated content, tagged as such in the PDF (TOC, TOCI, Index), so
  that reading the pages back tells its pages from the text's; its page in the text (the break before the
  divGen) runs on to as many pages as it takes.

  The index gathers people (persName and rs type="person", by the person their @ref or @corresp names,
  under that person's name), places, organizations and terms (term, and index/term, which marks a place
  for the index without printing anything there; by their key, else their words), each with its pages in
  order, consecutive pages as a range (12–14), an index/term's sub-entries (an index within it) and
  cross-references (term type="see" or "seeAlso").
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="https://tei-edition.org/ns/functions"
    xmlns:ef="https://tei-edition.org/ns/fo"
    exclude-result-prefixes="#all">

  <!-- A page number's room in a first print's flowing pages, where the pages are not known yet. -->
  <xsl:variable name="ef:unknown-page" as="xs:string" select="'000'"/>

  <xsl:template match="tei:divGen[@type = ('toc', 'papers', 'index')]" mode="ef:flow">
    <fo:block id="{ef:id(.)}" role="{if (@type eq 'index') then 'Index' else 'TOC'}" text-align="start"
        text-align-last="start" hyphenate="false">
      <!-- in a first print the apparatus has its pages to itself, as when its page is printed alone -->
      <xsl:if test="$ef:new-pagination">
        <xsl:attribute name="break-before" select="'page'"/>
        <xsl:attribute name="break-after" select="'page'"/>
      </xsl:if>
      <fo:block text-align="center" text-align-last="center" font-size="1.15em" letter-spacing="0.05em"
          space-after="{ef:space(1.5)}" keep-with-next.within-page="always" role="H1">
        <xsl:value-of select="ef:apparatus-title(.)"/>
      </fo:block>
      <xsl:apply-templates select="." mode="ef:apparatus"/>
    </fo:block>
  </xsl:template>

  <xsl:mode name="ef:apparatus" on-no-match="fail"/>

  <!-- Contents: the divisions other than documents, three levels deep, and the other apparatus. -->
  <xsl:template match="tei:divGen[@type = 'toc']" mode="ef:apparatus">
    <xsl:for-each select="$ef:text//(tei:div[not(@type = 'document')][ef:running-title(.)][count(ancestor::tei:div) lt 3]
        | tei:divGen[not(@type = 'toc')])">
      <xsl:call-template name="ef:entry">
        <xsl:with-param name="title" select="if (self::tei:divGen) then ef:apparatus-title(.) else f:plain-text(ef:content-head(.))"/>
        <xsl:with-param name="pages" select="ef:page-of(.)"/>
        <xsl:with-param name="level" select="count(ancestor::tei:div)"/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <!-- The list of documents: each document's number and heading, and its page. -->
  <xsl:template match="tei:divGen[@type = 'papers']" mode="ef:apparatus">
    <xsl:for-each select="$ef:text//tei:div[@type = 'document']">
      <xsl:call-template name="ef:entry">
        <xsl:with-param name="title" select="string-join((@n[normalize-space()] ! (normalize-space(.) || '.'),
            f:plain-text(ef:content-head(.))), ' ')"/>
        <xsl:with-param name="pages" select="ef:page-of(.)"/>
        <xsl:with-param name="level" select="0"/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <!--
    The index: in two columns, small, an entry's pages after its name; the sub-entries of index/term under
    it, indented, and where the encoding sends the reader on (term type="see", "seeAlso"), "See …".
  -->
  <xsl:template match="tei:divGen[@type = 'index']" mode="ef:apparatus">
    <fo:block font-size="0.85em" line-height="1.1">
      <xsl:for-each-group select="$ef:text/(tei:body | tei:back)//(tei:persName | tei:rs[@type = 'person'] | tei:placeName
          | tei:orgName | tei:term[not(ancestor::tei:index)] | tei:index[not(parent::tei:index)])
          [not(ancestor::tei:persName | ancestor::tei:placeName | ancestor::tei:orgName)]"
          group-by="ef:index-key(.)[normalize-space(ef:index-name(current()))]">
        <xsl:sort select="lower-case(ef:index-name(current-group()[1]))"/>
        <xsl:sort select="current-grouping-key()"/>
        <xsl:variable name="mentions" select="current-group()[not(self::tei:index[empty(tei:index)] and tei:term[@type])]"/>
        <fo:block text-indent="-1em" start-indent="1em" role="P">
          <xsl:value-of select="ef:index-name(current-group()[1])"/>
          <xsl:if test="exists($mentions[not(self::tei:index[tei:index])])">
            <xsl:text>, </xsl:text>
            <xsl:value-of select="ef:page-list($mentions[not(self::tei:index[tei:index])])"/>
          </xsl:if>
          <xsl:for-each select="distinct-values(current-group()/tei:term[@type = 'see'] ! normalize-space(.))">
            <xsl:value-of select="'. See ' || ."/>
          </xsl:for-each>
          <xsl:for-each select="distinct-values(current-group()/tei:term[@type = 'seeAlso'] ! normalize-space(.))">
            <xsl:value-of select="'. See also ' || ."/>
          </xsl:for-each>
        </fo:block>
        <xsl:for-each-group select="current-group()/tei:index" group-by="lower-case(normalize-space(tei:term[not(@type)][1]))">
          <xsl:sort select="current-grouping-key()"/>
          <fo:block text-indent="-1em" start-indent="2em" role="P">
            <xsl:value-of select="normalize-space(tei:term[not(@type)][1]) || ', ' || ef:page-list(current-group())"/>
          </fo:block>
        </xsl:for-each-group>
      </xsl:for-each-group>
    </fo:block>
  </xsl:template>

  <!-- One line of contents: the title, dot leaders, the page. -->
  <xsl:template name="ef:entry">
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="pages" as="xs:string"/>
    <xsl:param name="level" as="xs:integer"/>
    <fo:block text-align-last="justify" start-indent="{$level * 1.2 + 1.5}em" text-indent="-1.5em" end-indent="2.5em"
        last-line-end-indent="-2.5em" space-before="{if ($level eq 0) then ef:space(0.4) else '0em'}" role="TOCI">
      <xsl:value-of select="$title"/>
      <fo:leader leader-pattern="dots" leader-pattern-width="0.6em"/>
      <xsl:value-of select="$pages"/>
    </fo:block>
  </xsl:template>

  <!-- An apparatus's title: its head, else the series' name for it. -->
  <xsl:function name="ef:apparatus-title" as="xs:string">
    <xsl:param name="divGen" as="element(tei:divGen)"/>
    <xsl:sequence select="($divGen/tei:head ! f:plain-text(.), map{'toc': 'Contents', 'papers': 'List of Papers', 'index': 'Index'}($divGen/@type))[1]"/>
  </xsl:function>

  <!--
    A cross-reference (ptr) to an element of the edition, as printed: "p. 12", the page the element begins
    on (a page break: its page). The verifier asks this function for the words it adds to the text.
  -->
  <xsl:function name="f:cross-reference" visibility="public" as="xs:string">
    <xsl:param name="ptr" as="element(tei:ptr)"/>
    <xsl:variable name="target" select="$ptr/@target[starts-with(., '#')] ! id(substring-after(., '#'), root($ptr))"/>
    <xsl:sequence select="if (empty($target)) then ''
        else if ($target/self::tei:pb) then 'p. ' || (if ($ef:new-pagination) then $ef:unknown-page else f:folio-bare($target/@n))
        else 'p. ' || ef:page-of($target)"/>
  </xsl:function>

  <xsl:template match="tei:ptr" mode="ef:flow">
    <xsl:value-of select="f:cross-reference(.)"/>
  </xsl:template>

  <!-- A division's heading as printed (its short form is for running heads). -->
  <xsl:function name="ef:content-head" as="element(tei:head)?">
    <xsl:param name="div" as="element()"/>
    <xsl:sequence select="($div/tei:head[not(@type = $ef:short-head-types)], $div/tei:head)[1]"/>
  </xsl:function>

  <!-- The folio of the page an element begins on, bare ("12"), or the placeholder while the pages flow. -->
  <xsl:function name="ef:page-of" as="xs:string">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence select="if ($ef:new-pagination) then $ef:unknown-page else f:folio-bare(ef:break-of($element)/@n)"/>
  </xsl:function>

  <!-- The page break whose page holds the element's first printed character (or the element, if it prints none). -->
  <xsl:function name="ef:break-of" as="element(tei:pb)?">
    <xsl:param name="element" as="element()"/>
    <xsl:variable name="first" select="($element/descendant::text()[normalize-space()][not(ancestor::tei:note[f:is-footnote(.)])][1], $element)[1]"/>
    <xsl:variable name="index" select="$first ! accumulator-before('f:page-number')"/>
    <xsl:sequence select="if ($index gt 0) then f:page-breaks($ef:text)[$index] else ()"/>
  </xsl:function>

  <!-- The pages of an index entry's mentions, in order, each once, consecutive arabic folios as a range. -->
  <xsl:function name="ef:page-list" as="xs:string">
    <xsl:param name="mentions" as="element()+"/>
    <xsl:choose>
      <xsl:when test="$ef:new-pagination">
        <xsl:sequence select="string-join(for $m in $mentions return $ef:unknown-page, ', ')"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="folios" select="distinct-values($mentions ! f:folio-bare(ef:break-of(.)/@n))[. ne '']"/>
        <xsl:sequence select="string-join(ef:ranges($folios), ', ')"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- Folios in order, a run of consecutive numbers written as its first and last: 12–14. -->
  <xsl:function name="ef:ranges" as="xs:string*">
    <xsl:param name="folios" as="xs:string*"/>
    <xsl:iterate select="$folios">
      <xsl:param name="run" as="xs:string*" select="()"/>
      <xsl:on-completion select="ef:run($run)"/>
      <xsl:variable name="follows" select=". castable as xs:integer and $run[last()] castable as xs:integer
          and xs:integer(.) eq xs:integer($run[last()]) + 1"/>
      <xsl:if test="exists($run) and not($follows)">
        <xsl:sequence select="ef:run($run)"/>
      </xsl:if>
      <xsl:next-iteration>
        <xsl:with-param name="run" select="if ($follows) then ($run, .) else ."/>
      </xsl:next-iteration>
    </xsl:iterate>
  </xsl:function>

  <xsl:function name="ef:run" as="xs:string?">
    <xsl:param name="run" as="xs:string*"/>
    <xsl:sequence select="if (count($run) gt 1) then $run[1] || '–' || $run[last()] else $run"/>
  </xsl:function>

  <!-- What an index entry gathers: the person, place or thing the mention names by its key, else its words. -->
  <xsl:function name="ef:index-key" as="xs:string">
    <xsl:param name="mention" as="element()"/>
    <xsl:variable name="key" select="($mention/@ref, $mention/@corresp)[starts-with(., '#')][1]"/>
    <xsl:sequence select="if ($key) then 'key ' || substring-after($key, '#')
        else if ($mention/self::tei:index) then 'term ' || lower-case(normalize-space($mention/tei:term[not(@type)][1]))
        else (if ($mention/self::tei:term) then 'term' else local-name($mention)) || ' ' || lower-case(normalize-space(f:plain-text($mention)))"/>
  </xsl:function>

  <!--
    An entry's name: a person named by a key under the name the edition gives that person (a person's
    persName as surname, forenames; a persName in a list of persons as it is), else the mention's words.
  -->
  <xsl:function name="ef:index-name" as="xs:string">
    <xsl:param name="mention" as="element()"/>
    <xsl:variable name="key" select="($mention/@ref, $mention/@corresp)[starts-with(., '#')][1]"/>
    <xsl:variable name="named" select="if ($key) then id(substring-after($key, '#'), root($mention)) else ()"/>
    <xsl:variable name="name" select="($named/self::tei:person/tei:persName, $named/self::tei:persName)[1]"/>
    <xsl:sequence select="if ($name/tei:surname) then string-join((f:plain-text($name/tei:surname[1]),
            string-join($name/tei:forename ! f:plain-text(.), ' ')[.]), ', ')
        else if ($name) then f:plain-text($name)
        else if ($mention/self::tei:index) then normalize-space($mention/tei:term[not(@type)][1])
        else f:plain-text($mention)"/>
  </xsl:function>

</xsl:stylesheet>
