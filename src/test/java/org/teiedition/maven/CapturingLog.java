// SPDX-License-Identifier: Apache-2.0
package org.teiedition.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;

/** A goal's log whose errors and warnings are kept, a line each, for a test to read. */
final class CapturingLog extends SystemStreamLog {
    final List<String> errors = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    @Override
    public void error(CharSequence content) {
        errors.add(content.toString());
    }

    @Override
    public void warn(CharSequence content) {
        warnings.add(content.toString());
    }
}
