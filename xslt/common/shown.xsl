<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: Apache-2.0 -->
<!--
  What a file of one document shows of the other documents: the words inside these TEI elements, wherever
  they are (titles and headings in the navigation and contents, dates, names and their registers, index
  terms and labels). A document's running text outside them shows in its own files only.

  The web edition and the EPUB keep a file of a single document while that document and every document's
  frame (all but that running text) are unchanged (org.teiedition.store.UnitFiles, which asks this
  function of the compiled stylesheet). A template that shows other words of another document names
  their element here, or its files are kept when those words change.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="https://tei-edition.org/ns/functions"
    exclude-result-prefixes="#all">

  <xsl:function name="f:shown-elsewhere" visibility="public" as="xs:string+">
    <xsl:sequence select="('head', 'title', 'date', 'dateline', 'docDate', 'persName', 'rs', 'name', 'placeName', 'orgName',
        'person', 'listPerson', 'term', 'label')"/>
  </xsl:function>

</xsl:stylesheet>
