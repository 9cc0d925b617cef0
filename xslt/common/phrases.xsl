<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: Apache-2.0 -->
<!--
  Phrases and the space between blocks, as print and web both read them: the vocabulary of hi/@rend
  (one name for each way of setting words, whatever spelling the encoding used), the whitespace that
  only separates blocks, which neither output sets, and which quotations are set off as blocks.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:frus="http://history.state.gov/frus/ns/1.0"
    xmlns:f="https://tei-edition.org/ns/functions"
    exclude-result-prefixes="#all">

  <!-- The spellings of @rend the series uses, by the name every output knows them by. -->
  <xsl:variable name="f:rend-names" as="map(xs:string, xs:string)" select="map {
      'i': 'italic', 'italic': 'italic',
      'b': 'bold', 'bold': 'bold', 'strong': 'bold',
      'sc': 'smallcaps', 'smallcaps': 'smallcaps',
      'sup': 'superscript', 'superscript': 'superscript',
      'sub': 'subscript', 'subscript': 'subscript',
      'underline': 'underline', 'strikethrough': 'strikethrough'
    }"/>

  <!--
    The ways a hi sets its words: italic, bold, smallcaps, superscript, subscript, underline, strikethrough;
    a token outside the vocabulary is given as it is (the web edition keeps it as a class, print ignores it).
  -->
  <xsl:function name="f:rend" visibility="public" as="xs:string*">
    <xsl:param name="hi" as="element()"/>
    <xsl:sequence select="distinct-values(tokenize($hi/@rend) ! ($f:rend-names(.), .)[1])"/>
  </xsl:function>

  <!-- Whitespace only between blocks (in a division, a list, a table, a closer…): no output sets it. -->
  <xsl:function name="f:is-block-space" visibility="public" as="xs:boolean">
    <xsl:param name="text" as="text()"/>
    <xsl:sequence select="not(normalize-space($text)) and exists($text/parent::*[self::tei:div or self::tei:body
        or self::tei:front or self::tei:back or self::tei:list or self::tei:listBibl or self::tei:table or self::tei:row
        or self::tei:closer or self::tei:opener or self::tei:postscript or self::tei:lg or self::tei:titlePage
        or self::frus:attachment])"/>
  </xsl:function>

  <!--
    Whether a quotation is set off from the text, as a block quotation: it holds paragraphs, a list, a table or
    verse, as a quoted document or treaty does, not a few words in a line.
  -->
  <xsl:function name="f:set-off" visibility="public" as="xs:boolean">
    <xsl:param name="quote" as="element()"/>
    <xsl:sequence select="exists($quote/(tei:p | tei:list | tei:table | tei:lg))"/>
  </xsl:function>
</xsl:stylesheet>
