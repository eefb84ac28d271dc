package nl.gastouderbureau.complaints.system;

import com.fasterxml.jackson.databind.JsonNode;
import nl.gastouderbureau.complaints.launcher.LocalSystem;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What "exactly once" means for accepted feedback, checked after the system went quiet: one case,
 * one acknowledgement in the notification log, sent, and one mail at the mail server. A miss names
 * each submission and where it got to.
 */
final class OncePerSubmission {

    private final LocalSystem system;
    private final Holdings holdings;

    OncePerSubmission(LocalSystem system) {
        this.system = system;
        this.holdings = new Holdings(system);
    }

    /**
     * @param budget for the system to go quiet and its case views to catch up: generous, as a consumer group
     *               whose member was killed waits out the session timeout (45 s) before it moves on
     */
    void assertEachIsOneCaseOneAcknowledgementOneMail(Collection<Submission> submissions, Duration budget) throws Exception {
        long deadline = System.nanoTime() + budget.toNanos();
        try {
            Quiescence.await(system, budget);
        } catch (AssertionError busy) {
            throw new AssertionError(busy.getMessage() + "\nWithout a case:" + holdings.trails(withoutCase(submissions)), busy);
        }
        Set<Submission> withoutCase = new LinkedHashSet<>(submissions);
        while (!withoutCase.isEmpty() && System.nanoTime() < deadline) {
            withoutCase.removeAll(withCase(withoutCase));
            if (!withoutCase.isEmpty()) {
                Thread.sleep(500);
            }
        }
        if (!withoutCase.isEmpty()) {
            throw new AssertionError(withoutCase.size() + " of " + submissions.size() + " accepted submissions have no case view after "
                    + budget.toSeconds() + " s:" + holdings.trails(withoutCase));
        }
        for (Submission submission : submissions) {
            List<JsonNode> acknowledgements = holdings.notifications(submission).stream()
                    .filter(entry -> entry.get("type").asText().equals("ACKNOWLEDGEMENT"))
                    .toList();
            assertThat(acknowledgements).as("acknowledgements logged for %s:%s", submission, holdings.trails(List.of(submission)))
                    .hasSize(1);
            assertThat(acknowledgements.get(0).get("status").asText()).as("the acknowledgement of %s", submission).isEqualTo("SENT");
            assertThat(holdings.mailsTo(submission)).as("mails to %s about %s", submission.email(), submission).hasSize(1);
        }
    }

    private List<Submission> withoutCase(Collection<Submission> submissions) throws Exception {
        List<Submission> without = new ArrayList<>(submissions);
        without.removeAll(withCase(submissions));
        return without;
    }

    private List<Submission> withCase(Collection<Submission> submissions) throws Exception {
        List<Submission> with = new ArrayList<>();
        for (Submission submission : submissions) {
            if (holdings.caseOf(submission) != null) {
                with.add(submission);
            }
        }
        return with;
    }
}
