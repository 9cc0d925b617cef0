// SPDX-License-Identifier: Apache-2.0
package org.teiedition.build;

/** Where a build says what it does (Maven's log, for the plugin). Called from the build's own thread only. */
public interface BuildLog {
    void info(String message);

    void debug(String message);

    /** A log that drops everything. */
    static BuildLog silent() {
        return new BuildLog() {
            @Override
            public void info(String message) {
            }

            @Override
            public void debug(String message) {
            }
        };
    }
}
