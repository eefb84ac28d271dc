package nl.gastouderbureau.complaints.launcher;

import nl.gastouderbureau.complaints.launcher.LocalSystem.Options;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OptionsTest {

    private final Options options = Options.defaults(Path.of("/project"));

    @Test
    void twoInstancesOfTheServicesThatScaleOutAndOneIntake() {
        Options two = options.withInstances(2);

        assertThat(two.instancesOf(Service.CASE)).isEqualTo(2);
        assertThat(two.instancesOf(Service.NOTIFICATION)).isEqualTo(2);
        assertThat(two.instancesOf(Service.REPORTING)).isEqualTo(2);
        assertThat(two.instancesOf(Service.INTAKE)).isEqualTo(1);
        assertThatThrownBy(() -> options.withInstances(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void settingsAndFaultsBecomeArgumentsOfTheirServiceOnly() {
        Options set = options.withSetting(Service.CASE, "complaints.deadlines.feedback-response", "PT20S")
                .withFault(Service.NOTIFICATION, "halt-before-offset-commit", "1");

        assertThat(set.settingsOf(Service.CASE)).containsExactly("--complaints.deadlines.feedback-response=PT20S");
        assertThat(set.faultsOf(Service.NOTIFICATION)).containsExactly("--complaints.fault-injection.halt-before-offset-commit=1");
        assertThat(set.settingsOf(Service.NOTIFICATION)).isEmpty();
        assertThat(set.faultsOf(Service.CASE)).isEmpty();
        assertThat(options.settingsOf(Service.CASE)).as("the options it came from").isEmpty();
    }
}
