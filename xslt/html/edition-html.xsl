<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: Apache-2.0 -->
<!--
  TEI to a static web edition: one HTML page per document (a div[@type='document'], or the body when
  there is none). A site with a single document has it as index.html; a site with several has a
  contents page as index.html and a page per document.

  Entry points: the function f:page-files() lists the site's files; the named template f:page renders
  one of them (parameter "file"); f:page-unit() tells which unit a file shows, f:page-frame-only()
  whether a file of the whole site shows only the edition's frame, and f:page-parts() and f:page-parts-made() the
  parts of a file each showing one unit, for the renderer's reuse of files an edit did not touch. All read the documents from the parameter $documents.
  (xsl:result-document is not used: the toolkit's Saxon runs with extension functions disabled.)
  Deterministic: no dates, no generated ids.

  Files: params.xsl (parameters), text.xsl (the TEI text), one module per thing around the text
  (metadata, document-data, notes, people-register, how-to-cite, downloads), registers.xsl, search.xsl;
  ../common/ holds the rules every output shares.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="https://tei-edition.org/ns/functions"
    xmlns:h="https://tei-edition.org/ns/html"
    xmlns:err="https://tei-edition.org/ns/error"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns="http://www.w3.org/1999/xhtml"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:include href="../common/params.xsl"/>
  <xsl:include href="../common/readings.xsl"/>
  <xsl:include href="../common/phrases.xsl"/>
  <xsl:include href="params.xsl"/>
  <xsl:include href="../common/indexes.xsl"/>
  <xsl:include href="../common/people.xsl"/>
  <xsl:include href="../common/citation.xsl"/>
  <xsl:include href="../common/shown.xsl"/>
  <xsl:include href="text.xsl"/>
  <xsl:include href="metadata.xsl"/>
  <xsl:include href="document-data.xsl"/>
  <xsl:include href="notes.xsl"/>
  <xsl:include href="people-register.xsl"/>
  <xsl:include href="how-to-cite.xsl"/>
  <xsl:include href="downloads.xsl"/>
  <xsl:include href="registers.xsl"/>
  <xsl:include href="search.xsl"/>

  <!-- XHTML syntax of HTML5 (polyglot): valid HTML, and parseable as XML for checks -->
  <xsl:output method="xhtml" html-version="5" encoding="UTF-8" indent="no" omit-xml-declaration="yes" include-content-type="no"/>

  <xsl:mode name="h:text" on-multiple-match="fail" on-no-match="fail"/>

  <!-- The stylesheet's assets, relative to every page. -->
  <xsl:variable name="h:css" as="xs:string" select="'assets/edition.css'"/>
  <xsl:variable name="h:font-licence" as="xs:string" select="'assets/fonts/OFL.txt'"/>

  <!--
    The files of the site, in order: a page per document, then index.html when there are several.
    The renderer calls this, then the template f:page once per file.
  -->
  <xsl:function name="f:page-files" as="xs:string*" visibility="public">
    <xsl:sequence select="$h:pages?file, ('index.html', 'search.html', 'search-index.js')[count($h:pages) gt 1]"/>
  </xsl:function>

  <!-- The unit a file of the site shows (a document's page), or nothing (a file of the whole site). -->
  <xsl:function name="f:page-unit" as="element()?" visibility="public">
    <xsl:param name="file" as="xs:string"/>
    <xsl:sequence select="$h:page-by-file($file)?unit"/>
  </xsl:function>

  <!--
    Whether a file of the whole site shows nothing of the documents' running text (f:shown-elsewhere): the
    contents and the search page show headings, dates, names, page breaks and where a document's words begin,
    which the frame of the edition holds, so the renderer keeps them while the frame is unchanged. The search
    index holds the words. A customization that shows running text in one of these files says so here.
  -->
  <xsl:function name="f:page-frame-only" as="xs:boolean" visibility="public">
    <xsl:param name="file" as="xs:string"/>
    <xsl:sequence select="$file = ('index.html', 'search.html')"/>
  </xsl:function>

  <!--
    The parts a file of the whole site is made of, each showing one unit (by the file of the unit's page):
    the search index holds each document's records. The renderer makes the parts it does not keep with
    f:page-parts-made, all in one call, and keeps them as it keeps the units' pages; f:page is given every
    part (parameter "parts"), and makes any it is not given.
  -->
  <xsl:function name="f:page-parts" as="xs:string*" visibility="public">
    <xsl:param name="file" as="xs:string"/>
    <xsl:sequence select="if ($file = 'search-index.js' and count($h:pages) gt 1) then $h:document-pages?file else ()"/>
  </xsl:function>

  <xsl:function name="f:page-parts-made" as="map(xs:string, xs:string)" visibility="public">
    <xsl:param name="file" as="xs:string"/>
    <xsl:param name="parts" as="xs:string*"/>
    <xsl:sequence select="if ($file = 'search-index.js') then map:merge($parts ! map{.: h:search-part(., $h:document-pages)})
        else f:error('no-page', 'html: the site has no parts of &quot;' || $file || '&quot;', ())"/>
  </xsl:function>

  <xsl:variable name="h:pages" as="map(*)*" select="h:pages($documents, $document-names)"/>

  <!-- The same pages by their unit's generate-id (a reference is made a link into the page of its target's unit). -->
  <xsl:variable name="h:page-by-unit" as="map(xs:string, map(*))"
      select="map:merge($h:pages ! map{generate-id(?unit): .}, map{'duplicates': 'use-first'})"/>

  <!-- The same pages by file name (a page is looked up by its file for each file made). -->
  <xsl:variable name="h:page-by-file" as="map(xs:string, map(*))"
      select="map:merge($h:pages ! map{?file: .}, map{'duplicates': 'use-first'})"/>

  <!-- The file of the site that shows each page break (by generate-id), for references to pages. -->
  <xsl:variable name="h:pb-files" as="map(xs:string, xs:string)" select="map:merge(
      for $page in $h:pages return h:page-pbs($page) ! map{generate-id(.): $page?href},
      map{'duplicates': 'use-first'})"/>

  <!-- The pages of documents, without the front and back matter: the chronology, registers and search are of them. -->
  <xsl:variable name="h:document-pages" as="map(*)*" select="$h:pages[empty(?matter)]"/>

  <!-- Every page break a page shows, in order. -->
  <xsl:function name="h:page-pbs" as="element(pb)*">
    <xsl:param name="page" as="map(*)"/>
    <xsl:sequence select="if (map:contains($page, 'pbs')) then $page?pbs else f:unit-pbs($page?unit)"/>
  </xsl:function>

  <!-- What navigation calls a page: "Title page", the division's heading, the document with its number. -->
  <xsl:function name="h:unit-label" as="xs:string">
    <xsl:param name="unit" as="element()"/>
    <xsl:sequence select="if ($unit/self::titlePage) then 'Title page'
        else if ($unit/self::front) then 'Front matter'
        else if ($unit/self::back) then 'Back matter'
        else f:numbered-title($unit)"/>
  </xsl:function>

  <!-- One page of the site, by its file name (one of f:page-files()). -->
  <xsl:template name="f:page">
    <xsl:param name="file" as="xs:string" required="yes"/>
    <xsl:param name="parts" as="map(xs:string, xs:string)" select="map{}"/>
    <xsl:if test="empty($documents)">
      <xsl:sequence select="f:error('documents', 'html: no TEI documents to render (parameter documents)', ())"/>
    </xsl:if>
    <xsl:if test="count($document-names) ne count($documents)">
      <xsl:sequence select="f:error('names', 'html: every document needs a name (parameter document-names)', ())"/>
    </xsl:if>
    <xsl:variable name="page" select="$h:page-by-file($file)"/>
    <xsl:choose>
      <xsl:when test="exists($page)">
        <xsl:call-template name="h:document-page">
          <xsl:with-param name="page" select="$page" tunnel="yes"/>
          <xsl:with-param name="pages" select="$h:pages" tunnel="yes"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$file = 'search.html' and count($h:pages) gt 1">
        <xsl:call-template name="h:search-page">
          <xsl:with-param name="pages" select="$h:document-pages" tunnel="yes"/>
          <xsl:with-param name="documents" select="$documents" tunnel="yes"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$file = 'search-index.js' and count($h:pages) gt 1">
        <xsl:call-template name="h:search-index">
          <xsl:with-param name="pages" select="$h:document-pages" tunnel="yes"/>
          <xsl:with-param name="parts" select="$parts"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$file = 'index.html' and count($h:pages) gt 1">
        <xsl:call-template name="h:contents-page">
          <xsl:with-param name="pages" select="$h:pages" tunnel="yes"/>
          <xsl:with-param name="documents" select="$documents" tunnel="yes"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="f:error('no-page', 'html: the site has no page &quot;' || $file || '&quot;', ())"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!--
    One map per page: unit (the TEI element), file (the page's file name), href (the file name as a
    relative URI: a file name may hold spaces, accents or any script), name (the TEI file's name),
    index (position in the site). A TEI file's front matter comes before its documents and its back
    matter after them, a page per division (f:matter-divisions: title page, preface, lists, the index),
    with matter ('front' or 'back'), lead and trail (what the page shows before and after its division:
    the page breaks between divisions; the body's page breaks after its last document open the back
    matter, as in the EPUB) and pbs (every page break the page shows).
  -->
  <xsl:function name="h:pages" as="map(*)*">
    <xsl:param name="documents" as="document-node()*"/>
    <xsl:param name="names" as="xs:string*"/>
    <xsl:variable name="total" select="sum($documents ! (count(f:units(.)) + count(h:matter(.))))"/>
    <xsl:variable name="raw" as="map(*)*">
      <xsl:for-each select="$documents">
        <xsl:variable name="d" select="position()"/>
        <xsl:variable name="units" select="f:units(.)"/>
        <xsl:variable name="matter" select="h:matter(.)"/>
        <xsl:variable name="prefix" select="($names[$d] || '-')[count($documents) gt 1]"/>
        <xsl:for-each select="$matter[?matter = 'front']">
          <xsl:sequence select="map:merge((., map{'name': $names[$d], 'file': $prefix || 'front-' || ?key || '.html'}))"/>
        </xsl:for-each>
        <xsl:for-each select="$units">
          <xsl:sequence select="map{
              'unit': .,
              'name': $names[$d],
              'file': if ($total = 1) then 'index.html'
                      else if (count($units) = 1) then $names[$d] || '.html'
                      else if (count($documents) = 1) then h:unit-key(., position()) || '.html'
                      else $names[$d] || '-' || h:unit-key(., position()) || '.html'}"/>
        </xsl:for-each>
        <xsl:for-each select="$matter[?matter = 'back']">
          <xsl:sequence select="map:merge((., map{'name': $names[$d], 'file': $prefix || 'back-' || ?key || '.html'}))"/>
        </xsl:for-each>
      </xsl:for-each>
    </xsl:variable>
    <xsl:sequence select="for $i in 1 to count($raw) return map:put(map:put($raw[$i], 'index', $i), 'href', encode-for-uri($raw[$i]?file))"/>
  </xsl:function>

  <!-- The pages of a TEI file's front and back matter, without their file names (h:pages gives them). -->
  <xsl:function name="h:matter" as="map(*)*">
    <xsl:param name="document" as="document-node()"/>
    <xsl:for-each select="$document//text/front, $document//text/back">
      <xsl:variable name="matter" select="local-name()"/>
      <xsl:variable name="divisions" select="f:matter-divisions(.)"/>
      <xsl:variable name="trailing" select="if ($matter = 'back') then f:trailing-pbs(.) else ()"/>
      <xsl:for-each select="$divisions">
        <xsl:variable name="lead" select="(if (position() = 1) then $trailing else ()) | ?lead"/>
        <xsl:sequence select="map{'unit': ?unit, 'matter': $matter, 'lead': $lead, 'trail': ?trail,
            'key': h:matter-key(?unit, position()),
            'pbs': ($lead, ?unit, ?trail)/descendant-or-self::pb[f:is-page-break(.)]}"/>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:function>

  <!-- A division of the matter in file names: its xml:id, "title-page", else its position. -->
  <xsl:function name="h:matter-key" as="xs:string">
    <xsl:param name="unit" as="element()"/>
    <xsl:param name="position" as="xs:integer"/>
    <xsl:sequence select="if (matches($unit/@xml:id, '^[A-Za-z0-9_][A-Za-z0-9._-]*$')) then string($unit/@xml:id)
                          else if ($unit/self::titlePage) then 'title-page-' || $position
                          else 'part-' || $position"/>
  </xsl:function>

  <xsl:function name="h:unit-key" as="xs:string">
    <xsl:param name="unit" as="element()"/>
    <xsl:param name="position" as="xs:integer"/>
    <!-- the xml:id names the unit's file when it makes a plain file name (an invalid text, published with warn, may hold any) -->
    <xsl:sequence select="if (matches($unit/@xml:id, '^[A-Za-z0-9_][A-Za-z0-9._-]*$')) then string($unit/@xml:id) else 'document-' || $position"/>
  </xsl:function>

  <!-- A pattern such as "{name}.pdf" for one TEI file, the name escaped for a URI; empty when the pattern is empty. -->
  <xsl:function name="h:href" as="xs:string?">
    <xsl:param name="pattern" as="xs:string"/>
    <xsl:param name="name" as="xs:string"/>
    <xsl:sequence select="if (normalize-space($pattern)) then replace($pattern, '{name}', encode-for-uri($name), 'q') else ()"/>
  </xsl:function>

  <!-- The page of a document. -->
  <xsl:template name="h:document-page">
    <xsl:param name="page" as="map(*)" tunnel="yes"/>
    <xsl:param name="pages" as="map(*)*" tunnel="yes"/>
    <xsl:variable name="unit" select="$page?unit" as="element()"/>
    <xsl:variable name="cite" select="f:citation-data($unit)"/>
    <html lang="en">
      <head>
        <xsl:call-template name="h:head">
          <xsl:with-param name="cite" select="$cite"/>
        </xsl:call-template>
      </head>
      <body>
        <a class="skip-link" href="#text">Skip to the text</a>
        <xsl:call-template name="h:site-header">
          <xsl:with-param name="cite" select="$cite"/>
          <xsl:with-param name="sections" select="h:sections($unit)"/>
        </xsl:call-template>
        <main id="main">
          <xsl:if test="count($pages) gt 1">
            <xsl:call-template name="h:breadcrumb"/>
            <xsl:call-template name="h:document-nav">
              <xsl:with-param name="label" select="'Documents, before the text'"/>
            </xsl:call-template>
          </xsl:if>
          <article class="document" aria-labelledby="title">
            <div id="text" class="text">
              <xsl:apply-templates select="if (map:contains($page, 'lead')) then $page?lead else f:leading-pbs($unit)" mode="h:text"/>
              <xsl:if test="empty(h:title-head($unit))">
                <h1 id="title"><xsl:value-of select="if (exists($page?matter)) then h:unit-label($unit) else f:unit-title($unit)"/></h1>
                <xsl:call-template name="h:document-data"/>
                <xsl:call-template name="h:reading-switch"/>
              </xsl:if>
              <xsl:apply-templates select="$unit/node(), $page?trail" mode="h:text"/>
            </div>
            <xsl:call-template name="h:notes"/>
          </article>
          <xsl:call-template name="h:people"/>
          <xsl:call-template name="h:cite">
            <xsl:with-param name="cite" select="$cite"/>
          </xsl:call-template>
          <xsl:call-template name="h:downloads"/>
          <xsl:if test="count($pages) gt 1">
            <xsl:call-template name="h:document-nav"/>
          </xsl:if>
        </main>
        <xsl:call-template name="h:site-footer">
          <xsl:with-param name="tei" select="$unit"/>
        </xsl:call-template>
      </body>
    </html>
  </xsl:template>

  <!-- The sections a document page has, for the header's navigation: (id, label) pairs. -->
  <xsl:function name="h:sections" as="xs:string*">
    <xsl:param name="unit" as="element()"/>
    <xsl:sequence select="'text', 'Text'"/>
    <xsl:sequence select="if (h:footnotes($unit)) then ('notes', 'Notes') else ()"/>
    <xsl:sequence select="if (h:unit-people($unit)) then ('people', 'People') else ()"/>
    <xsl:sequence select="'cite', 'How to cite', 'downloads', 'Downloads'"/>
  </xsl:function>

  <!-- Before the site's title, in every page's header: the way to the series' landing page, when it has one. -->
  <xsl:template name="h:series-link">
    <xsl:if test="normalize-space($series-href)">
      <a href="{$series-href}">All volumes</a>
      <xsl:text> › </xsl:text>
    </xsl:if>
  </xsl:template>

  <xsl:template name="h:site-header">
    <xsl:param name="cite" as="map(*)"/>
    <xsl:param name="sections" as="xs:string*"/>
    <xsl:param name="pages" as="map(*)*" tunnel="yes"/>
    <header class="site-header">
      <p class="site-title">
        <xsl:call-template name="h:series-link"/>
        <xsl:choose>
          <xsl:when test="count($pages) gt 1">
            <a href="index.html"><xsl:value-of select="h:volume-line($cite)"/></a>
          </xsl:when>
          <xsl:otherwise>
            <xsl:value-of select="h:volume-line($cite)"/>
          </xsl:otherwise>
        </xsl:choose>
      </p>
      <xsl:if test="count($pages) gt 1">
        <xsl:call-template name="h:search-box"/>
      </xsl:if>
      <nav aria-label="On this page">
        <ul>
          <xsl:for-each select="1 to count($sections) idiv 2">
            <li><a href="#{$sections[2 * current() - 1]}"><xsl:value-of select="$sections[2 * current()]"/></a></li>
          </xsl:for-each>
        </ul>
      </nav>
    </header>
  </xsl:template>

  <!-- "Foreign Relations of the United States, Diplomatic Papers, 1943, …, Volume III" -->
  <xsl:function name="h:volume-line" as="xs:string">
    <xsl:param name="cite" as="map(*)"/>
    <xsl:sequence select="string-join(($cite?series, $cite?volume-title,
                            $cite?volume ! ('Volume ' || .)), ', ')"/>
  </xsl:function>

  <xsl:template name="h:site-footer">
    <xsl:param name="tei" as="node()"/>
    <footer class="site-footer">
      <xsl:for-each select="root($tei)//publicationStmt/availability/p">
        <p><xsl:apply-templates mode="h:text"/></p>
      </xsl:for-each>
      <p>Set in Source Serif 4, shipped with the site under the SIL Open Font License
        (<a href="{$h:font-licence}">licence</a>). Made with tei-edition.</p>
    </footer>
  </xsl:template>

  <!--
    Where a document stands in the volume, for a site with several documents: the contents page, then
    each part and chapter that holds the document, then the document itself.
  -->
  <xsl:template name="h:breadcrumb">
    <xsl:param name="page" as="map(*)" tunnel="yes"/>
    <nav class="breadcrumb" aria-label="Breadcrumb">
      <ol>
        <li><a href="index.html">Contents</a></li>
        <xsl:for-each select="$page?matter">
          <li><xsl:value-of select="if (. = 'front') then 'Front matter' else 'Back matter'"/></li>
        </xsl:for-each>
        <xsl:for-each select="$page?unit/ancestor::div[head]">
          <!-- a long heading (a chapter's list of its subjects) shortened at a word, whole in its title -->
          <xsl:variable name="title" select="f:unit-title(.)"/>
          <xsl:choose>
            <xsl:when test="string-length($title) gt 90">
              <li title="{$title}"><xsl:value-of select="replace(substring($title, 1, 90), '\s+\S*$', '') || '…'"/></li>
            </xsl:when>
            <xsl:otherwise>
              <li><xsl:value-of select="$title"/></li>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
        <li aria-current="page"><xsl:value-of select="h:unit-label($page?unit)"/></li>
      </ol>
    </nav>
  </xsl:template>

  <!-- Previous, contents, next: for a site with several documents, before the text and after it. -->
  <xsl:template name="h:document-nav">
    <xsl:param name="label" as="xs:string" select="'Documents'"/>
    <xsl:param name="page" as="map(*)" tunnel="yes"/>
    <xsl:param name="pages" as="map(*)*" tunnel="yes"/>
    <!-- a page's index is its position among the pages (h:pages) -->
    <xsl:variable name="previous" select="$pages[$page?index - 1]"/>
    <xsl:variable name="next" select="$pages[$page?index + 1]"/>
    <nav class="document-nav" aria-label="{$label}">
      <ul>
        <xsl:if test="exists($previous)">
          <li><a href="{$previous?href}" rel="prev">Previous: <xsl:value-of select="h:unit-label($previous?unit)"/></a></li>
        </xsl:if>
        <li><a href="index.html">Contents</a></li>
        <xsl:if test="exists($next)">
          <li><a href="{$next?href}" rel="next">Next: <xsl:value-of select="h:unit-label($next?unit)"/></a></li>
        </xsl:if>
      </ul>
    </nav>
  </xsl:template>

  <!-- The title of a site with several documents: the edition's, else the volume's. -->
  <xsl:function name="h:site-title" as="xs:string">
    <xsl:param name="documents" as="document-node()*"/>
    <xsl:sequence select="if (normalize-space($edition-title)) then normalize-space($edition-title)
                          else (h:volume-line(f:volume-data($documents[1]))[. ne ''], 'Edition')[1]"/>
  </xsl:function>

  <!-- The contents page of a site with several documents. -->
  <xsl:template name="h:contents-page">
    <xsl:param name="pages" as="map(*)*" tunnel="yes"/>
    <xsl:param name="documents" as="document-node()*" tunnel="yes"/>
    <xsl:variable name="title" select="h:site-title($documents)"/>
    <html lang="en">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="$title"/></title>
        <meta name="description" content="{'Web edition of ' || count($pages) || ' documents: ' || $title || '.'}"/>
        <link rel="stylesheet" href="{$h:css}"/>
      </head>
      <body>
        <a class="skip-link" href="#contents">Skip to the contents</a>
        <header class="site-header">
          <p class="site-title"><xsl:call-template name="h:series-link"/><xsl:value-of select="$title"/></p>
          <xsl:call-template name="h:search-box"/>
          <nav aria-label="On this page">
            <ul>
              <li><a href="#contents">Contents</a></li>
              <li><a href="#downloads">Downloads</a></li>
              <li><a href="#chronology">Chronology</a></li>
              <li><a href="#pages">Pages</a></li>
              <li><a href="#people">People</a></li>
              <xsl:if test="exists(h:register-entries($h:document-pages, 'place'))"><li><a href="#places">Places</a></li></xsl:if>
              <xsl:if test="exists(h:register-entries($h:document-pages, 'organisation'))"><li><a href="#organisations">Organisations</a></li></xsl:if>
            </ul>
          </nav>
        </header>
        <main id="main">
          <h1 id="title"><xsl:value-of select="$title"/></h1>
          <xsl:call-template name="h:all-downloads">
            <xsl:with-param name="pages" select="$h:document-pages" tunnel="yes"/>
          </xsl:call-template>
          <section id="contents" aria-labelledby="contents-title">
            <h2 id="contents-title">Contents</h2>
            <xsl:choose>
              <xsl:when test="count($documents) gt 1">
                <!-- several TEI files: one list, a file's documents nested under its first -->
                <ol class="toc">
                  <xsl:for-each select="$documents">
                    <xsl:variable name="document" select="."/>
                    <xsl:variable name="own" select="$pages[root(?unit) is $document]"/>
                    <li>
                      <xsl:variable name="documents-own" select="$own[empty(?matter)]"/>
                      <a href="{$documents-own[1]?href}"><xsl:value-of select="f:unit-title($documents-own[1]?unit)"/></a>
                      <xsl:for-each select="f:first-page($documents-own[1]?unit)">
                        <span class="toc-page">, p. <xsl:value-of select="."/></span>
                      </xsl:for-each>
                      <xsl:call-template name="h:matter-toc">
                        <xsl:with-param name="matter" select="$own[?matter = 'front']"/>
                      </xsl:call-template>
                      <xsl:if test="count($documents-own) gt 1">
                        <xsl:call-template name="h:toc">
                          <xsl:with-param name="container" select="(.//text/body, .//text)[1]"/>
                        </xsl:call-template>
                      </xsl:if>
                      <xsl:call-template name="h:matter-toc">
                        <xsl:with-param name="matter" select="$own[?matter = 'back']"/>
                      </xsl:call-template>
                    </li>
                  </xsl:for-each>
                </ol>
              </xsl:when>
              <xsl:otherwise>
                <xsl:call-template name="h:matter-toc">
                  <xsl:with-param name="matter" select="$pages[?matter = 'front']"/>
                </xsl:call-template>
                <xsl:call-template name="h:toc">
                  <xsl:with-param name="container" select="($documents//text/body, $documents//text)[1]"/>
                </xsl:call-template>
                <xsl:call-template name="h:matter-toc">
                  <xsl:with-param name="matter" select="$pages[?matter = 'back']"/>
                </xsl:call-template>
              </xsl:otherwise>
            </xsl:choose>
          </section>
          <xsl:call-template name="h:chronology">
            <xsl:with-param name="pages" select="$h:document-pages" tunnel="yes"/>
          </xsl:call-template>
          <xsl:call-template name="h:page-index"/>
          <xsl:call-template name="h:all-people">
            <xsl:with-param name="pages" select="$h:document-pages" tunnel="yes"/>
          </xsl:call-template>
          <xsl:call-template name="h:register">
            <xsl:with-param name="kind" select="'place'"/>
            <xsl:with-param name="pages" select="$h:document-pages" tunnel="yes"/>
          </xsl:call-template>
          <xsl:call-template name="h:register">
            <xsl:with-param name="kind" select="'organisation'"/>
            <xsl:with-param name="pages" select="$h:document-pages" tunnel="yes"/>
          </xsl:call-template>
        </main>
        <xsl:call-template name="h:site-footer">
          <xsl:with-param name="tei" select="$documents[1]"/>
        </xsl:call-template>
      </body>
    </html>
  </xsl:template>

  <!-- The front or back matter in the contents: its divisions, each with its first printed page. -->
  <xsl:template name="h:matter-toc">
    <xsl:param name="matter" as="map(*)*"/>
    <xsl:if test="exists($matter)">
      <ol class="toc">
        <li>
          <span class="toc-part"><xsl:value-of select="if ($matter[1]?matter = 'front') then 'Front matter' else 'Back matter'"/></span>
          <ol class="toc">
            <xsl:for-each select="$matter">
              <li>
                <a href="{?href}"><xsl:value-of select="h:unit-label(?unit)"/></a>
                <xsl:for-each select="h:page-pbs(.)[f:names-page(.)][1]/@n">
                  <span class="toc-page">, p. <xsl:value-of select="."/></span>
                </xsl:for-each>
              </li>
            </xsl:for-each>
          </ol>
        </li>
      </ol>
    </xsl:if>
  </xsl:template>

  <!-- A nested list of the divs that are documents or hold documents. -->
  <xsl:template name="h:toc">
    <xsl:param name="container" as="element()"/>
    <xsl:param name="pages" as="map(*)*" tunnel="yes"/>
    <xsl:variable name="entries" select="f:toc-children($container)"/>
    <xsl:variable name="body-page" select="$pages[?unit is $container]"/>
    <xsl:choose>
      <xsl:when test="exists($body-page)">
        <ol class="toc">
          <li><a href="{$body-page?href}"><xsl:value-of select="f:unit-title($container)"/></a></li>
        </ol>
      </xsl:when>
      <xsl:when test="$entries">
        <ol class="toc">
          <xsl:for-each select="$entries">
            <xsl:variable name="entry" select="."/>
            <xsl:variable name="target" select="$pages[?unit is $entry]"/>
            <li>
              <xsl:choose>
                <xsl:when test="exists($target)">
                  <a href="{$target?href}"><xsl:value-of select="f:numbered-title(.)"/></a>
                  <xsl:for-each select="f:first-page(.)">
                    <span class="toc-page">, p. <xsl:value-of select="."/></span>
                  </xsl:for-each>
                </xsl:when>
                <xsl:otherwise>
                  <span class="toc-part"><xsl:value-of select="f:plain-text(head[1])"/></span>
                  <xsl:call-template name="h:toc">
                    <xsl:with-param name="container" select="."/>
                  </xsl:call-template>
                </xsl:otherwise>
              </xsl:choose>
            </li>
          </xsl:for-each>
        </ol>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- Every printed page of the site, linked to its anchor on its document's page. -->
  <xsl:template name="h:page-index">
    <xsl:param name="pages" as="map(*)*" tunnel="yes"/>
    <section id="pages" aria-labelledby="pages-title">
      <h2 id="pages-title">Pages</h2>
      <details>
        <summary>Go to a printed page</summary>
        <xsl:for-each-group select="$pages" group-adjacent="?name">
          <xsl:if test="count(distinct-values($pages?name)) gt 1">
            <h3 class="page-index-file"><xsl:value-of select="current-grouping-key()"/></h3>
          </xsl:if>
          <ul class="page-index">
            <xsl:for-each select="current-group()">
              <xsl:variable name="page" select="."/>
              <xsl:for-each select="h:page-pbs($page)[@n]">
                <li><a href="{$page?href}#{h:page-id(.)}"><xsl:value-of select="@n"/></a></li>
              </xsl:for-each>
            </xsl:for-each>
          </ul>
        </xsl:for-each-group>
      </details>
    </section>
  </xsl:template>
</xsl:stylesheet>
