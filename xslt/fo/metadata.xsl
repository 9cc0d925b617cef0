<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: Apache-2.0 -->
<!--
  Document metadata (XMP in fo:declarations: title, author, editor, source, language) and the
  outline (a bookmark per division with a heading). FOP copies dc:title and dc:creator into the
  document information, which PDF/A wants to agree with the XMP; the title is not set on FOP's user agent.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="https://tei-edition.org/ns/functions"
    xmlns:ef="https://tei-edition.org/ns/fo"
    xmlns:x="adobe:ns:meta/"
    xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    exclude-result-prefixes="#all">

  <xsl:mode name="ef:bookmark" on-no-match="shallow-skip"/>

  <xsl:template name="ef:declarations">
    <xsl:variable name="header" select="$ef:text/root()/tei:TEI/tei:teiHeader"/>
    <xsl:variable name="title" select="f:plain-text(($header/tei:fileDesc/tei:titleStmt/tei:title[@type = 'complete'],
        $header/tei:fileDesc/tei:titleStmt/tei:title)[1])"/>
    <xsl:variable name="bibl" select="($header/tei:fileDesc/tei:sourceDesc/tei:bibl)[1]"/>
    <fo:declarations>
      <x:xmpmeta>
        <rdf:RDF>
          <rdf:Description rdf:about="">
            <dc:title>
              <rdf:Alt><rdf:li xml:lang="x-default"><xsl:value-of select="$title"/></rdf:li></rdf:Alt>
            </dc:title>
            <xsl:variable name="authors" select="$header/tei:fileDesc/tei:titleStmt/tei:author"/>
            <xsl:if test="$authors">
              <dc:creator>
                <rdf:Seq>
                  <xsl:for-each select="$authors"><rdf:li><xsl:value-of select="f:plain-text(.)"/></rdf:li></xsl:for-each>
                </rdf:Seq>
              </dc:creator>
            </xsl:if>
            <xsl:variable name="editors" select="$header/tei:fileDesc/tei:titleStmt/tei:editor"/>
            <xsl:if test="$editors">
              <dc:contributor>
                <rdf:Bag>
                  <xsl:for-each select="$editors"><rdf:li><xsl:value-of select="f:plain-text(.) || ' (' || (@role, 'editor')[1] || ')'"/></rdf:li></xsl:for-each>
                </rdf:Bag>
              </dc:contributor>
            </xsl:if>
            <xsl:if test="$bibl">
              <dc:source><xsl:value-of select="string-join(($bibl/tei:title ! f:plain-text(.),
                  $bibl/tei:biblScope ! f:plain-text(.), $bibl/tei:idno[@type = 'file'] ! ('file ' || f:plain-text(.))), ', ')"/></dc:source>
            </xsl:if>
          </rdf:Description>
        </rdf:RDF>
      </x:xmpmeta>
    </fo:declarations>
  </xsl:template>

  <xsl:template name="ef:bookmarks">
    <xsl:variable name="marks" as="element(fo:bookmark)*">
      <xsl:apply-templates select="$ef:text" mode="ef:bookmark"/>
    </xsl:variable>
    <xsl:if test="exists($marks)">
      <fo:bookmark-tree>
        <xsl:sequence select="$marks"/>
      </fo:bookmark-tree>
    </xsl:if>
  </xsl:template>

  <!--
    A division's heading is a bookmark, a document's with the number the volume prints ("12. The
    Ambassador in Russia (Francis) to the Secretary of State": many documents share a heading); the
    headings of its subdivisions nest under it. A document's bookmark opens where the document begins (the
    file number the series prints above its heading), any other division's at its heading.
  -->
  <xsl:template match="tei:div[tei:head]" mode="ef:bookmark">
    <fo:bookmark internal-destination="{ef:id(if (@type = 'document') then . else tei:head[1])}" starting-state="show">
      <fo:bookmark-title><xsl:value-of select="f:numbered-title(.)"/></fo:bookmark-title>
      <xsl:apply-templates select="tei:head[position() gt 1] | *[not(self::tei:head)]" mode="ef:bookmark"/>
    </fo:bookmark>
  </xsl:template>

  <!-- A further heading inside a division (a subheading). -->
  <xsl:template match="tei:div/tei:head" mode="ef:bookmark">
    <fo:bookmark internal-destination="{ef:id(.)}">
      <fo:bookmark-title><xsl:value-of select="f:plain-text(.)"/></fo:bookmark-title>
    </fo:bookmark>
  </xsl:template>

  <xsl:template match="tei:note | tei:teiHeader | tei:head | text()" mode="ef:bookmark"/>

  <!-- An element that holds no heading of a division has no bookmark in it: its text is not walked. -->
  <xsl:template match="*[empty(.//tei:div[tei:head])]" mode="ef:bookmark" priority="-1"/>

</xsl:stylesheet>
