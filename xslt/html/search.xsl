<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: Apache-2.0 -->
<!--
  Full-text search of a site with several documents, without a server: search.html, and the index,
  search-index.js, a plain script (no fetch, no modules) that sets window.teiEditionSearch so that the
  site searches from file:// as from any host. The index holds one record per printed page of each
  document: its number, title, date, chapter, page and the page's words (notes included, where called).
  assets/search.js runs the queries with MiniSearch (assets/minisearch.js).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="https://tei-edition.org/ns/functions"
    xmlns:h="https://tei-edition.org/ns/html"
    xmlns:j="http://www.w3.org/2005/xpath-functions"
    xmlns="http://www.w3.org/1999/xhtml"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- The part of the volume a unit belongs to, for the chapter facet: its chapter, else its outermost part. -->
  <xsl:function name="h:chapter" as="xs:string?">
    <xsl:param name="unit" as="element()"/>
    <xsl:variable name="parts" select="$unit/ancestor::div[head][not(@type = 'document')]"/>
    <xsl:sequence select="(($parts[@type = 'chapter'], $parts)[1] ! f:plain-text(head[1]))[. ne '']"/>
  </xsl:function>

  <!-- search-index.js -->
  <xsl:template name="h:search-index">
    <xsl:param name="pages" as="map(*)*" tunnel="yes"/>
    <xsl:variable name="json" as="element(j:map)">
      <j:map>
        <j:array key="pages">
          <xsl:for-each select="$pages">
            <xsl:call-template name="h:search-records"/>
          </xsl:for-each>
        </j:array>
      </j:map>
    </xsl:variable>
    <xsl:text>// The search index of this edition, written when it was published.&#10;window.teiEditionSearch = </xsl:text>
    <xsl:value-of select="xml-to-json($json) => replace('&lt;', '\\u003c')"/>
    <xsl:text>;&#10;</xsl:text>
  </xsl:template>

  <!-- The records of one document page: its text cut at the printed page breaks. -->
  <xsl:template name="h:search-records">
    <xsl:variable name="page" select="."/>
    <xsl:variable name="unit" select="?unit"/>
    <xsl:variable name="own" select="f:unit-pbs($unit)"/>
    <xsl:variable name="breaks" select="f:page-breaks(root($unit))"/>
    <xsl:variable name="cite" select="f:citation-data($unit)"/>
    <xsl:for-each-group select="$unit//(text()[normalize-space()] | lb)[not(ancestor::teiHeader)]"
        group-adjacent="accumulator-before('f:page-number')">
      <xsl:variable name="pb" select="$breaks[current-grouping-key()]"/>
      <xsl:variable name="anchor" select="if ($pb intersect $own) then '#' || h:page-id($pb) else ''"/>
      <j:map>
        <j:number key="id"><xsl:value-of select="$page?index * 10000 + position()"/></j:number>
        <xsl:for-each select="f:document-number($unit)"><j:string key="n"><xsl:value-of select="."/></j:string></xsl:for-each>
        <j:string key="title"><xsl:value-of select="f:unit-title($unit)"/></j:string>
        <xsl:for-each select="$cite?date"><j:string key="date"><xsl:value-of select="substring(., 1, 10)"/></j:string></xsl:for-each>
        <xsl:for-each select="h:chapter($unit)"><j:string key="chapter"><xsl:value-of select="."/></j:string></xsl:for-each>
        <xsl:for-each select="$pb/@n[f:names-page($pb)]"><j:string key="page"><xsl:value-of select="normalize-space(.)"/></j:string></xsl:for-each>
        <j:string key="href"><xsl:value-of select="$page?href || $anchor"/></j:string>
        <j:string key="text"><xsl:value-of select="normalize-space(string-join(current-group() ! (if (self::lb) then ' ' else string(.)), ' '))"/></j:string>
      </j:map>
    </xsl:for-each-group>
  </xsl:template>

  <!-- search.html -->
  <xsl:template name="h:search-page">
    <xsl:param name="pages" as="map(*)*" tunnel="yes"/>
    <xsl:param name="documents" as="document-node()*" tunnel="yes"/>
    <xsl:variable name="title" select="'Search · ' || h:site-title($documents)"/>
    <xsl:variable name="chapters" select="distinct-values($pages?unit ! h:chapter(.))"/>
    <xsl:variable name="dates" select="sort($pages?unit ! f:unit-date(.) ! substring(., 1, 10)[. castable as xs:date])"/>
    <html lang="en">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="$title"/></title>
        <meta name="description" content="Search the full text of {h:site-title($documents)}."/>
        <link rel="stylesheet" href="{$h:css}"/>
      </head>
      <body>
        <a class="skip-link" href="#main">Skip to the search</a>
        <header class="site-header">
          <p class="site-title"><a href="index.html"><xsl:value-of select="h:site-title($documents)"/></a></p>
        </header>
        <main id="main">
          <h1 id="title">Search</h1>
          <noscript>
            <p class="notice">The search needs JavaScript, which is off in this browser. The
              <a href="index.html">contents</a> list every document, every printed page and the registers.</p>
          </noscript>
          <form id="search-form" class="search-form" role="search" action="search.html" method="get" aria-labelledby="title">
            <p>
              <label for="q">Words</label>
              <xsl:text> </xsl:text>
              <input type="search" id="q" name="q" autocomplete="off" aria-describedby="q-hint"/>
              <xsl:text> </xsl:text>
              <button type="submit">Search</button>
            </p>
            <p id="q-hint" class="hint">Pages that hold all the words; a word ending in * also finds longer words (Keren*).</p>
            <fieldset>
              <legend>Narrow down</legend>
              <p>
                <label for="from">Dated from</label>
                <xsl:text> </xsl:text>
                <input type="date" id="from" name="from" min="{$dates[1]}" max="{$dates[last()]}"/>
                <xsl:text> </xsl:text>
                <label for="to">to</label>
                <xsl:text> </xsl:text>
                <input type="date" id="to" name="to" min="{$dates[1]}" max="{$dates[last()]}"/>
              </p>
              <xsl:if test="count($chapters) gt 1">
                <p>
                  <label for="chapter">Chapter</label>
                  <xsl:text> </xsl:text>
                  <select id="chapter" name="chapter">
                    <option value="">All chapters</option>
                    <xsl:for-each select="$chapters">
                      <option value="{.}"><xsl:value-of select="."/></option>
                    </xsl:for-each>
                  </select>
                </p>
              </xsl:if>
            </fieldset>
          </form>
          <section id="results" aria-labelledby="results-title">
            <h2 id="results-title">Results</h2>
            <p id="status" role="status" aria-live="polite"></p>
            <ol id="hits" class="hits"></ol>
          </section>
        </main>
        <xsl:call-template name="h:site-footer">
          <xsl:with-param name="tei" select="$documents[1]"/>
        </xsl:call-template>
        <script src="search-index.js"></script>
        <script src="assets/minisearch.js"></script>
        <script src="assets/search.js"></script>
      </body>
    </html>
  </xsl:template>

  <!-- The search box in the header of every page of a site with several documents. -->
  <xsl:template name="h:search-box">
    <form class="search-box" role="search" action="search.html" method="get" aria-label="Search the edition">
      <input type="search" name="q" aria-label="Words to search for"/>
      <xsl:text> </xsl:text>
      <button type="submit">Search</button>
    </form>
  </xsl:template>
</xsl:stylesheet>
