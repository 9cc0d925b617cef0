<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: Apache-2.0 -->
<!--
  The TEI text in HTML (mode h:text). Tunnel parameters:
    copy   true inside a second rendering of the same TEI (a note's popover): no ids there, so that
           every id on the page is unique and points to one place;
    inline true where only phrasing content is allowed (inside p, head, notes): block elements
           become spans with a class.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="https://tei-edition.org/ns/functions"
    xmlns:h="https://tei-edition.org/ns/html"
    xmlns:err="https://tei-edition.org/ns/error"
    xmlns:frus="http://history.state.gov/frus/ns/1.0"
    xmlns="http://www.w3.org/1999/xhtml"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- text, whitespace between blocks, comments -->
  <xsl:template match="text()" mode="h:text">
    <xsl:value-of select="."/>
  </xsl:template>
  <xsl:template match="text()[f:is-block-space(.)]" mode="h:text" priority="1"/>
  <xsl:template match="comment() | processing-instruction()" mode="h:text"/>

  <!-- The policy for elements without a rule. -->
  <xsl:template match="*" mode="h:text" priority="-1">
    <xsl:sequence select="f:unhandled(., 'web')"/>
    <xsl:apply-templates mode="h:text"/>
  </xsl:template>

  <!-- divisions, blocks -->
  <xsl:template match="div | frus:attachment | opener | closer | postscript | front | back | body" mode="h:text">
    <xsl:param name="inline" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:element name="{if ($inline) then 'span' else if (self::div or self::frus:attachment) then 'section' else 'div'}">
      <xsl:attribute name="class" select="local-name(), @type"/>
      <xsl:call-template name="h:id"/>
      <xsl:apply-templates mode="h:text"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="p | dateline | signed | salute | byline | docImprint | titlePart | docTitle | label[not(parent::list)]" mode="h:text">
    <xsl:param name="inline" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:element name="{if ($inline or ancestor::p or ancestor::head) then 'span' else 'p'}">
      <xsl:if test="not(self::p) or $inline or @rend">
        <xsl:attribute name="class" select="if (self::p) then ('p'[$inline], @rend) else (local-name(), @rend)"/>
      </xsl:if>
      <xsl:call-template name="h:id"/>
      <xsl:apply-templates mode="h:text">
        <xsl:with-param name="inline" select="true()" tunnel="yes"/>
      </xsl:apply-templates>
    </xsl:element>
  </xsl:template>

  <!-- The first head of the page's unit is its h1, followed by the document's data and reading options. -->
  <xsl:template match="head" mode="h:text">
    <xsl:param name="page" as="map(*)" tunnel="yes"/>
    <xsl:param name="inline" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:variable name="unit" select="$page?unit"/>
    <xsl:variable name="first" select=". is h:title-head($unit)"/>
    <xsl:variable name="level" select="if ($first) then 1 else min((6, 1 + count(ancestor::div intersect $unit/descendant-or-self::div)))"/>
    <xsl:element name="{if ($inline) then 'span' else 'h' || max((2, $level))[not($first)] || '1'[$first]}">
      <xsl:if test="$first">
        <xsl:attribute name="id" select="'title'"/>
      </xsl:if>
      <xsl:if test="$inline"><xsl:attribute name="class" select="'head'"/></xsl:if>
      <xsl:apply-templates mode="h:text">
        <xsl:with-param name="inline" select="true()" tunnel="yes"/>
      </xsl:apply-templates>
    </xsl:element>
    <xsl:if test="$first">
      <xsl:call-template name="h:document-data"/>
      <xsl:call-template name="h:reading-switch"/>
    </xsl:if>
  </xsl:template>

  <!-- The head that is a unit's title: its own first head, else the first head inside it. -->
  <xsl:function name="h:title-head" as="element(head)?">
    <xsl:param name="unit" as="element()"/>
    <xsl:sequence select="($unit/head, $unit//head[not(ancestor::note | ancestor::table | ancestor::list | ancestor::figure)])[1]"/>
  </xsl:function>

  <!--
    A source note, printed above or below the heading: the Department of State file number, or what the
    document is ("[Telegram]"). A number printed alone ("711.61/891½") is said to be a file for a screen
    reader; a note that says so itself ("File No. 861.51/133") or names no file is read as printed.
  -->
  <xsl:template match="note[@type = 'source'][@rend = 'inline']" mode="h:text" priority="2">
    <xsl:param name="inline" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:element name="{if ($inline) then 'span' else 'p'}">
      <xsl:attribute name="class" select="'source-note'"/>
      <xsl:if test="exists(f:file-number(.)) and not(matches(., '(^|\W)files?(\W|$)', 'i'))">
        <span class="visually-hidden">Department of State file </span>
      </xsl:if>
      <xsl:apply-templates mode="h:text">
        <xsl:with-param name="inline" select="true()" tunnel="yes"/>
      </xsl:apply-templates>
    </xsl:element>
  </xsl:template>

  <!--
    Page markers: "[Page 523]", id "page-523", role doc-pagebreak (assistive technology announces the
    printed page), holding a link to that page of the PDF.
  -->
  <xsl:template match="pb" mode="h:text">
    <xsl:param name="copy" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:param name="page" as="map(*)" tunnel="yes"/>
    <xsl:variable name="pdf" select="h:href($pdf-href, $page?name)"/>
    <xsl:if test="@n">
      <xsl:variable name="label" select="h:page-label(.)"/>
      <span class="pb" role="doc-pagebreak" aria-label="{$label}">
        <xsl:if test="not($copy)">
          <xsl:attribute name="id" select="h:page-id(.)"/>
        </xsl:if>
        <xsl:element name="{if (exists($pdf)) then 'a' else 'span'}">
          <xsl:if test="exists($pdf)">
            <xsl:attribute name="href" select="$pdf || '#page=' || f:pdf-page(.)"/>
          </xsl:if>
          <xsl:value-of select="'[' || $label || ']'"/>
        </xsl:element>
      </span>
      <xsl:sequence select="h:space-after-marker(.)"/>
    </xsl:if>
  </xsl:template>

  <!-- "Page 523": what a page marker says; a page the source left unnumbered ("[]") is said so, not given an empty number. -->
  <xsl:function name="h:page-label" as="xs:string">
    <xsl:param name="pb" as="element(pb)"/>
    <xsl:sequence select="if (f:folio-bare(string($pb/@n)) eq '') then 'Unnumbered page' else 'Page ' || normalize-space($pb/@n)"/>
  </xsl:function>

  <!--
    The space a page marker is followed by: the source sets a page break between two words with the
    space before it ("required <pb/>by"), so a marker that shows text would run into the next word
    ("[Page 151]by"); it takes one space where the text before the break ends with one and the text
    after begins without. A break inside a word ("gov-<pb/>ernment") or already followed by a space is
    left as the source has it.
  -->
  <xsl:function name="h:space-after-marker" as="xs:string?">
    <xsl:param name="pb" as="element(pb)"/>
    <xsl:sequence select="' '[matches($pb/preceding::text()[1], '\s$') and matches($pb/following::text()[1], '^\S')]"/>
  </xsl:function>

  <!--
    "page-523"; folios that are not NCName-friendly ("[I]") keep letters and digits only; a folio with
    none ("[]") uses the pb's xml:id, or its position.
  -->
  <xsl:function name="h:page-id" as="xs:string">
    <xsl:param name="pb" as="element(pb)"/>
    <xsl:variable name="folio" select="replace(normalize-space($pb/@n), '[^\p{L}\p{N}_.-]', '')"/>
    <xsl:sequence select="'page-' || (if ($folio) then $folio else ($pb/@xml:id, 'at-' || f:pdf-page($pb))[1])"/>
  </xsl:function>

  <xsl:template match="lb" mode="h:text"><br/></xsl:template>

  <!-- names -->
  <xsl:template match="persName | rs[@type = 'person']" mode="h:text">
    <xsl:param name="copy" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:variable name="person" select="f:person(.)"/>
    <xsl:choose>
      <xsl:when test="f:is-mention(.) and exists($person) and not(ancestor::teiHeader)">
        <!-- inside a reference, which is a link already, the mention keeps its anchor but is no link -->
        <xsl:element name="{if (ancestor::ref) then 'span' else 'a'}">
          <xsl:attribute name="class" select="'person'"/>
          <xsl:if test="not(ancestor::ref)">
            <xsl:attribute name="href" select="'#' || h:person-id($person)"/>
          </xsl:if>
          <xsl:if test="not($copy)">
            <xsl:attribute name="id" select="h:mention-id(.)"/>
          </xsl:if>
          <xsl:apply-templates mode="h:text"/>
        </xsl:element>
      </xsl:when>
      <xsl:otherwise>
        <span class="person"><xsl:apply-templates mode="h:text"/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="forename | surname | roleName | addName" mode="h:text">
    <xsl:apply-templates mode="h:text"/>
  </xsl:template>

  <xsl:template match="placeName | orgName | geogName | name | rs | term | gloss | foreign | distinct | measure | num | idno" mode="h:text">
    <span class="{local-name()}">
      <xsl:if test="self::foreign and @xml:lang"><xsl:attribute name="lang" select="@xml:lang"/></xsl:if>
      <xsl:apply-templates mode="h:text"/>
    </span>
  </xsl:template>

  <xsl:template match="date | docDate" mode="h:text">
    <xsl:variable name="when" select="string((@when, @from)[1])"/>
    <xsl:choose>
      <xsl:when test="matches($when, '^\d{4}(-\d{2}(-\d{2})?)?$')">
        <time datetime="{$when}"><xsl:apply-templates mode="h:text"/></time>
      </xsl:when>
      <xsl:otherwise>
        <span class="date"><xsl:apply-templates mode="h:text"/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The source's reading and the corrected one: the source's shows; the switch shows the other. -->
  <xsl:template match="choice[sic and corr]" mode="h:text">
    <span class="choice">
      <span class="sic"><xsl:apply-templates select="sic/node()" mode="h:text"/></span>
      <span class="corr" hidden="hidden"><xsl:apply-templates select="corr/node()" mode="h:text"/></span>
    </span>
  </xsl:template>
  <xsl:template match="choice" mode="h:text">
    <xsl:apply-templates select="f:reading(.)" mode="h:text"/>
  </xsl:template>
  <xsl:template match="sic | corr | orig | reg | abbr | expan" mode="h:text">
    <xsl:apply-templates mode="h:text"/>
  </xsl:template>

  <!-- highlighting -->
  <xsl:template match="hi" mode="h:text">
    <xsl:variable name="rend" select="f:rend(.)"/>
    <xsl:element name="{if ($rend = 'italic') then 'i' else if ($rend = 'bold') then 'b'
                        else if ($rend = 'superscript') then 'sup'
                        else if ($rend = 'subscript') then 'sub' else 'span'}">
      <xsl:if test="exists($rend[not(. = ('italic', 'bold', 'superscript', 'subscript'))])">
        <xsl:attribute name="class" select="$rend ! ('hi-' || .)"/>
      </xsl:if>
      <xsl:apply-templates mode="h:text"/>
    </xsl:element>
  </xsl:template>
  <xsl:template match="emph" mode="h:text"><em><xsl:apply-templates mode="h:text"/></em></xsl:template>
  <xsl:template match="title" mode="h:text">
    <xsl:element name="{if (@level = ('m', 's', 'j') or not(@level)) then 'cite' else 'span'}">
      <xsl:attribute name="class" select="'title'"/>
      <xsl:apply-templates mode="h:text"/>
    </xsl:element>
  </xsl:template>
  <xsl:template match="bibl | biblScope | publisher | pubPlace" mode="h:text">
    <span class="{local-name()}"><xsl:apply-templates mode="h:text"/></span>
  </xsl:template>
  <!-- a stretch the encoding marks (a marginal "[seal]"): in the line, with its type as a class -->
  <xsl:template match="seg" mode="h:text">
    <span class="{string-join(('seg', @type ! ('seg-' || .)), ' ')}"><xsl:apply-templates mode="h:text"/></span>
  </xsl:template>
  <!-- words the source shows deleted: shown struck through, as the print sets them -->
  <xsl:template match="del" mode="h:text"><del><xsl:apply-templates mode="h:text"/></del></xsl:template>
  <xsl:template match="gi" mode="h:text"><code>&lt;<xsl:value-of select="."/>&gt;</code></xsl:template>
  <xsl:template match="att" mode="h:text"><code>@<xsl:value-of select="."/></code></xsl:template>

  <xsl:template match="quote | q" mode="h:text">
    <xsl:param name="inline" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:choose>
      <xsl:when test="not($inline) and f:set-off(.)">
        <blockquote><xsl:apply-templates mode="h:text"/></blockquote>
      </xsl:when>
      <xsl:otherwise>
        <span class="quote"><xsl:apply-templates mode="h:text"/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- lists and tables -->
  <xsl:template match="list" mode="h:text">
    <xsl:param name="inline" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:choose>
      <xsl:when test="$inline and h:in-columns(.)">
        <!-- in a paragraph: a block of its own, its heading before it -->
        <xsl:apply-templates select="head" mode="h:text"/>
        <span class="list columns"><xsl:apply-templates select="item" mode="h:text"/></span>
      </xsl:when>
      <xsl:when test="$inline">
        <span class="list"><xsl:apply-templates select="head, item" mode="h:text"/></span>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates select="head" mode="h:text"/>
        <ul class="{string-join(('list', @type, 'columns'[h:in-columns(current())]), ' ')}"><xsl:apply-templates select="item" mode="h:text"/></ul>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <!--
    A list of short lines of words (f:list-lines: names, places, ships; at most 24 characters with its
    label, f:column-length, a longer one running over) is set in columns of at least 13em (class "columns"), as many as the width holds: one on a phone.
  -->
  <xsl:function name="h:in-columns" as="xs:boolean">
    <xsl:param name="list" as="element(list)"/>
    <xsl:variable name="items" select="f:list-lines($list)"/>
    <xsl:sequence select="exists($items) and f:column-length($items ! f:item-lines(.) ! string-length()) le 24"/>
  </xsl:function>
  <xsl:template match="item" mode="h:text">
    <xsl:param name="inline" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:element name="{if ($inline) then 'span' else 'li'}">
      <xsl:if test="$inline"><xsl:attribute name="class" select="'item'"/></xsl:if>
      <xsl:if test="not($inline) and h:has-own-label(.)"><xsl:attribute name="class" select="'labelled'"/></xsl:if>
      <xsl:call-template name="h:id"/>
      <xsl:apply-templates select="h:stray-pbs(.)" mode="h:text"/>
      <xsl:apply-templates select="preceding-sibling::*[1][self::label]" mode="h:label"/>
      <xsl:apply-templates mode="h:text"/>
      <xsl:apply-templates select="h:trailing-pbs(.)" mode="h:text"/>
    </xsl:element>
  </xsl:template>
  <xsl:template match="label[parent::list]" mode="h:text"/>

  <!--
    Whether an item shows the label the source prints for it (class "labelled": no bullet beside it): a
    label before it, or a number of its own that opens it ("1. The…", "(a) …", "II. …", "First: …"),
    when every item of its list opens with one (a list of names may open with initials: "T. G. Krarup").
  -->
  <xsl:function name="h:has-own-label" as="xs:boolean">
    <xsl:param name="item" as="element(item)"/>
    <xsl:sequence select="exists($item/preceding-sibling::*[1][self::label])
        or (every $i in $item/../item satisfies matches(string-join($i//text()[not(ancestor::note)]),
              '^[\s&quot;“‘(]*(\(?([0-9]{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,6})[.):]|(First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)\W)'))"/>
  </xsl:function>
  <xsl:template match="label" mode="h:label">
    <span class="label"><xsl:apply-templates mode="h:text"/></span><xsl:text> </xsl:text>
  </xsl:template>

  <xsl:template match="table" mode="h:text">
    <xsl:param name="inline" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:choose>
      <xsl:when test="$inline">
        <span class="table"><xsl:apply-templates mode="h:text"/></span>
      </xsl:when>
      <xsl:otherwise>
        <div class="table-wrap">
          <table>
            <xsl:if test="head"><caption><xsl:apply-templates select="head/node()" mode="h:text"/></caption></xsl:if>
            <tbody><xsl:apply-templates select="row" mode="h:text"/></tbody>
          </table>
        </div>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="row" mode="h:text">
    <xsl:param name="inline" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:element name="{if ($inline) then 'span' else 'tr'}">
      <xsl:apply-templates select="cell" mode="h:text"/>
    </xsl:element>
  </xsl:template>

  <!--
    Page breaks between list items or table rows, where HTML allows no text: rendered at the start of
    the next item (or first cell), and those after the last one at its end.
  -->
  <xsl:function name="h:stray-pbs" as="element(pb)*">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="kind" select="node-name($e)"/>
    <xsl:sequence select="$e/preceding-sibling::pb[following-sibling::*[node-name() = $kind][1] is $e]"/>
  </xsl:function>
  <xsl:function name="h:trailing-pbs" as="element(pb)*">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="kind" select="node-name($e)"/>
    <xsl:sequence select="$e[empty(following-sibling::*[node-name() = $kind])]/following-sibling::pb"/>
  </xsl:function>

  <xsl:template match="cell" mode="h:text">
    <xsl:param name="inline" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:element name="{if ($inline) then 'span' else if (@role = 'label' or ../@role = 'label') then 'th' else 'td'}">
      <xsl:if test="not($inline) and @cols"><xsl:attribute name="colspan" select="@cols"/></xsl:if>
      <xsl:if test="not($inline) and @rows"><xsl:attribute name="rowspan" select="@rows"/></xsl:if>
      <xsl:if test="empty(preceding-sibling::cell)">
        <xsl:apply-templates select="h:stray-pbs(..)" mode="h:text"/>
      </xsl:if>
      <xsl:apply-templates mode="h:text">
        <xsl:with-param name="inline" select="true()" tunnel="yes"/>
      </xsl:apply-templates>
      <xsl:if test="empty(following-sibling::cell)">
        <xsl:apply-templates select="h:trailing-pbs(..)" mode="h:text"/>
      </xsl:if>
    </xsl:element>
  </xsl:template>

  <!-- references: to a page of this edition, to an element of a document, to the web -->
  <xsl:template match="ref" mode="h:text">
    <xsl:param name="pages" as="map(*)*" tunnel="yes"/>
    <xsl:variable name="target" select="normalize-space(@target)"/>
    <xsl:variable name="local" select="if (starts-with($target, '#')) then f:by-id(root(.))(substring($target, 2)) else ()"/>
    <xsl:variable name="href" as="xs:string?">
      <xsl:choose>
        <xsl:when test="$local/self::pb">
          <xsl:variable name="pb" select="$local"/>
          <xsl:sequence select="$h:pb-files(generate-id($pb)) ! (. || '#' || h:page-id($pb))"/>
        </xsl:when>
        <xsl:when test="exists($local)">
          <!-- the page of the outermost unit that holds the target (the first of them in page order) -->
          <xsl:variable name="into" select="if (exists($pages)) then ($local/ancestor-or-self::* ! $h:page-by-unit(generate-id(.)))[1] else ()"/>
          <xsl:sequence select="$into?href ! (. || (if ($local is $into?unit) then '' else '#' || $local/@xml:id))"/>
        </xsl:when>
        <xsl:when test="matches($target, '^https?://')">
          <xsl:sequence select="$target"/>
        </xsl:when>
      </xsl:choose>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="exists($href)"><a href="{$href}"><xsl:apply-templates mode="h:text"/></a></xsl:when>
      <xsl:otherwise><xsl:apply-templates mode="h:text"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="figure" mode="h:text">
    <span class="figure">[Figure<xsl:for-each select="head">: <xsl:apply-templates mode="h:text"/></xsl:for-each>]</span>
  </xsl:template>
  <xsl:template match="graphic | figDesc | gap | index" mode="h:text"/>

  <xsl:template match="titlePage" mode="h:text">
    <xsl:apply-templates mode="h:text"/>
  </xsl:template>

  <!-- An element's own xml:id as its HTML id, where it may be a link target. -->
  <xsl:template name="h:id">
    <xsl:param name="copy" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:if test="@xml:id and not($copy)">
      <xsl:attribute name="id" select="@xml:id"/>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
