<?xml version="1.0" encoding="UTF-8"?>
<!-- The edition's print stylesheet: the toolkit's, taken from the plugin, with nothing changed yet. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="https://tei-edition.org/xslt/fo/edition-fo.xsl"/>
</xsl:stylesheet>
