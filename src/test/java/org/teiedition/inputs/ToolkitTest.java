// SPDX-License-Identifier: Apache-2.0
package org.teiedition.inputs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.teiedition.inputs.Toolkit;

/** The running toolkit: its fonts are listed from its own classes, a snapshot is identified by its content. */
class ToolkitTest {
    @Test
    void listsItsFonts() throws Exception {
        List<String> fonts = Toolkit.running().list("fonts/");
        assertTrue(fonts.contains("fonts/SourceSerif4_400Regular.ttf"), fonts.toString());
        assertEquals(List.of(), Toolkit.running().list("no-such-folder/"));
    }

    @Test
    void aSnapshotIsIdentifiedByItsCode() throws Exception {
        Map<String, String> identity = Toolkit.running().identity();
        assertTrue(identity.containsKey("toolkit:version"), identity.toString());
        if (identity.get("toolkit:version").endsWith("-SNAPSHOT")) {
            assertEquals(64, identity.get("toolkit:build").length());
        }
        assertEquals(identity, Toolkit.running().identity());
    }
}
