package nl.gastouderbureau.complaints.notification;

import nl.gastouderbureau.complaints.support.mail.ClientAddresses;
import nl.gastouderbureau.complaints.support.mail.MailStreams;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableConfigurationProperties(ClientAddresses.class)
@EnableScheduling
public class NotificationServiceApplication {

    public static void main(String[] args) {
        MailStreams.nameTheProvider();
        SpringApplication.run(NotificationServiceApplication.class, args);
    }
}
