// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

/**
 * FOP and PDFBox log through commons-logging. Their problems reach the toolkit as FOP events,
 * exceptions and checked results, so their log output is switched off, unless the user chose a logger
 * with the system property {@code org.apache.commons.logging.Log}. Call before either library logs.
 */
public final class QuietLogging {
    private static final String PROPERTY = "org.apache.commons.logging.Log";

    private QuietLogging() {
    }

    public static void ensure() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, "org.apache.commons.logging.impl.NoOpLog");
        }
    }
}
