// SPDX-License-Identifier: Apache-2.0
package org.teiedition.web;

import org.teiedition.print.Overflow;
import org.teiedition.validate.ValidationMode;
import org.teiedition.publish.PublishOptions;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.interactions.Actions;
import org.teiedition.Edition;
import org.teiedition.io.AtomicOutput;

/**
 * The web edition in a real browser: Debian's chromium and chromedriver, never a downloaded one. The
 * site is loaded from file://. Screenshots go to target/screenshots/.
 */
class HtmlBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SITE = Path.of("target/browser-site/html");
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    static ChromeDriver driver;
    static Path profile;
    static Path slice;
    static Path searchSite;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests skipped: no " + CHROMIUM + " or " + CHROMEDRIVER
                        + "; install them with: apt-get install chromium chromium-driver");
        Files.createDirectories(SITE.getParent());
        Edition.create().html(List.of(Path.of("tei/memorandum.xml")), SITE, PublishOptions.defaults());
        profile = Files.createTempDirectory("tei-edition-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars", "--force-device-scale-factor=1", "--user-data-dir=" + profile.toAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            AtomicOutput.deleteTree(profile);
        }
    }

    @BeforeEach
    void open() {
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.manage().logs().get(LogType.BROWSER); // start each test with an empty log
        driver.get(url("index.html"));
    }

    @Test
    void thePageLoadsWithoutConsoleErrorsAndWithItsFont() {
        Object fontLoaded = js("return document.fonts.ready.then(() => document.fonts.check('16px \"Source Serif 4\"'))");
        assertEquals(List.of(), consoleProblems());
        assertEquals(Boolean.TRUE, fontLoaded, "Source Serif 4 loaded from the site");
        assertEquals("Memorandum of Conversation, by the Under Secretary of State (Welles)",
                driver.findElement(By.tagName("h1")).getText());
    }

    @Test
    void everyInternalLinkAndAnchorResolves() {
        @SuppressWarnings("unchecked")
        List<String> broken = (List<String>) js("""
                const broken = [];
                for (const a of document.querySelectorAll('a[href]')) {
                  const url = new URL(a.getAttribute('href'), document.baseURI);
                  if (url.protocol !== 'file:') { if (a.rel !== 'schema.DC') broken.push('external: ' + a.href); continue; }
                  const here = url.pathname === location.pathname;
                  if (here && url.hash && !document.getElementById(decodeURIComponent(url.hash.slice(1))))
                    broken.push('no anchor: ' + a.getAttribute('href'));
                  if (!here) broken.push('file: ' + url.pathname);
                }
                for (const b of document.querySelectorAll('[popovertarget]'))
                  if (!document.getElementById(b.getAttribute('popovertarget'))) broken.push('popover: ' + b.outerHTML);
                return broken;""");
        List<String> missing = new ArrayList<>();
        for (String problem : broken) {
            if (problem.startsWith("file: ")) {
                if (!Files.isRegularFile(Path.of(problem.substring(6)))) {
                    missing.add(problem);
                }
            } else {
                missing.add(problem);
            }
        }
        assertEquals(List.of(), missing);
        // following an anchor in the browser scrolls its target into view
        driver.findElement(By.cssSelector("#cite a[href='#page-523']")).click();
        assertTrue(driver.getCurrentUrl().endsWith("#page-523"));
        assertTrue(inViewport(driver.findElement(By.id("page-523"))));
    }

    @Test
    void aNoteOpensInPlaceByKeyboard() throws IOException {
        WebElement call = driver.findElement(By.id("call-65"));
        WebElement note = driver.findElement(By.id("pop-65"));
        assertFalse(note.isDisplayed());
        js("document.getElementById('mention-stalin-1').focus()");
        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertEquals(call, driver.switchTo().activeElement(), "Tab from the mention before it reaches the note call");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        assertTrue(note.isDisplayed(), "Enter opens the note");
        assertTrue(note.getText().contains("Foreign Relations, The Soviet Union, 1933–1939"), note.getText());
        assertTrue(inViewport(note));
        assertEquals(url("index.html"), driver.getCurrentUrl(), "the reader stays in the text");
        viewport("desktop-1280-note-open");
        assertNoViolations("with the note open");
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        assertFalse(note.isDisplayed(), "Escape closes it");
        assertEquals(call, driver.switchTo().activeElement(), "focus returns to the call");
    }

    @Test
    void aPageMarkerIsReadApartFromTheWordsAroundIt() {
        // the source: "achievement of <pb n="523"/>that kind"
        WebElement paragraph = driver.findElement(By.xpath("//p[.//*[@id = 'page-523']]"));
        assertTrue(paragraph.getText().contains("achievement of [Page 523] that kind"), paragraph.getText());
        WebElement marker = driver.findElement(By.id("page-523"));
        assertEquals("Page 523", marker.getAccessibleName(), "a screen reader names the page");
    }

    @Test
    void aListOfShortNamesIsInColumnsOnAWideScreenAndInOneOnAPhone() throws Exception {
        Path site = Path.of("target/browser-site/columns");
        Edition.create().html(List.of(Path.of("src/test/resources/columns/ships.xml")), site, PublishOptions.defaults());
        driver.get(pageWith(site, ">Dolphin<"));
        assertEquals(0, driver.findElements(By.xpath("//ul[contains(@class, 'columns')][li[starts-with(., 'That the')]]")).size(),
                "long items one to a line");
        WebElement ships = driver.findElement(By.cssSelector("ul.columns"));
        List<?> wide = listLayout(ships);
        List<?> names = (List<?>) wide.get(0);
        assertEquals(90, names.size());
        assertEquals(List.of("Alabama", "Albany", "Alert"), names.subList(0, 3), "the list's order");
        assertTrue(((Number) wide.get(1)).intValue() >= 2, "columns at 1280 px: " + wide.get(1));
        assertEquals(Boolean.TRUE, wide.get(2), "read down each column, then the next to the right");
        js("arguments[0].scrollIntoView()", ships);
        viewport("desktop-1280-columns");
        driver.manage().window().setSize(new Dimension(390, 844));
        List<?> phone = listLayout(ships);
        assertEquals(names, phone.get(0), "the same order on a phone");
        assertEquals(1, ((Number) phone.get(1)).intValue(), "one column at 390 px");
        assertEquals(0, ((Number) phone.get(3)).intValue(), "no sideways scrolling at 390 px");
        js("arguments[0].scrollIntoView()", ships);
        viewport("phone-390-columns");
        assertNoViolations("with a list in columns");
        // the ports: a numbered list inside a paragraph, a block of its own
        driver.get(pageWith(site, "Acapulco"));
        WebElement ports = driver.findElement(By.xpath("//p/span[contains(@class, 'columns')]"));
        assertEquals(1, ((Number) listLayout(ports).get(1)).intValue(), "the ports in one column at 390 px");
        driver.manage().window().setSize(new Dimension(1280, 900));
        List<?> widePorts = listLayout(ports);
        assertEquals("1. Acapulco", ((List<?>) widePorts.get(0)).get(0));
        assertTrue(((Number) widePorts.get(1)).intValue() >= 2, "the ports in columns at 1280 px: " + widePorts.get(1));
        assertEquals(Boolean.TRUE, widePorts.get(2), "read down each column");
    }

    /**
     * A list's layout: its items' texts in order, how many distinct left edges they have (columns), whether each
     * is below the one before or right of it, and how far the page scrolls sideways.
     */
    private static List<?> listLayout(WebElement list) {
        return (List<?>) js("""
                const items = [...arguments[0].children];
                return [items.map(li => li.textContent), new Set(items.map(li => Math.round(li.getBoundingClientRect().left))).size,
                  items.every((li, i) => i === 0 || li.getBoundingClientRect().top > items[i - 1].getBoundingClientRect().top
                    || li.getBoundingClientRect().left > items[i - 1].getBoundingClientRect().left),
                  document.documentElement.scrollWidth - document.documentElement.clientWidth];""", list);
    }

    /** The URL of the site's page holding a text. */
    private static String pageWith(Path site, String text) throws IOException {
        try (var files = Files.walk(site)) {
            return files.filter(f -> f.toString().endsWith(".html")).filter(f -> read(f).contains(text)).findFirst().orElseThrow()
                    .toAbsolutePath().toUri().toString();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anItemThatShowsItsOwnNumberHasNoBulletBesideIt(@TempDir Path temp) throws Exception {
        Path tei = temp.resolve("lists.xml");
        Files.writeString(tei, Files.readString(Path.of("tei/memorandum.xml")).replace("<p>When the Ambassador left",
                "<list><label>(1)</label><item>Urgent payment;</item><label>(2)</label><item>For adjusting obligations.</item></list>"
                + "<list><item>Chile</item><item>Mexico</item></list>"
                + "<p>He named the terms: <list><item>that the Government would meet the interest on the loan in London;</item>"
                + "<item>that the other claims would go to a commission.</item></list> Then he left.</p><p>When the Ambassador left"));
        Path site = Path.of("target/browser-site/lists");
        Edition.create().html(List.of(tei), site, PublishOptions.defaults());
        driver.get(site.resolve("index.html").toAbsolutePath().toUri().toString());
        WebElement numbered = driver.findElement(By.cssSelector("#text li.labelled"));
        assertEquals("(1) Urgent payment;", numbered.getText());
        assertEquals("none", numbered.getCssValue("list-style-type"), "the printed label, and no bullet beside it");
        assertEquals("disc", driver.findElement(By.xpath("//li[. = 'Chile']")).getCssValue("list-style-type"), "a plain list keeps its bullets");
        // a list inside a paragraph: its items one to a line, not run together with the text
        List<WebElement> terms = driver.findElements(By.xpath("//p/span[contains(@class, 'list')]/span[contains(@class, 'item')]"));
        assertEquals(2, terms.size());
        assertTrue(terms.get(1).getRect().getY() > terms.get(0).getRect().getY() + terms.get(0).getRect().getHeight() / 2,
                "the second item on a line of its own");
        assertEquals(terms.get(0).getRect().getX(), terms.get(1).getRect().getX(), "the items start at one indent");
        assertNoViolations("with lists");
        js("arguments[0].scrollIntoView()", numbered);
        viewport("desktop-1280-lists");
    }

    @Test
    void theSwitchShowsTheCorrectedReadingAndBack() {
        WebElement choice = driver.findElement(By.cssSelector(".choice"));
        assertEquals("organizaton", choice.getText());
        WebElement box = driver.findElement(By.id("show-corr"));
        js("arguments[0].focus()", box);
        new Actions(driver).sendKeys(Keys.SPACE).perform();
        assertTrue(box.isSelected());
        assertEquals("organization", choice.getText());
        assertNoViolations("with corrected readings");
        new Actions(driver).sendKeys(Keys.SPACE).perform();
        assertEquals("organizaton", choice.getText());
    }

    @Test
    void theFocusIsVisibleAndTheSkipLinkLeadsToTheText() {
        new Actions(driver).sendKeys(Keys.TAB).perform();
        WebElement skip = driver.switchTo().activeElement();
        assertEquals("Skip to the text", skip.getText());
        assertTrue(inViewport(skip), "the skip link shows when focused");
        assertFalse("none".equals(skip.getCssValue("outline-style")), "focus is visible");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        assertTrue(driver.getCurrentUrl().endsWith("#text"));
    }

    @Test
    void axeFindsNoViolationsAtDesktopAndPhoneWidth() throws IOException {
        assertNoViolations("at 1280 px");
        screenshot("desktop-1280");
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.get(url("index.html"));
        Number overflow = (Number) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertEquals(0, overflow.intValue(), "no sideways scrolling at phone width");
        assertNoViolations("at 390 px");
        screenshot("phone-390");
        driver.get(url("index.html") + "#notes");
        viewport("phone-390-notes-people");
        driver.get(url("index.html") + "#cite");
        viewport("phone-390-cite");
        driver.get(url("index.html"));
        driver.findElement(By.id("call-65")).sendKeys(Keys.ENTER);
        viewport("phone-390-note-open");
    }

    @Test
    void thePrintStylesheetLeavesTheControlsOut() throws Throwable {
        printed(() -> {
            assertFalse(driver.findElement(By.cssSelector(".reading-switch")).isDisplayed());
            assertFalse(driver.findElement(By.cssSelector(".site-header nav")).isDisplayed());
            assertTrue(driver.findElement(By.id("notes")).isDisplayed());
            assertTrue(driver.findElement(By.id("page-523")).isDisplayed());
            screenshot("print-emulated");
        });
    }

    @Test
    void thePrintStylesheetLeavesTheSearchBoxOut() throws Throwable {
        driver.get(page(volumeSlice(), "d2.html"));
        WebElement box = driver.findElement(By.cssSelector(".search-box"));
        assertTrue(box.isDisplayed(), "on screen, every page of a volume has the search box");
        printed(() -> {
            assertFalse(box.isDisplayed(), "a printed page has no search box");
            assertTrue(driver.findElement(By.id("page-3")).isDisplayed());
            screenshot("print-emulated-volume-document");
        });
    }

    /** Checks the page as the print stylesheet sets it. */
    private static void printed(Executable checks) throws Throwable {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            checks.execute();
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void aNoteBesideItsCallLeavesThePageBehindItAsItIsAndACentredOneDimsIt() throws IOException {
        driver.findElement(By.id("call-65")).sendKeys(Keys.ENTER);
        assertTrue(driver.findElement(By.id("pop-65")).isDisplayed());
        assertEquals("rgba(0, 0, 0, 0)", backdrop("pop-65"), "at 1280 px the note opens beside its call: the page is not greyed");
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.get(url("index.html"));
        driver.findElement(By.id("call-65")).sendKeys(Keys.ENTER);
        assertEquals("rgba(0, 0, 0, 0.15)", backdrop("pop-65"), "on a phone the note is centred and the page behind it dimmed");
        viewport("phone-390-note-open-backdrop");
    }

    /** The background of an element's ::backdrop, as computed. */
    private static String backdrop(String id) {
        return (String) js("return getComputedStyle(document.getElementById(arguments[0]), '::backdrop').backgroundColor", id);
    }

    @Test
    void aVolumesPagesDoNotScrollSidewaysAtPhoneWidth() throws Exception {
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            // chapters whose titles are longer than a phone is wide, as the volumes' are: the search's chapter facet lists them
            Path slice = Path.of("src/test/resources/web/frus1918Russiav03-p1.xml");
            Path folder = Files.createDirectories(Path.of("target/browser-site/long-chapters"));
            Path first = Files.copy(slice, folder.resolve("first.xml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Path second = Files.writeString(folder.resolve("second.xml"), Files.readString(slice).replace("Soviet Financial\n                        Decrees",
                    "Soviet Financial Decrees, with the Negotiations for Further Credits and the Purchases of Supplies in the United States"));
            Path site = folder.resolve("site");
            Edition.create().html(List.of(first, second), site, PublishOptions.defaults());
            for (String page : List.of("index.html", "search.html", "second-d2.html")) {
                driver.get(page(site, page) + (page.equals("search.html") ? "?q=Petrograd%20telegram" : ""));
                Number overflow = (Number) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                assertEquals(0, overflow.intValue(), page + ": no sideways scrolling at 390 px");
            }
            screenshot("phone-390-volume-search");
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void theContentsShowTheNumbersTheVolumePrintsAndNoOthers() throws Exception {
        driver.get(page(volumeSlice(), "index.html"));
        WebElement first = driver.findElement(By.cssSelector("#contents a[href='d1.html']"));
        assertEquals("1. The Secretary of State to the Ambassador in Russia (Francis)", first.getText(), "the document's own number");
        List<String> markers = new ArrayList<>();
        for (WebElement item : driver.findElements(By.cssSelector("#contents li"))) {
            markers.add(item.getCssValue("list-style-type"));
        }
        assertEquals(9, markers.size(), "the front matter and its List of Principal Persons, a part, a chapter, a subchapter and four documents");
        assertEquals(List.of("none"), markers.stream().distinct().toList(), "no automatic number beside a part or a document");
        assertNoViolations("on a volume's contents page");
        screenshot("desktop-1280-volume-contents");
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.navigate().refresh();
        screenshot("phone-390-volume-contents");
    }

    @Test
    void theFrontMatterAndTheIndexAreAccessiblePagesWhoseIndexLeadsToThePage() throws Exception {
        Path site = Path.of("target/browser-site/volume-matter");
        Edition.create().html(List.of(Path.of("src/test/resources/web/frus1918Russiav03-matter.xml")), site, PublishOptions.defaults());
        for (String page : List.of("front-persons.html", "back-index.html")) {
            String name = page.substring(0, page.indexOf('.'));
            driver.manage().logs().get(LogType.BROWSER); // what axe-core left on the page before
            driver.get(page(site, page));
            assertEquals(List.of(), consoleProblems());
            assertNoViolations("on " + page + " at 1280 px");
            screenshot("desktop-1280-" + name);
            driver.manage().window().setSize(new Dimension(390, 844));
            driver.navigate().refresh();
            Number overflow = (Number) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertEquals(0, overflow.intValue(), page + ": no sideways scrolling at 390 px");
            assertNoViolations("on " + page + " at 390 px");
            screenshot("phone-390-" + name);
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
        // the index's "3" under Great Britain leads to the marker of page 3, in the document that holds it, in view
        driver.findElement(By.xpath("//li[contains(., 'Great Britain to Russia')]/a[. = '3']")).click();
        assertTrue(driver.getCurrentUrl().endsWith("d2.html#page-3"), driver.getCurrentUrl());
        WebElement marker = driver.findElement(By.id("page-3"));
        assertEquals("[Page 3]", marker.getText());
        assertTrue(inViewport(marker), "the page marker is scrolled into view");
    }

    @Test
    void aSiteOfSeveralDocumentsHasAnAccessibleContentsPage(@TempDir Path temp) throws Exception {
        Path site = Path.of("target/browser-site/several");
        List<Path> copies = List.of(Files.copy(Path.of("tei/memorandum.xml"), temp.resolve("welles-litvinov.xml")),
                Files.copy(Path.of("tei/memorandum.xml"), temp.resolve("second-copy.xml")));
        Edition.create().html(copies, site, PublishOptions.defaults());
        String contents = site.resolve("index.html").toAbsolutePath().toUri().toString();
        driver.get(contents);
        assertEquals(2, driver.findElements(By.cssSelector("#contents a")).size());
        driver.findElement(By.cssSelector("#contents a")).click();
        assertTrue(driver.getCurrentUrl().endsWith("second-copy.html") || driver.getCurrentUrl().endsWith("welles-litvinov.html"));
        // before axe-core runs: it tries to read the stylesheet with XMLHttpRequest, which file:// refuses
        assertEquals(List.of(), consoleProblems());
        assertNoViolations("on a document page of several");
        driver.get(contents);
        assertNoViolations("on the contents page");
        screenshot("desktop-1280-contents");
    }

    @Test
    void aSearchFromDiskFindsTheDocumentsHoldingAWordByKeyboardOnly(@TempDir Path temp) throws Exception {
        Path site = Path.of("target/browser-site/search");
        Path copy = temp.resolve("second-copy.xml");
        Files.writeString(copy, Files.readString(Path.of("tei/memorandum.xml")).replace("insuperable difficulties", "formidable difficulties"));
        List<Path> sources = List.of(Files.copy(Path.of("tei/memorandum.xml"), temp.resolve("welles-litvinov.xml")), copy);
        Edition.create().html(sources, site, PublishOptions.defaults());
        driver.get(site.resolve("search.html").toAbsolutePath().toUri().toString());
        // keyboard only: Tab to the search field, type, Enter
        for (int i = 0; i < 10 && !"q".equals(driver.switchTo().activeElement().getAttribute("id")); i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        assertEquals("q", driver.switchTo().activeElement().getAttribute("id"), "the search field is reached with Tab");
        new Actions(driver).sendKeys("formidable").sendKeys(Keys.ENTER).perform();
        assertEquals(List.of("second-copy.html#page-522"), hits());
        assertTrue(driver.findElement(By.id("hits")).getText().contains("p. 522"), driver.findElement(By.id("hits")).getText());
        assertTrue(driver.getCurrentUrl().endsWith("search.html?q=formidable"), "the search is in the address: " + driver.getCurrentUrl());
        // a shared link runs its search on load; a word both documents hold finds both
        driver.get(site.resolve("search.html").toAbsolutePath().toUri() + "?q=Moscow");
        assertEquals(List.of("second-copy.html#page-523", "second-copy.html#page-524", "welles-litvinov.html#page-523",
                "welles-litvinov.html#page-524"), hits().stream().sorted().toList());
        assertTrue(driver.findElement(By.id("status")).getText().startsWith("4 results in 2 documents"));
        driver.get(site.resolve("search.html").toAbsolutePath().toUri() + "?q=insuperable");
        assertEquals(List.of("welles-litvinov.html#page-522"), hits());
        assertEquals(List.of(), consoleProblems());
        assertNoViolations("on the search page with results");
        screenshot("desktop-1280-search");
        driver.findElement(By.cssSelector("#hits a")).click();
        assertTrue(driver.getCurrentUrl().endsWith("welles-litvinov.html#page-522"));
    }

    @Test
    void onAVolumeTheSearchListsEveryDocumentPageHoldingTheWord() throws Exception {
        Path volume = org.teiedition.testing.Corpus.volume("frus1918Russiav03.xml");
        // a word on several pages, fewer than the hundred results drawn at first: of the slice, of the whole volume
        String word = org.teiedition.testing.Corpus.whole() ? "Kerensky" : "Petrograd";
        Path site = Path.of("target/browser-site/volume");
        // an unreviewed delivery: validation warns (the whole volume's dangling index links are errors)
        Edition edition = Edition.create();
        edition.html(List.of(volume), site, new PublishOptions(ValidationMode.WARN, Overflow.FAIL));
        Site pages = new Site(site);
        // what the documents' pages show (the search covers the documents, not the front and back matter):
        // each text node holding the word, on the page of the marker before it
        List<String> expected = new ArrayList<>();
        for (String page : pages.pages().stream().filter(p -> !p.startsWith("front-") && !p.startsWith("back-")).toList()) {
            for (String marker : pages.strings(page, "//*:div[@id = 'text']//text()[matches(., '(^|[\\p{Z}\\p{P}\\s])" + word + "([\\p{Z}\\p{P}\\s]|$)', 'i')]"
                    + " ! string(preceding::*[@role = 'doc-pagebreak'][@id][ancestor::*:div[@id = 'text']][1]/@id)")) {
                String href = marker.isEmpty() ? page : page + "#" + marker;
                if (!expected.contains(href)) {
                    expected.add(href);
                }
            }
        }
        assertTrue(expected.size() > 2, "the volume's documents name " + word + " on several pages: " + expected);
        long started = System.nanoTime();
        driver.get(site.resolve("search.html").toAbsolutePath().toUri() + "?q=" + word);
        List<String> found = hits();
        assertEquals(expected.stream().sorted().toList(), found.stream().sorted().toList());
        assertEquals(found.size(), found.stream().distinct().count(), "each page once");
        System.out.printf("volume search (load, index, query): %d pages found in %d ms%n", found.size(), (System.nanoTime() - started) / 1_000_000);
        screenshot("desktop-1280-volume-search");
        driver.findElement(By.cssSelector("#hits a")).click();
        assertEquals(List.of(), consoleProblems());
        driver.manage().window().setSize(new Dimension(390, 844));
        viewport("phone-390-volume-document");
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    /** The site of a small volume written for the search (four documents, two chapters, two years, three people), made once a run. */
    private static Path searchSite() throws Exception {
        if (searchSite == null) {
            searchSite = Path.of("target/browser-site/search-volume");
            Edition.create().html(List.of(Path.of("src/test/resources/web/search-volume.xml")), searchSite, PublishOptions.defaults());
        }
        return searchSite;
    }

    private static void search(String query) throws Exception {
        driver.get(page(searchSite(), "search.html") + query);
    }

    /** The words of each result's snippet that are marked, result by result. */
    @SuppressWarnings("unchecked")
    private static List<List<String>> marks() {
        hits();
        return (List<List<String>>) js("return [...document.querySelectorAll('#hits li')].map(li => [...li.querySelectorAll('mark')].map(m => m.textContent))");
    }

    /** The options of a facet as the reader sees them, counts included. */
    private static List<String> facet(String name) {
        List<String> options = new ArrayList<>();
        for (WebElement option : driver.findElements(By.cssSelector("#" + name + " option"))) {
            options.add(option.getText());
        }
        return options;
    }

    @Test
    void theBestPageComesFirstWithTheWordsMarkedInTheWordsAroundThem() throws Exception {
        search("?q=Petrograd%20telegram");
        List<String> found = hits();
        // the third document names "Petrograd telegram" three times on a short page; the volume's order would put it last
        assertEquals("d3.html#page-3", found.get(0), "ranked by relevance: " + found);
        assertEquals(3, found.size(), "the first three documents hold both words, the fourth neither: " + found);
        WebElement status = driver.findElement(By.id("status"));
        assertEquals("3 results in 3 documents.", status.getText());
        assertEquals("polite", status.getAttribute("aria-live"), "the count is announced");
        WebElement best = driver.findElement(By.cssSelector("#hits li"));
        assertTrue(best.getText().startsWith("3. The Ambassador in Russia (Francis) to the Secretary of State · January 10, 1918 · p. 3"), best.getText());
        for (List<String> words : marks()) {
            assertFalse(words.isEmpty(), "every result shows its hit");
            for (String word : words) {
                assertTrue(word.equalsIgnoreCase("Petrograd") || word.equalsIgnoreCase("telegram"), "marked: " + words);
            }
        }
        // the page's words are text, never markup: the source's "<b>group missing</b>" reads as written
        WebElement second = driver.findElement(By.xpath("//ol[@id = 'hits']/li[a[contains(@href, 'd2.html')]]"));
        assertTrue(second.getText().contains("read <b>group missing</b> where"), second.getText());
        assertEquals(0, driver.findElements(By.cssSelector("#hits b")).size());
        assertEquals(List.of(), consoleProblems());
        assertNoViolations("on the search page with ranked results");
        screenshot("desktop-1280-search-ranked");
    }

    @Test
    void wordsInQuotesFindOnlyThePagesThatHoldThemInThatOrder() throws Exception {
        search("?q=%22Petrograd%20telegram%22");
        // the first document has "a telegram from Petrograd", not the phrase
        assertEquals(List.of("d2.html#page-2", "d3.html#page-3"), hits().stream().sorted().toList());
        assertEquals("2 results in 2 documents.", driver.findElement(By.id("status")).getText());
        for (List<String> words : marks()) {
            assertEquals(List.of("Petrograd telegram"), words.stream().distinct().toList(), "the phrase is marked whole");
        }
        // a phrase of the title: the heading is not in the page's words, the title shows it marked
        search("?q=%22Secretary%20of%20State%22");
        assertEquals(4, hits().size());
        for (WebElement title : driver.findElements(By.cssSelector("#hits li > a"))) {
            assertEquals(List.of("Secretary of State"), title.findElements(By.tagName("mark")).stream().map(WebElement::getText).toList());
        }
        search("?q=%22telegram%20Petrograd%22");
        assertEquals(List.of(), hits());
        assertTrue(driver.findElement(By.id("status")).getText().startsWith("No results"));
    }

    @Test
    void theFacetsCountTheResultsAndFollowTheQuery() throws Exception {
        search("?q=Petrograd%20telegram");
        hits();
        assertEquals(List.of("All chapters (3)", "Chapter I. The Revolution of November 1917 (2)",
                "Chapter II. The Withdrawal from Petrograd, 1918 (1)"), facet("chapter"));
        assertEquals(List.of("All years (3)", "1917 (2)", "1918 (1)"), facet("year"));
        // the people named on the result pages, under the register's name; Lansing signs only the fourth document
        assertEquals(List.of("Anyone (3)", "Francis, David R. (3)", "Trotsky, Leon (2)"), facet("person"));
        WebElement field = driver.findElement(By.id("q"));
        field.clear();
        field.sendKeys("Vologda", Keys.ENTER);
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("status")).getText().startsWith("2 results"));
        assertEquals(List.of("All chapters (2)", "Chapter II. The Withdrawal from Petrograd, 1918 (2)"), facet("chapter"));
        assertEquals(List.of("Anyone (2)", "Francis, David R. (2)", "Lansing, Robert (1)", "Trotsky, Leon (2)"), facet("person"));
    }

    @Test
    void withoutWordsTheFacetsCountTheDocumentsAndAValueChosenListsThem() throws Exception {
        search("");
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("status")).getText().startsWith("Type one or more words"));
        assertEquals(List.of(), hits(), "nothing chosen, nothing listed");
        assertEquals(List.of("All chapters (4)", "Chapter I. The Revolution of November 1917 (2)",
                "Chapter II. The Withdrawal from Petrograd, 1918 (2)"), facet("chapter"));
        assertEquals(List.of("All years (4)", "1917 (2)", "1918 (2)"), facet("year"));
        assertEquals(List.of("Anyone (4)", "Francis, David R. (4)", "Lansing, Robert (1)", "Trotsky, Leon (3)"), facet("person"));
        // browsing by person: each document naming him, at its first page that does, in the volume's order
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("person"))).selectByValue("p_TL1");
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("status")).getText().equals("3 documents."));
        assertEquals(List.of("d1.html#page-1", "d3.html#page-3", "d4.html#page-4"), hits());
        assertEquals(List.of("All years (3)", "1917 (1)", "1918 (2)"), facet("year"), "the other facets count what the person keeps");
        assertTrue(driver.getCurrentUrl().endsWith("search.html?person=p_TL1"), driver.getCurrentUrl());
        assertEquals(0, driver.findElements(By.cssSelector("#hits mark")).size(), "no word typed, none marked");
        assertEquals(List.of(), consoleProblems());
        assertNoViolations("on the search page browsed by person");
        screenshot("desktop-1280-search-browse");
        // a browse is a link too
        search("?year=1918&chapter=Chapter%20II.%20The%20Withdrawal%20from%20Petrograd%2C%201918");
        assertEquals(List.of("d3.html#page-3", "d4.html#page-4"), hits());
    }

    @Test
    void aPersonIsFoundUnderAnyNameTheTextGivesThem() throws Exception {
        // the text writes "Trotzky" on page 1, "Mr. Trotsky" on page 3 and "the People’s Commissar" on page 4: one person in the register
        for (String spelling : List.of("Trotsky", "Trotzky", "Commissar")) {
            search("?q=" + spelling);
            assertEquals(List.of("d1.html#page-1", "d3.html#page-3", "d4.html#page-4"), hits().stream().sorted().toList(), spelling);
        }
        search("?q=Trotsky");
        List<String> found = hits();
        List<List<String>> marked = marks();
        assertEquals(List.of("Trotzky"), marked.get(found.indexOf("d1.html#page-1")), "the name as this page writes it is marked");
        assertEquals(List.of("the People’s Commissar"), marked.get(found.indexOf("d4.html#page-4")));
    }

    @Test
    void aSearchWithItsFiltersIsKeptInTheAddress() throws Exception {
        search("?q=Petrograd%20telegram");
        hits();
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("chapter")))
                .selectByValue("Chapter II. The Withdrawal from Petrograd, 1918");
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("status")).getText().startsWith("1 result "));
        assertEquals(List.of("d3.html#page-3"), hits());
        String address = driver.getCurrentUrl();
        assertTrue(address.endsWith("search.html?q=Petrograd+telegram&chapter=Chapter+II.+The+Withdrawal+from+Petrograd%2C+1918"), address);
        // the address, opened anew, gives the same search
        driver.get("about:blank");
        driver.get(address);
        assertEquals(List.of("d3.html#page-3"), hits());
        assertEquals("Petrograd telegram", driver.findElement(By.id("q")).getAttribute("value"));
        assertEquals("Chapter II. The Withdrawal from Petrograd, 1918 (1)",
                new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("chapter"))).getFirstSelectedOption().getText());
        // filters combine with each other and with the words
        search("?q=Petrograd%20telegram&year=1917&person=p_TL1");
        assertEquals(List.of("d1.html#page-1"), hits());
    }

    @Test
    void theResultsDoNotScrollSidewaysAtPhoneWidth() throws Exception {
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            // the second document's file number is one word longer than a phone is wide
            search("?q=Petrograd%20telegram");
            assertEquals(3, hits().size());
            assertEquals(3, driver.findElements(By.cssSelector("#hits .hit-text")).size(), "each result shows the words around its hit");
            Number overflow = (Number) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertEquals(0, overflow.intValue(), "no sideways scrolling at 390 px");
            assertNoViolations("on the search page at 390 px");
            screenshot("phone-390-search-ranked");
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    /**
     * The search on each volume of the series (the committed slices, or the whole volumes with
     * {@code -Dcorpus.dir}): the bytes of its index and, for a word, two words and a phrase, the time from the
     * start of the page's load to the first results drawn, as the page measures it.
     */
    @Test
    void theSearchOfEachCorpusVolumeIsMeasured() throws Exception {
        List<Path> volumes = org.teiedition.testing.Corpus.volumes();
        for (Path volume : volumes) {
            long breaks = java.util.regex.Pattern.compile("<pb\\b").matcher(Files.readString(volume)).results().count();
            Path site = Path.of("target/browser-site/measured", volume.getFileName().toString().replace(".xml", ""));
            Edition edition = Edition.create();
            edition.html(List.of(volume), site, new PublishOptions(ValidationMode.WARN, Overflow.FAIL));
            System.out.printf("search of %s (%d page breaks): search-index.js %d bytes%n", volume.getFileName(), breaks,
                    Files.size(site.resolve("search-index.js")));
            for (String query : List.of("telegram", "Petrograd%20telegram", "%22Secretary%20of%20State%22")) {
                driver.get(site.resolve("search.html").toAbsolutePath().toUri() + "?q=" + query);
                hits();
                Number ms = (Number) js("return performance.getEntriesByName('search-results')[0].startTime");
                System.out.printf("  %s: %s first results %.0f ms after the page began to load%n", query,
                        driver.findElement(By.id("status")).getText(), ms.doubleValue());
                int total = Integer.parseInt(driver.findElement(By.id("status")).getText().replaceAll("^(\\d+) results? .*|^No results.*", "$1").replaceFirst("^$", "0"));
                assertEquals(Math.min(total, 100), hits().size(), "the first hundred results are drawn");
                if (total > 100) {
                    driver.findElement(By.id("more")).click();
                    assertEquals(total, hits().size(), "the button draws the rest");
                    assertEquals(hits().get(100), driver.switchTo().activeElement().getAttribute("href").replaceAll(".*/", ""),
                            "the reader is taken to the first result drawn");
                }
            }
            // without words: every facet's values counted over the documents, to browse by
            driver.get(site.resolve("search.html").toAbsolutePath().toUri().toString());
            hits();
            Number counted = (Number) js("return performance.getEntriesByName('search-results')[0].startTime");
            System.out.printf("  no words: %s %s; facets counted %.0f ms after the page began to load%n",
                    driver.findElements(By.cssSelector("#chapter option")).size() + " chapters,",
                    driver.findElements(By.cssSelector("#person option")).size() + " people", counted.doubleValue());
        }
    }

    private static List<String> hits() {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> !d.findElement(By.id("status")).getText().isEmpty());
        List<String> hrefs = new ArrayList<>();
        for (WebElement link : driver.findElements(By.cssSelector("#hits a"))) {
            String href = link.getAttribute("href");
            hrefs.add(href.substring(href.lastIndexOf('/') + 1));
        }
        return hrefs;
    }

    static List<String> consoleProblems() {
        List<String> problems = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
                problems.add(entry.getLevel() + " " + entry.getMessage());
            }
        }
        return problems;
    }

    @Test
    void theMeasureIsReadable() {
        Number characters = (Number) js("""
                const p = document.querySelector('#text p:not([class])');
                const probe = document.createElement('span');
                probe.textContent = '0'.repeat(10);
                p.appendChild(probe);
                const ch = probe.getBoundingClientRect().width / 10;
                probe.remove();
                return p.getBoundingClientRect().width / ch;""");
        assertTrue(characters.doubleValue() > 55 && characters.doubleValue() < 75, "measure " + characters + "ch");
    }

    static void assertNoViolations(String when) {
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        List<String> violations = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                violations.add(rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at " + node.getTarget()
                        + " " + node.getFailureSummary());
            }
        }
        assertEquals(List.of(), violations, "axe-core " + when);
        assertTrue(results.getPasses().size() > 10, "axe-core ran its checks " + when);
    }

    private static boolean inViewport(WebElement element) {
        return (Boolean) js("""
                const r = arguments[0].getBoundingClientRect();
                return r.width > 0 && r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth;""",
                element);
    }

    /** What the window shows. */
    private static void viewport(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    /** A full-length screenshot at the window's current width. */
    private static void screenshot(String name) throws IOException {
        Dimension size = driver.manage().window().getSize();
        Number height = (Number) js("return Math.ceil(document.documentElement.scrollHeight)");
        Map<String, Object> metrics = Map.of("width", size.getWidth(), "height", Math.max(height.intValue(), 200),
                "deviceScaleFactor", 1, "mobile", size.getWidth() < 600);
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", metrics);
        try {
            byte[] png = driver.getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private static Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    private static String url(String page) {
        return page(SITE, page);
    }

    private static String page(Path site, String page) {
        return site.resolve(page).toAbsolutePath().toUri().toString();
    }

    /** The site of the first three pages of a FRUS volume (several documents, a contents page), made once a run. */
    private static Path volumeSlice() throws Exception {
        if (slice == null) {
            slice = Path.of("target/browser-site/volume-slice");
            Edition.create().html(List.of(Path.of("src/test/resources/web/frus1918Russiav03-p1.xml")), slice, PublishOptions.defaults());
        }
        return slice;
    }
}
