// SPDX-License-Identifier: Apache-2.0
package org.teiedition.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.teiedition.series.SeriesFixture;

/**
 * The series site in Chromium, from file://: the landing page passes axe at desktop and phone width, and
 * the search across the volumes loads the term shards of the words asked and the indexes of only the
 * volumes that hold them.
 */
class SeriesBrowserTest {
    private static Path site;

    @BeforeAll
    static void start() throws Exception {
        HtmlBrowserTest.start();
        site = SeriesFixture.site();
    }

    @AfterAll
    static void stop() throws IOException {
        HtmlBrowserTest.stop();
    }

    @Test
    void aWordOfOneVolumeLoadsOnlyThatVolumesIndexAndFindsItsPages() {
        search("Archangel");
        assertEquals(List.of("volume-a/html/search-index.js"), indexesLoaded());
        assertEquals(List.of("volume-a"), volumesFound());
        List<WebElement> links = HtmlBrowserTest.driver.findElements(By.cssSelector("#hits a"));
        assertTrue(!links.isEmpty(), "results");
        for (WebElement link : links) {
            assertTrue(link.getAttribute("href").matches("file:.*/site/volume-a/html/d\\d\\.html#page-.+"), link.getAttribute("href"));
        }
        links.get(0).click();
        assertTrue(HtmlBrowserTest.driver.findElement(By.tagName("body")).getText().contains("Archangel"),
                "the page the result leads to holds the word");
    }

    @Test
    void aWordOfBothVolumesGivesResultsFromBoth() {
        search("telegram");
        assertEquals(List.of("volume-a/html/search-index.js", "volume-b/html/search-index.js"), indexesLoaded());
        assertEquals(List.of("volume-a", "volume-b"), volumesFound());
        assertEquals(List.of(), HtmlBrowserTest.consoleProblems());
    }

    @Test
    void aWordOfNoVolumeLoadsNoIndex() {
        search("zzyzx");
        assertEquals(List.of(), indexesLoaded());
        assertEquals("No page of the series holds every word.", HtmlBrowserTest.driver.findElement(By.id("status")).getText());
    }

    @Test
    void theLandingPageIsAccessibleAndFitsAPhone() {
        HtmlBrowserTest.driver.manage().window().setSize(new Dimension(1280, 900));
        HtmlBrowserTest.driver.get(site.resolve("index.html").toAbsolutePath().toUri().toString());
        HtmlBrowserTest.assertNoViolations("on the series page");
        HtmlBrowserTest.driver.manage().window().setSize(new Dimension(390, 844));
        search("telegram");
        HtmlBrowserTest.assertNoViolations("on the series page with results, 390 px wide");
        Number overflow = (Number) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertEquals(0, overflow.intValue(), "no sideways scrolling at 390 px");
        HtmlBrowserTest.driver.manage().window().setSize(new Dimension(1280, 900));
    }

    /**
     * The fixture's site, or the one {@code -Dseries.site=SITE} names (a site assembled from whole volumes): for each word of
     * {@code -Dseries.words} (default {@code telegram,Archangel}), the bytes of the scripts the query loaded
     * (shards and volume indexes) against the bytes of every index and shard, and the time from the query to
     * its results drawn.
     */
    @Test
    void theSeriesSearchOfASiteIsMeasured() throws IOException {
        String given = System.getProperty("series.site");
        Path measured = given == null ? site : Path.of(given);
        long all;
        try (var walk = Files.walk(measured)) {
            all = walk.filter(p -> p.getFileName().toString().equals("search-index.js") || p.getParent().getFileName().toString().equals("search"))
                    .mapToLong(p -> p.toFile().length()).sum();
        }
        for (String word : System.getProperty("series.words", "telegram,Archangel").split(",")) {
            search(measured, word);
            String base = measured.toAbsolutePath().toUri().toString();
            @SuppressWarnings("unchecked")
            List<String> loaded = ((List<String>) js("return Array.from(document.scripts, s => s.src)")).stream()
                    .filter(src -> src.endsWith("/search-index.js") || src.contains("/search/")).map(src -> src.substring(base.length())).toList();
            long bytes = loaded.stream().mapToLong(src -> measured.resolve(src).toFile().length()).sum();
            assertTrue(!loaded.isEmpty() && bytes <= all, word + ": the query loads some of the indexes and shards, never more: " + loaded);
            Number ms = (Number) js("""
                    return performance.getEntriesByName('series-results').length
                        ? performance.measure('m', 'series-query', 'series-results').duration : -1""");
            System.out.printf("series search %s: %s; loaded %d of %d index bytes (%s), results in %.0f ms%n", word,
                    HtmlBrowserTest.driver.findElement(By.id("status")).getText(), bytes, all, String.join(", ", loaded), ms.doubleValue());
        }
    }

    private static void search(String word) {
        search(site, word);
    }

    private static void search(Path site, String word) {
        HtmlBrowserTest.driver.get(site.resolve("index.html").toAbsolutePath().toUri().toString());
        WebElement box = HtmlBrowserTest.driver.findElement(By.id("q"));
        box.sendKeys(word);
        HtmlBrowserTest.driver.findElement(By.cssSelector("#series-search button")).click();
        new WebDriverWait(HtmlBrowserTest.driver, Duration.ofSeconds(20)).until(d -> {
            String status = d.findElement(By.id("status")).getText();
            return !status.isEmpty() && !status.startsWith("Searching");
        });
    }

    /** The volumes' search indexes the page loaded, as the scripts' addresses relative to the site. */
    @SuppressWarnings("unchecked")
    private static List<String> indexesLoaded() {
        String base = site.toAbsolutePath().toUri().toString();
        return ((List<String>) js("return Array.from(document.scripts, s => s.src)")).stream()
                .filter(src -> src.endsWith("/search-index.js")).map(src -> src.substring(base.length())).sorted().toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> volumesFound() {
        return (List<String>) js("return Array.from(document.querySelectorAll('#hits [data-volume]'), s => s.dataset.volume)");
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) HtmlBrowserTest.driver).executeScript(script);
    }
}
