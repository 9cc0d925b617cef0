<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: Apache-2.0 -->
<!-- Under the title: the document's data (number, date, pages) and the reading switch. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="https://tei-edition.org/ns/functions"
    xmlns:h="https://tei-edition.org/ns/html"
    xmlns:j="http://www.w3.org/2005/xpath-functions"
    xmlns="http://www.w3.org/1999/xhtml"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:template name="h:document-data">
    <xsl:param name="page" as="map(*)" tunnel="yes"/>
    <xsl:variable name="cite" select="f:citation-data($page?unit)"/>
    <xsl:variable name="place" select="if (count(f:units($page?unit)) = 1)
        then root($page?unit)//profileDesc/creation/placeName ! normalize-space()[. ne ''] else ()"/>
    <p class="document-data">
      <xsl:for-each select="f:document-number($page?unit)">
        <span class="document-number">Document <xsl:value-of select="."/></span>
        <xsl:text> · </xsl:text>
      </xsl:for-each>
      <xsl:for-each select="$cite?date">
        <time datetime="{if (matches(., '^\d{4}(-\d{2}(-\d{2})?)?$')) then . else substring(., 1, 10)}">
          <xsl:value-of select="f:display-date(.)"/>
        </time>
        <xsl:if test="exists($place)">, <xsl:value-of select="$place[1]"/></xsl:if>
        <xsl:text> · </xsl:text>
      </xsl:for-each>
      <xsl:for-each select="h:page-range($cite)">
        <a href="#cite"><xsl:value-of select="."/></a>
        <xsl:text> of the printed volume</xsl:text>
      </xsl:for-each>
    </p>
  </xsl:template>

  <!-- A checkbox that switches the source's readings (shown by default) for the corrected ones: CSS only. -->
  <xsl:template name="h:reading-switch">
    <xsl:param name="page" as="map(*)" tunnel="yes"/>
    <xsl:variable name="count" select="count($page?unit//choice[sic and corr])"/>
    <xsl:if test="$count gt 0">
      <div class="reading-switch">
        <input type="checkbox" id="show-corr" aria-describedby="show-corr-hint"/>
        <xsl:text> </xsl:text>
        <label for="show-corr">Show corrected readings</label>
        <p id="show-corr-hint" class="hint">
          <xsl:text>The text keeps the source’s own </xsl:text>
          <xsl:value-of select="if ($count = 1) then 'error' else 'errors'"/>
          <xsl:text>, marked </xsl:text>
          <span class="choice-sample">like this</span>
          <xsl:text>; the switch shows the corrected </xsl:text>
          <xsl:value-of select="if ($count = 1) then 'reading' else 'readings'"/>
          <xsl:text>.</xsl:text>
        </p>
      </div>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
