<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: Apache-2.0 -->
<!--
  Parameters shared by every output (print and web), and the rules that go with them. One typed parameter
  per setting; allowed values in the comment. Output-specific parameters live in xslt/OUTPUT/params.xsl.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:param="https://tei-edition.org/ns/param"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="https://tei-edition.org/ns/functions"
    xmlns:err="https://tei-edition.org/ns/error"
    exclude-result-prefixes="#all">

  <!-- the errors an output raises: the registry -->
  <xsl:include href="errors.xsl"/>

  <!-- What to do with a TEI element no template knows: render (its content, silently) | warn | fail. -->
  <xsl:param name="on-unhandled-element" as="xs:string" select="'render'" param:values="render warn fail"/>

  <!--
    The on-unhandled-element policy for an element the output (print or web) has no rule for: fails with
    err:unhandled-element naming the element (its line and column reach the editor), or warns; the caller
    then renders the element's content.
  -->
  <xsl:function name="f:unhandled" visibility="public" as="empty-sequence()">
    <xsl:param name="element" as="element()"/>
    <xsl:param name="output" as="xs:string"/>
    <xsl:variable name="what" select="'element &quot;' || name($element) || '&quot; has no ' || $output || ' rule'"/>
    <xsl:choose>
      <xsl:when test="$on-unhandled-element eq 'fail'">
        <xsl:sequence select="f:error('unhandled-element', $what, $element)"/>
      </xsl:when>
      <xsl:when test="$on-unhandled-element eq 'warn'">
        <xsl:message error-code="err:unhandled-element">warning: <xsl:value-of select="$what"/>: its content is rendered as it is</xsl:message>
      </xsl:when>
    </xsl:choose>
  </xsl:function>

</xsl:stylesheet>
