package nl.gastouderbureau.complaints.intake.web;

import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.EventCodec;
import nl.gastouderbureau.complaints.events.Language;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmissionReceived;
import nl.gastouderbureau.complaints.testsupport.HeadlessChromium;
import nl.gastouderbureau.complaints.testsupport.KafkaProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forms in a real headless Chromium ({@link HeadlessChromium}: skipped without the browser on a
 * developer's machine, failed in CI). A screenshot of every step lands in {@code target/screenshots/}.
 */
class SubmissionPagesIT extends RunningIntake {

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    @BeforeEach
    void freshVisitor() {
        chromium.browser().get(uri("/login").toString());
        chromium.browser().manage().deleteAllCookies();
    }

    @Test
    void feedbackIsSentWithoutLoginAndTheReferenceAndAnswerDateAreShown(TestInfo test) {
        String marker = UUID.randomUUID().toString();
        chromium.browser().get(uri("/feedback").toString());
        assertThat(chromium.browser().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
        assertThat(chromium.browser().findElement(By.tagName("h1")).getText()).isEqualTo("Idee, tip of opmerking");

        chromium.browser().findElement(By.cssSelector("label[for=kind-IDEA]")).click();
        chromium.browser().findElement(By.id("message")).sendKeys("Een nieuwsbrief per kwartaal " + marker);
        new Select(chromium.browser().findElement(By.id("submitterRole"))).selectByValue("GRANDPARENT");
        new Select(chromium.browser().findElement(By.id("category"))).selectByValue("COMMUNICATION");
        chromium.browser().findElement(By.id("name")).sendKeys("Oma Jansen");
        chromium.browser().findElement(By.id("email")).sendKeys("oma@example.nl");
        screenshot(test, "1-filled-in");
        chromium.navigate(chromium.browser().findElement(By.cssSelector("button[type=submit]")));

        String reference = chromium.browser().findElement(By.id("reference")).getText();
        assertThat(reference).matches("FB-\\d{4}-\\d{4,}");
        assertThat(chromium.browser().findElement(By.id("answer-by")).getText())
                .matches("\\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \\d{4}");
        screenshot(test, "2-received");

        SubmissionReceived event = onlyEvent(marker);
        assertThat(event.reference()).isEqualTo(reference);
        assertThat(event.kind()).isEqualTo(SubmissionKind.IDEA);
        assertThat(event.contact().name()).isEqualTo("Oma Jansen");
        assertThat(event.language()).isEqualTo(Language.NL);
    }

    @Test
    void anInvalidSubmitKeepsTheInputAndShowsEachErrorBesideItsFieldAndInASummary(TestInfo test) {
        String marker = UUID.randomUUID().toString();
        String markup = "<script>document.title='oeps'</script><b>" + marker + "</b>";
        chromium.browser().get(uri("/feedback").toString());

        chromium.browser().findElement(By.id("name")).sendKeys(markup);
        chromium.browser().findElement(By.id("email")).sendKeys("geen-adres");
        chromium.navigate(chromium.browser().findElement(By.cssSelector("button[type=submit]")));

        WebElement summary = chromium.browser().findElement(By.id("error-summary"));
        List<String> links = summary.findElements(By.tagName("a")).stream().map(a -> a.getAttribute("href")).toList();
        assertThat(links).extracting(href -> href.substring(href.indexOf('#')))
                .containsExactly("#kind", "#message", "#submitterRole", "#email");
        assertThat(chromium.browser().switchTo().activeElement().getAttribute("id")).isEqualTo("error-summary");
        assertThat(chromium.browser().findElement(By.id("message-error")).getText()).contains("Schrijf uw bericht");
        assertThat(chromium.browser().findElement(By.id("email-error")).getText()).contains("geldig e-mailadres");
        assertThat(chromium.browser().findElement(By.id("email")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(chromium.browser().findElement(By.id("email")).getAttribute("value")).isEqualTo("geen-adres");
        assertThat(chromium.browser().findElement(By.id("name")).getAttribute("value")).isEqualTo(markup);
        assertThat(chromium.browser().getTitle()).doesNotContain("oeps");
        assertThat(chromium.browser().findElements(By.xpath("//b[contains(., '" + marker + "')]"))).isEmpty();
        screenshot(test, "errors");

        summary.findElements(By.tagName("a")).get(1).click();
        assertThat(chromium.browser().switchTo().activeElement().getAttribute("id")).isEqualTo("message");
        assertThat(recordsContaining(marker)).isEmpty();
    }

    @Test
    void theComplaintFormSendsTheVisitorToTheLoginFirstThenFilesTheComplaint(TestInfo test) {
        String marker = UUID.randomUUID().toString();
        chromium.browser().get(uri("/complaint").toString());

        assertThat(chromium.browser().getCurrentUrl()).contains("/login");
        assertThat(chromium.browser().findElement(By.tagName("h1")).getText()).isEqualTo("Inloggen");
        screenshot(test, "1-login");
        chromium.browser().findElement(By.id("username")).sendKeys("client");
        chromium.browser().findElement(By.id("password")).sendKeys("client");
        chromium.navigate(chromium.browser().findElement(By.cssSelector("button[type=submit]")));

        assertThat(chromium.browser().getCurrentUrl()).contains("/complaint");
        assertThat(chromium.browser().findElement(By.tagName("h1")).getText()).isEqualTo("Een klacht indienen");
        chromium.browser().findElement(By.id("subject")).sendKeys("Te laat opgehaald");
        chromium.browser().findElement(By.id("description")).sendKeys("Mijn zoon werd een uur te laat opgehaald. " + marker);
        chromium.browser().findElement(By.id("involvedEmployee")).sendKeys("Petra");
        chromium.browser().findElement(By.id("desiredOutcome")).sendKeys("Excuses en betere afspraken");
        screenshot(test, "2-filled-in");
        chromium.navigate(chromium.browser().findElement(By.cssSelector("button[type=submit]")));

        String reference = chromium.browser().findElement(By.id("reference")).getText();
        assertThat(reference).matches("KL-\\d{4}-\\d{4,}");
        assertThat(chromium.browser().findElement(By.id("answer-by")).getText()).isNotBlank();
        screenshot(test, "3-received");
        SubmissionReceived event = onlyEvent(marker);
        assertThat(event.kind()).isEqualTo(SubmissionKind.COMPLAINT);
        assertThat(event.clientAccount()).isEqualTo("client");
        assertThat(event.complaint().involvedEmployee()).isEqualTo("Petra");
    }

    @Test
    void staffLogInAndRecordAnInformalComplaintByPhoneForAClient(TestInfo test) {
        String marker = UUID.randomUUID().toString();
        chromium.browser().get(uri("/staff/submissions/new").toString());

        assertThat(chromium.browser().getCurrentUrl()).contains("/login");
        chromium.browser().findElement(By.id("username")).sendKeys("staff");
        chromium.browser().findElement(By.id("password")).sendKeys("staff");
        chromium.navigate(chromium.browser().findElement(By.cssSelector("button[type=submit]")));

        assertThat(chromium.browser().findElement(By.tagName("h1")).getText()).isEqualTo("Melding vastleggen");
        chromium.browser().findElement(By.cssSelector("label[for=kind-INFORMAL_COMPLAINT]")).click();
        chromium.browser().findElement(By.cssSelector("label[for=channel-PHONE]")).click();
        new Select(chromium.browser().findElement(By.id("submitterRole"))).selectByValue("PARENT");
        chromium.browser().findElement(By.id("subject")).sendKeys("Ophalen");
        chromium.browser().findElement(By.id("message")).sendKeys("Moeder belde: drie keer te laat opgehaald. " + marker);
        chromium.browser().findElement(By.id("name")).sendKeys("Anna de Vries");
        chromium.browser().findElement(By.id("phone")).sendKeys("06 1234 5678");
        chromium.navigate(chromium.browser().findElement(By.cssSelector("button[type=submit]")));

        assertThat(chromium.browser().findElement(By.id("clientAccount-error")).getText())
                .contains("account van de klant");
        screenshot(test, "1-account-missing");
        chromium.browser().findElement(By.id("clientAccount")).sendKeys("client");
        chromium.navigate(chromium.browser().findElement(By.cssSelector("button[type=submit]")));

        String reference = chromium.browser().findElement(By.id("reference")).getText();
        assertThat(reference).matches("KL-\\d{4}-\\d{4,}");
        screenshot(test, "2-recorded");
        SubmissionReceived event = onlyEvent(marker);
        assertThat(event.reference()).isEqualTo(reference);
        assertThat(event.kind()).isEqualTo(SubmissionKind.INFORMAL_COMPLAINT);
        assertThat(event.channel()).isEqualTo(Channel.PHONE);
        assertThat(event.clientAccount()).isEqualTo("client");
        assertThat(event.contact().name()).isEqualTo("Anna de Vries");
        assertThat(chromium.browser().findElement(By.id("case-link")).getAttribute("href"))
                .endsWith("/staff/cases/" + event.submissionId());
    }

    @Test
    void englishIsOneClickAway(TestInfo test) {
        chromium.browser().get(uri("/feedback").toString());
        chromium.navigate(chromium.browser().findElement(By.linkText("English")));

        assertThat(chromium.browser().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(chromium.browser().findElement(By.tagName("h1")).getText()).isEqualTo("Idea, tip or remark");
        assertThat(chromium.browser().findElement(By.cssSelector("label[for=message]")).getText()).isEqualTo("Your message");
        screenshot(test, "english");
    }

    private static SubmissionReceived onlyEvent(String marker) {
        List<KafkaProbe.TopicRecord> records = recordsContaining(marker);
        assertThat(records).hasSize(1);
        return EventCodec.fromJson(records.get(0).value(), SubmissionReceived.class);
    }

    private static void screenshot(TestInfo test, String step) {
        chromium.screenshot(test.getTestMethod().orElseThrow().getName() + "-" + step);
    }
}
