// SPDX-License-Identifier: Apache-2.0
package org.teiedition.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.transform.sax.SAXSource;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import org.teiedition.xml.SafeXml;
import org.xml.sax.InputSource;

/**
 * A rendered site read back: every page parsed with the toolkit's secure XML parser (the pages are
 * the XHTML syntax of HTML5, so a page that does not parse is not well-formed), queried with XPath.
 */
final class Site {
    private static final Processor PROCESSOR = new Processor(false);

    private final Path folder;
    private final Map<String, XdmNode> pages = new HashMap<>();

    Site(Path folder) throws IOException, SaxonApiException {
        this.folder = folder;
        DocumentBuilder builder = PROCESSOR.newDocumentBuilder();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.filter(f -> f.toString().endsWith(".html")).toList()) {
                InputSource input = new InputSource(file.toUri().toString());
                pages.put(file.getFileName().toString(), builder.build(new SAXSource(SafeXml.newReader(), input)));
            }
        }
    }

    List<String> pages() {
        return pages.keySet().stream().sorted().toList();
    }

    XdmValue select(String page, String xpath) throws SaxonApiException {
        XPathCompiler compiler = PROCESSOR.newXPathCompiler();
        compiler.declareNamespace("", "http://www.w3.org/1999/xhtml");
        return compiler.evaluate(xpath, pages.get(page));
    }

    String value(String page, String xpath) throws SaxonApiException {
        return select(page, xpath).itemAt(0).getStringValue();
    }

    /** The string value of every item found. */
    List<String> strings(String page, String xpath) throws SaxonApiException {
        List<String> all = new ArrayList<>();
        select(page, xpath).forEach(item -> all.add(item.getStringValue()));
        return all;
    }

    /** The string value of the first element found, whitespace normalized. */
    String text(String page, String xpath) throws SaxonApiException {
        XdmValue found = select(page, xpath);
        if (found.size() == 0) {
            throw new AssertionError("nothing at " + xpath + " in " + page);
        }
        return found.itemAt(0).getStringValue().replaceAll("\\s+", " ").strip();
    }

    /** Links inside the site (href and src) whose file or #anchor does not exist. */
    List<String> brokenLinks() throws SaxonApiException {
        List<String> broken = new ArrayList<>();
        Map<String, Set<String>> ids = new HashMap<>();
        for (String page : pages()) {
            Set<String> own = new HashSet<>();
            for (XdmItem id : select(page, "//@id")) {
                own.add(id.getStringValue());
            }
            ids.put(page, own);
        }
        for (String page : pages()) {
            for (XdmItem link : select(page, "//(@href | @src)[not(parent::*:link[@rel = 'schema.DC'])]")) {
                String href = link.getStringValue();
                if (href.matches("^[a-z]+:.*")) {
                    broken.add(page + ": external link " + href);
                    continue;
                }
                int hash = href.indexOf('#');
                String file = hash < 0 ? href : href.substring(0, hash);
                String anchor = hash < 0 ? null : href.substring(hash + 1);
                String target = file.isEmpty() ? page : file;
                if (!Files.isRegularFile(folder.resolve(target))) {
                    broken.add(page + ": " + href + " (no file)");
                } else if (anchor != null && target.endsWith(".pdf")) {
                    if (!anchor.matches("page=\\d+")) {
                        broken.add(page + ": " + href + " (PDF fragment)");
                    }
                } else if (anchor != null && (!pages.containsKey(target) || !ids.get(target).contains(anchor))) {
                    broken.add(page + ": " + href + " (no element with that id)");
                }
            }
            for (XdmItem target : select(page, "//@popovertarget | //@aria-labelledby | //@aria-describedby")) {
                if (!ids.get(page).contains(target.getStringValue())) {
                    broken.add(page + ": reference to id " + target.getStringValue());
                }
            }
        }
        return broken;
    }

    List<String> duplicateIds() throws SaxonApiException {
        List<String> duplicates = new ArrayList<>();
        for (String page : pages()) {
            Set<String> seen = new HashSet<>();
            for (XdmItem id : select(page, "//@id")) {
                if (!seen.add(id.getStringValue())) {
                    duplicates.add(page + ": " + id.getStringValue());
                }
            }
        }
        return duplicates;
    }
}
