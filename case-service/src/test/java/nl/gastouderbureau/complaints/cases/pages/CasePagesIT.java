package nl.gastouderbureau.complaints.cases.pages;

import nl.gastouderbureau.complaints.cases.command.SubmissionListener;
import nl.gastouderbureau.complaints.cases.query.CaseViews;
import nl.gastouderbureau.complaints.events.Category;
import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.EventCodec;
import nl.gastouderbureau.complaints.events.EventHeaders;
import nl.gastouderbureau.complaints.events.Language;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmissionReceived;
import nl.gastouderbureau.complaints.events.SubmitterReplyReceived;
import nl.gastouderbureau.complaints.events.SubmitterRole;
import nl.gastouderbureau.complaints.events.Topics;
import nl.gastouderbureau.complaints.testsupport.HeadlessChromium;
import nl.gastouderbureau.complaints.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The procedure of DESIGN §3 walked in a real headless Chromium ({@link HeadlessChromium}: skipped
 * without the browser on a developer's machine, failed in CI) against the whole case service on
 * real Kafka, PostgreSQL and a MongoDB-protocol store. Cases are opened by handing intake's
 * {@code SubmissionReceived} to the submission listener, whose Kafka consumer is off here so no other
 * test's submissions land in these databases; what a colleague does meanwhile goes through the API.
 * Everything else happens in the browser. Screenshots of each step land in {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.kafka.listener.auto-startup=false")
@DirtiesContext
class CasePagesIT {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final AtomicInteger REFERENCES = new AtomicInteger();

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.registerKafka(registry);
        TestInfrastructure.registerMongo(registry, "cases-pages-it");
        TestInfrastructure.registerPostgres(registry, "cases_pages_it");
    }

    @LocalServerPort
    private int port;

    @Autowired
    private SubmissionListener submissions;

    @Autowired
    private CaseViews views;

    private final HttpClient http = HttpClient.newHttpClient();
    private WebDriver browser;

    @BeforeEach
    void freshVisitor() {
        browser = chromium.browser();
        browser.get(url("/login"));
        browser.manage().deleteAllCookies();
    }

    @Test
    void staffHandleAComplaintFromFilingToDecisionAndActionCompletion(TestInfo test) {
        Complaint complaint = fileComplaint("client");

        browser.get(url("/staff/cases?text=" + complaint.reference()));
        assertThat(browser.getCurrentUrl()).as("anonymous visitors log in first").endsWith("/login");
        logIn("staff");
        assertThat(browser.getCurrentUrl()).contains("/staff/cases?text=");
        WebElement row = browser.findElement(By.cssSelector("tr[data-case-id='" + complaint.id() + "']"));
        assertThat(row.getText()).contains(complaint.reference(), "Formele klacht", "Ingediend", "nog 14 dagen", "nog 42 dagen");
        screenshot(test, "1-work-list");
        chromium.navigate(row.findElement(By.linkText(complaint.reference())));

        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
        assertThat(text("clock-handleBy")).contains("nog 14 dagen");
        assertThat(text("clock-legalLimit")).contains("nog 42 dagen");
        screenshot(test, "2-case-filed");

        type("handler-handlerId", "  MARIEKE ");
        submit("form-handler");
        assertThat(text("handler-refusal")).contains("Deze medewerker is degene over wie de klacht gaat");
        assertThat(browser.findElement(By.cssSelector("#form-handler form")).getAttribute("aria-describedby")).isEqualTo("handler-refusal");
        assertThat(text("handler")).isEqualTo("nog niet toegewezen");
        screenshot(test, "3-handler-refused");

        type("handler-handlerId", "staff");
        submit("form-handler");
        assertThat(text("flash")).isEqualTo("De klachtbehandelaar is toegewezen.");
        assertThat(text("handler")).isEqualTo("staff");
        assertThat(text("status")).contains("In behandeling");

        browser.findElement(By.cssSelector("label[for=decision-verdict-PARTLY_WELL_FOUNDED]")).click();
        type("decision-reasoning", "De afmelding kwam te laat door. <b>Dat had anders gemoeten.</b>");
        submit("form-decision");
        assertThat(text("decision-refusal")).as("a partly well-founded verdict needs an action")
                .contains("ten minste één verbetermaatregel");
        assertThat(browser.findElement(By.id("decision-reasoning")).getAttribute("value")).contains("<b>Dat had anders gemoeten.</b>");
        screenshot(test, "4-decision-needs-an-action");

        type("decision-action-0-description", "Vervangingsprotocol aanpassen");
        type("decision-action-0-owner", "staff");
        date("decision-action-0-dueOn", LocalDate.now().plusDays(30));
        submit("form-decision");
        assertThat(text("flash")).startsWith("Het besluit is vastgelegd.");
        assertThat(text("verdict")).isEqualTo("Gedeeltelijk gegrond");
        assertThat(browser.findElements(By.tagName("b"))).as("recorded text is shown as text").isEmpty();
        assertThat(text("clock-handleBy")).contains("gestopt");
        screenshot(test, "5-decided");

        WebElement completion = browser.findElement(By.cssSelector("form.completion"));
        completion.findElement(By.cssSelector("input[name=note]")).sendKeys("Protocol staat op intranet");
        chromium.navigate(completion.findElement(By.cssSelector("button[type=submit]")));
        assertThat(text("flash")).isEqualTo("De verbetermaatregel is vastgelegd als uitgevoerd.");
        assertThat(browser.findElement(By.cssSelector("table.actions-table")).getText()).contains("Uitgevoerd op", "Protocol staat op intranet");
        assertThat(browser.findElements(By.cssSelector("form.completion"))).isEmpty();
        assertThat(timeline()).containsSubsequence("Formele klacht ingediend", "Klachtbehandelaar toegewezen", "Besluit genomen",
                "Verbetermaatregel uitgevoerd");
        screenshot(test, "6-action-completed");

        chromium.navigate(browser.findElement(By.id("dossier-link")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dossier " + complaint.reference());
        screenshot(test, "7-dossier");
    }

    @Test
    void aStaleFormShowsTheConflictAndTheCaseAsItIsNow(TestInfo test) {
        Complaint complaint = fileComplaint("client");
        browser.get(url("/staff/cases/" + complaint.id()));
        logIn("staff");
        assertThat(text("version")).isEqualTo("0");

        // A colleague assigns a handler while this page stays open at version 0.
        api(complaint, "handler", "{\"handlerId\":\"collega\"}");

        type("handler-handlerId", "staff");
        submit("form-handler");

        assertThat(text("error-summary")).contains("De zaak is intussen gewijzigd");
        assertThat(text("handler-refusal")).contains("Iemand anders heeft deze zaak intussen gewijzigd", "Er is niets opgeslagen");
        assertThat(text("handler")).isEqualTo("collega");
        assertThat(text("version")).isEqualTo("1");
        assertThat(browser.findElement(By.id("handler-handlerId")).getAttribute("value")).isEqualTo("staff");
        assertThat(views.find(complaint.id()).orElseThrow().handlerId()).isEqualTo("collega");
        screenshot(test, "1-conflict-beside-the-form");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('error-summary').scrollIntoView()");
        screenshot(test, "2-conflict-and-current-state");

        submit("form-handler");
        assertThat(text("handler")).as("sent again knowingly, at the version now shown").isEqualTo("staff");
    }

    @Test
    void aClientAnswersUnsatisfiedAndRefersTheComplaintThenStaffRecordTheRuling(TestInfo test) {
        Complaint complaint = fileComplaint("client");
        api(complaint, "handler", "{\"handlerId\":\"collega\"}");
        api(complaint, "decision", "{\"verdict\":\"UNFOUNDED\",\"reasoning\":\"Wij hebben de afspraken nagelopen.\"}");

        browser.get(url("/my/cases"));
        logIn("client");
        WebElement card = browser.findElement(By.xpath("//li[contains(@class,'case-card')][.//a[contains(@href,'" + complaint.id() + "')]]"));
        assertThat(card.getText()).contains("We hebben een besluit genomen over uw klacht.");
        screenshot(test, "1-my-cases");
        chromium.navigate(card.findElement(By.tagName("a")));

        assertThat(text("verdict")).isEqualTo("Uw klacht is ongegrond: wij vinden niet dat er iets is misgegaan.");
        assertThat(browser.findElements(By.id("referral-step"))).as("not before the answer").isEmpty();
        assertThat(text("referral-limit")).contains("binnen twaalf maanden");
        assertThat(browser.getPageSource()).doesNotContain("Marieke");
        screenshot(test, "2-decision");

        browser.findElement(By.cssSelector("label[for=satisfaction-satisfied-false]")).click();
        type("satisfaction-comment", "Niemand heeft ons gebeld.");
        submit("form-satisfaction");
        assertThat(text("flash")).isEqualTo("Dank u wel. Uw reactie op het besluit is vastgelegd.");
        assertThat(text("satisfaction")).isEqualTo("U bent niet tevreden met het besluit.");
        screenshot(test, "3-unsatisfied");

        chromium.navigate(browser.findElement(By.cssSelector("#referral-step button[type=submit]")));
        assertThat(text("flash")).startsWith("Vastgelegd: u heeft uw klacht voorgelegd aan De Geschillencommissie.");
        assertThat(text("status")).isEqualTo("Uw klacht ligt bij De Geschillencommissie.");
        assertThat(text("referral")).startsWith("U heeft uw klacht op ");
        assertThat(browser.findElements(By.id("referral-step"))).isEmpty();
        screenshot(test, "4-referred");

        chromium.navigate(browser.findElement(By.cssSelector("form.logout button")));
        browser.get(url("/staff/cases/" + complaint.id()));
        logIn("staff");
        type("disputes-committee-ruling-ruling", "De klacht is ongegrond; het bureau handelde zorgvuldig.");
        submit("form-disputes-committee-ruling");
        assertThat(text("flash")).isEqualTo("De uitspraak is vastgelegd en de zaak is gesloten.");
        assertThat(text("status")).contains("Gesloten", "De Geschillencommissie heeft uitspraak gedaan");
        screenshot(test, "5-ruling");
    }

    @Test
    void aSecondClientCannotOpenTheFirstClientsCaseNorTheStaffPages(TestInfo test) {
        Complaint complaint = fileComplaint("client");

        browser.get(url("/my/cases/" + complaint.id()));
        logIn("client2");

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Niet gevonden");
        assertThat(browser.getPageSource()).doesNotContain(complaint.reference(), "Opvang niet doorgegaan");
        screenshot(test, "not-found");
        browser.get(url("/my/cases"));
        assertThat(browser.getPageSource()).doesNotContain(complaint.id());

        browser.get(url("/staff/cases/" + complaint.id()));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Geen toegang");
        assertThat(browser.getPageSource()).doesNotContain(complaint.reference());
        screenshot(test, "no-access-to-staff-pages");
    }

    @Test
    void feedbackGetsItsResponseAndTheInformalConversationIsRecorded(TestInfo test) {
        String idea = receive(SubmissionKind.IDEA, reference("FB"), null, "Een nieuwsbrief per kwartaal zou fijn zijn.", null);
        String informal = receive(SubmissionKind.INFORMAL_COMPLAINT, reference("KL"), "client", "Opvang op het laatste moment afgezegd.", null);

        browser.get(url("/staff/cases/" + idea));
        logIn("staff");
        assertThat(text("clock-respondBy")).contains("nog 14 dagen");
        browser.findElement(By.cssSelector("label[for=feedback-response-outcome-PLANNED]")).click();
        type("feedback-response-message", "Dank u wel! De eerste nieuwsbrief komt in januari.");
        submit("form-feedback-response");
        assertThat(text("flash")).startsWith("De terugkoppeling is vastgelegd.");
        assertThat(text("status")).contains("Teruggekoppeld");
        screenshot(test, "1-feedback-response");

        browser.get(url("/staff/cases/" + informal));
        browser.findElement(By.cssSelector("label[for=conversation-outcome-UNRESOLVED]")).click();
        type("conversation-summary", "Gesproken met ouder en gastouder; de ouder wil een formele klacht indienen.");
        submit("form-conversation");
        assertThat(text("flash")).isEqualTo("Het informele gesprek is vastgelegd.");
        assertThat(text("status")).contains("Wacht op formele klacht");
        screenshot(test, "2-conversation");
    }

    @Test
    void feedbackAskingForContactIsOnTheCallListUntilStaffRecordTheCall(TestInfo test) {
        String reference = reference("FB");
        String id = UUID.randomUUID().toString();
        Instant receivedAt = Instant.now().minusSeconds(60);
        deliver(id, "SubmissionReceived", new SubmissionReceived(id, reference, SubmissionKind.REMARK, Channel.EMAIL,
                SubmitterRole.PARENT, Category.COMMUNICATION, Language.NL, "Het hek", "Het hek bij de speelplaats staat open.",
                null, null, null, true, null, receivedAt, 2));
        awaitVersion(id, 1);
        deliver(id, "SubmitterReplyReceived", new SubmitterReplyReceived("reply-" + id, id, reference, Channel.EMAIL,
                "Re: [" + reference + "]", "Bel me gerust na 17:00. <b>Het is dringend.</b>", 1, receivedAt.plusSeconds(30)));
        awaitVersion(id, 2);

        browser.get(url("/staff/cases?contactRequested=true&text=" + reference));
        logIn("staff");
        assertThat(browser.findElement(By.cssSelector("#filter-contactRequested option:checked")).getText()).isEqualTo("Contactverzoek open");
        WebElement row = browser.findElement(By.cssSelector("tr[data-case-id='" + id + "']"));
        assertThat(row.getText()).contains(reference, "Contactverzoek open", "Persoonlijk contact uiterlijk", "nog 2 dagen");
        screenshot(test, "1-call-list");
        chromium.navigate(row.findElement(By.linkText(reference)));

        assertThat(browser.findElements(By.cssSelector("section.command")).get(0).getAttribute("id")).isEqualTo("form-contact");
        assertThat(text("contact-state")).isEqualTo("Contactverzoek open nog 2 dagen");
        assertThat(text("attachments")).isEqualTo("2 bijlagen niet bewaard");
        WebElement reply = browser.findElement(By.cssSelector("#timeline tr[data-type=SubmitterMessageAdded]"));
        assertThat(reply.getText()).contains("Bericht van de indiener", "Re: [" + reference + "]",
                "Bel me gerust na 17:00. <b>Het is dringend.</b>", "1 bijlage niet bewaard");
        assertThat(browser.findElements(By.cssSelector("#timeline b"))).as("the mailed words are text").isEmpty();
        screenshot(test, "2-case-with-request");

        browser.findElement(By.cssSelector("label[for=contact-how-PHONE]")).click();
        type("contact-summary", "Gebeld; het hek is dezelfde dag gerepareerd.");
        submit("form-contact");
        assertThat(text("flash")).startsWith("Het persoonlijk contact is vastgelegd.");
        assertThat(text("contact-state")).isEqualTo("Contact gehad, op tijd");
        assertThat(text("contact-latest")).endsWith("Telefonisch");
        assertThat(text("clock-contactBy")).contains("gestopt: er is contact geweest");
        assertThat(timeline()).containsSubsequence("Feedback ontvangen", "Persoonlijk contact gevraagd", "Bericht van de indiener",
                "Persoonlijk contact gehad");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('personal-contact').scrollIntoView()");
        screenshot(test, "3-contact-recorded");

        browser.get(url("/staff/cases?contactRequested=true&text=" + reference));
        assertThat(text("result-count")).isEqualTo("Geen zaken gevonden.");
        assertThat(browser.findElements(By.cssSelector("tr[data-case-id='" + id + "']"))).isEmpty();
        screenshot(test, "4-off-the-call-list");
    }

    private record Complaint(String id, String reference) {
    }

    /** C2: the client's complaint about Marieke, as intake publishes it. */
    private Complaint fileComplaint(String client) {
        String reference = reference("KL");
        String id = receive(SubmissionKind.COMPLAINT, reference, client, "De gastouder zegde op het laatste moment af en niemand belde ons.",
                new SubmissionReceived.ComplaintDetails("Marieke", LocalDate.now().minusDays(3), "Excuses en een vaste vervanger"));
        return new Complaint(id, reference);
    }

    /** Hands a submission to the listener as its Kafka consumer would, and waits for the case it opens. */
    private String receive(SubmissionKind kind, String reference, String client, String message,
                           SubmissionReceived.ComplaintDetails complaint) {
        String id = UUID.randomUUID().toString();
        SubmissionReceived submission = new SubmissionReceived(id, reference,
                kind, kind == SubmissionKind.INFORMAL_COMPLAINT ? Channel.PHONE : Channel.WEB_FORM, SubmitterRole.PARENT,
                Category.CARE_QUALITY, Language.NL, complaint == null ? null : "Opvang niet doorgegaan", message, null, client,
                null, false, complaint, Instant.now());
        deliver(id, "SubmissionReceived", submission);
        awaitVersion(id, 0);
        return id;
    }

    /** Hands one of intake's events to the listener as its Kafka consumer would, keyed by the case. */
    private void deliver(String caseId, String type, Object event) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(Topics.SUBMISSIONS, 0, 0, caseId, EventCodec.toJson(event));
        header(record, EventHeaders.EVENT_ID, UUID.randomUUID().toString());
        header(record, EventHeaders.EVENT_TYPE, type);
        header(record, EventHeaders.SCHEMA_VERSION, "1");
        header(record, EventHeaders.OCCURRED_AT, Instant.now().toString());
        submissions.on(List.of(record));
    }

    /** A colleague's command through the staff API; the page open in the browser does not know of it. */
    private void api(Complaint complaint, String command, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url("/api/v1/cases/" + complaint.id() + "/" + command)))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("staff:staff".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void header(ConsumerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private void awaitVersion(String caseId, long version) {
        assertThat(views.awaitVersion(caseId, version, PATIENCE)).as("case %s at version %d", caseId, version).isPresent();
    }

    private static String reference(String prefix) {
        return prefix + "-2099-" + String.format("%04d", REFERENCES.incrementAndGet()) + "-" + UUID.randomUUID().toString().substring(0, 4);
    }

    private void logIn(String account) {
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        browser.findElement(By.id("username")).sendKeys(account);
        browser.findElement(By.id("password")).sendKeys(account);
        chromium.navigate(browser.findElement(By.cssSelector("button[type=submit]")));
    }

    private void type(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /** Sets a date input the way a date picker would; typing into one depends on the browser's locale. */
    private void date(String id, LocalDate date) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), date.toString());
    }

    private void submit(String section) {
        chromium.navigate(browser.findElement(By.cssSelector("#" + section + " button[type=submit]")));
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private List<String> timeline() {
        return browser.findElements(By.cssSelector("#timeline tbody tr .event-name")).stream().map(WebElement::getText).toList();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void screenshot(TestInfo test, String step) {
        chromium.screenshot(test.getTestMethod().orElseThrow().getName() + "-" + step);
    }
}
