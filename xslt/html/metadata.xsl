<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: Apache-2.0 -->
<!-- The page's metadata in <head>: title, Dublin Core, JSON-LD, Highwire citation tags. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="https://tei-edition.org/ns/functions"
    xmlns:h="https://tei-edition.org/ns/html"
    xmlns:j="http://www.w3.org/2005/xpath-functions"
    xmlns="http://www.w3.org/1999/xhtml"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- The header's texts every page's metadata repeats, read once per document. -->
  <xsl:function name="h:header-texts" as="map(xs:string, xs:string*)" cache="yes">
    <xsl:param name="root" as="node()"/>
    <xsl:sequence select="map{
        'author': $root//titleStmt/author ! normalize-space()[. ne ''],
        'publisher': $root//publicationStmt/publisher ! normalize-space()[. ne ''],
        'rights': $root//publicationStmt/availability ! normalize-space()[. ne '']}"/>
  </xsl:function>

  <xsl:template name="h:head">
    <xsl:param name="cite" as="map(*)"/>
    <xsl:param name="page" as="map(*)" tunnel="yes"/>
    <xsl:variable name="unit" select="$page?unit" as="element()"/>
    <xsl:variable name="root" select="root($unit)"/>
    <xsl:variable name="date" select="f:display-date($cite?date)"/>
    <xsl:variable name="pages" select="h:page-range($cite)"/>
    <xsl:variable name="header" select="h:header-texts($root)"/>
    <xsl:variable name="author" select="if (count(f:units($unit)) = 1) then $header?author else ()"/>
    <xsl:variable name="source" select="string-join((h:volume-line($cite), $pages), ', ')"/>
    <xsl:variable name="people" select="h:unit-people($unit)[not(ancestor::teiHeader) or h:mentions-in($unit, .)]"/>
    <meta charset="utf-8"/>
    <meta name="viewport" content="width=device-width, initial-scale=1"/>
    <title>
      <xsl:value-of select="string-join(($cite?title, $date), ', ')"/>
      <xsl:if test="$source"> · <xsl:value-of select="$source"/></xsl:if>
    </title>
    <meta name="description" content="{string-join((
        string-join(($cite?title, $date), ', ') || '.',
        if ($source) then 'Printed in ' || $source || '.' else (),
        'Web edition with the printed page breaks, notes, a register of people and the TEI and PDF to download.'), ' ')}"/>
    <link rel="schema.DC" href="http://purl.org/dc/elements/1.1/"/>
    <meta name="DC.title" content="{$cite?title}"/>
    <xsl:for-each select="$author"><meta name="DC.creator" content="{.}"/></xsl:for-each>
    <xsl:for-each select="$cite?date"><meta name="DC.date" content="{.}"/></xsl:for-each>
    <meta name="DC.type" content="Text"/>
    <meta name="DC.format" content="text/html"/>
    <meta name="DC.language" content="en"/>
    <xsl:if test="$source"><meta name="DC.source" content="{$source}"/></xsl:if>
    <xsl:for-each select="$cite?file"><meta name="DC.identifier" content="Department of State file {.}"/></xsl:for-each>
    <xsl:for-each select="$people"><meta name="DC.subject" content="{f:person-name(.)}"/></xsl:for-each>
    <xsl:for-each select="$header?publisher"><meta name="DC.publisher" content="{.}"/></xsl:for-each>
    <xsl:for-each select="$header?rights"><meta name="DC.rights" content="{.}"/></xsl:for-each>
    <xsl:if test="normalize-space($site-url)">
      <link rel="canonical" href="{$site-url || $page?href}"/>
    </xsl:if>
    <xsl:call-template name="h:highwire">
      <xsl:with-param name="cite" select="$cite"/>
      <xsl:with-param name="author" select="$author"/>
    </xsl:call-template>
    <link rel="stylesheet" href="{$h:css}"/>
    <script type="application/ld+json">
      <xsl:variable name="json" as="element(j:map)">
        <j:map>
          <j:string key="@context">https://schema.org</j:string>
          <j:string key="@type">Article</j:string>
          <j:string key="headline"><xsl:value-of select="$cite?title"/></j:string>
          <j:string key="name"><xsl:value-of select="$cite?title"/></j:string>
          <xsl:for-each select="$cite?date"><j:string key="dateCreated"><xsl:value-of select="."/></j:string></xsl:for-each>
          <xsl:if test="exists($author)">
            <j:map key="author">
              <j:string key="@type">Person</j:string>
              <j:string key="name"><xsl:value-of select="$author[1]"/></j:string>
            </j:map>
          </xsl:if>
          <j:string key="inLanguage">en</j:string>
          <xsl:for-each select="$cite?first-page"><j:string key="pageStart"><xsl:value-of select="."/></j:string></xsl:for-each>
          <xsl:for-each select="$cite?last-page"><j:string key="pageEnd"><xsl:value-of select="."/></j:string></xsl:for-each>
          <xsl:if test="normalize-space($site-url)">
            <j:string key="url"><xsl:value-of select="$site-url || $page?href"/></j:string>
          </xsl:if>
          <j:map key="isPartOf">
            <j:string key="@type">PublicationVolume</j:string>
            <j:string key="name"><xsl:value-of select="string-join(($cite?series, $cite?volume-title), ', ')"/></j:string>
            <xsl:for-each select="$cite?volume"><j:string key="volumeNumber"><xsl:value-of select="."/></j:string></xsl:for-each>
            <xsl:for-each select="$cite?year"><j:string key="datePublished"><xsl:value-of select="."/></j:string></xsl:for-each>
            <xsl:for-each select="$cite?publisher">
              <j:map key="publisher">
                <j:string key="@type">Organization</j:string>
                <j:string key="name"><xsl:value-of select="."/></j:string>
              </j:map>
            </xsl:for-each>
            <xsl:for-each select="$cite?series">
              <j:map key="isPartOf">
                <j:string key="@type">BookSeries</j:string>
                <j:string key="name"><xsl:value-of select="."/></j:string>
              </j:map>
            </xsl:for-each>
          </j:map>
          <xsl:if test="exists($people)">
            <j:array key="mentions">
              <xsl:for-each select="$people">
                <j:map>
                  <j:string key="@type">Person</j:string>
                  <j:string key="name"><xsl:value-of select="f:person-name(.)"/></j:string>
                </j:map>
              </xsl:for-each>
            </j:array>
          </xsl:if>
          <xsl:variable name="files" select="(h:href($pdf-href, $page?name) ! map{'type': 'application/pdf', 'href': .},
                                              h:href($tei-href, $page?name) ! map{'type': 'application/tei+xml', 'href': .})"/>
          <xsl:if test="exists($files)">
            <j:array key="encoding">
              <xsl:for-each select="$files">
                <j:map>
                  <j:string key="@type">MediaObject</j:string>
                  <j:string key="encodingFormat"><xsl:value-of select="?type"/></j:string>
                  <j:string key="contentUrl"><xsl:value-of select="$site-url || ?href"/></j:string>
                </j:map>
              </xsl:for-each>
            </j:array>
          </xsl:if>
        </j:map>
      </xsl:variable>
      <!-- "<", ">" and "&" as \u escapes: the JSON reads the same whether the page is parsed as HTML or XML -->
      <xsl:value-of select="xml-to-json($json) => replace('&lt;', '\\u003c') => replace('&gt;', '\\u003e') => replace('&amp;', '\\u0026')"/>
    </script>
  </xsl:template>

  <!-- Highwire Press tags, which reference managers (Zotero, Mendeley) and Google Scholar read. -->
  <xsl:template name="h:highwire">
    <xsl:param name="cite" as="map(*)"/>
    <xsl:param name="author" as="xs:string*"/>
    <xsl:param name="page" as="map(*)" tunnel="yes"/>
    <meta name="citation_title" content="{$cite?title}"/>
    <xsl:for-each select="$author"><meta name="citation_author" content="{.}"/></xsl:for-each>
    <xsl:for-each select="$cite?date[matches(., '^\d{4}')]">
      <meta name="citation_date" content="{replace(substring(., 1, 10), '-', '/')}"/>
    </xsl:for-each>
    <xsl:for-each select="$cite?year"><meta name="citation_publication_date" content="{.}"/></xsl:for-each>
    <xsl:variable name="book" select="string-join(($cite?series, $cite?volume-title), ', ')"/>
    <xsl:if test="$book"><meta name="citation_inbook_title" content="{$book}"/></xsl:if>
    <xsl:for-each select="$cite?volume"><meta name="citation_volume" content="{.}"/></xsl:for-each>
    <xsl:for-each select="$cite?first-page"><meta name="citation_firstpage" content="{.}"/></xsl:for-each>
    <xsl:for-each select="$cite?last-page"><meta name="citation_lastpage" content="{.}"/></xsl:for-each>
    <xsl:for-each select="$cite?publisher"><meta name="citation_publisher" content="{.}"/></xsl:for-each>
    <meta name="citation_language" content="en"/>
    <xsl:if test="normalize-space($site-url)">
      <meta name="citation_abstract_html_url" content="{$site-url || $page?href}"/>
      <xsl:for-each select="h:href($pdf-href, $page?name)"><meta name="citation_pdf_url" content="{$site-url || .}"/></xsl:for-each>
    </xsl:if>
  </xsl:template>

  <!-- "pp. 522–524", "p. 522" or nothing. -->
  <xsl:function name="h:page-range" as="xs:string?">
    <xsl:param name="cite" as="map(*)"/>
    <xsl:sequence select="if (empty($cite?first-page)) then ()
        else if (empty($cite?last-page) or $cite?last-page = $cite?first-page) then 'p. ' || $cite?first-page
        else 'pp. ' || $cite?first-page || '–' || $cite?last-page"/>
  </xsl:function>

</xsl:stylesheet>
