package nl.gastouderbureau.complaints.support.mail;

import nl.gastouderbureau.complaints.events.Contact;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressesTest {

    private final ClientAddresses addresses = ClientAddresses.defaults();

    @Test
    void theEmailLeftWinsOverTheAccount() {
        assertThat(addresses.of(new Contact("Oma", " oma@example.nl ", null), "client")).isEqualTo("oma@example.nl");
    }

    @Test
    void aClientWithoutEmailIsWrittenAtTheAccountsAddress() {
        assertThat(addresses.of(new Contact("Ouder", " ", "0612345678"), " Client2 "))
                .isEqualTo("client2@clients.gastouderbureau.example");
        assertThat(new ClientAddresses("{account}@example.org").of(null, "client")).isEqualTo("client@example.org");
    }

    @Test
    void anAnonymousSubmitterHasNoAddress() {
        assertThat(addresses.of(null, null)).isNull();
        assertThat(addresses.of(new Contact("Buurman", null, null), " ")).isNull();
    }
}
