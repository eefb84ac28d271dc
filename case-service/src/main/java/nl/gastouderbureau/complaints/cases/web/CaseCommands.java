package nl.gastouderbureau.complaints.cases.web;

import nl.gastouderbureau.complaints.cases.query.CaseView;
import nl.gastouderbureau.complaints.cases.query.CaseViews;
import nl.gastouderbureau.complaints.cases.web.CaseRequests.Origin;
import nl.gastouderbureau.complaints.events.Actor;
import nl.gastouderbureau.complaints.support.web.InvalidRequestException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Function;

/**
 * Sends a case command on behalf of the logged-in person and answers with the case as it is after
 * the command. The answer waits (bounded) until the projection shows that version, so whoever acted
 * reads their own change with the next {@code GET} (DESIGN §5, read-your-writes). The pages send
 * through here as well, so a page redirected after a command shows the change.
 */
@Component
public class CaseCommands {

    /** The agency's dates (a referral made "today") are Dutch dates. */
    public static final ZoneId AGENCY_ZONE = ZoneId.of("Europe/Amsterdam");

    private final CommandGateway commands;
    private final EventStore eventStore;
    private final CaseViews views;
    private final Clock clock;
    private final Duration readYourWrites;

    CaseCommands(CommandGateway commands, EventStore eventStore, CaseViews views, Clock clock,
                 @Value("${complaints.cases.read-your-writes-patience:PT5S}") Duration readYourWrites) {
        this.commands = commands;
        this.eventStore = eventStore;
        this.views = views;
        this.clock = clock;
        this.readYourWrites = readYourWrites;
    }

    /** Who acts (the principal's name and role), now by the service's clock, at the version in {@code If-Match}. */
    public Origin origin(String caseId, String ifMatch, Authentication principal) {
        return new Origin(caseId, expectedVersion(ifMatch), actor(principal), clock.instant());
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(AGENCY_ZONE));
    }

    /**
     * Sends the command and waits for its handling. The new version is read from the event store
     * (not the projection), so it counts every event the command stored. If the projection does not
     * show it in time the command still happened: the answer is then 202 with the version alone.
     */
    public <T> ResponseEntity<?> send(String caseId, Object command, Function<CaseView, T> present) {
        commands.sendAndWait(command);
        long version = eventStore.lastSequenceNumberFor(caseId)
                .orElseThrow(() -> new IllegalStateException("Case " + caseId + " has no events after a command"));
        String etag = Long.toString(version);
        return views.awaitVersion(caseId, version, readYourWrites)
                .<ResponseEntity<?>>map(view -> ResponseEntity.ok().eTag(Long.toString(view.version())).body(present.apply(view)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.ACCEPTED).eTag(etag)
                        .body(Map.of("id", caseId, "version", version)));
    }

    /** {@code If-Match: 3}, {@code "3"} or {@code W/"3"}; absent or {@code *} means no check. */
    static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String version = ifMatch.strip();
        if (version.startsWith("W/")) {
            version = version.substring(2);
        }
        if (version.length() >= 2 && version.startsWith("\"") && version.endsWith("\"")) {
            version = version.substring(1, version.length() - 1);
        }
        try {
            long parsed = Long.parseLong(version);
            if (parsed >= 0) {
                return parsed;
            }
        } catch (NumberFormatException notANumber) {
            // Answered below, like a negative number.
        }
        throw InvalidRequestException.of("If-Match", "must be the case's version as its ETag gives it, such as \"3\"");
    }

    /** Who the logged-in person is on the record: their name and role (DESIGN C9). */
    public static Actor actor(Authentication principal) {
        String role = principal.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_"))
                .map(authority -> authority.substring("ROLE_".length()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(principal.getName() + " has no role"));
        return new Actor(principal.getName(), role);
    }
}
