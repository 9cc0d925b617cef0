// SPDX-License-Identifier: Apache-2.0
package org.teiedition.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.print.Memorandum;

/** A command that writes never writes over its input, however the output's path is spelt. */
class OutputIsInputTest {
    @Test
    void textEpubAndPaginateRefuseToWriteOverTheTeiTheyRead(@TempDir Path folder) throws Exception {
        Path tei = folder.resolve("memo.xml");
        Files.copy(Memorandum.TEI, tei);
        byte[] before = Files.readAllBytes(tei);
        Files.createDirectories(folder.resolve("sub"));
        Path link = folder.resolve("link.xml");
        Files.createSymbolicLink(link, tei);
        for (String spelling : List.of(tei.toString(), folder.resolve("sub/../memo.xml").toString(), link.toString())) {
            for (String command : List.of("text", "epub", "paginate", "pdf")) {
                CliRun run = CliRun.run(Memorandum::edition, command, tei.toString(), "-o", spelling);
                assertEquals(2, run.status(), command + " -o " + spelling + ": " + run.err());
                assertTrue(run.err().contains("is the input"), run.err());
                assertArrayEquals(before, Files.readAllBytes(tei), command + " -o " + spelling + " left the TEI as it was");
            }
        }
    }
}
