<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: Apache-2.0 -->
<!--
  Headings and titles as plain text, as the contents, the outline, running heads and metadata of every
  output give them: the words a heading prints, a document with the number the volume prints for it.
  Uses f:is-footnote (notes.xsl) and f:in-source-reading (readings.xsl, included by each output).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="https://tei-edition.org/ns/functions"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- a heading leaves its footnotes out -->
  <xsl:include href="notes.xsl"/>

  <!--
    An element's words as plain text, white space normalized: a line break parts the words on either side
    ("Russia<lb/>Economic Relations" is "Russia Economic Relations"); footnotes are left out, and of a
    choice the reading the source prints (sic, orig, abbr), not the editor's.
  -->
  <xsl:function name="f:plain-text" as="xs:string">
    <xsl:param name="e" as="element()?"/>
    <xsl:sequence select="string-join(f:plain-lines($e), ' ')"/>
  </xsl:function>

  <!-- An element's words as plain text (f:plain-text), line by line: its line breaks part the lines. -->
  <xsl:function name="f:plain-lines" as="xs:string*">
    <xsl:param name="e" as="element()?"/>
    <xsl:sequence select="tokenize(string-join($e//(text() | lb)[not(ancestor::note[f:is-footnote(.)])]
        [f:in-source-reading(.)]
        ! (if (self::lb) then '&#10;' else translate(string(.), '&#10;', ' '))), '&#10;') ! normalize-space()[.]"/>
  </xsl:function>

  <!--
    The items of a list that is lines of words, which the print and the web set in columns when the
    items are short (f:column-length): at least six items, each of phrases and line breaks only (no
    paragraph, list, table or figure of its own; footnotes aside), the list holding nothing but them,
    their labels, a heading before them and page breaks; not an index, nor in a table or a note, whose
    type differs. Empty for any other list.
  -->
  <xsl:function name="f:list-lines" as="element(item)*" cache="yes">
    <xsl:param name="list" as="element(list)"/>
    <xsl:variable name="items" select="$list/item"/>
    <xsl:sequence select="if (count($items) ge 6
        and empty($list/ancestor-or-self::list[@type = 'index'] | $list/ancestor::table | $list/ancestor::note)
        and empty($list/* except $list/(item, label, head, pb, cb, milestone, anchor))
        and empty($list/head[preceding-sibling::item])
        and empty($items//*[self::p or self::ab or self::list or self::table or self::lg or self::quote[p]
            or self::figure or self::floatingText][not(ancestor::note[f:is-footnote(.)])])) then $items else ()"/>
  </xsl:function>

  <!-- An item's lines, its label's words before the first ("12. Tampico"), as plain text. -->
  <xsl:function name="f:item-lines" as="xs:string*">
    <xsl:param name="item" as="element(item)"/>
    <xsl:variable name="label" select="$item/preceding-sibling::*[1][self::label] ! f:plain-text(.)[.]"/>
    <xsl:variable name="lines" select="f:plain-lines($item)"/>
    <xsl:sequence select="if (exists($label)) then (string-join(($label, head($lines)), ' '), tail($lines)) else $lines"/>
  </xsl:function>

  <!--
    The length a column of a list's items is set to, from their lines' lengths: the length that all
    but one in ten of them reach at most, as a compositor lets the odd long entry run over onto a
    second line rather than give every column its room.
  -->
  <xsl:function name="f:column-length" as="xs:double">
    <xsl:param name="lengths" as="xs:double*"/>
    <xsl:sequence select="(sort($lengths, (), function ($length) { -$length })[count($lengths) idiv 10 + 1], 0)[1]"/>
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
