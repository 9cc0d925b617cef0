<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: Apache-2.0 -->
<!--
  Around the text: metadata in <head>, the document's data and reading switch, footnotes (a call that
  opens the note in place, and the list of notes), the people register, "How to cite", downloads.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="https://tei-edition.org/ns/functions"
    xmlns:h="https://tei-edition.org/ns/html"
    xmlns:j="http://www.w3.org/2005/xpath-functions"
    xmlns="http://www.w3.org/1999/xhtml"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- ===== metadata ===== -->

  <xsl:template name="h:head">
    <xsl:param name="cite" as="map(*)"/>
    <xsl:param name="page" as="map(*)" tunnel="yes"/>
    <xsl:variable name="unit" select="$page?unit" as="element()"/>
    <xsl:variable name="root" select="root($unit)"/>
    <xsl:variable name="date" select="f:display-date($cite?date)"/>
    <xsl:variable name="pages" select="h:page-range($cite)"/>
    <xsl:variable name="author" select="if (count(f:units($unit)) = 1)
        then $root//titleStmt/author ! normalize-space()[. ne ''] else ()"/>
    <xsl:variable name="source" select="string-join((h:volume-line($cite), $pages), ', ')"/>
    <xsl:variable name="people" select="h:unit-people($unit)[not(ancestor::teiHeader) or h:mentions-in($unit, .)]"/>
    <meta charset="utf-8"/>
    <meta name="viewport" content="width=device-width, initial-scale=1"/>
    <title>
      <xsl:value-of select="string-join(($cite?title, $date), ', ')"/>
      <xsl:if test="$source"> · <xsl:value-of select="$source"/></xsl:if>
    </title>
    <meta name="description" content="{string-join((
        string-join(($cite?title, $date), ', ') || '.',
        if ($source) then 'Printed in ' || $source || '.' else (),
        'Web edition with the printed page breaks, notes, a register of people and the TEI and PDF to download.'), ' ')}"/>
    <link rel="schema.DC" href="http://purl.org/dc/elements/1.1/"/>
    <meta name="DC.title" content="{$cite?title}"/>
    <xsl:for-each select="$author"><meta name="DC.creator" content="{.}"/></xsl:for-each>
    <xsl:for-each select="$cite?date"><meta name="DC.date" content="{.}"/></xsl:for-each>
    <meta name="DC.type" content="Text"/>
    <meta name="DC.format" content="text/html"/>
    <meta name="DC.language" content="en"/>
    <xsl:if test="$source"><meta name="DC.source" content="{$source}"/></xsl:if>
    <xsl:for-each select="$cite?file"><meta name="DC.identifier" content="Department of State file {.}"/></xsl:for-each>
    <xsl:for-each select="$people"><meta name="DC.subject" content="{f:person-name(.)}"/></xsl:for-each>
    <xsl:for-each select="$root//publicationStmt/publisher ! normalize-space()[. ne '']"><meta name="DC.publisher" content="{.}"/></xsl:for-each>
    <xsl:for-each select="$root//publicationStmt/availability ! normalize-space()[. ne '']"><meta name="DC.rights" content="{.}"/></xsl:for-each>
    <xsl:if test="normalize-space($site-url)">
      <link rel="canonical" href="{$site-url || $page?href}"/>
    </xsl:if>
    <xsl:call-template name="h:highwire">
      <xsl:with-param name="cite" select="$cite"/>
      <xsl:with-param name="author" select="$author"/>
    </xsl:call-template>
    <link rel="stylesheet" href="{$h:css}"/>
    <script type="application/ld+json">
      <xsl:variable name="json" as="element(j:map)">
        <j:map>
          <j:string key="@context">https://schema.org</j:string>
          <j:string key="@type">Article</j:string>
          <j:string key="headline"><xsl:value-of select="$cite?title"/></j:string>
          <j:string key="name"><xsl:value-of select="$cite?title"/></j:string>
          <xsl:for-each select="$cite?date"><j:string key="dateCreated"><xsl:value-of select="."/></j:string></xsl:for-each>
          <xsl:if test="exists($author)">
            <j:map key="author">
              <j:string key="@type">Person</j:string>
              <j:string key="name"><xsl:value-of select="$author[1]"/></j:string>
            </j:map>
          </xsl:if>
          <j:string key="inLanguage">en</j:string>
          <xsl:for-each select="$cite?first-page"><j:string key="pageStart"><xsl:value-of select="."/></j:string></xsl:for-each>
          <xsl:for-each select="$cite?last-page"><j:string key="pageEnd"><xsl:value-of select="."/></j:string></xsl:for-each>
          <xsl:if test="normalize-space($site-url)">
            <j:string key="url"><xsl:value-of select="$site-url || $page?href"/></j:string>
          </xsl:if>
          <j:map key="isPartOf">
            <j:string key="@type">PublicationVolume</j:string>
            <j:string key="name"><xsl:value-of select="string-join(($cite?series, $cite?volume-title), ', ')"/></j:string>
            <xsl:for-each select="$cite?volume"><j:string key="volumeNumber"><xsl:value-of select="."/></j:string></xsl:for-each>
            <xsl:for-each select="$cite?year"><j:string key="datePublished"><xsl:value-of select="."/></j:string></xsl:for-each>
            <xsl:for-each select="$cite?publisher">
              <j:map key="publisher">
                <j:string key="@type">Organization</j:string>
                <j:string key="name"><xsl:value-of select="."/></j:string>
              </j:map>
            </xsl:for-each>
            <xsl:for-each select="$cite?series">
              <j:map key="isPartOf">
                <j:string key="@type">BookSeries</j:string>
                <j:string key="name"><xsl:value-of select="."/></j:string>
              </j:map>
            </xsl:for-each>
          </j:map>
          <xsl:if test="exists($people)">
            <j:array key="mentions">
              <xsl:for-each select="$people">
                <j:map>
                  <j:string key="@type">Person</j:string>
                  <j:string key="name"><xsl:value-of select="f:person-name(.)"/></j:string>
                </j:map>
              </xsl:for-each>
            </j:array>
          </xsl:if>
          <xsl:variable name="files" select="(h:href($pdf-href, $page?name) ! map{'type': 'application/pdf', 'href': .},
                                              h:href($tei-href, $page?name) ! map{'type': 'application/tei+xml', 'href': .})"/>
          <xsl:if test="exists($files)">
            <j:array key="encoding">
              <xsl:for-each select="$files">
                <j:map>
                  <j:string key="@type">MediaObject</j:string>
                  <j:string key="encodingFormat"><xsl:value-of select="?type"/></j:string>
                  <j:string key="contentUrl"><xsl:value-of select="$site-url || ?href"/></j:string>
                </j:map>
              </xsl:for-each>
            </j:array>
          </xsl:if>
        </j:map>
      </xsl:variable>
      <!-- "<", ">" and "&" as \u escapes: the JSON reads the same whether the page is parsed as HTML or XML -->
      <xsl:value-of select="xml-to-json($json) => replace('&lt;', '\\u003c') => replace('&gt;', '\\u003e') => replace('&amp;', '\\u0026')"/>
    </script>
  </xsl:template>

  <!-- Highwire Press tags, which reference managers (Zotero, Mendeley) and Google Scholar read. -->
  <xsl:template name="h:highwire">
    <xsl:param name="cite" as="map(*)"/>
    <xsl:param name="author" as="xs:string*"/>
    <xsl:param name="page" as="map(*)" tunnel="yes"/>
    <meta name="citation_title" content="{$cite?title}"/>
    <xsl:for-each select="$author"><meta name="citation_author" content="{.}"/></xsl:for-each>
    <xsl:for-each select="$cite?date[matches(., '^\d{4}')]">
      <meta name="citation_date" content="{replace(substring(., 1, 10), '-', '/')}"/>
    </xsl:for-each>
    <xsl:for-each select="$cite?year"><meta name="citation_publication_date" content="{.}"/></xsl:for-each>
    <xsl:variable name="book" select="string-join(($cite?series, $cite?volume-title), ', ')"/>
    <xsl:if test="$book"><meta name="citation_inbook_title" content="{$book}"/></xsl:if>
    <xsl:for-each select="$cite?volume"><meta name="citation_volume" content="{.}"/></xsl:for-each>
    <xsl:for-each select="$cite?first-page"><meta name="citation_firstpage" content="{.}"/></xsl:for-each>
    <xsl:for-each select="$cite?last-page"><meta name="citation_lastpage" content="{.}"/></xsl:for-each>
    <xsl:for-each select="$cite?publisher"><meta name="citation_publisher" content="{.}"/></xsl:for-each>
    <meta name="citation_language" content="en"/>
    <xsl:if test="normalize-space($site-url)">
      <meta name="citation_abstract_html_url" content="{$site-url || $page?href}"/>
      <xsl:for-each select="h:href($pdf-href, $page?name)"><meta name="citation_pdf_url" content="{$site-url || .}"/></xsl:for-each>
    </xsl:if>
  </xsl:template>

  <!-- "pp. 522–524", "p. 522" or nothing. -->
  <xsl:function name="h:page-range" as="xs:string?">
    <xsl:param name="cite" as="map(*)"/>
    <xsl:sequence select="if (empty($cite?first-page)) then ()
        else if (empty($cite?last-page) or $cite?last-page = $cite?first-page) then 'p. ' || $cite?first-page
        else 'pp. ' || $cite?first-page || '–' || $cite?last-page"/>
  </xsl:function>

  <!-- ===== under the title ===== -->

  <xsl:template name="h:document-data">
    <xsl:param name="page" as="map(*)" tunnel="yes"/>
    <xsl:variable name="cite" select="f:citation-data($page?unit)"/>
    <xsl:variable name="place" select="if (count(f:units($page?unit)) = 1)
        then root($page?unit)//profileDesc/creation/placeName ! normalize-space()[. ne ''] else ()"/>
    <p class="document-data">
      <xsl:for-each select="f:document-number($page?unit)">
        <span class="document-number">Document <xsl:value-of select="."/></span>
        <xsl:text> · </xsl:text>
      </xsl:for-each>
      <xsl:for-each select="$cite?date">
        <time datetime="{if (matches(., '^\d{4}(-\d{2}(-\d{2})?)?$')) then . else substring(., 1, 10)}">
          <xsl:value-of select="f:display-date(.)"/>
        </time>
        <xsl:if test="exists($place)">, <xsl:value-of select="$place[1]"/></xsl:if>
        <xsl:text> · </xsl:text>
      </xsl:for-each>
      <xsl:for-each select="h:page-range($cite)">
        <a href="#cite"><xsl:value-of select="."/></a>
        <xsl:text> of the printed volume</xsl:text>
      </xsl:for-each>
    </p>
  </xsl:template>

  <!-- A checkbox that switches the source's readings (shown by default) for the corrected ones: CSS only. -->
  <xsl:template name="h:reading-switch">
    <xsl:param name="page" as="map(*)" tunnel="yes"/>
    <xsl:variable name="count" select="count($page?unit//choice[sic and corr])"/>
    <xsl:if test="$count gt 0">
      <div class="reading-switch">
        <input type="checkbox" id="show-corr" aria-describedby="show-corr-hint"/>
        <xsl:text> </xsl:text>
        <label for="show-corr">Show corrected readings</label>
        <p id="show-corr-hint" class="hint">
          <xsl:text>The text keeps the source’s own </xsl:text>
          <xsl:value-of select="if ($count = 1) then 'error' else 'errors'"/>
          <xsl:text>, marked </xsl:text>
          <span class="choice-sample">like this</span>
          <xsl:text>; the switch shows the corrected </xsl:text>
          <xsl:value-of select="if ($count = 1) then 'reading' else 'readings'"/>
          <xsl:text>.</xsl:text>
        </p>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- ===== notes ===== -->

  <!-- The footnotes of a unit, in order (the rule shared by every output). -->
  <xsl:function name="h:footnotes" as="element(note)*">
    <xsl:param name="unit" as="element()"/>
    <xsl:sequence select="f:footnotes($unit)"/>
  </xsl:function>

  <!-- A footnote's key in ids ("65"), unique on its page. -->
  <xsl:function name="h:note-key" as="xs:string">
    <xsl:param name="note" as="element(note)"/>
    <xsl:param name="unit" as="element()"/>
    <xsl:variable name="all" select="h:footnotes($unit)"/>
    <xsl:variable name="n" select="normalize-space($note/@n)"/>
    <xsl:sequence select="if (matches($n, '^[A-Za-z0-9]+$') and count($all[normalize-space(@n) = $n]) = 1) then $n
                          else 'n' || (for $i in 1 to count($all) return $i[$all[$i] is $note])[1]"/>
  </xsl:function>

  <xsl:function name="h:note-label" as="xs:string">
    <xsl:param name="note" as="element(note)"/>
    <xsl:param name="unit" as="element()"/>
    <xsl:variable name="all" select="h:footnotes($unit)"/>
    <xsl:sequence select="(normalize-space($note/@n)[. ne ''],
                           string((for $i in 1 to count($all) return $i[$all[$i] is $note])[1]))[1]"/>
  </xsl:function>

  <!-- The call: a button that opens the note in place (popover, no script), and the note itself. -->
  <xsl:template match="note" mode="h:text">
    <xsl:param name="copy" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:param name="page" as="map(*)" tunnel="yes"/>
    <xsl:variable name="unit" select="$page?unit"/>
    <xsl:choose>
      <xsl:when test="$copy or ancestor::note or not(. intersect h:footnotes($unit))">
        <span class="note-inline"><xsl:apply-templates mode="h:text"/></span>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="key" select="h:note-key(., $unit)"/>
        <xsl:variable name="label" select="h:note-label(., $unit)"/>
        <button type="button" class="note-call" id="call-{$key}" popovertarget="pop-{$key}" style="anchor-name: --call-{$key}"><span
            class="visually-hidden">Note </span><xsl:value-of select="$label"/></button>
        <span class="note-popover" id="pop-{$key}" popover="auto" role="dialog" aria-label="Note {$label}" style="position-anchor: --call-{$key}">
          <span class="note-popover-head">
            <span class="note-popover-title">Note <xsl:value-of select="$label"/></span>
            <xsl:text> </xsl:text>
            <a href="#note-{$key}">In the list of notes</a>
          </span>
          <span class="note-body">
            <xsl:apply-templates mode="h:text">
              <xsl:with-param name="copy" select="true()" tunnel="yes"/>
              <xsl:with-param name="inline" select="true()" tunnel="yes"/>
            </xsl:apply-templates>
          </span>
          <button type="button" class="note-close" popovertarget="pop-{$key}" popovertargetaction="hide">Close</button>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The list of notes, each with a link back to its call. -->
  <xsl:template name="h:notes">
    <xsl:param name="page" as="map(*)" tunnel="yes"/>
    <xsl:variable name="unit" select="$page?unit"/>
    <xsl:variable name="notes" select="h:footnotes($unit)"/>
    <xsl:if test="$notes">
      <section id="notes" class="notes" aria-labelledby="notes-title">
        <h2 id="notes-title">Notes</h2>
        <ol class="notes-list">
          <xsl:for-each select="$notes">
            <xsl:variable name="key" select="h:note-key(., $unit)"/>
            <li id="note-{$key}">
              <span class="note-number"><xsl:value-of select="h:note-label(., $unit)"/></span>
              <span class="note-body">
                <xsl:apply-templates mode="h:text">
                  <xsl:with-param name="inline" select="true()" tunnel="yes"/>
                </xsl:apply-templates>
              </span>
              <xsl:text> </xsl:text>
              <a class="note-back" href="#call-{$key}"><span aria-hidden="true">↩</span><span
                  class="visually-hidden">Back to the call of note <xsl:value-of select="h:note-label(., $unit)"/></span></a>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- ===== people ===== -->

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
  <xsl:function name="h:unit-people" as="element()*">
    <xsl:param name="unit" as="element()"/>
    <xsl:variable name="mentioned" select="$unit//(persName | rs)[f:is-mention(.)] ! f:person(.)"/>
    <xsl:variable name="all" select="$mentioned | (if (count(f:units($unit)) = 1) then f:people($unit) else ())"/>
    <xsl:perform-sort select="$all">
      <xsl:sort select="f:person-sort-key(.)" lang="en"/>
    </xsl:perform-sort>
  </xsl:function>

  <!-- What the register says about a person: occupations, or the rest of a FRUS list entry. -->
  <xsl:function name="h:person-about" as="xs:string?">
    <xsl:param name="person" as="element()"/>
    <xsl:variable name="text" select="if ($person/self::person) then string-join($person/occupation ! normalize-space(), '; ')
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
                    <xsl:value-of select="if (current-grouping-key()) then 'p. ' || current-grouping-key() else 'this page'"/>
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

  <!-- The register of the whole site, as a printed index: name, then the pages, each linked. -->
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
            <xsl:text>: </xsl:text>
            <xsl:for-each-group select="current-group()" group-adjacent="?name">
              <xsl:if test="position() gt 1">; </xsl:if>
              <xsl:if test="count($pages[?name ne $pages[1]?name]) gt 0">
                <span class="index-document"><xsl:value-of select="current-grouping-key()"/></span>
                <xsl:text> </xsl:text>
              </xsl:if>
              <xsl:for-each select="current-group()">
                <xsl:if test="position() gt 1">, </xsl:if>
                <a href="{?href}"><xsl:value-of select="(?page[. ne ''], 'text')[1]"/></a>
              </xsl:for-each>
            </xsl:for-each-group>
          </li>
        </xsl:for-each-group>
      </ul>
    </section>
  </xsl:template>

  <!-- ===== citation ===== -->

  <!-- Chicago style (notes form), and the page anchors for a page-exact citation. -->
  <xsl:template name="h:cite">
    <xsl:param name="cite" as="map(*)"/>
    <xsl:param name="page" as="map(*)" tunnel="yes"/>
    <xsl:variable name="unit" select="$page?unit"/>
    <xsl:variable name="url" select="if (normalize-space($site-url)) then $site-url || $page?href else ()"/>
    <xsl:variable name="pbs" select="f:unit-pbs($unit)[@n]"/>
    <section id="cite" class="cite" aria-labelledby="cite-title">
      <h2 id="cite-title">How to cite</h2>
      <p>Cite the printed volume and its pages (Chicago style):</p>
      <p class="citation">
        <xsl:text>“</xsl:text>
        <xsl:value-of select="$cite?title"/>
        <xsl:text>,”</xsl:text>
        <xsl:for-each select="$cite?date"><xsl:text> </xsl:text><xsl:value-of select="f:display-date(.)"/>,</xsl:for-each>
        <xsl:for-each select="$cite?file"> file <xsl:value-of select="."/>,</xsl:for-each>
        <xsl:if test="exists(($cite?series, $cite?volume-title))">
          <xsl:text> in </xsl:text>
          <cite><xsl:value-of select="string-join(($cite?series, $cite?volume-title), ', ')"/></cite>
        </xsl:if>
        <xsl:for-each select="$cite?volume">, vol. <xsl:value-of select="."/></xsl:for-each>
        <xsl:variable name="imprint" select="string-join((string-join(($cite?place, $cite?publisher), ': '), $cite?year), ', ')"/>
        <xsl:if test="$imprint"> (<xsl:value-of select="$imprint"/>)</xsl:if>
        <xsl:for-each select="$cite?first-page">
          <xsl:text>, </xsl:text>
          <xsl:value-of select="string-join(distinct-values(($cite?first-page, $cite?last-page)), '–')"/>
        </xsl:for-each>
        <xsl:for-each select="$url">, <xsl:value-of select="."/></xsl:for-each>
        <xsl:text>.</xsl:text>
      </p>
      <xsl:if test="$pbs">
        <p>
          <xsl:text>To cite one page, give its number, and on the web its anchor: </xsl:text>
          <xsl:for-each select="$pbs">
            <xsl:if test="position() gt 1">, </xsl:if>
            <a href="#{h:page-id(.)}" class="page-anchor">p. <xsl:value-of select="@n"/></a>
          </xsl:for-each>
          <xsl:text> (</xsl:text>
          <code><xsl:value-of select="($url, $page?href)[1]"/>#<xsl:value-of select="h:page-id($pbs[last()])"/></code>
          <xsl:text>).</xsl:text>
        </p>
      </xsl:if>
    </section>
  </xsl:template>

  <!-- ===== downloads ===== -->

  <xsl:template name="h:downloads">
    <xsl:param name="page" as="map(*)" tunnel="yes"/>
    <xsl:variable name="pdf" select="h:href($pdf-href, $page?name)"/>
    <xsl:variable name="tei" select="h:href($tei-href, $page?name)"/>
    <xsl:variable name="epub" select="h:href($epub-href, $page?name)"/>
    <section id="downloads" class="downloads" aria-labelledby="downloads-title">
      <h2 id="downloads-title">Downloads</h2>
      <ul>
        <xsl:for-each select="$pdf">
          <li><a href="{.}" type="application/pdf">PDF</a>: the printed pages, page for page</li>
        </xsl:for-each>
        <xsl:for-each select="$epub">
          <li><a href="{.}" type="application/epub+zip">EPUB</a>: an ebook with the printed page numbers</li>
        </xsl:for-each>
        <xsl:for-each select="$tei">
          <li><a href="{.}" type="application/xml">TEI XML</a>: the encoded text, with its header and register of people</li>
        </xsl:for-each>
        <xsl:if test="empty(($pdf, $epub, $tei))">
          <li>None for this edition.</li>
        </xsl:if>
      </ul>
    </section>
  </xsl:template>
</xsl:stylesheet>
