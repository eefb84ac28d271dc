package nl.gastouderbureau.complaints.cases.pages;

import nl.gastouderbureau.complaints.cases.command.Rules;
import nl.gastouderbureau.complaints.events.CaseEvent;
import nl.gastouderbureau.complaints.events.Category;
import nl.gastouderbureau.complaints.events.EventType;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every refusal and every event a page can meet has words in both languages. */
class CasePageMessagesTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Test
    void bothLanguagesHaveTheSameMessages() throws IOException {
        assertThat(keys("messages_en.properties")).isEqualTo(keys("messages.properties"));
    }

    @Test
    void everyRuleOfTheProcedureHasWordsInBothLanguages() {
        ResourceBundleMessageSource messages = messages();
        String[] rules = Arrays.stream(Rules.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .map(CasePageMessagesTest::value)
                .toArray(String[]::new);

        assertThat(rules).isNotEmpty().allSatisfy(rule -> {
            assertThat(messages.getMessage("rule." + rule, null, null, DUTCH)).as("Dutch for %s", rule).isNotBlank();
            assertThat(messages.getMessage("rule." + rule, null, null, Locale.ENGLISH)).as("English for %s", rule).isNotBlank();
        });
        assertThat(messages.getMessage("rule." + PageCommands.VERSION_CONFLICT, null, DUTCH))
                .startsWith("Iemand anders heeft deze zaak intussen gewijzigd.");
    }

    @Test
    void everyCaseEventOnTheTimelineHasWords() {
        ResourceBundleMessageSource messages = messages();

        assertThat(Arrays.stream(EventType.values()).filter(type -> CaseEvent.class.isAssignableFrom(type.payloadType())))
                .isNotEmpty()
                .allSatisfy(type -> assertThat(messages.getMessage("event." + type.logicalName(), null, null, DUTCH))
                        .as("words for %s", type.logicalName()).isNotBlank());
        assertThat(Arrays.stream(Category.values()))
                .allSatisfy(c -> assertThat(messages.getMessage("category." + c, null, null, Locale.ENGLISH)).isNotBlank());
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static Properties keys(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CasePageMessagesTest.class.getClassLoader().getResourceAsStream(file)) {
            properties.load(in);
        }
        Properties keys = new Properties();
        properties.stringPropertyNames().forEach(key -> keys.setProperty(key, ""));
        return keys;
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
