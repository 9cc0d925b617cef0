<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: Apache-2.0 -->
<!-- The people register: each person with dates, role and the places they are mentioned. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="https://tei-edition.org/ns/functions"
    xmlns:h="https://tei-edition.org/ns/html"
    xmlns:j="http://www.w3.org/2005/xpath-functions"
    xmlns="http://www.w3.org/1999/xhtml"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:function name="h:person-id" as="xs:string">
    <xsl:param name="person" as="element()"/>
    <xsl:sequence select="'person-' || $person/@xml:id"/>
  </xsl:function>

  <xsl:function name="h:mention-id" as="xs:string">
    <xsl:param name="mention" as="element()"/>
    <xsl:sequence select="'mention-' || f:person-ref($mention) || '-' || f:mention-number($mention)"/>
  </xsl:function>

  <!-- The mentions of a person in a unit that are rendered with an id (leading page breaks hold none). -->
  <xsl:function name="h:mentions-in" as="element()*">
    <xsl:param name="unit" as="element()"/>
    <xsl:param name="person" as="element()"/>
    <xsl:sequence select="f:mentions($unit, string($person/@xml:id))[f:person(.) is $person]"/>
  </xsl:function>

  <!-- The people of a unit's register: everyone mentioned, and for a one-document site the whole header list. -->
  <xsl:function name="h:unit-people" as="element()*" cache="yes">
    <xsl:param name="unit" as="element()"/>
    <xsl:variable name="mentioned" select="$unit//(persName | rs)[f:is-mention(.)] ! f:person(.)"/>
    <xsl:variable name="all" select="$mentioned | (if (count(f:units($unit)) = 1) then f:people($unit) else ())"/>
    <xsl:perform-sort select="$all">
      <xsl:sort select="f:person-sort-key(.)" lang="en"/>
    </xsl:perform-sort>
  </xsl:function>

  <!--
    What the TEI says of a person: a person's occupations, affiliations and description, or the rest of
    the entry of a list of persons as the series prints it ("<persName>Francis, David R.</persName>,
    Ambassador in Russia.").
  -->
  <xsl:function name="h:person-about" as="xs:string?">
    <xsl:param name="person" as="element()"/>
    <xsl:variable name="text" select="if ($person/self::person) then string-join($person/(occupation | affiliation | desc | note) ! normalize-space(), '; ')
        else if ($person/parent::item) then replace(normalize-space(string-join($person/parent::item/node()[not(. is $person)][not(self::note)] ! string(), '')), '^[,;:\s]+', '')
        else ''"/>
    <xsl:sequence select="$text[. ne '']"/>
  </xsl:function>

  <!-- ". First. Second." : each text as a sentence after a name, without doubled full stops. -->
  <xsl:function name="h:sentences" as="xs:string">
    <xsl:param name="texts" as="xs:string*"/>
    <xsl:sequence select="string-join(('', $texts ! replace(., '[.\s]+$', '')), '. ') || '.'"/>
  </xsl:function>

  <xsl:template name="h:people">
    <xsl:param name="page" as="map(*)" tunnel="yes"/>
    <xsl:variable name="unit" select="$page?unit"/>
    <xsl:variable name="people" select="h:unit-people($unit)"/>
    <xsl:if test="$people">
      <section id="people" class="people" aria-labelledby="people-title">
        <h2 id="people-title">People</h2>
        <ul class="people-list">
          <xsl:for-each select="$people">
            <xsl:variable name="person" select="."/>
            <xsl:variable name="mentions" select="h:mentions-in($unit, .)"/>
            <li id="{h:person-id(.)}">
              <p>
                <span class="person-name"><xsl:value-of select="f:person-name(.)"/></span>
                <xsl:for-each select="f:person-dates(.)"> (<xsl:value-of select="."/>)</xsl:for-each>
                <xsl:variable name="rest" select="h:sentences((h:person-about(.), 'Participant in the conversation'[current()/@role = 'participant']))"/>
                <xsl:value-of select="if (empty(f:person-dates(.)) and ends-with(f:person-name(.), '.')) then substring($rest, 2) else $rest"/>
              </p>
              <xsl:if test="$mentions">
                <p class="mentions">
                  <xsl:text>Mentioned on </xsl:text>
                  <xsl:for-each-group select="$mentions" group-adjacent="string(preceding::pb[1]/@n)">
                    <xsl:if test="position() gt 1">; </xsl:if>
                    <xsl:variable name="pb" select="current-group()[1]/preceding::pb[1]"/>
                    <xsl:value-of select="if (not(current-grouping-key())) then 'this page'
                                          else if (f:names-page($pb)) then 'p. ' || current-grouping-key() else 'an unnumbered page'"/>
                    <xsl:text>: </xsl:text>
                    <xsl:for-each select="current-group()">
                      <xsl:if test="position() gt 1"><xsl:text> </xsl:text></xsl:if>
                      <xsl:variable name="mention" select="."/>
                      <a href="#{h:mention-id(.)}" class="mention-link"><xsl:value-of select="index-of($mentions ! generate-id(), generate-id($mention))"/></a>
                    </xsl:for-each>
                  </xsl:for-each-group>
                </p>
              </xsl:if>
            </li>
          </xsl:for-each>
        </ul>
      </section>
    </xsl:if>
  </xsl:template>

  <!--
    The register of the whole site, as a printed index: the name, what the TEI says of the person
    ("Francis, David R., Ambassador in Russia"), then each page the person is named on, once however
    many documents on it name them, linked to the first mention there.
  -->
  <xsl:template name="h:all-people">
    <xsl:param name="pages" as="map(*)*" tunnel="yes"/>
    <xsl:variable name="entries" as="map(*)*">
      <xsl:for-each select="$pages">
        <xsl:variable name="p" select="."/>
        <xsl:for-each select="h:unit-people($p?unit)">
          <xsl:variable name="person" select="."/>
          <xsl:for-each-group select="h:mentions-in($p?unit, .)" group-adjacent="string(preceding::pb[1]/@n)">
            <xsl:sequence select="map{'person': $person, 'name': $p?name, 'key': f:person-sort-key($person) || ' ' || $person/@xml:id,
                'page': current-grouping-key(), 'href': $p?href || '#' || h:mention-id(current-group()[1])}"/>
          </xsl:for-each-group>
        </xsl:for-each>
      </xsl:for-each>
    </xsl:variable>
    <section id="people" class="people" aria-labelledby="people-title">
      <h2 id="people-title">People</h2>
      <ul class="people-list">
        <xsl:for-each-group select="$entries" group-by="?key">
          <xsl:sort select="current-grouping-key()" lang="en"/>
          <xsl:variable name="person" select="current-group()[1]?person"/>
          <li>
            <span class="person-name"><xsl:value-of select="f:person-index-name($person)"/></span>
            <xsl:for-each select="f:person-dates($person)"> (<xsl:value-of select="."/>)</xsl:for-each>
            <xsl:for-each select="h:person-about($person)">, <xsl:value-of select="replace(., '\.$', '')"/></xsl:for-each>
            <xsl:text>: </xsl:text>
            <xsl:for-each-group select="current-group()" group-adjacent="?name">
              <xsl:if test="position() gt 1">; </xsl:if>
              <xsl:if test="count($pages[?name ne $pages[1]?name]) gt 0">
                <span class="index-document"><xsl:value-of select="current-grouping-key()"/></span>
                <xsl:text> </xsl:text>
              </xsl:if>
              <xsl:for-each-group select="current-group()" group-by="?page">
                <xsl:if test="position() gt 1">, </xsl:if>
                <a href="{?href}"><xsl:value-of select="(?page[. ne ''], 'text')[1]"/></a>
              </xsl:for-each-group>
            </xsl:for-each-group>
          </li>
        </xsl:for-each-group>
      </ul>
    </section>
  </xsl:template>

</xsl:stylesheet>
