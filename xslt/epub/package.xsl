<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: Apache-2.0 -->
<!--
  The EPUB's package document (metadata, manifest, spine) and navigation document (contents, page-list,
  landmarks). The page-list names every page break of the source, in order, by its folio.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="https://tei-edition.org/ns/functions"
    xmlns:h="https://tei-edition.org/ns/html"
    xmlns:e="https://tei-edition.org/ns/epub"
    xmlns:epub="http://www.idpf.org/2007/ops"
    xmlns:opf="http://www.idpf.org/2007/opf"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns="http://www.w3.org/1999/xhtml"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <!-- The cover image, which the renderer draws (f:epub-cover gives its words). -->
  <xsl:variable name="e:cover-image" as="xs:string" select="'cover.png'"/>

  <!-- Files the renderer adds beside the stylesheet's: path under EPUB/, media type, properties. -->
  <xsl:variable name="e:static" as="map(xs:string, xs:string)*" select="(
      map{'href': 'edition.css', 'type': 'text/css'},
      map{'href': 'licence.xhtml', 'type': 'application/xhtml+xml'},
      map{'href': $e:cover-image, 'type': 'image/png', 'properties': 'cover-image'},
      ('SourceSerif4_400Regular', 'SourceSerif4_400Regular_Italic', 'SourceSerif4_700Bold', 'SourceSerif4_700Bold_Italic')
        ! map{'href': 'fonts/' || . || '.ttf', 'type': 'font/ttf'})"/>

  <!-- Who states the book's conformance: epub-certified-by, else the edition's publisher, else the toolkit. -->
  <xsl:function name="e:certified-by" as="xs:string">
    <xsl:param name="tei" as="document-node()"/>
    <xsl:sequence select="(normalize-space($epub-certified-by)[. ne ''],
        $tei//teiHeader/fileDesc/publicationStmt/publisher ! normalize-space()[. ne ''], 'tei-edition')[1]"/>
  </xsl:function>

  <!-- The book's title: the document's when it holds one, else the volume's. -->
  <xsl:function name="e:book-title" as="xs:string">
    <xsl:param name="tei" as="document-node()"/>
    <xsl:sequence select="if (count(f:units($tei)) = 1) then f:unit-title(f:units($tei))
        else (h:volume-line(f:volume-data($tei))[. ne ''], f:unit-title(f:units($tei)[1]))[1]"/>
  </xsl:function>

  <!--
    The words of the cover, for the renderer to draw (org.teiedition.epub.Cover) and for the cover page's
    text alternative: the series; the title (the document's, or the volume's own title); the volume (the
    volume's title and number under a document's title, the number alone under the volume's title); the
    printed volume's year. A key without words is left out.
  -->
  <xsl:function name="f:epub-cover" as="map(xs:string, xs:string)" visibility="public">
    <xsl:variable name="tei" select="$documents[1]"/>
    <xsl:variable name="volume" select="f:volume-data($tei)"/>
    <xsl:variable name="single" select="count(f:units($tei)) = 1"/>
    <xsl:variable name="number" select="$volume?volume ! ('Volume ' || .)"/>
    <xsl:sequence select="map:merge((
        $volume?series[. ne ''] ! map{'series': .},
        map{'title': if ($single or empty($volume?volume-title)) then e:book-title($tei) else $volume?volume-title},
        string-join((if ($single) then $volume?volume-title else (), $number), ', ')[. ne ''] ! map{'volume': .},
        $volume?year[. ne ''] ! map{'year': .}))"
        xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
  </xsl:function>

  <!-- The cover's words as one text: the cover image's text alternative. -->
  <xsl:function name="e:cover-text" as="xs:string">
    <xsl:variable name="cover" select="f:epub-cover()"/>
    <xsl:sequence select="string-join(('series', 'title', 'volume', 'year') ! $cover(.), '. ')"/>
  </xsl:function>

  <!-- The cover page: the cover image, full height, its words as its text alternative. -->
  <xsl:template name="e:cover">
    <html lang="en" xml:lang="en">
      <xsl:namespace name="epub" select="'http://www.idpf.org/2007/ops'"/>
      <head>
        <meta charset="utf-8"/>
        <title>Cover</title>
        <link rel="stylesheet" type="text/css" href="{$h:css}"/>
      </head>
      <body class="cover">
        <section epub:type="cover" aria-label="Cover">
          <img epub:type="cover" role="doc-cover" class="cover" src="{$e:cover-image}" alt="{e:cover-text()}"/>
        </section>
      </body>
    </html>
  </xsl:template>

  <!-- "The printed volume": what the page numbers come from. -->
  <xsl:function name="e:print-source" as="xs:string">
    <xsl:param name="volume" as="map(*)"/>
    <xsl:variable name="line" select="h:volume-line($volume)"/>
    <xsl:sequence select="string-join((($line[. ne ''], 'The printed edition')[1],
        string-join(($volume?place, $volume?publisher, $volume?year), ', ')[. ne '']), ' (') ||
        (if (exists(($volume?place, $volume?publisher, $volume?year))) then ')' else '')"/>
  </xsl:function>

  <xsl:template name="e:package">
    <xsl:param name="pages" as="map(*)*" tunnel="yes"/>
    <xsl:variable name="tei" select="$documents[1]"/>
    <xsl:variable name="volume" select="f:volume-data($tei)"/>
    <xsl:variable name="title" select="e:book-title($tei)"/>
    <xsl:variable name="has-index" select="exists($tei//back//list[@type = 'index'] | $tei//back//div[@type = 'index'])"/>
    <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="en">
      <metadata>
        <xsl:namespace name="dc" select="'http://purl.org/dc/elements/1.1/'"/>
        <dc:identifier id="uid"><xsl:value-of select="$epub-identifier"/></dc:identifier>
        <dc:title><xsl:value-of select="$title"/></dc:title>
        <dc:language>en</dc:language>
        <!-- who made it, as the title statement says: its authors, its editors -->
        <xsl:for-each select="$tei//teiHeader/fileDesc/titleStmt/author[normalize-space()]">
          <dc:creator id="creator-{position()}"><xsl:value-of select="normalize-space()"/></dc:creator>
          <meta refines="#creator-{position()}" property="role" scheme="marc:relators">aut</meta>
        </xsl:for-each>
        <xsl:for-each select="$tei//teiHeader/fileDesc/titleStmt/editor[normalize-space()]">
          <dc:contributor id="contributor-{position()}"><xsl:value-of select="normalize-space()"/></dc:contributor>
          <meta refines="#contributor-{position()}" property="role" scheme="marc:relators">edt</meta>
        </xsl:for-each>
        <xsl:for-each select="$tei//teiHeader/fileDesc/publicationStmt/publisher ! normalize-space()[. ne '']">
          <dc:publisher><xsl:value-of select="."/></dc:publisher>
        </xsl:for-each>
        <!-- the printed volume's date: the text's; the book's own is dcterms:modified -->
        <xsl:for-each select="$volume?year[matches(., '^\d{4}(-\d{2}(-\d{2})?)?$')]">
          <dc:date><xsl:value-of select="."/></dc:date>
        </xsl:for-each>
        <!-- the terms the TEI states (availability, with its licence and the licence's address) -->
        <xsl:for-each select="$tei//teiHeader/fileDesc/publicationStmt/availability">
          <xsl:variable name="rights" select="string-join((normalize-space(), licence/@target[not(contains(current(), .))] ! normalize-space()), ' ')"/>
          <xsl:if test="normalize-space($rights)">
            <dc:rights><xsl:value-of select="normalize-space($rights)"/></dc:rights>
          </xsl:if>
        </xsl:for-each>
        <dc:source id="print-source"><xsl:value-of select="e:print-source($volume)"/></dc:source>
        <meta refines="#print-source" property="source-of">pagination</meta>
        <meta property="dcterms:modified"><xsl:value-of select="$epub-modified"/></meta>
        <!-- the text, and the cover image, whose words its text alternative gives -->
        <meta property="schema:accessMode">textual</meta>
        <meta property="schema:accessMode">visual</meta>
        <meta property="schema:accessModeSufficient">textual</meta>
        <xsl:for-each select="('structuralNavigation', 'tableOfContents', 'readingOrder', 'printPageNumbers', 'pageNavigation', 'alternativeText', 'index'[$has-index])">
          <meta property="schema:accessibilityFeature"><xsl:value-of select="."/></meta>
        </xsl:for-each>
        <meta property="schema:accessibilityHazard">none</meta>
        <meta property="schema:accessibilitySummary">
          <xsl:text>The text of the printed edition, with its headings as structure, a table of contents, </xsl:text>
          <xsl:text>and a marker at each printed page break (a page list leads to every printed page). </xsl:text>
          <xsl:text>Footnotes link to their calls and back. The only image is the cover, whose words </xsl:text>
          <xsl:text>(series, title, volume, year) its text alternative gives. </xsl:text>
          <xsl:text>The book meets EPUB Accessibility 1.1 and WCAG 2.1 at level AA.</xsl:text>
        </meta>
        <!-- the standard the book meets, and who says so (EPUBCheck and DAISY Ace check the toolkit's books) -->
        <meta property="dcterms:conformsTo" id="conformance">EPUB Accessibility 1.1 - WCAG 2.1 Level AA</meta>
        <meta property="a11y:certifiedBy" refines="#conformance"><xsl:value-of select="e:certified-by($tei)"/></meta>
        <meta property="pageBreakSource"><xsl:value-of select="e:print-source($volume)"/></meta>
        <!-- the cover for reading systems that know only EPUB 2's way of naming it -->
        <meta name="cover" content="{e:item-id($e:cover-image)}"/>
      </metadata>
      <manifest>
        <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
        <xsl:for-each select="$e:static">
          <item id="{e:item-id(?href)}" href="{?href}" media-type="{?type}">
            <xsl:if test="exists(?properties)">
              <xsl:attribute name="properties" select="?properties"/>
            </xsl:if>
          </item>
        </xsl:for-each>
        <item id="{e:item-id('cover.xhtml')}" href="cover.xhtml" media-type="application/xhtml+xml"/>
        <xsl:for-each select="$pages">
          <item id="{e:item-id(?file)}" href="{?file}" media-type="application/xhtml+xml"/>
        </xsl:for-each>
      </manifest>
      <spine>
        <itemref idref="{e:item-id('cover.xhtml')}"/>
        <xsl:for-each select="$pages">
          <itemref idref="{e:item-id(?file)}"/>
        </xsl:for-each>
        <itemref idref="{e:item-id('licence.xhtml')}" linear="no"/>
      </spine>
    </package>
  </xsl:template>

  <!-- A manifest id from a path: letters, digits, hyphens, starting with a letter. -->
  <xsl:function name="e:item-id" as="xs:string">
    <xsl:param name="href" as="xs:string"/>
    <xsl:sequence select="'i-' || replace($href, '[^A-Za-z0-9-]', '-')"/>
  </xsl:function>

  <!-- The navigation document. -->
  <xsl:template name="e:nav">
    <xsl:param name="pages" as="map(*)*" tunnel="yes"/>
    <xsl:variable name="tei" select="$documents[1]"/>
    <html lang="en" xml:lang="en">
      <xsl:namespace name="epub" select="'http://www.idpf.org/2007/ops'"/>
      <head>
        <meta charset="utf-8"/>
        <title>Contents</title>
        <link rel="stylesheet" type="text/css" href="{$h:css}"/>
      </head>
      <body>
        <nav epub:type="toc" role="doc-toc" id="toc" aria-labelledby="toc-title">
          <h1 id="toc-title">Contents</h1>
          <ol>
            <xsl:for-each select="$pages[?unit/self::front]">
              <li><a href="{?file}">Front matter</a></li>
            </xsl:for-each>
            <xsl:variable name="body" select="($tei//text/body, $tei//text)[1]"/>
            <xsl:choose>
              <xsl:when test="$pages[?unit is $body]">
                <li><a href="{$pages[?unit is $body]?file}"><xsl:value-of select="f:unit-title($body)"/></a></li>
              </xsl:when>
              <xsl:otherwise>
                <xsl:call-template name="e:toc-entries">
                  <xsl:with-param name="container" select="$body"/>
                </xsl:call-template>
              </xsl:otherwise>
            </xsl:choose>
            <xsl:for-each select="$pages[?unit/self::back or ?unit/self::text]">
              <li><a href="{?file}"><xsl:value-of select="e:title(.)"/></a></li>
            </xsl:for-each>
            <li><a href="{$h:font-licence}">Font licence</a></li>
          </ol>
        </nav>
        <nav epub:type="page-list" role="doc-pagelist" id="page-list" aria-labelledby="page-list-title" hidden="hidden">
          <h2 id="page-list-title">Pages</h2>
          <ol>
            <xsl:for-each select="$pages">
              <xsl:variable name="file" select="?file"/>
              <xsl:for-each select="?pbs">
                <li><a href="{$file}#{h:page-id(.)}"><xsl:value-of select="normalize-space(@n)"/></a></li>
              </xsl:for-each>
            </xsl:for-each>
          </ol>
        </nav>
        <nav epub:type="landmarks" id="landmarks" aria-labelledby="landmarks-title" hidden="hidden">
          <h2 id="landmarks-title">Landmarks</h2>
          <ol>
            <li><a epub:type="cover" href="cover.xhtml">Cover</a></li>
            <xsl:for-each select="$pages[?unit/self::div or ?unit/self::body][1]">
              <li><a epub:type="bodymatter" href="{?file}">Text</a></li>
            </xsl:for-each>
            <xsl:for-each select="$pages[?unit/self::back or ?unit/self::text]">
              <li><a epub:type="backmatter" href="{?file}"><xsl:value-of select="e:title(.)"/></a></li>
            </xsl:for-each>
          </ol>
        </nav>
      </body>
    </html>
  </xsl:template>

  <!-- The parts (compilations, chapters) that hold documents, nested, and the documents themselves. -->
  <xsl:template name="e:toc-entries">
    <xsl:param name="container" as="element()"/>
    <xsl:param name="pages" as="map(*)*" tunnel="yes"/>
    <xsl:for-each select="f:toc-children($container)">
      <xsl:variable name="entry" select="."/>
      <xsl:variable name="target" select="$pages[?unit is $entry]"/>
      <li>
        <xsl:choose>
          <xsl:when test="exists($target)">
            <a href="{$target?file}"><xsl:value-of select="f:numbered-title(.)"/></a>
          </xsl:when>
          <xsl:otherwise>
            <span><xsl:value-of select="(f:plain-text(head[1])[. ne ''], 'Part')[1]"/></span>
            <ol>
              <xsl:call-template name="e:toc-entries">
                <xsl:with-param name="container" select="."/>
              </xsl:call-template>
            </ol>
          </xsl:otherwise>
        </xsl:choose>
      </li>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
