package dev.sentence4j.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The playground in real headless Chromium (Debian's chromium and chromium-driver; Selenium
 * uses them as installed and never downloads a browser or driver). Screenshots go to
 * server/target/ and the similarity one also to docs/images/playground.png.
 */
class PlaygroundBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    static EmbeddingServer server;
    static ChromeDriver driver;
    static Path profile;

    @BeforeAll
    static void start() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new AssertionError("the browser test needs " + CHROMIUM + " and " + CHROMEDRIVER
                    + "; install them with: apt-get install chromium chromium-driver (listed in .ci/apt-packages)");
        }
        server = EmbeddingServer.start(SharedModel.config(), SharedModel.backend());
        profile = Files.createTempDirectory("sentence4j-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1400, 1000));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void similarityTableAndHeatmap() throws IOException {
        driver.get(server.uri().toString());
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.until(d -> d.findElement(By.id("model-info")).getText().contains("all-MiniLM-L6-v2"));

        WebElement box = driver.findElement(By.id("sentences"));
        box.clear();
        box.sendKeys(String.join("\n", List.of("A man is eating food.", "A man is eating a piece of bread.",
                "The girl is carrying a baby.", "A man is riding a horse.", "A woman is playing violin.",
                "Two men pushed carts through the woods.")));
        driver.findElement(By.id("compute")).click();
        wait.until(d -> d.findElements(By.cssSelector("#heatmap td.cell")).size() == 36);

        List<WebElement> rows = driver.findElements(By.cssSelector("#similarity-table tr"));
        assertThat(rows).hasSize(6); // header + 5 ranked sentences
        List<WebElement> best = rows.get(1).findElements(By.tagName("td"));
        assertThat(best.get(1).getText()).isEqualTo("A man is eating a piece of bread.");
        assertThat(Double.parseDouble(best.get(2).getText())).isBetween(0.5, 1.0);
        List<WebElement> cells = driver.findElements(By.cssSelector("#heatmap td.cell"));
        assertThat(cells.get(0).getText()).isEqualTo("1.00"); // a sentence with itself
        assertThat(cells.get(0).getCssValue("background-color")).isNotEqualTo(cells.get(4).getCssValue("background-color"));

        Path shot = screenshot("playground.png");
        Path docs = Path.of("..", "docs", "images");
        Files.createDirectories(docs);
        Files.copy(shot, docs.resolve("playground.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void tokenHeatmapAndSearch() throws IOException {
        driver.get(server.uri().toString());
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.until(d -> d.findElement(By.id("model-info")).getText().contains("all-MiniLM-L6-v2"));

        driver.findElement(By.cssSelector("button[data-tab=tokens]")).click();
        driver.findElement(By.id("token-compute")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#token-heatmap td.cell")).isEmpty());
        List<WebElement> header = driver.findElements(By.cssSelector("#token-heatmap tr:first-child th"));
        assertThat(header.get(1).getText()).isEqualTo("[CLS]");
        assertThat(header.stream().map(WebElement::getText)).contains("bank");
        screenshot("playground-tokens.png");

        driver.findElement(By.cssSelector("button[data-tab=search]")).click();
        driver.findElement(By.id("search")).click();
        wait.until(d -> d.findElements(By.cssSelector("#search-results tr")).size() == 6);
        String top = driver.findElements(By.cssSelector("#search-results tr")).get(1).getText();
        assertThat(top).contains("eating");
        screenshot("playground-search.png");
    }

    /** /docs renders /openapi.json with Swagger UI from the jar: every route of the document is listed. */
    @Test
    void docsPageListsEveryRoute() throws IOException {
        driver.get(server.uri().resolve("docs").toString());
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.until(d -> !d.findElements(By.cssSelector(".opblock-summary-path")).isEmpty());
        List<String> shown = driver.findElements(By.cssSelector(".opblock")).stream()
                .map(e -> e.findElement(By.cssSelector(".opblock-summary-method")).getText() + " "
                        + e.findElement(By.cssSelector(".opblock-summary-path")).getAttribute("data-path"))
                .toList();
        assertThat(shown).containsExactlyInAnyOrderElementsOf(server.routes());
        assertThat(driver.findElement(By.cssSelector(".info .title")).getText()).contains("sentence4j server");
        Files.copy(screenshot("docs.png"), Path.of("..", "docs", "images", "api-docs.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static Path screenshot(String name) throws IOException {
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
        return target;
    }
}
