<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: Apache-2.0 -->
<!--
  Headings and titles as plain text, as the contents, the outline, running heads and metadata of every
  output give them: the words a heading prints, a document with the number the volume prints for it.
  Uses f:is-footnote (notes.xsl).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="https://tei-edition.org/ns/functions"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!--
    An element's words as plain text, white space normalized: a line break parts the words on either side
    ("Russia<lb/>Economic Relations" is "Russia Economic Relations"); footnotes are left out, and of a
    choice the reading the source prints (sic, orig, abbr), not the editor's.
  -->
  <xsl:function name="f:plain-text" as="xs:string">
    <xsl:param name="e" as="element()?"/>
    <xsl:sequence select="normalize-space(string-join($e//(text() | lb)[not(ancestor::note[f:is-footnote(.)])]
        [not(ancestor::corr[parent::choice] or ancestor::reg[parent::choice] or ancestor::expan[parent::choice])]
        ! (if (self::lb) then ' ' else string(.))))"/>
  </xsl:function>

  <!-- The document's number as the volume prints it ("5"), from its @n; empty for other units. -->
  <xsl:function name="f:document-number" as="xs:string?">
    <xsl:param name="unit" as="element()"/>
    <xsl:sequence select="$unit/self::div[@type = 'document']/@n ! normalize-space()[. ne '']"/>
  </xsl:function>

  <!-- The unit's heading as plain text; without one, the title of the TEI file. -->
  <xsl:function name="f:unit-title" as="xs:string">
    <xsl:param name="unit" as="element()"/>
    <xsl:variable name="head" select="$unit/head[1]"/>
    <xsl:sequence select="if ($head)
        then f:plain-text($head)
        else normalize-space(string-join(root($unit)//titleStmt/title[@type = 'complete' or not(@type)][1]//text(), ''))"/>
  </xsl:function>

  <!-- "12. The Ambassador in Russia (Francis) to the Secretary of State": a document with the number the volume prints. -->
  <xsl:function name="f:numbered-title" as="xs:string">
    <xsl:param name="unit" as="element()"/>
    <xsl:sequence select="string-join((f:document-number($unit) ! (. || '.'), f:unit-title($unit)), ' ')"/>
  </xsl:function>
</xsl:stylesheet>
