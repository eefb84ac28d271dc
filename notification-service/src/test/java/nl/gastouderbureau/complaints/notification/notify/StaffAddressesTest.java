package nl.gastouderbureau.complaints.notification.notify;

import nl.gastouderbureau.complaints.events.Language;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StaffAddressesTest {

    private final StaffAddresses defaults = StaffAddresses.defaults();

    @Test
    void anEmployeeIdBecomesAnAddressThroughTheTemplate() {
        assertThat(defaults.of(" Staff ")).isEqualTo("staff@gastouderbureau.example");
        assertThat(new StaffAddresses("medewerker.{id}@bureau.example", null, null, null).of("j.jansen"))
                .isEqualTo("medewerker.j.jansen@bureau.example");
    }

    @Test
    void anAddressIsUsedAsGiven() {
        assertThat(defaults.of("planning@bureau.example")).isEqualTo("planning@bureau.example");
    }

    @Test
    void nobodyOrFreeTextGoesToTheStaffMailbox() {
        assertThat(defaults.of(null)).isEqualTo("klachten@gastouderbureau.example");
        assertThat(defaults.of("  ")).isEqualTo("klachten@gastouderbureau.example");
        assertThat(defaults.of("Team planning, locatie Zuid")).isEqualTo("klachten@gastouderbureau.example");
    }

    @Test
    void managementIsOneListAndMayBeEmpty() {
        assertThat(defaults.managementList()).isEqualTo("management@gastouderbureau.example");
        assertThat(new StaffAddresses(null, null, List.of("a@x.example", " ", "b@x.example"), null).managementList())
                .isEqualTo("a@x.example, b@x.example");
        assertThat(new StaffAddresses(null, null, List.of(), null).managementList()).isNull();
    }

    @Test
    void staffReadDutchUnlessSetOtherwise() {
        assertThat(defaults.staffLanguage()).isEqualTo(Language.NL);
    }
}
