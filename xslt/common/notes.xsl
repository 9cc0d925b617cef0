<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: Apache-2.0 -->
<!--
  Notes: which notes are footnotes, and their printed labels.
  A footnote is a note at the place of its call; an inline note (rend="inline" or place="inline",
  such as the source note with the file number) is part of the running text, and a note within a note
  is part of that note. Print, web, text and the PDF's verifier all ask these functions.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="https://tei-edition.org/ns/functions"
    exclude-result-prefixes="#all">

  <xsl:function name="f:is-footnote" visibility="public" as="xs:boolean">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="not($note/@rend = 'inline' or $note/@place = 'inline' or $note/ancestor::tei:note)"/>
  </xsl:function>

  <!--
    The label printed at the call and before the note: @n as the source printed it; without @n, the
    note's position among the footnotes of its document (or its text).
  -->
  <xsl:function name="f:note-label" visibility="public" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="if ($note/@n) then normalize-space($note/@n)
        else string(count(f:footnotes(($note/ancestor::tei:div[@type = 'document'], root($note))[1])[. &lt;&lt; $note]) + 1)"/>
  </xsl:function>

  <!-- The footnotes within a node, in order. -->
  <xsl:function name="f:footnotes" visibility="public" as="element(tei:note)*">
    <xsl:param name="within" as="node()"/>
    <xsl:sequence select="$within/descendant::tei:note[ancestor::tei:text][f:is-footnote(.)]"/>
  </xsl:function>

</xsl:stylesheet>
