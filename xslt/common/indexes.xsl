<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: Apache-2.0 -->
<!--
  The indexes of a TEI tree that the web edition and the EPUB look up in every file they make: the
  elements by xml:id (f:ids-of, people.xsl), the documents and the page breaks before each document
  (f:documents-of, f:pbs-before-of, citation.xsl). Maps, not xsl:key: Saxon-HE 12 keeps a key's index for
  a tree behind a weak reference that a collection between two transformations of one tree can clear
  while it is read (a NullPointerException in KeyManager), and the outputs transform one tree on
  several threads.

  Made once per tree for the whole run: the renderers make each file with a call of their own, and a
  function's cache (cache="yes") lasts one call, so a volume's five hundred files made the indexes five
  hundred times. The trees the run is given ($documents, html/params.xsl) are indexed in a global
  variable, which lasts as long as the transformer; any other tree once per file.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="https://tei-edition.org/ns/functions"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    exclude-result-prefixes="#all">

  <xsl:variable name="f:run-indexes" as="map(xs:string, map(xs:string, item()*))"
      select="map:merge($documents ! map{generate-id(.): f:indexes-of(.)})"/>

  <!-- One index of the tree $root belongs to, by its name in f:indexes-of. -->
  <xsl:function name="f:index" as="item()*">
    <xsl:param name="root" as="node()"/>
    <xsl:param name="name" as="xs:string"/>
    <xsl:variable name="made" select="$f:run-indexes(generate-id($root))"/>
    <xsl:sequence select="(if (exists($made)) then $made else f:indexes-of($root))($name)"/>
  </xsl:function>

  <xsl:function name="f:indexes-of" as="map(xs:string, item()*)" cache="yes">
    <xsl:param name="root" as="node()"/>
    <xsl:sequence select="map{'ids': f:ids-of($root), 'documents': f:documents-of($root), 'pbs-before': f:pbs-before-of($root)}"/>
  </xsl:function>
</xsl:stylesheet>
