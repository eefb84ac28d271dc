package nl.gastouderbureau.complaints.intake.pages;

import nl.gastouderbureau.complaints.support.web.FieldProblem;
import org.springframework.context.MessageSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What went wrong with a submitted form, in the visitor's language: one message per field, keyed
 * by the id of the input it belongs to, so the summary can link to it and the field can show it.
 */
public record PageErrors(Map<String, String> fields, String general) {

    private static final Map<String, String> INPUT_OF_FIELD = Map.of(
            "contact.name", "name",
            "contact.email", "email",
            "contact.phone", "phone",
            "contact", "email");

    static PageErrors none() {
        return new PageErrors(Map.of(), null);
    }

    /**
     * @param errorKeys where the form's own messages start; a field without one takes the common
     *                  {@code error.<field>}, so one form can speak of "the submitter" where another says "you"
     */
    static PageErrors of(List<FieldProblem> problems, MessageSource messages, Locale locale, String errorKeys) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (FieldProblem problem : problems) {
            String input = INPUT_OF_FIELD.getOrDefault(problem.field(), problem.field());
            String common = messages.getMessage("error." + problem.field(), null,
                    messages.getMessage("error.field", null, locale), locale);
            fields.putIfAbsent(input, messages.getMessage(errorKeys + problem.field(), null, common, locale));
        }
        return new PageErrors(fields, null);
    }

    static PageErrors general(String key, MessageSource messages, Locale locale) {
        return new PageErrors(Map.of(), messages.getMessage(key, null, locale));
    }

    public boolean any() {
        return general != null || !fields.isEmpty();
    }

    public boolean has(String input) {
        return fields.containsKey(input);
    }

    public String of(String input) {
        return fields.get(input);
    }
}
