package nl.gastouderbureau.complaints.system;

import com.fasterxml.jackson.databind.JsonNode;
import nl.gastouderbureau.complaints.events.Topics;
import nl.gastouderbureau.complaints.infra.MailCatcher;
import nl.gastouderbureau.complaints.launcher.LocalSystem;
import nl.gastouderbureau.complaints.launcher.Service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the system holds for a submission, read as its users and operators would: the case over
 * the API, the notification log, the mail server, the report; and, to explain a miss, the topics,
 * their dead-letter topics and case-service's event store.
 */
final class Holdings {

    private final LocalSystem system;
    private final SystemHttp http;

    Holdings(LocalSystem system) {
        this.system = system;
        this.http = new SystemHttp(system);
    }

    JsonNode caseOf(Submission submission) throws Exception {
        return SystemHttp.okJson(http.send("GET", Service.CASE, "/api/v1/cases/" + submission.id(), "staff:staff", null));
    }

    /** The notification log's entries for the submission's case. */
    List<JsonNode> notifications(Submission submission) throws Exception {
        JsonNode log = SystemHttp.okJson(http.send("GET", Service.NOTIFICATION, "/api/v1/notifications?caseId=" + submission.id(),
                "staff:staff", null));
        List<JsonNode> entries = new ArrayList<>();
        if (log != null) {
            log.get("items").forEach(entries::add);
        }
        return entries;
    }

    /** Mails the mail server took for the submitter that name the reference in their subject. */
    List<MailCatcher.Mail> mailsTo(Submission submission) {
        return system.mail().messages().stream()
                .filter(mail -> mail.to().contains(submission.email()))
                .filter(mail -> mail.subject().contains("[" + submission.reference() + "]"))
                .toList();
    }

    /** The report's {@code received} count in one category over the default period, which holds today. */
    int receivedIn(String category) throws Exception {
        JsonNode report = SystemHttp.okJson(http.send("GET", Service.REPORTING,
                "/api/v1/reports/improvement?groupBy=category", "manager:manager", null));
        if (report == null) {
            throw new AssertionError("The improvement report did not answer");
        }
        for (JsonNode row : report.get("rows")) {
            if (row.get("key").asText().equals(category)) {
                return row.get("received").asInt();
            }
        }
        return 0;
    }

    /** Where each submission got to, one line each: for a failure message. */
    String trails(Collection<Submission> submissions) throws Exception {
        List<TopicRecords.Entry> everywhere = new ArrayList<>();
        for (String topic : List.of(Topics.SUBMISSIONS, Topics.deadLetter(Topics.SUBMISSIONS), Topics.CASE_EVENTS,
                Topics.deadLetter(Topics.CASE_EVENTS))) {
            everywhere.addAll(TopicRecords.read(system, topic));
        }
        CaseEventStore store = new CaseEventStore(system);
        StringBuilder trails = new StringBuilder();
        for (Submission submission : submissions) {
            trails.append("\n  ").append(submission).append(":");
            for (String topic : List.of(Topics.SUBMISSIONS, Topics.deadLetter(Topics.SUBMISSIONS), Topics.CASE_EVENTS,
                    Topics.deadLetter(Topics.CASE_EVENTS))) {
                List<TopicRecords.Entry> on = everywhere.stream()
                        .filter(entry -> entry.topic().equals(topic) && submission.id().equals(entry.key()))
                        .toList();
                trails.append("\n    on ").append(topic).append(": ").append(on.isEmpty() ? "nothing" : on.stream()
                        .map(entry -> entry.type() + "@" + entry.partition() + "/" + entry.offset()
                                + (entry.error() == null ? "" : " error: " + entry.error()))
                        .collect(Collectors.joining(", ")));
            }
            trails.append("\n    in the event store: ").append(store.eventsOf(submission.id()));
            trails.append("\n    case view: ").append(caseOf(submission) == null ? "none" : "present");
            trails.append("\n    notifications: ").append(notifications(submission).stream()
                    .map(entry -> entry.get("type").asText() + " " + entry.get("status").asText()).toList());
            trails.append("\n    mails: ").append(mailsTo(submission).size());
        }
        return trails.toString();
    }
}
