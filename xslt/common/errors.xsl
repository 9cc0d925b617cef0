<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: Apache-2.0 -->
<!--
  The errors the toolkit's stylesheets raise: one registry, one namespace (err:). An output raises an
  error with f:error, which refuses a code this registry does not name; the toolkit reports a stylesheet's
  error as "xslt." and the code (err:parameter becomes xslt.parameter), at the TEI node the error names.
  Every check has one code, whichever output makes it.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="https://tei-edition.org/ns/functions"
    xmlns:err="https://tei-edition.org/ns/error"
    exclude-result-prefixes="#all">

  <!-- Each code and what it means. -->
  <xsl:variable name="f:error-codes" visibility="public" as="map(xs:string, xs:string)" select="map {
      'unhandled-element': 'an element the output has no rule for, under on-unhandled-element=fail',
      'text-without-line': 'text the transcription form has no line for',
      'parameter': 'a parameter whose value the output cannot use',
      'documents': 'the documents the renderer passes are not what the output makes (none for a site, one for a book)',
      'names': 'a document without its name (parameter document-names)',
      'no-page': 'a file asked of the output that it does not make'
    }"/>

  <!-- Raises err:CODE with the message, at the node (empty: at no node of the TEI). -->
  <xsl:function name="f:error" visibility="public" as="empty-sequence()">
    <xsl:param name="code" as="xs:string"/>
    <xsl:param name="message" as="xs:string"/>
    <xsl:param name="node" as="node()?"/>
    <xsl:sequence select="if (map:contains($f:error-codes, $code)) then error(QName('https://tei-edition.org/ns/error', 'err:' || $code), $message, $node)
        else error(QName('https://tei-edition.org/ns/error', 'err:unregistered'), 'the error code &quot;' || $code || '&quot; is not in xslt/common/errors.xsl')"
        xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
  </xsl:function>

</xsl:stylesheet>
