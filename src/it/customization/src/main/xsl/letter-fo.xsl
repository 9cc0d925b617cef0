<?xml version="1.0" encoding="UTF-8"?>
<!--
  The edition's print stylesheet: the toolkit's page, re-cut to US Letter (8.5 × 11 in) with 12 pt text.
  It runs the toolkit's stylesheet, then changes the page masters and the text size of its result.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    exclude-result-prefixes="#all">
  <xsl:import href="https://tei-edition.org/xslt/fo/edition-fo.xsl"/>

  <xsl:mode name="letter" on-no-match="shallow-copy"/>

  <xsl:template match="/">
    <xsl:variable name="toolkit" as="document-node()">
      <xsl:document>
        <xsl:apply-imports/>
      </xsl:document>
    </xsl:variable>
    <xsl:apply-templates select="$toolkit" mode="letter"/>
  </xsl:template>

  <xsl:template match="fo:simple-page-master/@page-width" mode="letter">
    <xsl:attribute name="page-width" select="'8.5in'"/>
  </xsl:template>

  <xsl:template match="fo:simple-page-master/@page-height" mode="letter">
    <xsl:attribute name="page-height" select="'11in'"/>
  </xsl:template>

  <!-- the text size is set once, on the root or the flow; blocks set smaller sizes for notes and heads -->
  <xsl:template match="fo:root/@font-size | fo:flow/@font-size" mode="letter">
    <xsl:attribute name="font-size" select="'12pt'"/>
  </xsl:template>
</xsl:stylesheet>
