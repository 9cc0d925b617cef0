<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: Apache-2.0 -->
<!--
  TEI to the content of an EPUB 3: the web edition's XHTML (../html, which brings ../common), with only
  what an ebook needs differently overridden here:
    - one content document per unit: the front matter, each document (div type="document"), the back
      matter (the printed index), in the order of the source;
    - page breaks as EPUB page markers (epub:type="pagebreak", role="doc-pagebreak", id from the folio);
    - footnotes as EPUB footnotes (noteref / footnote, with links back) instead of the web's popovers;
    - the navigation document (contents, page-list with every printed page, landmarks) and the package
      document (metadata for the print source and for accessibility).
  Entry points, as for the web edition: f:epub-files() lists the files (paths inside the container's
  EPUB/ folder); the template f:epub-file renders one; f:epub-file-unit() tells which unit a file
  shows. The renderer adds the fonts, their licence and the stylesheet, and zips the whole.
  Deterministic: the same TEI and parameters give the same files.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:param="https://tei-edition.org/ns/param"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="https://tei-edition.org/ns/functions"
    xmlns:h="https://tei-edition.org/ns/html"
    xmlns:e="https://tei-edition.org/ns/epub"
    xmlns:err="https://tei-edition.org/ns/error"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:epub="http://www.idpf.org/2007/ops"
    xmlns="http://www.w3.org/1999/xhtml"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:import href="../html/edition-html.xsl"/>
  <xsl:include href="package.xsl"/>

  <!--
    Set by the renderer: the book's identifier (stable for the same TEI); the modification time, when the
    editor does not set it, the edition's date (org.teiedition.transform.EditionDate: SOURCE_DATE_EPOCH, else
    the TEI header's date of the digital edition, never the clock).
  -->
  <xsl:param name="epub-identifier" as="xs:string" select="'urn:tei-edition:book'" param:value="toolkit"/>
  <xsl:param name="epub-modified" as="xs:string" select="''" param:value="utc-time"/>
  <!-- Who certifies the book's accessibility (a11y:certifiedBy): empty, the edition's publisher (TEI publicationStmt). -->
  <xsl:param name="epub-certified-by" as="xs:string" select="''" param:value="text"/>

  <!-- Paths inside EPUB/: the stylesheet, the fonts' licence page. -->
  <xsl:variable name="h:css" as="xs:string" select="'edition.css'"/>
  <xsl:variable name="h:font-licence" as="xs:string" select="'licence.xhtml'"/>

  <!-- No PDF or TEI links inside the book. -->
  <xsl:variable name="e:no-href" select="''"/>

  <!--
    The book's content documents, in reading order: maps as the web edition's (unit, file, name, index)
    plus pbs, the page breaks the document holds that open a page (f:is-page-break), in order (the page-list is
    their concatenation).
    The front and back matter are units of their own; page breaks after the last document of the body
    open the back matter, so that every page break of the source is in exactly one content document.
  -->
  <xsl:function name="h:pages" as="map(*)*">
    <xsl:param name="documents" as="document-node()*"/>
    <xsl:param name="names" as="xs:string*"/>
    <xsl:variable name="tei" select="$documents[1]"/>
    <xsl:variable name="units" select="f:units($tei)"/>
    <xsl:variable name="front" select="$tei//text/front"/>
    <xsl:variable name="back" select="$tei//text/back"/>
    <xsl:variable name="trailing" select="f:trailing-pbs($tei)"/>
    <xsl:variable name="raw" as="map(*)*">
      <xsl:for-each select="$front">
        <xsl:sequence select="map{'unit': ., 'file': 'front-matter.xhtml', 'pbs': .//pb[f:is-page-break(.)], 'extra': ()}"/>
      </xsl:for-each>
      <xsl:for-each select="$units">
        <xsl:sequence select="map{'unit': ., 'file': h:unit-key(., position()) || '.xhtml', 'pbs': f:unit-pbs(.)[f:is-page-break(.)], 'extra': ()}"/>
      </xsl:for-each>
      <xsl:if test="exists($back) or exists($trailing)">
        <xsl:sequence select="map{'unit': ($back, $tei//text)[1], 'file': 'back-matter.xhtml',
                                  'pbs': ($trailing | $back//pb)[f:is-page-break(.)], 'extra': $trailing}"/>
      </xsl:if>
    </xsl:variable>
    <xsl:sequence select="for $i in 1 to count($raw) return map:merge(($raw[$i], map{'index': $i, 'name': $names[1], 'href': encode-for-uri($raw[$i]?file)}))"/>
  </xsl:function>

  <!-- The files under EPUB/ that the stylesheet writes. -->
  <xsl:function name="f:epub-files" as="xs:string*" visibility="public">
    <xsl:sequence select="'package.opf', 'nav.xhtml', 'cover.xhtml', $h:pages?file"/>
  </xsl:function>

  <!-- The unit a file of the book shows (a content document), or nothing (the package, the navigation). -->
  <xsl:function name="f:epub-file-unit" as="element()?" visibility="public">
    <xsl:param name="file" as="xs:string"/>
    <xsl:sequence select="$h:page-by-file($file)?unit"/>
  </xsl:function>

  <!-- One file of the book, by its path under EPUB/. -->
  <xsl:template name="f:epub-file">
    <xsl:param name="file" as="xs:string" required="yes"/>
    <xsl:if test="count($documents) ne 1">
      <xsl:sequence select="f:error('documents', 'epub: a book is made of exactly one TEI document', ())"/>
    </xsl:if>
    <xsl:variable name="page" select="$h:page-by-file($file)"/>
    <xsl:choose>
      <xsl:when test="$file = 'package.opf'">
        <xsl:call-template name="e:package">
          <xsl:with-param name="pages" select="$h:pages" tunnel="yes"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$file = 'nav.xhtml'">
        <xsl:call-template name="e:nav">
          <xsl:with-param name="pages" select="$h:pages" tunnel="yes"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$file = 'cover.xhtml'">
        <xsl:call-template name="e:cover"/>
      </xsl:when>
      <xsl:when test="exists($page)">
        <xsl:call-template name="h:document-page">
          <xsl:with-param name="page" select="$page" tunnel="yes"/>
          <xsl:with-param name="pages" select="$h:pages" tunnel="yes"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="f:error('no-page', 'epub: the book has no file &quot;' || $file || '&quot;', ())"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A content document: the unit's text, its notes and its register of people. -->
  <xsl:template name="h:document-page">
    <xsl:param name="page" as="map(*)" tunnel="yes"/>
    <xsl:variable name="unit" select="$page?unit" as="element()"/>
    <xsl:variable name="title" select="e:title($page)"/>
    <html lang="en" xml:lang="en">
      <xsl:namespace name="epub" select="'http://www.idpf.org/2007/ops'"/>
      <head>
        <meta charset="utf-8"/>
        <title><xsl:value-of select="$title"/></title>
        <link rel="stylesheet" type="text/css" href="{$h:css}"/>
      </head>
      <body>
        <section class="document" aria-labelledby="title" epub:type="{e:section-type($unit)}">
          <xsl:if test="contains(e:section-type($unit), 'chapter')">
            <xsl:attribute name="role" select="'doc-chapter'"/>
          </xsl:if>
          <xsl:apply-templates select="$page?extra, f:leading-pbs($unit)" mode="h:text"/>
          <xsl:call-template name="e:part-titles"/>
          <xsl:if test="empty(h:title-head($unit)) or $unit/self::text">
            <h1 id="title"><xsl:value-of select="$title"/></h1>
          </xsl:if>
          <xsl:apply-templates select="if ($unit/self::text) then () else $unit/node()" mode="h:text"/>
          <xsl:call-template name="h:notes"/>
          <xsl:call-template name="h:people"/>
        </section>
      </body>
    </html>
  </xsl:template>

  <!--
    The titles of the parts (compilation, chapter, …) that open with this document, outermost first, where
    the printed volume has them: in the reading order as in print (the contents nest them too).
  -->
  <xsl:template name="e:part-titles">
    <xsl:param name="page" as="map(*)" tunnel="yes"/>
    <xsl:variable name="unit" select="$page?unit"/>
    <xsl:for-each select="$unit/self::div[@type = 'document']/ancestor::div[head][not(@type = 'document')]
                          [(descendant::div[@type = 'document'])[1] is $unit]">
      <p class="part-title"><xsl:value-of select="f:plain-text(head[1])"/></p>
    </xsl:for-each>
  </xsl:template>

  <xsl:function name="e:title" as="xs:string">
    <xsl:param name="page" as="map(*)"/>
    <xsl:variable name="unit" select="$page?unit"/>
    <xsl:sequence select="if ($unit/self::front) then 'Front matter'
        else if ($unit/self::back) then (f:plain-text(h:title-head($unit))[. ne ''], 'Back matter')[1]
        else if ($unit/self::text) then 'Back matter'
        else f:numbered-title($unit)"/>
  </xsl:function>

  <xsl:function name="e:section-type" as="xs:string">
    <xsl:param name="unit" as="element()"/>
    <xsl:sequence select="if ($unit/self::front) then 'frontmatter'
        else if ($unit/self::back or $unit/self::text) then 'backmatter' else 'bodymatter chapter'"/>
  </xsl:function>

  <!-- Under the title: the date and the document's pages; no links outside the book. -->
  <xsl:template name="h:document-data">
    <xsl:param name="page" as="map(*)" tunnel="yes"/>
    <xsl:variable name="cite" select="f:citation-data($page?unit)"/>
    <xsl:if test="$page?unit/self::div and exists(($cite?date, $cite?first-page))">
      <p class="document-data">
        <xsl:value-of select="string-join((f:display-date($cite?date), h:page-range($cite)), ' · ')"/>
      </p>
    </xsl:if>
  </xsl:template>

  <!-- The book shows the source's readings; no switch. -->
  <xsl:template name="h:reading-switch"/>

  <!--
    Page markers: the printed page's number where the page turns, small and grey in the line ("[Page 523]",
    as the web edition says it), the target of the page-list; the folio as the id.
  -->
  <xsl:template match="pb" mode="h:text">
    <xsl:variable name="label" select="h:page-label(.)"/>
    <span epub:type="pagebreak" role="doc-pagebreak" id="{h:page-id(.)}" aria-label="{$label}" class="pb">[<xsl:value-of select="$label"/>]</span>
    <xsl:sequence select="h:space-after-marker(.)"/>
  </xsl:template>

  <!-- A footnote call: a link to the note; the note itself is listed after the text. -->
  <xsl:template match="note" mode="h:text">
    <xsl:param name="page" as="map(*)" tunnel="yes"/>
    <xsl:variable name="unit" select="$page?unit"/>
    <xsl:choose>
      <xsl:when test="ancestor::note or not(. intersect h:footnotes($unit))">
        <span class="note-inline"><xsl:apply-templates mode="h:text"/></span>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="key" select="h:note-key(., $unit)"/>
        <a epub:type="noteref" role="doc-noteref" class="note-call" id="call-{$key}" href="#note-{$key}"><xsl:value-of select="f:note-label(.)"/></a>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The notes: EPUB footnotes, each with a link back to its call. -->
  <xsl:template name="h:notes">
    <xsl:param name="page" as="map(*)" tunnel="yes"/>
    <xsl:variable name="unit" select="$page?unit"/>
    <xsl:variable name="notes" select="h:footnotes($unit)"/>
    <xsl:if test="$notes">
      <section id="notes" class="notes" aria-labelledby="notes-title">
        <h2 id="notes-title">Notes</h2>
        <xsl:for-each select="$notes">
          <xsl:variable name="key" select="h:note-key(., $unit)"/>
          <aside epub:type="footnote" role="doc-footnote" id="note-{$key}" class="note">
            <p>
              <xsl:if test="@xml:id and @xml:id ne 'note-' || $key">
                <span id="{@xml:id}"/>
              </xsl:if>
              <a href="#call-{$key}" role="doc-backlink" class="note-number"><xsl:value-of select="f:note-label(.)"/></a>
              <xsl:text> </xsl:text>
              <xsl:apply-templates mode="h:text">
                <xsl:with-param name="inline" select="true()" tunnel="yes"/>
              </xsl:apply-templates>
            </p>
          </aside>
        </xsl:for-each>
      </section>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
