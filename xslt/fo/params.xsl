<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: Apache-2.0 -->
<!--
  Print parameters (xslt/fo). Lengths are XSL-FO lengths; sizes of the running text scale with
  the page's shrink factor, so everything in the flow is set in em relative to text-font-size.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    exclude-result-prefixes="#all">

  <!-- Trim size: a FRUS octavo volume. -->
  <xsl:param name="page-width" as="xs:string" select="'6in'"/>
  <xsl:param name="page-height" as="xs:string" select="'9in'"/>
  <!-- Margins; inner is the binding side (left on a recto, right on a verso). -->
  <xsl:param name="page-margin-top" as="xs:string" select="'0.5in'"/>
  <xsl:param name="page-margin-bottom" as="xs:string" select="'0.55in'"/>
  <xsl:param name="page-margin-inner" as="xs:string" select="'0.75in'"/>
  <xsl:param name="page-margin-outer" as="xs:string" select="'0.6in'"/>
  <!-- Room for the running head above the text, and for a foot folio below it. -->
  <xsl:param name="page-head-extent" as="xs:string" select="'24pt'"/>
  <xsl:param name="page-foot-extent" as="xs:string" select="'20pt'"/>
  <!-- How far the text of an opening page (no running head) starts below the top margin. -->
  <xsl:param name="page-opening-sink" as="xs:string" select="'12pt'"/>

  <!-- The font family (configured in FOP from the fonts shipped with the toolkit). -->
  <xsl:param name="font-family" as="xs:string" select="'Source Serif 4'"/>
  <!-- Size of the running text in points, and its leading as a ratio of it. -->
  <xsl:param name="text-font-size" as="xs:decimal" select="10"/>
  <xsl:param name="text-line-height" as="xs:decimal" select="1.2"/>
  <!-- Paragraph indent, in em. -->
  <xsl:param name="text-indent" as="xs:decimal" select="1.5"/>
  <!-- Footnotes: size relative to the text, and their leading. -->
  <xsl:param name="note-font-size" as="xs:decimal" select="0.8"/>
  <xsl:param name="note-line-height" as="xs:decimal" select="1.15"/>
  <!-- Running heads and folios, in points (not scaled: they are outside the text). -->
  <xsl:param name="head-font-size" as="xs:decimal" select="8"/>
  <!-- The verso running head; empty: made from the series title, year and volume of the source. -->
  <xsl:param name="head-verso" as="xs:string" select="''"/>
  <!-- The recto running head; empty: the chapter's heading, else the kind of document (its heading to the first comma). -->
  <xsl:param name="head-recto" as="xs:string" select="''"/>

  <!--
    Shrink factors for source pages that do not fit, by page index (xs:integer → xs:decimal, 0.85–1).
    Set by the renderer for overflow=shrink; leave empty.
  -->
  <xsl:param name="page-scale" as="map(xs:integer, xs:decimal)" select="map{}"/>
  <!-- Render only the page with this index (0: all pages). Set by the renderer to try a page alone. -->
  <xsl:param name="page-only" as="xs:integer" select="0"/>

</xsl:stylesheet>
