// SPDX-License-Identifier: Apache-2.0
package org.teiedition.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.Edition;
import org.teiedition.publish.PublishOptions;

/**
 * One {@link Edition} shared by several threads publishing different documents at once gives the same
 * bytes as publishing them one after another: compiled resources are shared, per-call state is not.
 */
class ConcurrencyTest {
    static final int THREADS = 4;

    @TempDir
    Path dir;

    @Test
    void parallelPublishesEqualSequentialOnes() throws Exception {
        List<Path> documents = documents(Files.createDirectory(dir.resolve("in")));
        Edition edition = Run.EDITION;
        for (Path document : documents) {
            edition.publish(List.of(document), dir.resolve("seq").resolve(name(document)), PublishOptions.defaults());
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> results = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                for (Path document : documents) {
                    Path out = dir.resolve("par").resolve(name(document) + "-" + round);
                    results.add(pool.submit((Callable<Object>) () -> edition.publish(List.of(document), out, PublishOptions.defaults())));
                    results.add(pool.submit((Callable<Object>) () -> edition.text(document, PublishOptions.defaults())));
                }
            }
            for (Future<?> result : results) {
                result.get(10, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        for (Path document : documents) {
            for (int round = 0; round < 2; round++) {
                Trees.assertIdentical(dir.resolve("seq").resolve(name(document)), dir.resolve("par").resolve(name(document) + "-" + round));
            }
            assertEquals(edition.text(document, PublishOptions.defaults()), edition.text(document, PublishOptions.defaults()));
        }
    }

    /** The memorandum and three copies whose content differs. */
    static List<Path> documents(Path folder) throws Exception {
        String memo = Files.readString(Path.of("tei/memorandum.xml"));
        String lastParagraph = memo.substring(memo.lastIndexOf("<p>When the Ambassador left"), memo.lastIndexOf("</p>") + 4);
        return List.of(
                Files.writeString(folder.resolve("memorandum.xml"), memo),
                Files.writeString(folder.resolve("farewell.xml"), memo.replace("good-by", "farewell")),
                Files.writeString(folder.resolve("shorter.xml"), memo.replace(lastParagraph, "")),
                Files.writeString(folder.resolve("retitled.xml"), memo.replace("Memorandum of Conversation", "Memorandum of a Conversation")
                        .replace("frus1943v03-welles-litvinov", "frus1943v03-welles-litvinov-retitled")));
    }

    private static String name(Path document) {
        String file = document.getFileName().toString();
        return file.substring(0, file.length() - ".xml".length());
    }
}
