<?xml version="1.0" encoding="UTF-8"?>
<!-- SPDX-License-Identifier: Apache-2.0 -->
<!--
  Print parameters (xslt/fo). Lengths are XSL-FO lengths. The stylesheet writes the design's sizes; the
  renderer sets a page at a smaller type scale by scaling the absolute font sizes of its page sequence
  and of its flow, so everything else in the flow is set in em relative to text-font-size.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:param="https://tei-edition.org/ns/param"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ef="https://tei-edition.org/ns/fo"
    exclude-result-prefixes="#all">

  <!--
    The page design, which sets the defaults of the parameters below (each can still be set alone):
      modern  the series' modern octavo: 6 × 9 in, 10 pt text on 12 pt, footnotes 8 pt.
      dense   the series' older volumes (printed from the 1860s to the 1950s, such as the 1918 volumes printed in
              1932): 6 × 9¼ in, documents set small (9.5 pt on 11 pt), footnotes 7.5 pt, compact
              tables (the List of Papers) and tighter spacing around headings, datelines and signatures.
              Their pages hold far more text than a modern page: set in the modern design, about
              four pages in ten of such a volume do not fit.
      large   the dense type on a larger page with a larger text block (6¾ × 10 in, narrower margins), as
              the densest early volumes were printed: their fullest pages hold twice a typical page's
              words and do not fit the dense page at a legible size.
      auto    (default) dense when the TEI was printed before 1960 (publicationStmt/date, the year of
              the printed volume the TEI transcribes), else modern; and the renderer, making the PDF with
              overflow=shrink, moves a volume on to the next larger design (modern, dense, large) when more
              than 1% of its pages fit the chosen one at no size from least-text-size up.
  -->
  <xsl:param name="page-design" as="xs:string" select="'auto'" param:values="auto modern dense large"/>
  <xsl:variable name="ef:design" as="xs:string" select="
      if ($page-design = ('modern', 'dense', 'large')) then $page-design
      else if (ef:printed-year() lt 1960) then 'dense' else 'modern'"/>
  <!--
    The design the renderer may try next for a volume whose pages do not fit this one ('' after the largest);
    it does so only when the editor left page-design to auto.
  -->
  <xsl:variable name="ef:larger-design" as="xs:string" select="map{'modern': 'dense', 'dense': 'large', 'large': ''}($ef:design)"/>
  <xsl:variable name="ef:dense" as="xs:boolean" select="$ef:design = ('dense', 'large')"/>
  <xsl:variable name="ef:large" as="xs:boolean" select="$ef:design eq 'large'"/>
  <!--
    The legibility floor: the least size, in points, the running text may be set at when pages are shrunk
    to fit (footnotes, tables and quoted matter, set smaller relative to it, shrink with it).
  -->
  <xsl:param name="least-text-size" as="xs:decimal" select="8" param:min="5" param:max="24"/>

  <!-- The year the TEI's volume was printed (publicationStmt/date), 9999 when unknown. -->
  <xsl:function name="ef:printed-year" as="xs:integer">
    <xsl:variable name="date" select="(root($ef:text)/tei:TEI/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:date)[1]"/>
    <xsl:variable name="year" select="(($date/@when, $date) ! replace(normalize-space(.), '^(\d{4}).*$', '$1'))[. castable as xs:integer][1]"/>
    <xsl:sequence select="if (exists($year)) then xs:integer($year) else 9999"/>
  </xsl:function>

  <!-- Trim size: a FRUS octavo volume. -->
  <xsl:param name="page-width" as="xs:string" select="if ($ef:large) then '6.75in' else '6in'" param:value="length" param:min="2in" param:max="20in"/>
  <xsl:param name="page-height" as="xs:string" select="if ($ef:large) then '10in' else if ($ef:dense) then '9.25in' else '9in'" param:value="length" param:min="2in" param:max="20in"/>
  <!--
    The press PDF only (the option for=press): how far beyond the trim the sheet is printed on every side, the
    printer's allowance for an imprecise cut (the BleedBox is the trim grown by it; the crop marks start
    beyond it). Ignored by the reader's PDF, which is the trimmed page.
  -->
  <xsl:param name="bleed" as="xs:string" select="'0.125in'" param:value="length" param:min="0in" param:max="0.5in"/>
  <!-- Whom the PDF is for, reader or press: set by the renderer from the option for, never by an edition parameter. -->
  <xsl:param name="pdf-for" as="xs:string" select="'reader'" param:value="toolkit"/>
  <xsl:variable name="ef:press" as="xs:boolean" select="$pdf-for eq 'press'"/>
  <!-- Margins; inner is the binding side (left on a recto, right on a verso). -->
  <xsl:param name="page-margin-top" as="xs:string" select="if ($ef:dense) then '0.45in' else '0.5in'" param:value="length" param:min="0in" param:max="3in"/>
  <xsl:param name="page-margin-bottom" as="xs:string" select="if ($ef:dense) then '0.5in' else '0.55in'" param:value="length" param:min="0in" param:max="3in"/>
  <xsl:param name="page-margin-inner" as="xs:string" select="if ($ef:large) then '0.7in' else '0.75in'" param:value="length" param:min="0in" param:max="3in"/>
  <xsl:param name="page-margin-outer" as="xs:string" select="if ($ef:large) then '0.55in' else '0.6in'" param:value="length" param:min="0in" param:max="3in"/>
  <!-- Room for the running head above the text, and for a foot folio below it. -->
  <xsl:param name="page-head-extent" as="xs:string" select="if ($ef:dense) then '20pt' else '24pt'" param:value="length" param:min="0pt" param:max="72pt"/>
  <xsl:param name="page-foot-extent" as="xs:string" select="'20pt'" param:value="length" param:min="0pt" param:max="72pt"/>
  <!-- How far the text of an opening page (no running head) starts below the top margin. -->
  <xsl:param name="page-opening-sink" as="xs:string" select="'12pt'" param:value="length" param:min="0pt" param:max="3in"/>

  <!--
    The font families, a fallback chain: each character is set in the first family that has a glyph for it
    (configured in FOP from the fonts shipped with the toolkit; a character none has fails the PDF).
  -->
  <xsl:param name="font-family" as="xs:string" select="'Source Serif 4, Noto Serif, Noto Sans SC'" param:value="fonts"/>
  <!-- Size of the running text in points, and its leading as a ratio of it. -->
  <xsl:param name="text-font-size" as="xs:decimal" select="if ($ef:dense) then 9.5 else 10" param:min="5" param:max="24"/>
  <xsl:param name="text-line-height" as="xs:decimal" select="if ($ef:dense) then 1.15 else 1.2" param:min="0.9" param:max="3"/>
  <!-- Paragraph indent, in em. -->
  <xsl:param name="text-indent" as="xs:decimal" select="1.5" param:min="0" param:max="10"/>
  <!-- Footnotes: size relative to the text, and their leading. -->
  <xsl:param name="note-font-size" as="xs:decimal" select="if ($ef:dense) then 0.79 else 0.8" param:min="0.5" param:max="1.5"/>
  <xsl:param name="note-line-height" as="xs:decimal" select="if ($ef:dense) then 1.1 else 1.15" param:min="0.9" param:max="3"/>
  <!--
    The footnotes' floor, in points: a page whose notes hold most of its text and that does not fit is set with its
    notes smaller, down to this size, before its text is (as a compositor sets such a page's notes, not the page).
  -->
  <xsl:param name="least-note-size" as="xs:decimal" select="7" param:min="4" param:max="24"/>
  <!--
    Quoted matter set off from the text (a block quotation, an enclosure or other attachment of a document):
    size relative to the text, smaller as the series' printers set it, so that the text around it keeps its size.
  -->
  <xsl:param name="quote-font-size" as="xs:decimal" select="0.9" param:min="0.5" param:max="1.5"/>
  <!-- Lists in the text (not the index, which has its own): size relative to the text, smaller as the series' printers set them. -->
  <xsl:param name="list-font-size" as="xs:decimal" select="0.9" param:min="0.5" param:max="1.5"/>
  <!-- Tables: size relative to the text, and their leading. -->
  <xsl:param name="table-font-size" as="xs:decimal" select="if ($ef:dense) then 0.84 else 0.9" param:min="0.5" param:max="1.5"/>
  <xsl:param name="table-line-height" as="xs:decimal" select="if ($ef:dense) then 1.08 else 1.15" param:min="0.9" param:max="3"/>
  <!-- Vertical space around headings, datelines, signatures and blocks, as a factor of the design's. -->
  <xsl:param name="space-factor" as="xs:decimal" select="if ($ef:dense) then 0.6 else 1" param:min="0" param:max="5"/>
  <!-- Running heads and folios, in points (not scaled: they are outside the text). -->
  <xsl:param name="head-font-size" as="xs:decimal" select="8" param:min="5" param:max="24"/>
  <!-- The verso running head; empty: made from the series title, year and volume of the source. -->
  <xsl:param name="head-verso" as="xs:string" select="''" param:value="text"/>
  <!-- The recto running head; empty: the chapter's heading, else the kind of document (its heading to the first comma). -->
  <xsl:param name="head-recto" as="xs:string" select="''" param:value="text"/>

  <!--
    Where the pages come from: source (the text's page breaks, one PDF page each) or new (a first print:
    the text flows into pages, which the renderer then writes into the text as page breaks). The toolkit
    sets it; an editor chooses it with the pagination option, not this parameter.
  -->
  <xsl:param name="pagination" as="xs:string" select="'source'" param:value="toolkit"/>
  <xsl:variable name="ef:new-pagination" as="xs:boolean" select="$pagination eq 'new'"/>
  <!-- A first print: the folio of the body's first page. -->
  <xsl:param name="first-folio" as="xs:integer" select="1" param:min="1" param:max="99999"/>
  <!-- A first print: a part or chapter begins on a recto (recto, leaving the verso before it blank when it must) or on the next page (page). -->
  <xsl:param name="chapter-start" as="xs:string" select="'recto'" param:values="recto page"/>

  <!--
    Lists of short items (names, places, ships) are set in as many columns as fit the text's measure, up
    to this many; 1: every list one item to a line.
  -->
  <xsl:param name="list-columns" as="xs:integer" select="4" param:min="1" param:max="4"/>

  <!-- Types of a division's head that give the short form of its title for running heads (not printed in the text). -->
  <xsl:param name="short-head-types" as="xs:string*" select="('running', 'short')" param:value="text"/>
  <xsl:variable name="ef:short-head-types" as="xs:string*" select="$short-head-types"/>
  <!-- Whether a head is such a short form: the verifier asks (org.teiedition.transform.PageModel), so that it reads what print prints. -->
  <xsl:function name="ef:is-short-head" visibility="public" as="xs:boolean">
    <xsl:param name="head" as="element(tei:head)"/>
    <xsl:sequence select="$head/@type = $ef:short-head-types"/>
  </xsl:function>

  <!--
    Advance widths of the regular font in em, by code point: the renderer reads them from the font FOP
    embeds, for measuring running heads before layout. Empty: 0.6 em per character is assumed.
  -->
  <xsl:param name="glyph-widths" as="map(xs:integer, xs:decimal)" select="map{}" param:value="toolkit"/>
  <!--
    The most the renderer may set a page above the design's type size, as a factor (it may set a volume
    larger when its pages have room): what must fit at any size the page may be set at is measured at this one.
  -->
  <xsl:param name="most-scale" as="xs:decimal" select="1" param:value="toolkit"/>
  <!--
    The source pages (by index) whose page sequences the renderer asks for, the FO of the others being the same
    as in its last transformation of the text; empty: every page.
  -->
  <xsl:param name="only-pages" as="xs:integer*" select="()" param:value="toolkit"/>

</xsl:stylesheet>
