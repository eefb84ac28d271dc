package nl.gastouderbureau.complaints.support.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Collects every field problem of one request before refusing it, so the client learns all that is
 * wrong at once. Request records carry enums and dates as strings; this turns them into types.
 */
public final class RequestValidator {

    /**
     * A mailbox as RFC 5322's dot-atom (letters of any script allowed, RFC 6531) at a domain of at
     * least two labels: what mail servers deliver to, and nothing that is markup or a header trick.
     */
    private static final Pattern EMAIL = Pattern.compile(
            "^[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+(\\.[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@([\\p{L}\\p{N}]([\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+[\\p{L}\\p{N}]([\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{6,20}$");
    private static final Pattern ACCOUNT = Pattern.compile("^[A-Za-z0-9._@-]+$");

    private final List<FieldProblem> problems = new ArrayList<>();

    /**
     * A required text of {@code min}..{@code max} characters, returned stripped of surrounding space.
     * Line breaks and tabs are text; other control characters are not (they hide in logs, break
     * mail headers and render as nothing on a page).
     */
    public String text(String field, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            if (min > 0) {
                reject(field, "is required");
            }
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() < min || stripped.length() > max) {
            reject(field, "must be " + min + " to " + max + " characters long");
        } else if (hasControlCharacters(stripped)) {
            reject(field, "must not contain control characters");
        }
        return stripped;
    }

    private static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t');
    }

    public String optionalText(String field, String value, int max) {
        return text(field, value, 0, max);
    }

    public <E extends Enum<E>> E required(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            reject(field, "is required; one of " + names(type));
            return null;
        }
        return optional(field, value, type);
    }

    public <E extends Enum<E>> E optional(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            reject(field, "must be one of " + names(type));
            return null;
        }
    }

    public String email(String field, String value) {
        String email = optionalText(field, value, 254);
        if (email != null && !EMAIL.matcher(email).matches()) {
            reject(field, "is not an email address");
        }
        return email;
    }

    public String phone(String field, String value) {
        String phone = optionalText(field, value, 20);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            reject(field, "is not a phone number");
        }
        return phone;
    }

    /** An optional ISO date ({@code 2026-11-01}) that may not lie after {@code latest}. */
    public LocalDate dateNotAfter(String field, String value, LocalDate latest) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.isAfter(latest)) {
                reject(field, "may not be in the future");
            }
            return date;
        } catch (DateTimeParseException e) {
            reject(field, "is not a date like 2026-11-01");
            return null;
        }
    }

    /** An optional case or submission id, which are UUIDs. */
    public String id(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip()).toString();
        } catch (IllegalArgumentException e) {
            reject(field, "is not a valid id");
            return null;
        }
    }

    /** A user account name as the login knows it: letters, digits and {@code . _ @ -}. */
    public String account(String field, String value, boolean required) {
        String account = text(field, value, required ? 1 : 0, 100);
        if (account != null && !ACCOUNT.matcher(account).matches()) {
            reject(field, "is not an account name");
        }
        return account;
    }

    public void require(boolean condition, String field, String message) {
        if (!condition) {
            reject(field, message);
        }
    }

    public void reject(String field, String message) {
        problems.add(new FieldProblem(field, message));
    }

    /** Throws {@link InvalidRequestException} if any field was at fault. */
    public void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    private static String names(Class<? extends Enum<?>> type) {
        return Arrays.toString(type.getEnumConstants());
    }
}
