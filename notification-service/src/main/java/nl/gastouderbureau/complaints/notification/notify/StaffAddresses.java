package nl.gastouderbureau.complaints.notification.notify;

import nl.gastouderbureau.complaints.events.Language;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where mail for the agency's own people goes. There is no staff directory yet, so an employee id
 * becomes an address through a template; a reminder nobody can be named for goes to the shared
 * staff mailbox. Staff and management read their mail in {@code staffLanguage}, not in the
 * submitter's.
 *
 * @param staffAddressTemplate an address with {@code {id}} for the employee id
 * @param staffMailbox         the shared mailbox for unassigned cases and owners that are not an id
 * @param management           who receives escalations; empty sends none
 */
@ConfigurationProperties("complaints.mail")
public record StaffAddresses(String staffAddressTemplate, String staffMailbox, List<String> management,
                             Language staffLanguage) {

    /** What can stand in an address's local part unquoted; anything else is not an employee id. */
    private static final Pattern EMPLOYEE_ID = Pattern.compile("[A-Za-z0-9._-]+");
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s,<>]+@[^@\\s,<>]+");

    public StaffAddresses {
        staffAddressTemplate = blank(staffAddressTemplate) ? "{id}@gastouderbureau.example" : staffAddressTemplate.strip();
        staffMailbox = blank(staffMailbox) ? "klachten@gastouderbureau.example" : staffMailbox.strip();
        management = management == null ? List.of("management@gastouderbureau.example")
                : management.stream().filter(Objects::nonNull).map(String::strip).filter(a -> !a.isEmpty()).toList();
        staffLanguage = Language.orDefault(staffLanguage);
    }

    public static StaffAddresses defaults() {
        return new StaffAddresses(null, null, null, null);
    }

    /**
     * The address of a handler or action owner: as given when it already is an address, through the
     * template when it is an employee id, and the staff mailbox when there is nobody (an unassigned
     * case) or the owner is free text such as a team name.
     */
    public String of(String employee) {
        if (blank(employee)) {
            return staffMailbox;
        }
        String id = employee.strip();
        if (ADDRESS.matcher(id).matches()) {
            return id;
        }
        return EMPLOYEE_ID.matcher(id).matches() ? staffAddressTemplate.replace("{id}", id.toLowerCase()) : staffMailbox;
    }

    /** All management recipients as one comma-separated list, or null when none is set. */
    public String managementList() {
        return management.isEmpty() ? null : String.join(", ", management);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
