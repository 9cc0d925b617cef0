<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: Apache-2.0 -->
<!-- Names: references to the people, places and organizations of the header. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:f="https://tei-edition.org/ns/functions"
    exclude-result-prefixes="#all">

  <xsl:key name="f:by-id" match="*[@xml:id]" use="@xml:id"/>

  <!-- The element a pointer such as ref="#stalin" (or corresp=) names in the same document, if any. -->
  <xsl:function name="f:referent" visibility="public" as="element()?">
    <xsl:param name="pointer" as="node()"/>
    <xsl:variable name="target" select="normalize-space(($pointer/@ref, $pointer/@corresp, $pointer[self::attribute()])[1])"/>
    <xsl:sequence select="if (starts-with($target, '#')) then key('f:by-id', substring($target, 2), root($pointer))[1] else ()"/>
  </xsl:function>

  <!-- A person's name for display: forenames and surname, or the name as written. -->
  <xsl:function name="f:person-name" visibility="public" as="xs:string">
    <xsl:param name="person" as="element(tei:person)"/>
    <xsl:sequence select="normalize-space(string($person/tei:persName[1]))"/>
  </xsl:function>

</xsl:stylesheet>
