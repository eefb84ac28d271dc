package nl.gastouderbureau.complaints.cases.web;

import nl.gastouderbureau.complaints.cases.query.CaseDossiers.CaseDossier;
import nl.gastouderbureau.complaints.cases.query.CaseView;
import nl.gastouderbureau.complaints.cases.query.CaseView.CorrectiveAction;
import nl.gastouderbureau.complaints.cases.query.CaseView.TimelineEntry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import static java.util.Map.entry;
import static org.springframework.web.util.HtmlUtils.htmlEscape;

/**
 * The dossier as a page to print for De Geschillencommissie, in Dutch. Every text a person wrote is
 * escaped: a complaint may well contain {@code <} or worse.
 */
public final class DossierPage {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.forLanguageTag("nl"))
            .withZone(CaseCommands.AGENCY_ZONE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

    private static final Map<String, String> EVENTS = Map.ofEntries(
            entry("FeedbackCaseOpened", "Feedback ontvangen"),
            entry("FeedbackResponseRecorded", "Terugkoppeling gegeven"),
            entry("FeedbackResponseReminderDue", "Herinnering: terugkoppeling nog niet gegeven"),
            entry("FeedbackResponseOverdue", "Termijn voor terugkoppeling verstreken"),
            entry("InformalComplaintRegistered", "Klacht geregistreerd voor informeel gesprek"),
            entry("InformalConversationHeld", "Informeel gesprek gevoerd"),
            entry("ComplaintFiled", "Formele klacht ingediend"),
            entry("HandlerAssigned", "Klachtbehandelaar toegewezen"),
            entry("ComplaintHandlingReminderDue", "Herinnering: afhandeltermijn nadert"),
            entry("ComplaintHandlingOverdue", "Afhandeltermijn verstreken"),
            entry("LegalHandlingLimitExceeded", "Wettelijke termijn verstreken"),
            entry("HandlingDeadlineExtended", "Afhandeltermijn verlengd"),
            entry("ComplaintDecided", "Besluit genomen"),
            entry("CorrectiveActionReminderDue", "Herinnering: verbetermaatregel nadert zijn termijn"),
            entry("CorrectiveActionOverdue", "Verbetermaatregel over zijn termijn"),
            entry("CorrectiveActionCompleted", "Verbetermaatregel uitgevoerd"),
            entry("ClientSatisfactionRecorded", "Reactie van de klant op het besluit"),
            entry("ReferredToDisputesCommittee", "Voorgelegd aan De Geschillencommissie"),
            entry("DisputesCommitteeRulingRecorded", "Uitspraak van De Geschillencommissie vastgelegd"),
            entry("CaseCategorised", "Categorie vastgesteld"),
            entry("CaseClosed", "Dossier gesloten"),
            entry("PersonalContactRequested", "Persoonlijk contact gevraagd"),
            entry("PersonalContactRecorded", "Persoonlijk contact vastgelegd"),
            entry("PersonalContactOverdue", "Termijn voor persoonlijk contact verstreken"),
            entry("SubmitterMessageAdded", "Bericht van de indiener ontvangen"));

    private static final Map<String, String> CONTACT_METHODS = Map.of("PHONE", "telefonisch", "MEETING", "in een gesprek");

    private static final Map<String, String> ROLES = Map.of(
            "SUBMITTER", "indiener", "CLIENT", "klant", "STAFF", "medewerker", "SYSTEM", "systeem");

    private static final Map<String, String> VERDICTS = Map.of(
            "WELL_FOUNDED", "gegrond", "PARTLY_WELL_FOUNDED", "gedeeltelijk gegrond", "UNFOUNDED", "ongegrond");

    private DossierPage() {
    }

    public static String render(CaseDossier dossier) {
        CaseView c = dossier.caseView();
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\">")
                .append("<title>Dossier ").append(esc(c.reference())).append("</title>")
                .append("<style>body{font-family:serif;max-width:50em;margin:2em auto}")
                .append("table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:.3em;text-align:left;vertical-align:top}")
                .append("@media print{body{margin:0}}</style></head><body>\n");
        html.append("<h1>Dossier ").append(esc(c.reference())).append("</h1>\n");
        html.append("<p>Opgesteld voor De Geschillencommissie op ").append(moment(dossier.generatedAt()))
                .append(", uit de vastgelegde gebeurtenissen van deze zaak.</p>\n");

        html.append("<h2>Klacht</h2>\n<dl>");
        item(html, "Kenmerk", esc(c.reference()));
        item(html, "Soort", esc(c.kind()));
        item(html, "Klant", esc(c.clientAccount()));
        item(html, "Ontvangen", moment(c.receivedAt()));
        if (c.complaint() != null) {
            item(html, "Onderwerp", esc(c.complaint().subject()));
            item(html, "Omschrijving", esc(c.complaint().description()));
            item(html, "Betrokken medewerker", esc(c.complaint().involvedEmployee()));
            item(html, "Datum van het voorval", day(c.complaint().occurredOn()));
            item(html, "Gewenste uitkomst", esc(c.complaint().desiredOutcome()));
        } else {
            item(html, "Bericht", esc(c.message()));
        }
        item(html, "Afhandelen uiterlijk", moment(c.handleBy()));
        item(html, "Wettelijke termijn", moment(c.legalLimit()));
        if (c.extension() != null) {
            item(html, "Verlenging", "van " + moment(c.extension().previousHandleBy()) + " naar "
                    + moment(c.extension().newHandleBy()) + ": " + esc(c.extension().reason()));
        }
        item(html, "Klachtbehandelaar", esc(c.handlerId()));
        if (c.attachmentCount() > 0) {
            item(html, "Bijlagen bij de inzending", c.attachmentCount() + " (niet bewaard)");
        }
        html.append("</dl>\n");

        CaseView.PersonalContact contact = c.personalContact();
        if (contact != null) {
            html.append("<h2>Persoonlijk contact</h2>\n<dl>");
            item(html, "Gevraagd op", moment(contact.requestedAt()));
            item(html, "Contact uiterlijk", moment(contact.contactBy()));
            if (contact.contactedOn() != null) {
                item(html, "Laatste contact", day(contact.contactedOn()) + ", "
                        + esc(CONTACT_METHODS.getOrDefault(contact.how(), contact.how())) + (contact.late() ? " (te laat)" : ""));
                item(html, "Verslag", esc(contact.summary()));
            } else if (contact.open()) {
                item(html, "Stand", contact.overdue() ? "nog niet gelegd, termijn verstreken" : "nog niet gelegd");
            }
            html.append("</dl>\n");
        }

        html.append("<h2>Besluit</h2>\n");
        if (c.verdict() == null) {
            html.append("<p>Er is (nog) geen besluit genomen.</p>\n");
        } else {
            html.append("<p><strong>Oordeel:</strong> ").append(esc(VERDICTS.getOrDefault(c.verdict(), c.verdict())))
                    .append("</p>\n<p><strong>Motivering:</strong></p>\n<p style=\"white-space:pre-wrap\">")
                    .append(esc(c.reasoning())).append("</p>\n");
        }

        html.append("<h2>Verbetermaatregelen</h2>\n");
        if (c.correctiveActions().isEmpty()) {
            html.append("<p>Geen.</p>\n");
        } else {
            html.append("<table><tr><th>Maatregel</th><th>Verantwoordelijke</th><th>Uiterlijk</th><th>Stand</th></tr>\n");
            for (CorrectiveAction action : c.correctiveActions()) {
                html.append("<tr><td>").append(esc(action.description())).append("</td><td>").append(esc(action.owner()))
                        .append("</td><td>").append(day(action.dueOn())).append("</td><td>")
                        .append(action.done() ? "uitgevoerd op " + moment(action.completedAt())
                                + (action.note() == null ? "" : ": " + esc(action.note())) : "open")
                        .append("</td></tr>\n");
            }
            html.append("</table>\n");
        }

        if (c.satisfaction() != null || c.referral() != null || c.ruling() != null) {
            html.append("<h2>Reactie en geschil</h2>\n<dl>");
            if (c.satisfaction() != null) {
                item(html, "Klant tevreden", (c.satisfaction().satisfied() ? "ja" : "nee")
                        + (c.satisfaction().comment() == null ? "" : ": " + esc(c.satisfaction().comment())));
            }
            if (c.referral() != null) {
                item(html, "Voorgelegd op", day(c.referral().referredOn())
                        + (c.referral().committeeReference() == null ? "" : " (kenmerk " + esc(c.referral().committeeReference()) + ")"));
            }
            if (c.ruling() != null) {
                item(html, "Uitspraak", day(c.ruling().receivedOn()) + ": " + esc(c.ruling().ruling()));
            }
            html.append("</dl>\n");
        }

        html.append("<h2>Verloop</h2>\n<table><tr><th>Wanneer</th><th>Wat</th><th>Wie</th></tr>\n");
        for (TimelineEntry entry : c.timeline()) {
            html.append("<tr><td>").append(moment(entry.at())).append("</td><td>")
                    .append(esc(EVENTS.getOrDefault(entry.type(), entry.type())));
            if (entry.message() != null) {
                html.append("<br><strong>").append(esc(entry.subject() == null ? "" : entry.subject())).append("</strong>")
                        .append("<div style=\"white-space:pre-wrap\">").append(esc(entry.message())).append("</div>");
                if (entry.attachmentCount() != null && entry.attachmentCount() > 0) {
                    html.append("<em>").append(entry.attachmentCount()).append(" bijlage(n), niet bewaard</em>");
                }
            }
            html.append("</td><td>")
                    .append(esc(entry.actor())).append(" (").append(esc(ROLES.getOrDefault(entry.role(), entry.role())))
                    .append(")</td></tr>\n");
        }
        html.append("</table>\n</body></html>\n");
        return html.toString();
    }

    private static void item(StringBuilder html, String label, String value) {
        if (value != null && !value.isEmpty()) {
            html.append("<dt>").append(label).append("</dt><dd>").append(value).append("</dd>");
        }
    }

    private static String esc(String text) {
        return text == null ? null : htmlEscape(text, "UTF-8");
    }

    private static String moment(Instant instant) {
        return instant == null ? null : MOMENT.format(instant);
    }

    private static String day(LocalDate date) {
        return date == null ? null : DAY.format(date);
    }
}
