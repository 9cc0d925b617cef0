<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: Apache-2.0 -->
<!--
  The contents page's lists beside the contents: the documents in order of date, and registers of the
  places and organisations the TEI marks (placeName, orgName), each name with the printed pages it is
  on, linked to the page markers, as a printed index has them.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="https://tei-edition.org/ns/functions"
    xmlns:h="https://tei-edition.org/ns/html"
    xmlns="http://www.w3.org/1999/xhtml"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- The documents that have a date, oldest first (documents of the same date in the volume's order). -->
  <xsl:template name="h:chronology">
    <xsl:param name="pages" as="map(*)*" tunnel="yes"/>
    <xsl:variable name="dated" select="$pages[exists(f:unit-date(?unit))]"/>
    <section id="chronology" aria-labelledby="chronology-title">
      <h2 id="chronology-title">Chronology</h2>
      <details>
        <summary>The documents by date (<xsl:value-of select="count($dated)"/> dated of <xsl:value-of select="count($pages)"/>)</summary>
        <ol class="chronology">
          <xsl:for-each select="$dated">
            <xsl:sort select="substring(f:unit-date(?unit), 1, 10)"/>
            <xsl:variable name="date" select="f:unit-date(?unit)"/>
            <li>
              <time datetime="{if (matches($date, '^\d{4}(-\d{2}(-\d{2})?)?$')) then $date else substring($date, 1, 10)}">
                <xsl:value-of select="f:display-date($date)"/>
              </time>
              <xsl:text>: </xsl:text>
              <a href="{?href}"><xsl:value-of select="f:numbered-title(?unit)"/></a>
            </li>
          </xsl:for-each>
        </ol>
      </details>
    </section>
  </xsl:template>

  <!-- The names of a kind ('place', 'organisation') in the documents' text. -->
  <xsl:function name="h:names-of" as="element()*">
    <xsl:param name="unit" as="element()"/>
    <xsl:param name="kind" as="xs:string"/>
    <xsl:sequence select="if ($kind = 'place') then $unit//placeName[not(ancestor::teiHeader)]
                          else $unit//orgName[not(ancestor::teiHeader)]"/>
  </xsl:function>

  <!-- One entry per mention: the name as the register lists it, and the page it is on, linked. -->
  <xsl:function name="h:register-entries" as="map(*)*">
    <xsl:param name="pages" as="map(*)*"/>
    <xsl:param name="kind" as="xs:string"/>
    <xsl:for-each select="$pages">
      <xsl:variable name="page" select="."/>
      <xsl:variable name="own" select="f:unit-pbs(?unit)"/>
      <xsl:for-each select="h:names-of(?unit, $kind)">
        <xsl:variable name="pb" select="f:page-breaks(root(.))[current() ! accumulator-before('f:page-number')]"/>
        <xsl:variable name="pointer" select="substring-after(tokenize(normalize-space((@ref, @corresp)[1]))[1], '#')"/>
        <xsl:variable name="referent" select="if ($pointer) then f:by-id(root(.))($pointer)[1] else ()"/>
        <xsl:variable name="name" select="($referent ! f:plain-text((.//placeName, .//orgName, .)[1]), f:plain-text(.))[. ne ''][1]"/>
        <xsl:if test="exists($name)">
          <xsl:sequence select="map{'name': $name, 'key': (string($referent/@xml:id)[. ne ''], lower-case($name))[1],
              'page': string($pb/@n[f:names-page($pb)]),
              'href': $page?href || (if ($pb intersect $own) then '#' || h:page-id($pb) else '')}"/>
        </xsl:if>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:function>

  <xsl:template name="h:register">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="pages" as="map(*)*" tunnel="yes"/>
    <xsl:variable name="entries" select="h:register-entries($pages, $kind)"/>
    <xsl:variable name="id" select="if ($kind = 'place') then 'places' else 'organisations'"/>
    <xsl:if test="exists($entries)">
      <section id="{$id}" class="register" aria-labelledby="{$id}-title">
        <h2 id="{$id}-title"><xsl:value-of select="if ($kind = 'place') then 'Places' else 'Organisations'"/></h2>
        <ul class="register-list">
          <xsl:for-each-group select="$entries" group-by="?key">
            <xsl:sort select="current-group()[1]?name" lang="en"/>
            <li>
              <span class="register-name"><xsl:value-of select="current-group()[1]?name"/></span>
              <xsl:text>: </xsl:text>
              <xsl:for-each-group select="current-group()" group-adjacent="?href">
                <xsl:if test="position() gt 1">, </xsl:if>
                <a href="{?href}"><xsl:value-of select="(?page[. ne ''], 'text')[1]"/></a>
              </xsl:for-each-group>
            </li>
          </xsl:for-each-group>
        </ul>
      </section>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
