package nl.gastouderbureau.complaints.notification.mail;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import nl.gastouderbureau.complaints.support.mail.MailStreams;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.MimeMessageHelper;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class MailStreamsTest {

    /** A provider name that does not load makes every mail fail to build, so this guards the name. */
    @Test
    void withTheProviderNamedAMultipartMailStillBuildsAndEncodes() throws Exception {
        MailStreams.nameTheProvider();

        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setTo("ouder@example.nl");
        helper.setSubject("Ontvangen: één idee");
        helper.setText("Dank u wel — we reageren binnen twee weken.", "<p>Dank u wel</p>");
        message.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);

        assertThat(System.getProperty("jakarta.mail.util.StreamProvider")).isEqualTo("org.eclipse.angus.mail.util.MailStreamProvider");
        assertThat(out.toString(StandardCharsets.US_ASCII)).contains("multipart/alternative", "=?UTF-8?");
    }
}
