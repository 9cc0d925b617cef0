<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: Apache-2.0 -->
<!-- "How to cite": the document's citation, ready to copy. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="https://tei-edition.org/ns/functions"
    xmlns:h="https://tei-edition.org/ns/html"
    xmlns:j="http://www.w3.org/2005/xpath-functions"
    xmlns="http://www.w3.org/1999/xhtml"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- Chicago style (notes form), and the page anchors for a page-exact citation. -->
  <xsl:template name="h:cite">
    <xsl:param name="cite" as="map(*)"/>
    <xsl:param name="page" as="map(*)" tunnel="yes"/>
    <xsl:variable name="unit" select="$page?unit"/>
    <xsl:variable name="url" select="if (normalize-space($site-url)) then $site-url || $page?href else ()"/>
    <xsl:variable name="pbs" select="h:page-pbs($page)[f:names-page(.)]"/>
    <section id="cite" class="cite" aria-labelledby="cite-title">
      <h2 id="cite-title">How to cite</h2>
      <p>Cite the printed volume and its pages (Chicago style):</p>
      <p class="citation">
        <xsl:text>“</xsl:text>
        <xsl:value-of select="$cite?title"/>
        <xsl:text>,”</xsl:text>
        <xsl:for-each select="$cite?date"><xsl:text> </xsl:text><xsl:value-of select="f:display-date(.)"/>,</xsl:for-each>
        <xsl:for-each select="$cite?file"> file <xsl:value-of select="."/>,</xsl:for-each>
        <xsl:if test="exists(($cite?series, $cite?volume-title))">
          <xsl:text> in </xsl:text>
          <cite><xsl:value-of select="string-join(($cite?series, $cite?volume-title), ', ')"/></cite>
        </xsl:if>
        <xsl:for-each select="$cite?volume">, vol. <xsl:value-of select="."/></xsl:for-each>
        <xsl:variable name="imprint" select="string-join((string-join(($cite?place, $cite?publisher), ': '), $cite?year), ', ')"/>
        <xsl:if test="$imprint"> (<xsl:value-of select="$imprint"/>)</xsl:if>
        <xsl:for-each select="$cite?first-page">
          <xsl:text>, </xsl:text>
          <xsl:value-of select="string-join(distinct-values(($cite?first-page, $cite?last-page)), '–')"/>
        </xsl:for-each>
        <xsl:for-each select="$url">, <xsl:value-of select="."/></xsl:for-each>
        <xsl:text>.</xsl:text>
      </p>
      <xsl:if test="$pbs">
        <p>
          <xsl:text>To cite one page, give its number, and on the web its anchor: </xsl:text>
          <xsl:for-each select="$pbs">
            <xsl:if test="position() gt 1">, </xsl:if>
            <a href="#{h:page-id(.)}" class="page-anchor">p. <xsl:value-of select="@n"/></a>
          </xsl:for-each>
          <xsl:text> (</xsl:text>
          <code><xsl:value-of select="($url, $page?href)[1]"/>#<xsl:value-of select="h:page-id($pbs[last()])"/></code>
          <xsl:text>).</xsl:text>
        </p>
      </xsl:if>
    </section>
  </xsl:template>

</xsl:stylesheet>
