package nl.gastouderbureau.complaints.cases.pages;

import jakarta.servlet.http.HttpServletResponse;

import java.util.Map;

/**
 * Why the command a form sent was not carried out, in the visitor's language, for the one form that
 * sent it: a message per input (keyed by the input's id, so the summary can link to it and the input
 * can point at it with {@code aria-describedby}), or a refusal of the whole form: a rule of the
 * procedure, or someone else's change in the meantime ({@code conflict}).
 *
 * @param form the form that was sent, e.g. {@code decision} or {@code completion-<actionId>}
 */
public record FormErrors(String form, Map<String, String> fields, String refusal, boolean conflict) {

    static FormErrors none() {
        return new FormErrors(null, Map.of(), null, false);
    }

    public boolean any() {
        return refusal != null || !fields.isEmpty();
    }

    /** Whether these errors belong to {@code form}. */
    public boolean on(String form) {
        return form.equals(this.form);
    }

    public boolean has(String input) {
        return fields.containsKey(input);
    }

    public String of(String input) {
        return fields.get(input);
    }

    /** Bad input is a 400 like the API's; a refusal or conflict a 409. */
    int status() {
        return fields.isEmpty() ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST;
    }
}
