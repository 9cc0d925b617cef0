<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: Apache-2.0 -->
<!--
  Parameters shared by every output (print and web). One typed parameter per setting; allowed values
  in the comment. Output-specific parameters live in xslt/OUTPUT/params.xsl.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    exclude-result-prefixes="#all">

  <!-- What to do with a TEI element no template knows: fail | warn | render (render its content). -->
  <xsl:param name="on-unhandled-element" as="xs:string" select="'render'"/>

</xsl:stylesheet>
