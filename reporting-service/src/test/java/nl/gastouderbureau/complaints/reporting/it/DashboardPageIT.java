package nl.gastouderbureau.complaints.reporting.it;

import nl.gastouderbureau.complaints.reporting.DashboardCases;
import nl.gastouderbureau.complaints.testsupport.CaseEventsTopic;
import nl.gastouderbureau.complaints.testsupport.HeadlessChromium;
import nl.gastouderbureau.complaints.testsupport.ServiceApi;
import nl.gastouderbureau.complaints.testsupport.TestInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dashboard in a real headless Chromium ({@link HeadlessChromium}: skipped without the browser
 * on a developer's machine, failed in CI): the manager logs in through the form and the charts,
 * drawn by the Chart.js that the service itself serves, hold the figures of {@link DashboardCases},
 * published on Kafka for 2036: no other test receives a case that year (each hand-computed set
 * spills one case into the next year, so 2034 would see one of 2033's). Screenshots in
 * {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardPageIT {

    private static final int YEAR = 2036;
    private static final String DASHBOARD = "/reports/dashboard?from=2036-01-01&to=2036-12-31";

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.registerKafka(registry);
        TestInfrastructure.registerMongo(registry, "reporting");
    }

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    /** Publishes the cases before each test; the projection's upserts make every repeat harmless. */
    @BeforeEach
    void publishTheCasesAndWaitForThem() {
        try (CaseEventsTopic topic = new CaseEventsTopic(bootstrapServers)) {
            DashboardCases.of(YEAR).forEach(e -> topic.publish(e.eventId(), e.event()));
        }
        ServiceApi api = new ServiceApi(port);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                api.get("/api/v1/reports/annual/" + YEAR, "manager").<Map<String, Object>>json("$.totals"))
                .containsEntry("received", 7).containsEntry("responded", 5).containsEntry("overdue", 3)
                .containsEntry("legalLimitExceeded", 1).containsEntry("respondedOnTime", 2)
                .containsEntry("correctiveActions", Map.of("open", 1, "done", 1, "overdue", 1)));
        chromium.browser().get(url("/login"));
        chromium.browser().manage().deleteAllCookies();
    }

    @Test
    void theManagerSeesTheFiguresInChartsAndTables() {
        chromium.browser().get(url(DASHBOARD));
        assertThat(chromium.browser().getCurrentUrl()).contains("/login");
        chromium.browser().findElement(By.id("username")).sendKeys("manager");
        chromium.browser().findElement(By.id("password")).sendKeys("manager");
        chromium.navigate(chromium.browser().findElement(By.cssSelector("button[type=submit]")));

        assertThat(chromium.browser().getCurrentUrl()).contains("/reports/dashboard");
        assertThat(chromium.browser().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
        assertThat(chromium.browser().findElement(By.tagName("h1")).getText()).isEqualTo("Dashboard klachten en feedback");
        awaitCharts();
        chromium.screenshot("theManagerSeesTheFiguresInChartsAndTables-1-top");
        assertThat(chromium.browser().findElements(By.tagName("h2"))).hasSize(6);
        assertThat(chromium.browser().findElements(By.cssSelector("canvas"))).hasSize(6).allSatisfy(canvas -> assertThat(
                canvas.getAttribute("aria-label")).isEqualTo("Grafiek; dezelfde cijfers staan in de tabel eronder."));
        assertThat(chromium.browser().findElements(By.cssSelector("table caption"))).hasSize(6);

        Map<String, Object> trend = chart("chart-trend");
        assertThat(labels(trend)).hasSize(12).startsWith("2036-01").endsWith("2036-12");
        assertThat(datasets(trend)).containsExactly(
                Map.entry("Idee", monthly(11, 1)),
                Map.entry("Tip", monthly(11, 1)),
                Map.entry("Opmerking", monthly(3, 1, 11, 1)),
                Map.entry("Informele klacht", monthly(11, 1)),
                Map.entry("Formele klacht", monthly(11, 2)));

        Map<String, Object> onTime = chart("chart-on-time");
        List<?> percentages = (List<?>) ((Map<?, ?>) ((List<?>) onTime.get("datasets")).get(0)).get("data");
        assertThat(percentages.get(0)).isNull();
        assertThat(((Number) percentages.get(2)).doubleValue()).isEqualTo(0.0);
        assertThat(((Number) percentages.get(10)).doubleValue()).isEqualTo(50.0);
        assertThat(chromium.browser().findElement(By.id("on-time-summary")).getText())
                .isEqualTo("Over de hele periode 2 van 5 op tijd (40,0 %).");

        assertThat(datasets(chart("chart-open-overdue"))).containsExactly(
                Map.entry("Open over de termijn", List.of(0L, 0L, 1L, 0L, 0L)));
        assertThat(chromium.browser().findElement(By.id("open-overdue-summary")).getText()).endsWith(": 1.");

        Map<String, Object> categories = chart("chart-categories");
        assertThat(labels(categories)).containsExactly(
                "Kwaliteit van de opvang", "Veiligheid", "Communicatie", "Facturen", "Iets anders");
        assertThat(datasets(categories)).containsExactly(Map.entry("Ontvangen", List.of(2L, 2L, 1L, 1L, 1L)));

        Map<String, Object> verdicts = chart("chart-verdicts");
        assertThat(labels(verdicts)).containsExactly("Gegrond", "Deels gegrond", "Ongegrond");
        assertThat(datasets(verdicts)).containsExactly(Map.entry("Klachten", List.of(0L, 1L, 1L)));

        Map<String, Object> actions = chart("chart-actions");
        assertThat(labels(actions)).containsExactly("Open", "Afgerond", "Te laat");
        assertThat(datasets(actions)).containsExactly(Map.entry("Maatregelen", List.of(1L, 1L, 1L)));

        assertThat(rows("table-trend")).contains(List.of("2036-03", "0", "0", "1", "0", "0"),
                List.of("2036-11", "1", "1", "1", "1", "2"));
        assertThat(rows("table-on-time")).contains(List.of("2036-11", "2", "4", "50,0"), List.of("2036-01", "0", "0", "–"));
        assertThat(rows("table-actions")).containsExactly(List.of("Open", "1"), List.of("Afgerond", "1"), List.of("Te laat", "1"));
        assertThat(rows("table-verdicts")).containsExactly(
                List.of("Gegrond", "0"), List.of("Deels gegrond", "1"), List.of("Ongegrond", "1"));
        js("document.getElementById('open-overdue-title').scrollIntoView()");
        chromium.screenshot("theManagerSeesTheFiguresInChartsAndTables-2-further-down");
    }

    @Test
    void theChartLibraryComesFromTheServiceNotACdnAndEnglishIsOneClickAway() {
        chromium.browser().get(url("/login"));
        chromium.browser().findElement(By.id("username")).sendKeys("manager");
        chromium.browser().findElement(By.id("password")).sendKeys("manager");
        chromium.navigate(chromium.browser().findElement(By.cssSelector("button[type=submit]")));
        chromium.browser().get(url(DASHBOARD));
        awaitCharts();

        @SuppressWarnings("unchecked")
        List<String> scripts = (List<String>) js("return Array.from(document.scripts).map(s => s.src)");
        assertThat(scripts).isNotEmpty().allSatisfy(src -> assertThat(src).startsWith("http://localhost:" + port + "/"));
        assertThat(scripts).anySatisfy(src -> assertThat(src).contains("/webjars/chart.js/"));

        chromium.navigate(chromium.browser().findElement(By.linkText("English")));
        awaitCharts();
        assertThat(chromium.browser().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(chromium.browser().findElement(By.tagName("h1")).getText()).isEqualTo("Complaints and feedback dashboard");
        assertThat(labels(chart("chart-verdicts")))
                .containsExactly("Well-founded", "Partly well-founded", "Unfounded");
        assertThat(chromium.browser().findElement(By.id("on-time-summary")).getText())
                .isEqualTo("Over the whole period 2 of 5 on time (40.0 %).");
        chromium.screenshot("theChartLibraryComesFromTheServiceNotACdnAndEnglishIsOneClickAway");
    }

    private void awaitCharts() {
        new WebDriverWait(chromium.browser(), Duration.ofSeconds(10)).until(driver -> (Boolean) js(
                "return typeof Chart !== 'undefined' && Array.from(document.querySelectorAll('canvas[data-chart]'))"
                        + ".every(c => Chart.getChart(c) !== undefined)"));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> chart(String canvasId) {
        return (Map<String, Object>) js("const data = Chart.getChart(document.getElementById(arguments[0])).data;"
                + "return {labels: data.labels, datasets: data.datasets.map(d => ({label: d.label, data: d.data}))};", canvasId);
    }

    @SuppressWarnings("unchecked")
    private static List<String> labels(Map<String, Object> chart) {
        return (List<String>) chart.get("labels");
    }

    private static List<Map.Entry<Object, Object>> datasets(Map<String, Object> chart) {
        return ((List<?>) chart.get("datasets")).stream()
                .map(d -> (Map<?, ?>) d)
                .map(d -> Map.entry((Object) d.get("label"), (Object) d.get("data")))
                .toList();
    }

    private List<List<String>> rows(String tableId) {
        return chromium.browser().findElement(By.id(tableId)).findElements(By.cssSelector("tbody tr")).stream()
                .map(row -> row.findElements(By.cssSelector("th, td")).stream().map(WebElement::getText).toList())
                .toList();
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) chromium.browser()).executeScript(script, arguments);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Twelve monthly counts, zero except where given as month (1 = January), count, month, count… */
    private static List<Long> monthly(int... monthsAndCounts) {
        Long[] months = new Long[12];
        Arrays.fill(months, 0L);
        for (int i = 0; i < monthsAndCounts.length; i += 2) {
            months[monthsAndCounts[i] - 1] = (long) monthsAndCounts[i + 1];
        }
        return List.of(months);
    }
}
