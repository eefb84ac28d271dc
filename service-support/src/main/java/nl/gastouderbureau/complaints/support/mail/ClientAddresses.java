package nl.gastouderbureau.complaints.support.mail;

import nl.gastouderbureau.complaints.events.Contact;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Locale;

/**
 * Where mail for a submitter goes: the email they left, or, for a client who filed while logged in
 * and left none (the complaint form does not ask for one), the address of their account. There is
 * no account directory yet, so the account becomes an address through a template
 * ({@code COMPLAINTS_MAIL_CLIENT_ADDRESS_TEMPLATE}). Intake needs the same answer as the service
 * that writes the mail, to recognise the submitter when they write back.
 * <p>
 * Not registered automatically; a service enables it with {@code @EnableConfigurationProperties}.
 *
 * @param clientAddressTemplate an address with {@code {account}} for the client's account name
 */
@ConfigurationProperties("complaints.mail")
public record ClientAddresses(String clientAddressTemplate) {

    public static final String DEFAULT_TEMPLATE = "{account}@clients.gastouderbureau.example";

    public ClientAddresses {
        clientAddressTemplate = clientAddressTemplate == null || clientAddressTemplate.isBlank()
                ? DEFAULT_TEMPLATE : clientAddressTemplate.strip();
    }

    public static ClientAddresses defaults() {
        return new ClientAddresses(null);
    }

    /** The address to write to, or null for an anonymous submitter. */
    public String of(Contact contact, String clientAccount) {
        if (contact != null && contact.hasEmail()) {
            return contact.email().strip();
        }
        if (clientAccount == null || clientAccount.isBlank()) {
            return null;
        }
        return clientAddressTemplate.replace("{account}", clientAccount.strip().toLowerCase(Locale.ROOT));
    }
}
