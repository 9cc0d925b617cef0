<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: Apache-2.0 -->
<!-- Downloads: the TEI, the PDF and the EPUB of a document, or of every TEI file on the contents page. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="https://tei-edition.org/ns/functions"
    xmlns:h="https://tei-edition.org/ns/html"
    xmlns:j="http://www.w3.org/2005/xpath-functions"
    xmlns="http://www.w3.org/1999/xhtml"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- The downloads of a document's page: those of its TEI file. -->
  <xsl:template name="h:downloads">
    <xsl:param name="page" as="map(*)" tunnel="yes"/>
    <section id="downloads" class="downloads" aria-labelledby="downloads-title">
      <h2 id="downloads-title">Downloads</h2>
      <xsl:call-template name="h:download-list">
        <xsl:with-param name="name" select="$page?name"/>
      </xsl:call-template>
    </section>
  </xsl:template>

  <!-- The downloads of the contents page: those of every TEI file of the site, each under its title when there are several. -->
  <xsl:template name="h:all-downloads">
    <xsl:param name="pages" as="map(*)*" tunnel="yes"/>
    <xsl:param name="documents" as="document-node()*" tunnel="yes"/>
    <section id="downloads" class="downloads" aria-labelledby="downloads-title">
      <h2 id="downloads-title">Downloads</h2>
      <xsl:for-each select="$documents">
        <xsl:variable name="document" select="."/>
        <xsl:variable name="first" select="$pages[root(?unit) is $document][1]"/>
        <xsl:if test="count($documents) gt 1">
          <h3><xsl:value-of select="f:unit-title($first?unit)"/></h3>
        </xsl:if>
        <xsl:call-template name="h:download-list">
          <xsl:with-param name="name" select="$first?name"/>
        </xsl:call-template>
      </xsl:for-each>
    </section>
  </xsl:template>

  <!-- The TEI, the PDF and the EPUB of one TEI file, by its name, as the edition's parameters place them. -->
  <xsl:template name="h:download-list">
    <xsl:param name="name" as="xs:string"/>
    <xsl:variable name="pdf" select="h:href($pdf-href, $name)"/>
    <xsl:variable name="tei" select="h:href($tei-href, $name)"/>
    <xsl:variable name="epub" select="h:href($epub-href, $name)"/>
    <ul>
      <xsl:for-each select="$pdf">
        <li><a href="{.}" type="application/pdf">PDF</a>: the printed pages, page for page</li>
      </xsl:for-each>
      <xsl:for-each select="$epub">
        <li><a href="{.}" type="application/epub+zip">EPUB</a>: an ebook with the printed page numbers</li>
      </xsl:for-each>
      <xsl:for-each select="$tei">
        <li><a href="{.}" type="application/xml">TEI XML</a>: the encoded text, with its header and register of people</li>
      </xsl:for-each>
      <xsl:if test="empty(($pdf, $epub, $tei))">
        <li>None for this edition.</li>
      </xsl:if>
    </ul>
  </xsl:template>

</xsl:stylesheet>
