// SPDX-License-Identifier: Apache-2.0
package org.teiedition.transform;

import net.sf.saxon.lib.Feature;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.trans.XPathException;
import org.teiedition.xml.SafeResources;
import org.teiedition.xml.SafeXml;

/**
 * The Saxon processor every stage shares, configured so that no transformation reaches outside: no
 * extension functions, no XInclude, no DTD; XML parsed by {@link SafeXml}; {@code doc()},
 * {@code document()} and {@code unparsed-text()} confined by {@link SafeResources}; no collections.
 */
public final class SaxonSetup {
    private SaxonSetup() {
    }

    public static Processor newProcessor() {
        Processor processor = new Processor(false);
        processor.setConfigurationProperty(Feature.ALLOW_EXTERNAL_FUNCTIONS, false);
        processor.setConfigurationProperty(Feature.XINCLUDE, false);
        processor.setConfigurationProperty(Feature.DTD_VALIDATION, false);
        // errors reach the user as diagnostics; Saxon must not also print them to stderr
        processor.getUnderlyingConfiguration().setErrorReporterFactory(config -> error -> { });
        processor.setConfigurationProperty(Feature.SOURCE_PARSER_CLASS, SafeXml.Reader.class.getName());
        var config = processor.getUnderlyingConfiguration();
        SafeResources resources = SafeResources.besideRequester();
        config.setResourceResolver(resources);
        config.setUnparsedTextURIResolver(resources);
        config.setCollectionFinder((context, uri) -> {
            throw new XPathException("collection \"" + uri + "\" refused: collections are not read", "FODC0002");
        });
        return processor;
    }
}
