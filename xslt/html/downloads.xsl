<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: Apache-2.0 -->
<!-- Downloads: the TEI, the PDF and the EPUB of the document. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="https://tei-edition.org/ns/functions"
    xmlns:h="https://tei-edition.org/ns/html"
    xmlns:j="http://www.w3.org/2005/xpath-functions"
    xmlns="http://www.w3.org/1999/xhtml"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:template name="h:downloads">
    <xsl:param name="page" as="map(*)" tunnel="yes"/>
    <xsl:variable name="pdf" select="h:href($pdf-href, $page?name)"/>
    <xsl:variable name="tei" select="h:href($tei-href, $page?name)"/>
    <xsl:variable name="epub" select="h:href($epub-href, $page?name)"/>
    <section id="downloads" class="downloads" aria-labelledby="downloads-title">
      <h2 id="downloads-title">Downloads</h2>
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
    </section>
  </xsl:template>

</xsl:stylesheet>
