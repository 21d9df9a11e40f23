package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.sitrep.store.sqlite.SqliteStore;

/**
 * Opens the MSS subject page in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}), checks
 * that the strength chart is drawn, follows a quote to its sentence on the document page, and saves screenshots
 * under {@code target/}. Skips when Chromium is not installed.
 */
class SubjectPageBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private SqliteStore store;
    private SitrepServer server;
    private ChromeDriver browser;

    @BeforeEach
    void start(@TempDir Path profile) {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "/usr/bin/chromium or /usr/bin/chromedriver absent (apt-get install chromium chromium-driver),"
                        + " skipping the browser test");
        store = SqliteStore.inMemory();
        Articles.fill(store);
        server = SitrepServer.builder().store(store).port(0).build();
        server.start();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1200,1600", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void theSubjectPageDrawsTheChartAndAQuoteLeadsToItsSentence() throws Exception {
        String base = "http://127.0.0.1:" + server.port();
        browser.get(base + "/subjects/MSS");
        assertThat(browser.getTitle()).contains("Multinational Security Support Mission");

        WebElement chart = browser.findElement(By.id("strength-chart"));
        assertThat(chart.getSize().getWidth()).isGreaterThan(100);
        assertThat(chart.getSize().getHeight()).isGreaterThan(100);
        WebElement line = chart.findElement(By.cssSelector("polyline.strength"));
        assertThat(line.getAttribute("points").split(" ")).hasSize(2);
        assertThat(line.getSize().getWidth()).isGreaterThan(50);
        assertThat(chart.findElements(By.cssSelector("circle.point"))).hasSize(2);
        assertThat(chart.findElements(By.cssSelector("line.target"))).isNotEmpty();
        assertThat(chart.findElements(By.cssSelector("line.mandate"))).hasSize(1);
        save("subject-page.png");

        WebElement quote = browser.findElements(By.cssSelector("#quotes a.quote-link")).stream()
                .filter(a -> a.getText().contains("The mission needs money")).findFirst().orElseThrow();
        String href = quote.getAttribute("href");
        String anchor = href.substring(href.indexOf('#') + 1);
        assertThat(anchor).isEqualTo("q-" + Articles.SECOND.indexOf("The mission needs money"));
        quote.click();

        assertThat(browser.getCurrentUrl()).contains("/documents/" + Articles.second().id());
        WebElement target = browser.findElement(By.id(anchor));
        assertThat(target.getText()).contains("\"The mission needs money,\" Ruto said on March 3, 2025.");
        assertThat(target.findElement(By.cssSelector(".sentence")).getText()).startsWith("\"The mission");
        Boolean targeted = (Boolean) browser.executeScript(
                "return document.querySelector(':target') === arguments[0];", target);
        assertThat(targeted).isTrue();
        save("document-page.png");
    }

    @Test
    void aSearchResultShowsItsPassageWithTheMatchedWordHighlightedAndTheArticlesMarkupAsText() throws Exception {
        browser.get("http://127.0.0.1:" + server.port() + "/search?q=restore");

        WebElement snippet = browser.findElement(By.cssSelector("ol.results li .snippet"));
        assertThat(snippet.findElements(By.tagName("mark"))).extracting(WebElement::getText).containsExactly("restore");
        assertThat(snippet.findElements(By.tagName("b"))).isEmpty();
        assertThat(snippet.getText()).contains("order <b>now</b>");
        String background = snippet.findElement(By.tagName("mark")).getCssValue("background-color");
        assertThat(background).isNotEqualTo(snippet.getCssValue("background-color"));
        save("search-page.png");
    }

    private void save(String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }
}
