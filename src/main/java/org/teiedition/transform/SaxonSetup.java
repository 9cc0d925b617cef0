// SPDX-License-Identifier: Apache-2.0
package org.teiedition.transform;

import net.sf.saxon.lib.Feature;
import net.sf.saxon.s9api.Processor;

/** The Saxon processor every stage shares, configured so that no transformation reaches outside. */
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
        return processor;
    }
}
