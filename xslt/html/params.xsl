<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: Apache-2.0 -->
<!--
  The web edition's parameters, one place, typed. Editors set them with the toolkit's stylesheet
  parameters (Maven: <parameters>, Java: EditionConfig.withParameters). Values arrive as untyped text
  and are converted to the declared type.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:param="https://tei-edition.org/ns/param"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    exclude-result-prefixes="#all">

  <!--
    Where the page-faithful PDF of a TEI document is, relative to the site's pages; "{name}" stands for
    the TEI file's name without ".xml". Page markers link to "PDF#page=N". Empty: no PDF links.
    The renderer copies NAME.pdf into the site when it lies beside the output folder (as in publish)
    and sets this to "" when it finds no PDF, unless the editor set it.
  -->
  <xsl:param name="pdf-href" as="xs:string" select="'{name}.pdf'" param:value="url"/>

  <!--
    Where the EPUB of a TEI document is ("{name}" as above). Empty: no EPUB link. Like the PDF, the
    renderer copies NAME.epub in when it lies beside the output folder and sets this to "" when it finds none.
  -->
  <xsl:param name="epub-href" as="xs:string" select="'{name}.epub'" param:value="url"/>

  <!-- Where the TEI file is, relative to the site's pages ("{name}" as above). Empty: no TEI link. -->
  <xsl:param name="tei-href" as="xs:string" select="'{name}.xml'" param:value="url"/>

  <!-- The address the site will be published at (ending in "/"), used in citations and metadata; empty: none. -->
  <xsl:param name="site-url" as="xs:string" select="''" param:value="site-url"/>

  <!--
    Where the landing page of the series the volume belongs to is, relative to the site's pages; every page's
    header then leads to it ("All volumes"). publish of several volumes sets it to the landing page it makes
    (../../index.html); empty: no link.
  -->
  <xsl:param name="series-href" as="xs:string" select="''" param:value="url"/>

  <!-- The edition's title on the contents page of a site with several documents; empty: the volume's. -->
  <xsl:param name="edition-title" as="xs:string" select="''" param:value="text"/>


  <!-- Set by the renderer: the TEI documents of the site, and the name of each (file name without .xml). -->
  <xsl:param name="documents" as="document-node()*" select="()" param:value="toolkit"/>
  <xsl:param name="document-names" as="xs:string*" select="()" param:value="toolkit"/>
</xsl:stylesheet>
