<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: Apache-2.0 -->
<!--
  Full-text search of a site with several documents, without a server: search.html, and the index,
  search-index.js, a plain script (no fetch, no modules) that sets window.teiEditionSearch so that the
  site searches from file:// as from any host. The index holds the documents, the people they name and
  one record per printed page of each document (its words, notes included where called). assets/search.js
  ranks the pages with MiniSearch (assets/minisearch.js), cuts the snippets from the pages' words, and
  counts the facets (chapter, year, person) that this page lists.
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

  <!-- The key of a person in the index and in the address (person=p_LR1): the register's xml:id, after the TEI file's name when the site has several. -->
  <xsl:function name="h:person-key" as="xs:string">
    <xsl:param name="person" as="element()"/>
    <xsl:param name="pages" as="map(*)*"/>
    <xsl:variable name="names" select="distinct-values($pages?name)"/>
    <xsl:sequence select="(if (count($names) gt 1) then $pages[root(?unit) is root($person)][1]?name || ':' else '') || $person/@xml:id"/>
  </xsl:function>

  <!--
    search-index.js: the documents (number, title, date, chapter as a position in the list of chapters,
    file), the people the pages name (by the register's key: their name in the register and every name
    and title the text gives them, so that one spelling finds the pages that use another), and one record
    per printed page (its document, page, anchor, people and words). Nothing is written twice.
  -->
  <xsl:template name="h:search-index">
    <xsl:param name="pages" as="map(*)*" tunnel="yes"/>
    <xsl:param name="parts" as="map(xs:string, xs:string)" select="map{}"/>
    <xsl:variable name="chapters" select="distinct-values($pages?unit ! h:chapter(.))"/>
    <xsl:variable name="mentions" select="$pages?unit//(persName | rs)[f:is-mention(.)][not(ancestor::teiHeader)][exists(f:person(.))]"/>
    <xsl:variable name="json" as="element(j:map)">
      <j:map>
        <j:array key="chapters">
          <xsl:for-each select="$chapters"><j:string><xsl:value-of select="."/></j:string></xsl:for-each>
        </j:array>
        <j:map key="people">
          <xsl:for-each-group select="$mentions" group-by="h:person-key(f:person(.), $pages)">
            <xsl:sort select="current-grouping-key()"/>
            <xsl:variable name="person" select="f:person(.)"/>
            <xsl:variable name="name" select="f:person-index-name($person)"/>
            <j:map key="{current-grouping-key()}">
              <j:string key="name"><xsl:value-of select="$name"/></j:string>
              <j:string key="names">
                <xsl:value-of select="string-join(distinct-values((f:person-name($person), current-group() ! f:plain-text(.))[. ne ''][. ne $name]), ' · ')"/>
              </j:string>
            </j:map>
          </xsl:for-each-group>
        </j:map>
        <j:array key="documents">
          <xsl:for-each select="$pages">
            <xsl:variable name="cite" select="f:citation-data(?unit)"/>
            <xsl:variable name="chapter" select="h:chapter(?unit)"/>
            <j:map>
              <xsl:for-each select="f:document-number(?unit)"><j:string key="n"><xsl:value-of select="."/></j:string></xsl:for-each>
              <j:string key="title"><xsl:value-of select="f:unit-title(?unit)"/></j:string>
              <xsl:for-each select="$cite?date"><j:string key="date"><xsl:value-of select="substring(., 1, 10)"/></j:string></xsl:for-each>
              <xsl:for-each select="$chapter ! index-of($chapters, .)"><j:number key="chapter"><xsl:value-of select=". - 1"/></j:number></xsl:for-each>
              <j:string key="href"><xsl:value-of select="?href"/></j:string>
            </j:map>
          </xsl:for-each>
        </j:array>
      </j:map>
    </xsl:variable>
    <!-- the pages' records last, each document's as its part (given, when the renderer kept it, else made here) -->
    <xsl:variable name="records" select="string-join(
        for $page in $pages return ($parts($page?file), h:search-part($page?file, $pages))[1][. ne ''], ',')"/>
    <xsl:variable name="head" select="xml-to-json($json)"/>
    <xsl:text>// The search index of this edition, written when it was published.&#10;window.teiEditionSearch = </xsl:text>
    <xsl:value-of select="(substring($head, 1, string-length($head) - 1) || ',&quot;pages&quot;:[' || $records || ']}') => replace('&lt;', '\\u003c')"/>
    <xsl:text>;&#10;</xsl:text>
  </xsl:template>

  <!--
    The parts search-index.js is made of, each showing one document: the records of its pages, as JSON
    (the members of the index's list of pages, without the brackets; empty when it has no words). A part
    depends on its document and the edition's frame only, so the renderer keeps it as it keeps the
    document's page.
  -->
  <xsl:function name="h:search-part" as="xs:string">
    <xsl:param name="file" as="xs:string"/>
    <xsl:param name="pages" as="map(*)*"/>
    <xsl:variable name="json" as="element(j:array)">
      <j:array>
        <xsl:for-each select="$pages[?file = $file]">
          <xsl:call-template name="h:search-records">
            <xsl:with-param name="pages" select="$pages" tunnel="yes"/>
            <!-- the document's place in the index's list of documents (not among all the edition's pages) -->
            <xsl:with-param name="d" select="index-of($pages?file, $file)[1] - 1"/>
          </xsl:call-template>
        </xsl:for-each>
      </j:array>
    </xsl:variable>
    <xsl:variable name="array" select="xml-to-json($json)"/>
    <xsl:sequence select="substring($array, 2, string-length($array) - 2)"/>
  </xsl:function>

  <!-- The elements that set their words apart from the words around them: a space between them. -->
  <xsl:function name="h:block" as="element()?">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="$node/ancestor::*[self::p or self::head or self::dateline or self::opener or self::closer
        or self::salute or self::signed or self::note or self::item or self::label or self::l or self::cell or self::ab
        or self::byline or self::trailer or self::postscript or self::div][1]"/>
  </xsl:function>

  <!-- Text nodes and line breaks as the reader reads them: "(Francis)", not "( Francis )"; a space between paragraphs. -->
  <xsl:function name="h:words" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:sequence select="normalize-space(string-join(
        for $i in 1 to count($nodes)
        return (if ($nodes[$i]/self::lb or ($i gt 1 and not(h:block($nodes[$i]) is h:block($nodes[$i - 1])))) then ' ' else '')
               || $nodes[$i]/self::text()))"/>
  </xsl:function>

  <!-- The records of one document page: its text cut at the printed page breaks. -->
  <xsl:template name="h:search-records">
    <xsl:param name="pages" as="map(*)*" tunnel="yes"/>
    <xsl:param name="d" as="xs:integer"/>
    <xsl:variable name="page" select="."/>
    <xsl:variable name="unit" select="?unit"/>
    <xsl:variable name="own" select="f:unit-pbs($unit)"/>
    <xsl:variable name="breaks" select="f:page-breaks(root($unit))"/>
    <!-- the words, without the heading the title gives (but with its notes) -->
    <xsl:variable name="head" select="$unit/head[1]//text()[not(ancestor::note)]"/>
    <xsl:for-each-group select="($unit//(text() | lb)[not(ancestor::teiHeader)] except $head)"
        group-adjacent="accumulator-before('f:page-number')">
      <xsl:variable name="pb" select="$breaks[current-grouping-key()]"/>
      <xsl:if test="exists(current-group()[self::lb or normalize-space()])">
        <xsl:variable name="people" select="(current-group() | $head[current-grouping-key() = accumulator-before('f:page-number')])[normalize-space()]/ancestor::*[self::persName or self::rs][f:is-mention(.)] ! f:person(.)"/>
        <j:map>
          <j:number key="d"><xsl:value-of select="$d"/></j:number>
          <xsl:for-each select="$pb/@n[f:names-page($pb)]"><j:string key="page"><xsl:value-of select="normalize-space(.)"/></j:string></xsl:for-each>
          <xsl:if test="$pb intersect $own"><j:string key="anchor"><xsl:value-of select="h:page-id($pb)"/></j:string></xsl:if>
          <xsl:if test="exists($people)">
            <j:array key="people">
              <xsl:for-each select="distinct-values($people ! h:person-key(., $pages))"><j:string><xsl:value-of select="."/></j:string></xsl:for-each>
            </j:array>
          </xsl:if>
          <j:string key="text"><xsl:value-of select="h:words(current-group())"/></j:string>
        </j:map>
      </xsl:if>
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
          <p class="site-title"><xsl:call-template name="h:series-link"/><a href="index.html"><xsl:value-of select="h:site-title($documents)"/></a></p>
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
            <p id="q-hint" class="hint">The pages that hold all the words, the best first; "words in quotes" as a phrase; a word ending in * also finds longer words (Keren*); a person under any name the text gives them. Without words, a chapter, year or person lists its documents.</p>
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
              <!-- the facets: the script counts the results under each value (without words, the documents) -->
              <xsl:if test="count($chapters) gt 1">
                <xsl:call-template name="h:facet">
                  <xsl:with-param name="name" select="'chapter'"/>
                  <xsl:with-param name="label" select="'Chapter'"/>
                  <xsl:with-param name="all" select="'All chapters'"/>
                  <xsl:with-param name="values" select="$chapters ! map{'value': ., 'label': .}"/>
                </xsl:call-template>
              </xsl:if>
              <xsl:if test="count(distinct-values($dates ! substring(., 1, 4))) gt 1">
                <xsl:call-template name="h:facet">
                  <xsl:with-param name="name" select="'year'"/>
                  <xsl:with-param name="label" select="'Year'"/>
                  <xsl:with-param name="all" select="'All years'"/>
                  <xsl:with-param name="values" select="distinct-values($dates ! substring(., 1, 4)) ! map{'value': ., 'label': .}"/>
                </xsl:call-template>
              </xsl:if>
              <xsl:variable name="people" select="$pages?unit//(persName | rs)[f:is-mention(.)][not(ancestor::teiHeader)]/f:person(.)"/>
              <xsl:if test="exists($people)">
                <xsl:call-template name="h:facet">
                  <xsl:with-param name="name" select="'person'"/>
                  <xsl:with-param name="label" select="'Person named'"/>
                  <xsl:with-param name="all" select="'Anyone'"/>
                  <xsl:with-param name="values" as="map(*)*">
                    <xsl:for-each select="$people">
                      <xsl:sort select="f:person-sort-key(.)" lang="en"/>
                      <xsl:sequence select="map{'value': h:person-key(., $pages), 'label': f:person-index-name(.)}"/>
                    </xsl:for-each>
                  </xsl:with-param>
                </xsl:call-template>
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

  <!-- A facet: a list of values, each of which the script follows with the number of results it holds. -->
  <xsl:template name="h:facet">
    <xsl:param name="name" as="xs:string"/>
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="all" as="xs:string"/>
    <xsl:param name="values" as="map(*)*"/>
    <p class="facet">
      <label for="{$name}"><xsl:value-of select="$label"/></label>
      <xsl:text> </xsl:text>
      <select id="{$name}" name="{$name}">
        <option value=""><xsl:value-of select="$all"/></option>
        <xsl:for-each select="$values">
          <option value="{?value}"><xsl:value-of select="?label"/></option>
        </xsl:for-each>
      </select>
    </p>
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
