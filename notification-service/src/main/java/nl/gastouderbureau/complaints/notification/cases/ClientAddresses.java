package nl.gastouderbureau.complaints.notification.cases;

import nl.gastouderbureau.complaints.events.Contact;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where mail for a submitter goes: the email they left, or, for a client who filed while logged in
 * and left none (the complaint form does not ask for one), the address of their account. There
 * is no account directory yet, so the account becomes an address through a template.
 *
 * @param clientAddressTemplate an address with {@code {account}} for the client's account name
 */
@ConfigurationProperties("complaints.mail")
public record ClientAddresses(String clientAddressTemplate) {

    public ClientAddresses {
        clientAddressTemplate = clientAddressTemplate == null || clientAddressTemplate.isBlank()
                ? "{account}@clients.gastouderbureau.example" : clientAddressTemplate.strip();
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
        return clientAddressTemplate.replace("{account}", clientAccount.strip().toLowerCase());
    }
}
