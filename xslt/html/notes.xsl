<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: Apache-2.0 -->
<!-- Footnotes: a call that opens the note in place, and the list of notes. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="https://tei-edition.org/ns/functions"
    xmlns:h="https://tei-edition.org/ns/html"
    xmlns:j="http://www.w3.org/2005/xpath-functions"
    xmlns="http://www.w3.org/1999/xhtml"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- The footnotes of a unit, in order (the rule shared by every output). -->
  <xsl:function name="h:footnotes" as="element(note)*">
    <xsl:param name="unit" as="element()"/>
    <xsl:sequence select="f:footnotes($unit)"/>
  </xsl:function>

  <!-- A footnote's key in ids ("65"), unique on its page. -->
  <xsl:function name="h:note-key" as="xs:string">
    <xsl:param name="note" as="element(note)"/>
    <xsl:param name="unit" as="element()"/>
    <xsl:variable name="all" select="h:footnotes($unit)"/>
    <xsl:variable name="n" select="normalize-space($note/@n)"/>
    <xsl:sequence select="if (matches($n, '^[A-Za-z0-9]+$') and count($all[normalize-space(@n) = $n]) = 1) then $n
                          else 'n' || (for $i in 1 to count($all) return $i[$all[$i] is $note])[1]"/>
  </xsl:function>

  <!-- The call: a button that opens the note in place (popover, no script), and the note itself. -->
  <xsl:template match="note" mode="h:text">
    <xsl:param name="copy" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:param name="page" as="map(*)" tunnel="yes"/>
    <xsl:variable name="unit" select="$page?unit"/>
    <xsl:choose>
      <xsl:when test="$copy or ancestor::note or not(. intersect h:footnotes($unit))">
        <span class="note-inline"><xsl:apply-templates mode="h:text"/></span>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="key" select="h:note-key(., $unit)"/>
        <xsl:variable name="label" select="f:note-label(.)"/>
        <button type="button" class="note-call" id="call-{$key}" popovertarget="pop-{$key}" style="anchor-name: --call-{$key}"><span
            class="visually-hidden">Note </span><xsl:value-of select="$label"/></button>
        <span class="note-popover" id="pop-{$key}" popover="auto" role="dialog" aria-label="Note {$label}" style="position-anchor: --call-{$key}">
          <span class="note-popover-head">
            <span class="note-popover-title">Note <xsl:value-of select="$label"/></span>
            <xsl:text> </xsl:text>
            <a href="#note-{$key}">In the list of notes</a>
          </span>
          <span class="note-body">
            <xsl:apply-templates mode="h:text">
              <xsl:with-param name="copy" select="true()" tunnel="yes"/>
              <xsl:with-param name="inline" select="true()" tunnel="yes"/>
            </xsl:apply-templates>
          </span>
          <button type="button" class="note-close" popovertarget="pop-{$key}" popovertargetaction="hide">Close</button>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The list of notes, each with a link back to its call. -->
  <!--
    The notes of a document page. The series numbers footnotes by printed page, so when a number comes
    back on a later page the notes are listed under their page ("Page 523"), and each back link says which.
  -->
  <xsl:template name="h:notes">
    <xsl:param name="page" as="map(*)" tunnel="yes"/>
    <xsl:variable name="unit" select="$page?unit"/>
    <xsl:variable name="notes" select="h:footnotes($unit)"/>
    <xsl:if test="$notes">
      <xsl:variable name="labels" select="$notes ! f:note-label(.)"/>
      <xsl:variable name="by-page" select="count(distinct-values($labels)) lt count($labels)"/>
      <section id="notes" class="notes" aria-labelledby="notes-title">
        <h2 id="notes-title">Notes</h2>
        <xsl:for-each-group select="$notes" group-adjacent="if ($by-page) then h:note-page(.) else ''">
          <xsl:if test="$by-page">
            <h3 class="notes-page"><xsl:value-of select="if (current-grouping-key() ne '') then 'Page ' || current-grouping-key() else 'Unnumbered page'"/></h3>
          </xsl:if>
          <ol class="notes-list">
            <xsl:for-each select="current-group()">
              <xsl:variable name="key" select="h:note-key(., $unit)"/>
              <li id="note-{$key}">
                <span class="note-number"><xsl:value-of select="f:note-label(.)"/></span>
                <span class="note-body">
                  <xsl:apply-templates mode="h:text">
                    <xsl:with-param name="inline" select="true()" tunnel="yes"/>
                  </xsl:apply-templates>
                </span>
                <xsl:text> </xsl:text>
                <a class="note-back" href="#call-{$key}"><span aria-hidden="true">↩</span><span
                    class="visually-hidden">Back to the call of note <xsl:value-of select="f:note-label(.)"/><xsl:if
                    test="$by-page and current-grouping-key() ne ''"> on page <xsl:value-of select="current-grouping-key()"/></xsl:if></span></a>
              </li>
            </xsl:for-each>
          </ol>
        </xsl:for-each-group>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- The folio of the printed page a note's call is on ("" for an unnumbered page). -->
  <xsl:function name="h:note-page" as="xs:string">
    <xsl:param name="note" as="element(note)"/>
    <xsl:variable name="index" select="$note ! accumulator-before('f:page-number')"/>
    <xsl:variable name="pb" select="f:page-breaks(root($note)/TEI/text)[$index]"/>
    <xsl:sequence select="if (f:folio-printed($pb/@n)) then normalize-space($pb/@n) else ''"/>
  </xsl:function>

</xsl:stylesheet>
