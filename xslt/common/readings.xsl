<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: Apache-2.0 -->
<!--
  Readings: which reading of a choice is the text as the source printed it. Print, web, EPUB, text and the
  PDF's verifier (through the page model) all ask this function; the web edition adds a switch to the
  corrected reading of a sic beside its corr, but shows the source's first.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="https://tei-edition.org/ns/functions"
    exclude-result-prefixes="#all">

  <!-- The source's own reading of a choice: sic, orig or abbr, else its first reading. -->
  <xsl:function name="f:reading" visibility="public" as="element()?">
    <xsl:param name="choice" as="element(tei:choice)"/>
    <xsl:sequence select="($choice/tei:sic, $choice/tei:orig, $choice/tei:abbr, $choice/*)[1]"/>
  </xsl:function>

  <!-- Whether a node is part of the text as the source printed it: inside no choice's other readings. -->
  <xsl:function name="f:in-source-reading" visibility="public" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="every $reading in $node/ancestor::*[parent::tei:choice] satisfies $reading is f:reading($reading/parent::tei:choice)"/>
  </xsl:function>

</xsl:stylesheet>
