<?xml version="1.0" encoding="UTF-8"?>
<!--
  The edition's print stylesheet: the toolkit's (taken from the plugin, never fetched), with the page cut
  to US Letter (8.5 × 11 in) and the text set at 12 pt instead of the series' 6 × 9 in and 10 pt.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    exclude-result-prefixes="#all">
  <xsl:import href="https://tei-edition.org/xslt/fo/edition-fo.xsl"/>

  <xsl:param name="page-width" as="xs:string" select="'8.5in'"/>
  <xsl:param name="page-height" as="xs:string" select="'11in'"/>
  <xsl:param name="text-font-size" as="xs:decimal" select="12"/>
</xsl:stylesheet>
