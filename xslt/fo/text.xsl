<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: Apache-2.0 -->
<!--
  The running text of one source page (mode ef:flow, tunnel parameter $page). Every element renders
  only its children on the page (f:page-children); sizes are in em so that a shrunk page scales whole.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:frus="http://history.state.gov/frus/ns/1.0"
    xmlns:f="https://tei-edition.org/ns/functions"
    xmlns:ef="https://tei-edition.org/ns/fo"
    xmlns:err="https://tei-edition.org/ns/error"
    xmlns:array="http://www.w3.org/2005/xpath-functions/array"
    exclude-result-prefixes="#all">

  <xsl:mode name="ef:flow" on-no-match="fail" on-multiple-match="fail"/>

  <!-- Render the children of the context element that are on the page. -->
  <xsl:template name="ef:children">
    <xsl:param name="page" as="map(*)" tunnel="yes"/>
    <xsl:apply-templates select="f:page-children(., $page)" mode="ef:flow"/>
  </xsl:template>

  <!-- The id attribute of an element's first part. -->
  <xsl:template name="ef:id-attribute">
    <xsl:param name="page" as="map(*)" tunnel="yes"/>
    <xsl:if test="not(f:continued-from(., $page))">
      <xsl:attribute name="id" select="ef:id(.)"/>
    </xsl:if>
  </xsl:template>

  <!-- ===== divisions and blocks ===== -->

  <xsl:template match="tei:front | tei:body | tei:back | tei:div | frus:attachment | tei:titlePage | tei:docTitle
      | tei:opener | tei:closer | tei:postscript | tei:lg | tei:quote[f:set-off(.)] | tei:floatingText | tei:group"
      mode="ef:flow">
    <xsl:param name="page" as="map(*)" tunnel="yes"/>
    <!-- quoted matter, set smaller (once: a quotation inside an attachment keeps the attachment's size) -->
    <xsl:variable name="set-off" select="(self::tei:quote or self::frus:attachment) and not(ancestor::tei:quote or ancestor::frus:attachment)"/>
    <xsl:if test="$set-off">
      <!-- the renderer may set it larger, up to the text's size, on a page it would leave short -->
      <xsl:processing-instruction name="tei-edition-set-off"/>
    </xsl:if>
    <fo:block>
      <xsl:call-template name="ef:id-attribute"/>
      <xsl:if test="self::tei:div[@type = 'document'] and not(f:continued-from(., $page))
          and preceding::node()[self::* or normalize-space()][1][f:on-page(., $page)]">
        <xsl:attribute name="space-before" select="ef:space(1)"/>
      </xsl:if>
      <xsl:if test="self::tei:quote or self::tei:lg">
        <xsl:attribute name="start-indent" select="'2em'"/>
        <xsl:attribute name="space-before" select="ef:space(0.4)"/>
        <xsl:attribute name="space-after" select="ef:space(0.4)"/>
      </xsl:if>
      <xsl:if test="self::frus:attachment and not(f:continued-from(., $page))">
        <xsl:attribute name="space-before" select="ef:space(0.6)"/>
      </xsl:if>
      <xsl:if test="$set-off">
        <xsl:attribute name="font-size" select="$quote-font-size || 'em'"/>
      </xsl:if>
      <!-- a closer whose signature shares a line with other words ("[Francis]", "Captain F. Dellschaft;") is lines set as a signature is -->
      <xsl:if test="self::tei:closer and exists(tei:signed[ef:signed-in-line(.)])">
        <xsl:attribute name="text-align" select="'end'"/>
        <xsl:attribute name="text-align-last" select="'end'"/>
        <xsl:attribute name="space-before" select="ef:space(0.3)"/>
      </xsl:if>
      <xsl:if test="self::tei:titlePage or self::tei:docTitle">
        <xsl:attribute name="text-align" select="'center'"/>
      </xsl:if>
      <xsl:call-template name="ef:children"/>
    </fo:block>
  </xsl:template>

  <!-- The short form of a division's title is for running heads only. -->
  <xsl:template match="tei:head[@type = $ef:short-head-types]" mode="ef:flow" priority="1"/>

  <!-- The heading of a division: centred; its level is the division's depth. -->
  <xsl:template match="tei:head" mode="ef:flow">
    <xsl:variable name="level" select="min((6, max((1, count(ancestor::tei:div)))))"/>
    <fo:block text-align="center" text-align-last="center" role="H{$level}" keep-with-next.within-page="always" hyphenate="false"
        space-before="{ef:space(0.2)}" space-after="{ef:space(0.5)}" start-indent="1.5em" end-indent="1.5em">
      <xsl:call-template name="ef:id-attribute"/>
      <xsl:if test="parent::tei:div[@type = ('chapter', 'compilation', 'toc')]">
        <xsl:attribute name="font-size" select="'1.15em'"/>
        <xsl:attribute name="letter-spacing" select="'0.05em'"/>
        <xsl:attribute name="space-after" select="ef:space(1.5)"/>
      </xsl:if>
      <!-- the dense design sets the summary heading of a subchapter small, as the older volumes do -->
      <xsl:if test="$ef:dense and parent::tei:div[@type = 'subchapter']">
        <xsl:attribute name="font-size" select="'0.85em'"/>
        <xsl:attribute name="line-height" select="'1.1'"/>
      </xsl:if>
      <xsl:call-template name="ef:children"/>
    </fo:block>
  </xsl:template>

  <!--
    A first print keeps what opens a document (its file number, dateline, salutation) with what follows and
    a signature with what it signs, so that neither stands alone at the foot or head of a page. (A reprint's
    breaks are the source's.)
  -->
  <xsl:template name="ef:first-print-keeps">
    <xsl:if test="$ef:new-pagination">
      <xsl:choose>
        <xsl:when test="self::tei:signed">
          <xsl:attribute name="keep-with-previous.within-page" select="'always'"/>
        </xsl:when>
        <xsl:when test="self::tei:dateline or self::tei:salute or self::tei:byline or self::tei:note">
          <xsl:attribute name="keep-with-next.within-page" select="'always'"/>
        </xsl:when>
      </xsl:choose>
    </xsl:if>
  </xsl:template>

  <!-- The source note (file number) and other notes set in the text: small, flush left. -->
  <xsl:template match="tei:note[not(f:is-footnote(.))]" mode="ef:flow">
    <fo:block font-size="0.85em" text-align="start" text-align-last="start" space-after="{ef:space(0.25)}" role="P">
      <xsl:call-template name="ef:id-attribute"/>
      <xsl:call-template name="ef:first-print-keeps"/>
      <xsl:call-template name="ef:children"/>
    </fo:block>
  </xsl:template>

  <!--
    A paragraph. Cut by a page break: the part before ends justified, the part after continues
    without indent. Only the page's last line is justified so: a line that ends at a forced break
    (lb) is set like a paragraph's last line, flush left, as the text after the page's last lb is
    a block of its own; the lines of a list, a quotation or a table inside the paragraph keep their
    own setting, and when the page's part of the paragraph ends with one, no line is justified so.
    The first paragraph of a list's item carries the item's label, hanging.
  -->
  <xsl:template match="tei:p | tei:ab" mode="ef:flow">
    <xsl:param name="page" as="map(*)" tunnel="yes"/>
    <xsl:variable name="continued" select="f:continued-from(., $page)"/>
    <xsl:variable name="children" select="f:page-children(., $page)"/>
    <xsl:variable name="last-break" select="$children[self::tei:lb or ef:sets-block(.)][last()]"/>
    <xsl:variable name="label" select="parent::tei:item[ef:runs-in-label(.)][node()[self::* or normalize-space()][1] is current()]
        [not(f:continued-from(., $page))]/preceding-sibling::*[1][self::tei:label][f:on-page(., $page)]"/>
    <fo:block text-indent="{if (exists($label)) then '-1em' else if ($continued or @rend = ('flushleft', 'center')
        or parent::tei:note or parent::tei:item or parent::tei:cell) then '0em' else $text-indent || 'em'}">
      <xsl:call-template name="ef:id-attribute"/>
      <xsl:if test="@rend = 'center'">
        <xsl:attribute name="text-align" select="'center'"/>
      </xsl:if>
      <xsl:if test="f:continues(., $page) and empty($last-break)">
        <xsl:attribute name="text-align-last" select="'justify'"/>
      </xsl:if>
      <xsl:if test="exists($label)">
        <xsl:apply-templates select="f:page-children($label, $page)" mode="ef:flow"/>
        <xsl:text> </xsl:text>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="f:continues(., $page) and exists($last-break)">
          <xsl:apply-templates select="$children[. &lt;&lt; $last-break] | $last-break[not(self::tei:lb)]" mode="ef:flow"/>
          <xsl:variable name="last-line" select="$children[. &gt;&gt; $last-break]"/>
          <xsl:if test="exists($last-line[self::* or normalize-space()])">
            <fo:block text-indent="0em" text-align-last="justify">
              <xsl:apply-templates select="$last-line" mode="ef:flow"/>
            </fo:block>
          </xsl:if>
        </xsl:when>
        <xsl:otherwise>
          <xsl:apply-templates select="$children" mode="ef:flow"/>
        </xsl:otherwise>
      </xsl:choose>
    </fo:block>
  </xsl:template>

  <!-- Whether an element inside a paragraph is set as a block of its own, its lines not the paragraph's. -->
  <xsl:function name="ef:sets-block" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="exists($node[self::tei:list or self::tei:table or self::tei:quote[f:set-off(.)] or self::tei:lg
        or self::tei:figure or self::tei:floatingText or self::tei:p or self::tei:ab
        or self::tei:note[not(f:is-footnote(.))]])"/>
  </xsl:function>

  <!--
    Whether an item's label runs into its first paragraph: the item begins with one (nothing but
    white space before it), which would otherwise leave the label on a line of its own.
  -->
  <xsl:function name="ef:runs-in-label" as="xs:boolean">
    <xsl:param name="item" as="element()"/>
    <xsl:sequence select="exists($item/node()[self::* or normalize-space()][1][self::tei:p or self::tei:ab])"/>
  </xsl:function>

  <!-- A signature that shares its line in the closer with other words is set in that line. -->
  <xsl:template match="tei:signed[ef:signed-in-line(.)]" mode="ef:flow" priority="1">
    <fo:inline>
      <xsl:call-template name="ef:id-attribute"/>
      <xsl:call-template name="ef:children"/>
    </fo:inline>
  </xsl:template>

  <!--
    Whether a closer's signature shares its line (between line breaks) with words or phrases other than
    another signature; one that holds blocks (a list of names, paragraphs) is a block of its own.
  -->
  <xsl:function name="ef:signed-in-line" as="xs:boolean">
    <xsl:param name="signed" as="element(tei:signed)"/>
    <xsl:variable name="line" select="count($signed/preceding-sibling::tei:lb)"/>
    <xsl:sequence select="empty($signed//*[ef:sets-block(.)]) and exists($signed/parent::tei:closer/(node() except $signed)[count(preceding-sibling::tei:lb) eq $line]
        [self::text()[normalize-space()] or self::*[not(self::tei:signed or self::tei:lb or self::tei:pb or self::tei:anchor or self::tei:milestone
        or self::tei:note[f:is-footnote(.)])]])"/>
  </xsl:function>

  <xsl:template match="tei:dateline | tei:signed | tei:salute | tei:byline | tei:docImprint | tei:docDate | tei:titlePart
      | tei:l | tei:label[not(parent::tei:list)] | tei:trailer | tei:epigraph | tei:argument" mode="ef:flow">
    <!-- set on lines of their own, ragged or centred: never hyphenated -->
    <fo:block hyphenate="false">
      <xsl:call-template name="ef:id-attribute"/>
      <xsl:call-template name="ef:first-print-keeps"/>
      <xsl:choose>
        <xsl:when test="self::tei:dateline or self::tei:signed">
          <xsl:attribute name="text-align" select="'end'"/>
          <xsl:attribute name="text-align-last" select="'end'"/>
          <xsl:attribute name="space-before" select="ef:space(0.3)"/>
        </xsl:when>
        <xsl:when test="self::tei:salute">
          <xsl:attribute name="text-indent" select="$text-indent || 'em'"/>
        </xsl:when>
        <xsl:when test="self::tei:titlePart or self::tei:docImprint or self::tei:docDate or self::tei:byline or self::tei:trailer">
          <xsl:attribute name="text-align" select="'center'"/>
          <xsl:attribute name="text-align-last" select="'center'"/>
          <!-- a title page has the room: its parts are spread out in every design -->
          <xsl:attribute name="space-before" select="if (ancestor::tei:titlePage) then '2.5em' else ef:space(1)"/>
        </xsl:when>
      </xsl:choose>
      <xsl:call-template name="ef:children"/>
    </fo:block>
  </xsl:template>

  <!-- An index: small, unjustified, subentries indented under their entry. -->
  <xsl:template match="tei:list[@type = 'index']" mode="ef:flow">
    <fo:block font-size="0.85em" line-height="1.1" text-align="start" text-align-last="start">
      <xsl:call-template name="ef:id-attribute"/>
      <xsl:call-template name="ef:children"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:list[ancestor::tei:list/@type = 'index']" mode="ef:flow">
    <fo:block start-indent="inherited-property-value(start-indent) + 1em">
      <xsl:call-template name="ef:id-attribute"/>
      <xsl:call-template name="ef:children"/>
    </fo:block>
  </xsl:template>

  <!--
    A list; one inside a list's item continues it without space around. A list of short items is set in
    columns (ef:list-columns): the page's items fill the first column top to bottom, then the next, in
    a table of one row whose cells are the columns, so that the PDF's structure reads them in order.
  -->
  <xsl:template match="tei:list" mode="ef:flow">
    <xsl:param name="page" as="map(*)" tunnel="yes"/>
    <xsl:variable name="space" select="if (ancestor::tei:item) then '0em' else ef:space(0.3)"/>
    <xsl:variable name="children" select="f:page-children(., $page)"/>
    <xsl:variable name="items" select="$children[self::tei:item]"/>
    <!-- at least three items in a column -->
    <xsl:variable name="columns" select="min((ef:list-columns(.), count($items) idiv 3))"/>
    <!-- set smaller, once: a list inside a list, a quotation, a table or a note keeps their size -->
    <xsl:variable name="size" select="if (ef:sets-list-size(.)) then $list-font-size else 1"/>
    <fo:block start-indent="inherited-property-value(start-indent) + {format-number(1.5 div $size, '0.###')}em" space-before="{$space}" space-after="{$space}">
      <xsl:if test="$size ne 1">
        <xsl:attribute name="font-size" select="$size || 'em'"/>
      </xsl:if>
      <xsl:call-template name="ef:id-attribute"/>
      <xsl:choose>
        <xsl:when test="$columns ge 2">
          <xsl:variable name="rows" select="xs:integer(ceiling(count($items) div $columns))"/>
          <!-- the measure in em of the list's own size -->
          <xsl:variable name="width" select="ef:column-measure(.) div $size"/>
          <xsl:apply-templates select="$children[. &lt;&lt; ef:item-start($items[1], $page)]" mode="ef:flow"/>
          <fo:table table-layout="fixed" width="{$width}em">
            <xsl:for-each select="1 to $columns">
              <!-- the gutter is the end padding of every column but the last -->
              <fo:table-column column-width="{format-number(($width - ($columns - 1) * $ef:column-gutter) div $columns
                  + (if (. lt $columns) then $ef:column-gutter else 0), '0.###')}em"/>
            </xsl:for-each>
            <fo:table-body>
              <fo:table-row>
                <xsl:for-each select="1 to $columns">
                  <xsl:variable name="column" select="subsequence($items, (. - 1) * $rows + 1, $rows)"/>
                  <xsl:variable name="first" select="ef:item-start($column[1], $page)"/>
                  <fo:table-cell padding-end="{if (. lt $columns) then $ef:column-gutter else 0}em">
                    <fo:block start-indent="0pt" end-indent="0pt" text-align="start">
                      <!-- a narrow column of short items is not hyphenated, as a narrow table column is not -->
                      <xsl:if test="($width - ($columns - 1) * $ef:column-gutter) div $columns lt $ef:narrow-column * $width">
                        <xsl:attribute name="hyphenate" select="'false'"/>
                      </xsl:if>
                      <xsl:apply-templates select="$children[not(. &lt;&lt; $first) and not(. &gt;&gt; $column[last()])]" mode="ef:flow"/>
                    </fo:block>
                  </fo:table-cell>
                </xsl:for-each>
              </fo:table-row>
            </fo:table-body>
          </fo:table>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="ef:children"/>
        </xsl:otherwise>
      </xsl:choose>
    </fo:block>
  </xsl:template>

  <!-- Whether a list is set at list-font-size: the outermost list of the running text, not one in quoted matter, a table or a note, which are smaller already. -->
  <xsl:function name="ef:sets-list-size" as="xs:boolean">
    <xsl:param name="list" as="element(tei:list)"/>
    <xsl:sequence select="empty($list/ancestor::*[self::tei:list or self::tei:quote or self::frus:attachment or self::tei:table or self::tei:note])"/>
  </xsl:function>

  <!-- Where an item begins on the page: at its label, when that is printed on its line. -->
  <xsl:function name="ef:item-start" as="element()">
    <xsl:param name="item" as="element(tei:item)"/>
    <xsl:param name="page" as="map(*)"/>
    <xsl:sequence select="($item/preceding-sibling::*[1][self::tei:label][f:on-page(., $page)], $item)[1]"/>
  </xsl:function>

  <!-- The room between two columns of a list, in em. -->
  <xsl:variable name="ef:column-gutter" as="xs:decimal" select="2"/>

  <!--
    How many columns a list is set in: as many as fit side by side in the text's measure (at most
    list-columns), each as wide as the longest item (its label and words, measured with the font's
    advance widths) with a gutter between; 1 when only one fits, or when the list is not lines of words
    (f:list-lines). A first print flows its lists one item to a line.
  -->
  <xsl:function name="ef:list-columns" as="xs:integer" cache="yes">
    <xsl:param name="list" as="element(tei:list)"/>
    <xsl:variable name="items" select="if ($ef:new-pagination) then () else f:list-lines($list)"/>
    <xsl:variable name="longest" select="f:column-length($items ! ef:item-widths(.))"/>
    <xsl:sequence select="if (empty($items)) then 1 else ef:side-by-side($longest, ef:column-measure($list), $list-columns)"/>
  </xsl:function>

  <!-- How many columns of a width fit side by side in a measure (both in em), a gutter between: 1 to $most. -->
  <xsl:function name="ef:side-by-side" as="xs:integer">
    <xsl:param name="width" as="xs:double"/>
    <xsl:param name="measure" as="xs:double"/>
    <xsl:param name="most" as="xs:integer"/>
    <xsl:sequence select="max((1, (2 to $most)[. * $width + (. - 1) * $ef:column-gutter le $measure]))"/>
  </xsl:function>

  <!-- The width of a word in em of its size, from the font's advance widths, with a little room for a bold or italic face. -->
  <xsl:function name="ef:word-width" as="xs:double">
    <xsl:param name="word" as="xs:string"/>
    <xsl:sequence select="1.05 * sum(string-to-codepoints($word) ! ($glyph-widths(.), 0.6)[1])"/>
  </xsl:function>

  <!-- The widths an item of a list needs, a line each, in em of the text: its label and its words, and room for each note's number. -->
  <xsl:function name="ef:item-widths" as="xs:double*">
    <xsl:param name="item" as="element(tei:item)"/>
    <xsl:sequence select="f:item-lines($item) ! (ef:word-width(.) + 0.5 * count($item//tei:note[f:is-footnote(.)]))"/>
  </xsl:function>

  <!-- The width a list has for its items (a table for its rows), in em of the text: the text's measure less its indents. -->
  <xsl:function name="ef:column-measure" as="xs:double">
    <xsl:param name="list" as="element()"/>
    <xsl:sequence select="floor(100 * ((ef:points($page-width) - ef:points($page-margin-inner) - ef:points($page-margin-outer)) div $text-font-size
        - 1.5 * count($list/ancestor-or-self::tei:list) - count($list/ancestor::tei:item)
        - 2 * count($list/ancestor::*[self::tei:quote[f:set-off(.)] or self::tei:lg]))) div 100"/>
  </xsl:function>

  <xsl:template match="tei:item | tei:list/tei:label | tei:list/tei:head" mode="ef:flow">
    <xsl:param name="page" as="map(*)" tunnel="yes"/>
    <!-- a label is printed on the line of its item (when both are on the page) -->
    <xsl:variable name="label" select="self::tei:item/preceding-sibling::*[1][self::tei:label][f:on-page(., $page)]"/>
    <xsl:if test="not(self::tei:label[following-sibling::*[1][self::tei:item][f:on-page(., $page)]])">
      <!-- hanging: the number out at the left; an item continued from the page before starts at its text's indent -->
      <fo:block text-indent="{if (f:continued-from(., $page)) then '0em' else '-1em'}"
          start-indent="inherited-property-value(start-indent) + 1em">
        <xsl:call-template name="ef:id-attribute"/>
        <xsl:if test="exists($label) and not(ef:runs-in-label(.))">
          <xsl:apply-templates select="f:page-children($label, $page)" mode="ef:flow"/>
          <xsl:text> </xsl:text>
        </xsl:if>
        <xsl:call-template name="ef:children"/>
      </fo:block>
    </xsl:if>
  </xsl:template>

  <!--
    A table, compact: fixed column widths from the content (a column of short entries, such as
    numbers, dates or page references, is as wide as its longest entry; the others share the rest in
    proportion to their average length), small type, no rules; a row with no text on the page
    (cut just after its start) is left out there. A narrow table of many rows (ef:table-groups) is set
    as the series' printers set one: its page's rows in groups side by side, filled top to bottom, each
    group a table of its own in a cell of one row, so that the PDF's structure reads them in order.
  -->
  <xsl:template match="tei:table" mode="ef:flow">
    <xsl:param name="page" as="map(*)" tunnel="yes"/>
    <xsl:variable name="rows" select="f:page-children(., $page)[self::tei:row][ef:has-text-on(., $page)]"/>
    <xsl:variable name="groups" select="min((ef:table-groups(.), count($rows) idiv 3))"/>
    <xsl:if test="exists($rows)">
      <fo:table table-layout="fixed" width="100%" space-before="{ef:space(0.4)}" space-after="{ef:space(0.4)}"
          font-size="{$table-font-size}em" line-height="{$table-line-height}" text-align="start">
        <xsl:call-template name="ef:id-attribute"/>
        <xsl:choose>
          <xsl:when test="$groups ge 2">
            <xsl:variable name="table" select="."/>
            <xsl:variable name="length" select="xs:integer(ceiling(count($rows) div $groups))"/>
            <xsl:for-each select="1 to $groups">
              <fo:table-column column-width="proportional-column-width(1)"/>
            </xsl:for-each>
            <fo:table-body>
              <fo:table-row>
                <xsl:for-each select="1 to $groups">
                  <fo:table-cell padding-end="{if (. lt $groups) then $ef:column-gutter else 0}em">
                    <fo:table table-layout="fixed" width="{ef:table-width($table)}em">
                      <xsl:for-each select="ef:column-widths($table)">
                        <fo:table-column column-width="{.}"/>
                      </xsl:for-each>
                      <fo:table-body>
                        <xsl:apply-templates select="subsequence($rows, (. - 1) * $length + 1, $length)" mode="ef:flow"/>
                      </fo:table-body>
                    </fo:table>
                  </fo:table-cell>
                </xsl:for-each>
              </fo:table-row>
            </fo:table-body>
          </xsl:when>
          <xsl:otherwise>
            <xsl:for-each select="ef:column-widths(.)">
              <fo:table-column column-width="{.}"/>
            </xsl:for-each>
            <fo:table-body>
              <xsl:apply-templates select="$rows" mode="ef:flow"/>
            </fo:table-body>
          </xsl:otherwise>
        </xsl:choose>
      </fo:table>
    </xsl:if>
  </xsl:template>

  <!--
    How many groups of its rows a table is set in side by side: as many as fit in the measure with a
    gutter between, when every column is one of short entries (a fixed width, ef:column-widths) and no
    row is a heading or has a cell across columns, whose place in a group would be unclear; 1 otherwise,
    and in a first print, which flows its tables row after row.
  -->
  <xsl:function name="ef:table-groups" as="xs:integer" cache="yes">
    <xsl:param name="table" as="element(tei:table)"/>
    <xsl:variable name="width" select="ef:table-width($table)"/>
    <xsl:variable name="measure" select="ef:column-measure($table) div $table-font-size"/>
    <xsl:sequence select="if ($ef:new-pagination or $width eq 0 or exists($table/tei:row[@role = 'label']/tei:cell | $table//tei:cell[@role = 'label']
        | $table/tei:row/tei:cell[@cols castable as xs:integer and xs:integer(@cols) gt 1])) then 1
        else ef:side-by-side($width, $measure, 4)"/>
  </xsl:function>

  <!-- The width of a table whose columns are all of short entries, in em of its type; 0 when a column takes a share of the measure. -->
  <xsl:function name="ef:table-width" as="xs:double">
    <xsl:param name="table" as="element(tei:table)"/>
    <xsl:variable name="widths" select="ef:column-widths($table)"/>
    <xsl:sequence select="if (every $width in $widths satisfies ends-with($width, 'em'))
        then sum($widths ! xs:double(substring-before(., 'em'))) else 0"/>
  </xsl:function>

  <!-- Whether any text of the element is on the page. -->
  <xsl:function name="ef:has-text-on" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:param name="page" as="map(*)"/>
    <xsl:sequence select="exists($element//text()[normalize-space()][not(ancestor::tei:note[f:is-footnote(.)])][f:on-page(., $page)])"/>
  </xsl:function>

  <!-- The column widths of a table (see above), shared by its family of tables. -->
  <xsl:function name="ef:column-widths" as="xs:string+">
    <xsl:param name="table" as="element(tei:table)"/>
    <xsl:variable name="made" select="$ef:table-widths(generate-id($table))"/>
    <xsl:sequence select="if (exists($made)) then $made else ef:widths-of($table)"/>
  </xsl:function>

  <!--
    The column widths of every table of the text, by its generate-id(), made once per transformation before any table is
    set: a table is set on each of its pages and asked for its widths several times on each, and a family of tables
    (ef:family-scope) is measured once for all its members.
  -->
  <xsl:variable name="ef:table-widths" as="map(xs:string, xs:string+)">
    <xsl:map>
      <xsl:for-each-group select="root(.)//tei:table" group-by="if (ef:first-row(.) eq '') then generate-id(.) else generate-id(ef:family-scope(.)) || ' ' || ef:first-row(.)">
        <xsl:variable name="widths" select="ef:widths-of(.)"/>
        <xsl:for-each select="current-group()">
          <xsl:map-entry key="generate-id(.)" select="$widths"/>
        </xsl:for-each>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:variable>

  <!-- The column widths of a table, measured: from its own rows, or those of its family of tables, those of a division whose first rows read as its. -->
  <xsl:function name="ef:widths-of" as="xs:string+">
    <xsl:param name="table" as="element(tei:table)"/>
    <xsl:variable name="head" select="ef:first-row($table)"/>
    <xsl:sequence select="if ($head eq '') then ef:widths($table/tei:row) else ef:widths(ef:family-scope($table)//tei:table[ef:first-row(.) eq $head]/tei:row)"/>
  </xsl:function>

  <!-- The column widths that rows of a table need. -->
  <xsl:function name="ef:widths" as="xs:string+">
    <xsl:param name="rows" as="element(tei:row)*"/>
    <xsl:variable name="columns" select="max((1, $rows ! sum(tei:cell ! (if (@cols castable as xs:integer) then xs:integer(@cols) else 1))))"/>
    <!-- per column, from its single-column cells, each cell's text read once: the lengths of their texts ('lengths'), the length
         of the longest word ('word') and the width of the widest ('widest'), each distinct word measured once -->
    <xsl:variable name="measured" as="map(xs:integer, map(*))">
      <xsl:map>
        <xsl:for-each-group select="$rows/tei:cell[not(@cols castable as xs:integer and xs:integer(@cols) gt 1)]" group-by="ef:column-of(.)">
          <xsl:variable name="plain" select="current-group() ! f:plain-text(.)"/>
          <xsl:variable name="words" select="distinct-values($plain ! tokenize(.))"/>
          <xsl:map-entry key="current-grouping-key()"
              select="map{'lengths': $plain ! string-length(.), 'word': max((1, $words ! string-length(.))), 'widest': max((0, $words ! ef:word-width(.)))}"/>
        </xsl:for-each-group>
      </xsl:map>
    </xsl:variable>
    <xsl:variable name="widths" as="xs:string+">
      <xsl:for-each select="1 to $columns">
        <xsl:variable name="lengths" select="$measured(current())?lengths"/>
        <xsl:variable name="sorted" select="sort($lengths)"/>
        <!-- nine entries in ten are at most this long -->
        <xsl:variable name="usual" select="($sorted[max((1, floor(0.9 * count($sorted))))], 1)[1]"/>
        <xsl:sequence select="if (avg(($lengths, 0)) le 14)
            then format-number(max((0.6 * max((($measured(current())?word, 1)[1], min(($usual, 14)), 2)) + 0.7, ef:widest($measured, current()) + 0.5)), '0.###') || 'em'
            else 'proportional-column-width(' || (max((4, round(avg($lengths)))) + 2 * ($measured(current())?word, 1)[1]) || ')'"/>
      </xsl:for-each>
    </xsl:variable>
    <!-- a proportional column never narrower than its widest word and the cell's padding, at the largest size
         the page may be set at: a word wider than its column would be set over the next one -->
    <xsl:variable name="em" select="$table-font-size * $text-font-size div $ef:measure"/>
    <xsl:variable name="parts" select="$widths ! (if (ends-with(., 'em')) then 0 else xs:double(replace(., '[^\d.]', '')))"/>
    <xsl:variable name="rest" select="max((0, 1 - sum($widths[ends-with(., 'em')] ! xs:double(substring-before(., 'em'))) * $em))"/>
    <xsl:for-each select="1 to $columns">
      <xsl:variable name="need" select="(ef:widest($measured, current()) + 0.5) * $most-scale"/>
      <xsl:sequence select="if ($parts[current()] gt 0 and $rest * $parts[current()] div sum($parts) lt $need * $em)
          then format-number($need, '0.###') || 'em' else $widths[current()]"/>
    </xsl:for-each>
  </xsl:function>

  <!--
    The division whose tables are set as one (ef:widths-of), those that head their rows alike (the same words in the same
    number of cells in their first row), as a list of papers is one table cut by country headings. They
    share their column widths, as the printer set them, so that a short table's dates are not broken
    where a long one's are not.
  -->
  <xsl:function name="ef:family-scope" as="node()">
    <xsl:param name="table" as="element(tei:table)"/>
    <xsl:sequence select="($table/ancestor::tei:div[1], root($table))[1]"/>
  </xsl:function>

  <!-- A table's first row as its cells' words, a bar between cells ("No.|From and to whom.|Date.|Subject.|Page."). -->
  <xsl:function name="ef:first-row" as="xs:string" cache="yes">
    <xsl:param name="table" as="element(tei:table)"/>
    <xsl:sequence select="string-join($table/tei:row[1]/tei:cell ! f:plain-text(.), '|')"/>
  </xsl:function>

  <!-- The width of the widest word of a table's column, in em of the table's type, from the columns measured (ef:widths). -->
  <xsl:function name="ef:widest" as="xs:double">
    <xsl:param name="measured" as="map(xs:integer, map(*))"/>
    <xsl:param name="column" as="xs:integer"/>
    <xsl:sequence select="($measured($column)?widest, 0)[1]"/>
  </xsl:function>

  <!--
    The share of the text's measure each column of a table takes: a fixed column its width in the
    table's type, the proportional ones the rest in their proportions.
  -->
  <xsl:function name="ef:column-shares" as="xs:double+" cache="yes">
    <xsl:param name="table" as="element(tei:table)"/>
    <xsl:variable name="widths" select="ef:column-widths($table)"/>
    <xsl:variable name="em" select="$table-font-size * $text-font-size div $ef:measure"/>
    <xsl:variable name="fixed" select="$widths ! (if (ends-with(., 'em')) then xs:double(substring-before(., 'em')) * $em else 0)"/>
    <xsl:variable name="parts" select="$widths ! (if (ends-with(., 'em')) then 0 else xs:double(replace(., '[^\d.]', '')))"/>
    <xsl:variable name="rest" select="max((0, 1 - sum($fixed)))"/>
    <xsl:sequence select="for $c in 1 to count($widths)
        return $fixed[$c] + (if ($parts[$c] gt 0) then $rest * $parts[$c] div sum($parts) else 0)"/>
  </xsl:function>

  <!--
    A cell narrower than this share of the measure is not hyphenated: its words are short (names,
    numbers, dates), and a name broken in a narrow column ("Swe-den") reads badly; it is set ragged anyway.
  -->
  <xsl:variable name="ef:narrow-column" as="xs:double" select="0.25"/>

  <xsl:function name="ef:column-of" as="xs:integer">
    <xsl:param name="cell" as="element(tei:cell)"/>
    <xsl:sequence select="1 + sum($cell/preceding-sibling::tei:cell ! (if (@cols castable as xs:integer) then xs:integer(@cols) else 1))"/>
  </xsl:function>

  <xsl:template match="tei:row" mode="ef:flow">
    <fo:table-row>
      <!-- a first print breaks pages between rows: a page break inside a row would part its cells -->
      <xsl:if test="$ef:new-pagination">
        <xsl:attribute name="keep-together.within-page" select="'always'"/>
      </xsl:if>
      <xsl:call-template name="ef:children"/>
    </fo:table-row>
  </xsl:template>

  <xsl:template match="tei:cell" mode="ef:flow">
    <xsl:variable name="first" select="ef:column-of(.)"/>
    <xsl:variable name="span" select="if (@cols castable as xs:integer) then max((1, xs:integer(@cols))) else 1"/>
    <fo:table-cell padding-end="0.5em">
      <xsl:if test="@cols castable as xs:integer">
        <xsl:attribute name="number-columns-spanned" select="@cols"/>
      </xsl:if>
      <xsl:variable name="share" select="sum(subsequence(ef:column-shares(ancestor::tei:table[1]), $first, $span))"/>
      <!-- (a column is as wide as its widest word, ef:column-widths; a cell across columns is hyphenated as the text is) -->
      <xsl:if test="$share lt $ef:narrow-column and $span eq 1">
        <xsl:attribute name="hyphenate" select="'false'"/>
      </xsl:if>
      <fo:block text-align="start" text-align-last="start" text-indent="0em" start-indent="0pt" end-indent="0pt">
        <xsl:call-template name="ef:children"/>
      </fo:block>
    </fo:table-cell>
  </xsl:template>

  <xsl:template match="tei:lb" mode="ef:flow">
    <fo:block/>
  </xsl:template>

  <!-- Nothing to print: page breaks are the page sequences; images are not part of the print text. -->
  <!-- An image is not part of the print text: the room of a small emblem is kept blank. -->
  <xsl:template match="tei:figure/tei:graphic" mode="ef:flow">
    <fo:block space-before="{ef:space(0.5)}" space-after="{ef:space(0.5)}" line-height="3em">&#xA0;</fo:block>
  </xsl:template>

  <xsl:template match="tei:pb | tei:cb | tei:milestone | tei:anchor | tei:figDesc
      | tei:index | tei:gap[not(normalize-space())]" mode="ef:flow"/>

  <xsl:template match="tei:figure" mode="ef:flow">
    <xsl:call-template name="ef:children"/>
  </xsl:template>

  <!-- ===== footnotes ===== -->

  <!-- A footnote at its call: the printed label raised, the note at the foot of the call's page. -->
  <xsl:template match="tei:note[f:is-footnote(.)]" mode="ef:flow">
    <xsl:variable name="label" select="f:note-label(.)"/>
    <fo:footnote>
      <fo:inline baseline-shift="super" font-size="0.62em" line-height="1"><xsl:value-of select="$label"/></fo:inline>
      <fo:footnote-body>
        <!-- the notes' size is the page's, not that of the heading or table that calls them -->
        <fo:block font-size="{$note-font-size * $text-font-size}pt" line-height="{$note-line-height}" text-align="justify"
            text-align-last="start" text-indent="1.2em" start-indent="0pt" end-indent="0pt"
            font-style="normal" font-weight="normal" letter-spacing="0pt" text-transform="none"
            space-before="0.2em" id="{ef:id(.)}">
          <!-- the label is tagged Lbl inside the Note: the PDF's structure says which number opens a footnote -->
          <fo:inline baseline-shift="super" font-size="0.7em" line-height="1" role="Lbl"><xsl:value-of select="$label"/></fo:inline>
          <xsl:text> </xsl:text>
          <xsl:apply-templates mode="ef:flow"/>
        </fo:block>
      </fo:footnote-body>
    </fo:footnote>
  </xsl:template>

  <!-- ===== phrases ===== -->

  <xsl:template match="tei:hi" mode="ef:flow">
    <fo:inline>
      <xsl:variable name="rend" select="f:rend(.)"/>
      <xsl:if test="$rend = 'italic'"><xsl:attribute name="font-style" select="'italic'"/></xsl:if>
      <xsl:if test="$rend = 'bold'"><xsl:attribute name="font-weight" select="'bold'"/></xsl:if>
      <xsl:if test="$rend = 'smallcaps'">
        <xsl:attribute name="font-size" select="'0.82em'"/>
        <xsl:attribute name="text-transform" select="'uppercase'"/>
      </xsl:if>
      <xsl:if test="$rend = 'superscript'">
        <xsl:attribute name="baseline-shift" select="'super'"/>
        <xsl:attribute name="font-size" select="'0.7em'"/>
      </xsl:if>
      <xsl:if test="$rend = 'subscript'">
        <xsl:attribute name="baseline-shift" select="'sub'"/>
        <xsl:attribute name="font-size" select="'0.7em'"/>
      </xsl:if>
      <xsl:if test="$rend = ('underline', 'strikethrough')">
        <xsl:attribute name="text-decoration" select="$rend[. = ('underline', 'strikethrough')] ! (if (. eq 'underline') then . else 'line-through')"/>
      </xsl:if>
      <xsl:call-template name="ef:children"/>
    </fo:inline>
  </xsl:template>

  <!-- Titles of publications and foreign words in italics, as the series sets them. -->
  <xsl:template match="tei:title[@level = ('m', 'j', 's')] | tei:foreign | tei:emph | tei:mentioned | tei:term[@rend = 'italic']" mode="ef:flow">
    <fo:inline font-style="italic">
      <xsl:call-template name="ef:children"/>
    </fo:inline>
  </xsl:template>

  <!-- The source's own reading (the text as printed: the rule every output shares). -->
  <xsl:template match="tei:choice" mode="ef:flow">
    <xsl:param name="page" as="map(*)" tunnel="yes"/>
    <xsl:apply-templates select="f:reading(.)[f:on-page(., $page)]" mode="ef:flow"/>
  </xsl:template>

  <xsl:template match="tei:persName | tei:placeName | tei:orgName | tei:geogName | tei:name | tei:rs | tei:date
      | tei:time | tei:ref | tei:bibl | tei:biblScope | tei:title | tei:term | tei:q | tei:quote | tei:said
      | tei:sic | tei:corr | tei:orig | tei:reg | tei:abbr | tei:expan | tei:num | tei:measure | tei:seg | tei:w
      | tei:unclear | tei:add | tei:supplied | tei:gap | tei:publisher | tei:pubPlace | tei:idno | tei:forename
      | tei:surname | tei:roleName | tei:address | tei:addrLine | tei:author | tei:editor | tei:role | tei:gloss
      | tei:gi | tei:att" mode="ef:flow">
    <xsl:call-template name="ef:children"/>
  </xsl:template>

  <!-- Words the source shows deleted are printed as it shows them: struck through (PrintedText reads them too). -->
  <xsl:template match="tei:del" mode="ef:flow">
    <fo:inline text-decoration="line-through">
      <xsl:call-template name="ef:children"/>
    </fo:inline>
  </xsl:template>

  <!-- Text: white space between blocks is dropped, all other text printed as it is. -->
  <!-- Vertical space of the design: em times the design's space factor. -->
  <xsl:function name="ef:space" as="xs:string">
    <xsl:param name="em" as="xs:decimal"/>
    <xsl:sequence select="($em * $space-factor) || 'em'"/>
  </xsl:function>

  <xsl:template match="text()" mode="ef:flow">
    <!-- not in a table's cell: a narrow column must be free to break wherever its words allow -->
    <xsl:value-of select="if (ancestor::tei:cell) then normalize-unicode(.) else ef:set-text(.)"/>
  </xsl:template>

  <!--
    Text as it is set: composed (NFC), so that a letter and its combining accent print as the one
    precomposed glyph; an abbreviation is not parted at a line's end from the number it stands before
    ("Rs. 500", "No. 12", "p. 34", "Art. 3", "Vol. II"): a word of one to four letters, capitalised, or
    "p" or "pp", with its period, then white space and a number or roman numeral, is joined by a no-break space.
    Run on every text node of the volume, this and the paragraph's end below use the JDK's regular expression
    engine (the flag ";j"), which matches these expressions as XPath's rules do and several times faster.
  -->
  <xsl:function name="ef:set-text" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="replace(normalize-unicode($text),
        '(^|\P{L})(\p{Lu}\p{Ll}{0,3}|pp?)\.\s+(\p{Nd}|[IVXLCDM]+(\P{L}|$))', '$1$2.&#xA0;$3', ';j')"/>
  </xsl:function>

  <!--
    The end of a paragraph or footnote: its last two words are kept on one line and not hyphenated,
    so that a paragraph does not end on a line holding one word or the end of one.
  -->
  <xsl:template match="text()[. is ef:last-text(ancestor::*[self::tei:p or self::tei:ab or self::tei:note[f:is-footnote(.)]][1])]"
      mode="ef:flow" priority="1">
    <xsl:analyze-string select="ef:set-text(.)" regex="^(.*\s)?(\S+)\s+(\S+\s*)$" flags="s;j">
      <xsl:matching-substring>
        <xsl:value-of select="regex-group(1)"/>
        <fo:inline keep-together.within-line="always" hyphenate="false">
          <xsl:value-of select="regex-group(2) || '&#xA0;' || regex-group(3)"/>
        </fo:inline>
      </xsl:matching-substring>
      <xsl:non-matching-substring>
        <xsl:value-of select="."/>
      </xsl:non-matching-substring>
    </xsl:analyze-string>
  </xsl:template>

  <!--
    The last printed text of a paragraph or footnote (not in its footnotes or editorial readings), when it
    is on the paragraph's own last line: the end of a list or table the paragraph holds is set in lines of
    its own (a narrow column, where two words kept together may not fit).
  -->
  <xsl:function name="ef:last-text" as="text()?" cache="yes">
    <xsl:param name="block" as="element()?"/>
    <xsl:variable name="last" select="$block/descendant::text()[normalize-space()]
        [ancestor::*[self::tei:p or self::tei:ab or self::tei:note[f:is-footnote(.)]][1] is $block]
        [f:in-source-reading(.)][last()]"/>
    <xsl:sequence select="$last[not(ancestor::*[self::tei:list or self::tei:table][. &gt;&gt; $block])]"/>
  </xsl:function>

  <xsl:template match="text()[f:is-block-space(.)]" mode="ef:flow"/>

  <xsl:template match="comment() | processing-instruction()" mode="ef:flow"/>

  <!-- An element no template knows: the on-unhandled-element policy. -->
  <xsl:template match="*" mode="ef:flow" priority="-10">
    <xsl:sequence select="f:unhandled(., 'print')"/>
    <xsl:call-template name="ef:children"/>
  </xsl:template>

</xsl:stylesheet>
