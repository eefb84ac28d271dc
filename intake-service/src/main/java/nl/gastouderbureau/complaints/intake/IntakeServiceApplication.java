package nl.gastouderbureau.complaints.intake;

import nl.gastouderbureau.complaints.support.mail.MailStreams;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class IntakeServiceApplication {

    public static void main(String[] args) {
        MailStreams.nameTheProvider();
        SpringApplication.run(IntakeServiceApplication.class, args);
    }
}
