<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: Apache-2.0 -->
<!--
  People: the register of persons in the header and the mentions that point to it.
  A mention is a persName, or an rs of type "person", whose @ref (or @corresp, as in FRUS volumes)
  points with "#id" to a person (or to a persName with that xml:id) in the same TEI document.
  No output-specific code here.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="https://tei-edition.org/ns/functions"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- The elements of a tree by their xml:id, in document order (indexes.xsl: made once per tree). -->
  <xsl:function name="f:by-id" as="map(xs:string, element()+)">
    <xsl:param name="root" as="node()"/>
    <xsl:sequence select="f:index($root, 'ids')"/>
  </xsl:function>

  <xsl:function name="f:ids-of" as="map(xs:string, element()+)">
    <xsl:param name="root" as="node()"/>
    <xsl:map>
      <xsl:for-each-group select="$root//*[@xml:id]" group-by="string(@xml:id)">
        <xsl:map-entry key="current-grouping-key()" select="current-group()"/>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:function>

  <!-- The persons of the register, in the header's order. -->
  <xsl:function name="f:people" as="element()*">
    <xsl:param name="root" as="node()"/>
    <xsl:sequence select="root($root)//teiHeader/profileDesc/particDesc/listPerson//person[@xml:id]"/>
  </xsl:function>

  <!-- True for an element that names a person with a pointer. -->
  <xsl:function name="f:is-mention" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="($e/self::persName or $e/self::rs[@type = 'person'])
                          and exists(f:person-ref($e))"/>
  </xsl:function>

  <!-- The id a mention points to, without "#"; empty when it has no local pointer. -->
  <xsl:function name="f:person-ref" as="xs:string?" cache="yes">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="pointer" select="tokenize(normalize-space(($e/@ref, $e/@corresp)[1]), ' ')[1]"/>
    <xsl:sequence select="if (starts-with($pointer, '#') and string-length($pointer) gt 1)
                          then substring($pointer, 2) else ()"/>
  </xsl:function>

  <!-- The person (or the register's persName) a mention points to, if it exists in the document. -->
  <xsl:function name="f:person" as="element()?">
    <xsl:param name="mention" as="element()"/>
    <xsl:variable name="id" select="f:person-ref($mention)"/>
    <xsl:sequence select="if (exists($id)) then f:by-id(root($mention))($id)[self::person or self::persName][1] else ()"/>
  </xsl:function>

  <!-- "Joseph Stalin": forenames then surname, or the name as written. -->
  <xsl:function name="f:person-name" as="xs:string">
    <xsl:param name="person" as="element()"/>
    <xsl:variable name="name" select="($person/self::persName, $person/persName)[1]"/>
    <xsl:sequence select="if ($name/surname)
                          then string-join(($name/forename, $name/surname) ! normalize-space(), ' ')
                          else normalize-space(string-join($name//text()[not(ancestor::note)], ''))"/>
  </xsl:function>

  <!-- "Stalin, Joseph": for sorting and for registers. -->
  <xsl:function name="f:person-sort-key" as="xs:string">
    <xsl:param name="person" as="element()"/>
    <xsl:variable name="name" select="($person/self::persName, $person/persName)[1]"/>
    <xsl:sequence select="if ($name/surname)
                          then string-join(($name/surname, $name/forename) ! normalize-space(), ' ')
                          else f:person-name($person)"/>
  </xsl:function>

  <!-- "Stalin, Joseph": as a printed index lists a person. -->
  <xsl:function name="f:person-index-name" as="xs:string">
    <xsl:param name="person" as="element()"/>
    <xsl:variable name="name" select="($person/self::persName, $person/persName)[1]"/>
    <xsl:sequence select="if ($name/surname)
                          then string-join(($name/surname ! normalize-space(), string-join($name/forename ! normalize-space(), ' ')[. ne '']), ', ')
                          else f:person-name($person)"/>
  </xsl:function>

  <!-- "1878–1953" from birth and death, empty when neither is known. -->
  <xsl:function name="f:person-dates" as="xs:string?">
    <xsl:param name="person" as="element()"/>
    <xsl:variable name="born" select="substring(($person/birth/@when, $person/birth)[1], 1, 4)"/>
    <xsl:variable name="died" select="substring(($person/death/@when, $person/death)[1], 1, 4)"/>
    <xsl:sequence select="if ($born or $died) then $born || '–' || $died else ()"/>
  </xsl:function>

  <!-- Every mention of a person in the text, in document order. -->
  <xsl:function name="f:mentions" as="element()*">
    <xsl:param name="scope" as="node()"/>
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="$scope//(persName | rs)[f:person-ref(.) = $id][f:is-mention(.)][not(ancestor::teiHeader)]"/>
  </xsl:function>

  <!-- Counts a document's mentions per person, in document order: the value at a mention is its number. -->
  <xsl:accumulator name="f:mention-number" as="map(xs:string, xs:integer)" initial-value="map{}">
    <xsl:accumulator-rule match="text//persName[@ref or @corresp] | text//rs[@type = 'person'][@ref or @corresp]">
      <xsl:variable name="id" select="f:person-ref(.)"/>
      <xsl:sequence select="if (exists($id)) then map:put($value, $id, ($value($id), 0)[1] + 1) else $value"
          xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
    </xsl:accumulator-rule>
  </xsl:accumulator>

  <!-- The number of this mention among the document's mentions of the same person (1, 2, …). -->
  <xsl:function name="f:mention-number" as="xs:integer">
    <xsl:param name="mention" as="element()"/>
    <xsl:sequence select="$mention ! accumulator-before('f:mention-number')(f:person-ref(.))"/>
  </xsl:function>
</xsl:stylesheet>
