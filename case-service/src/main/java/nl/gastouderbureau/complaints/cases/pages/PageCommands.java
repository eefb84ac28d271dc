package nl.gastouderbureau.complaints.cases.pages;

import nl.gastouderbureau.complaints.cases.web.CaseCommands;
import nl.gastouderbureau.complaints.cases.web.CaseRequests.Origin;
import nl.gastouderbureau.complaints.support.web.FieldProblem;
import nl.gastouderbureau.complaints.support.web.InvalidRequestException;
import nl.gastouderbureau.complaints.support.web.NotFoundException;
import nl.gastouderbureau.complaints.support.web.RuleViolationException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Sends the command a page's form asks for along the API's own path ({@link CaseCommands}: the same
 * validation, the same {@code If-Match} check on the version the form was rendered with, the same
 * rules), and puts what refused it into words for the form. The refusals are recognised as
 * {@code web.CaseCommandProblems} recognises them for the API, wrapped or not.
 */
@Component
class PageCommands {

    /** The API's rule code for a stale {@code If-Match}; here the key of its message. */
    static final String VERSION_CONFLICT = "VERSION_CONFLICT";

    private final CaseCommands commands;
    private final MessageSource messages;

    PageCommands(CaseCommands commands, MessageSource messages) {
        this.commands = commands;
        this.messages = messages;
    }

    /**
     * A form on a page. Most commands have one form per page; completing a corrective action has one
     * per action, all of the one kind.
     *
     * @param kind the command's form: its field messages are {@code error.<kind>.<field>}
     * @param id   this form on the page: its inputs are {@code <id>-<field>}
     */
    record Form(String kind, String id) {

        static Form of(String kind) {
            return new Form(kind, kind);
        }

        /** The id of the input that holds {@code field}, when the form's inputs simply follow its fields. */
        String input(String field) {
            return id + "-" + field;
        }
    }

    /**
     * @param command the command for the origin, validating the form's fields as the API does
     * @param inputOf the id of the input that holds a field the validator named ({@code correctiveActions[0].dueOn})
     * @return empty when the command was carried out
     * @throws NotFoundException when there is no such case
     */
    Optional<FormErrors> send(Form form, String caseId, String version, Authentication who, Locale locale,
                              Function<Origin, Object> command, UnaryOperator<String> inputOf) {
        try {
            Origin origin = commands.origin(caseId, version, who);
            commands.send(caseId, command.apply(origin), Function.identity());
            return Optional.empty();
        } catch (InvalidRequestException e) {
            return Optional.of(invalid(form, e, locale, inputOf));
        } catch (RuntimeException e) {
            return Optional.of(refused(form, e, locale));
        }
    }

    private FormErrors invalid(Form form, InvalidRequestException e, Locale locale, UnaryOperator<String> inputOf) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (FieldProblem problem : e.problems()) {
            if (problem.field().equals("If-Match")) {
                // Only a tampered or truncated form gets here: the version is a hidden field.
                return new FormErrors(form.id(), Map.of(), text(locale, "error.version"), false);
            }
            String generic = problem.field().replaceAll("\\[\\d+]", "");
            fields.putIfAbsent(inputOf.apply(problem.field()), text(locale,
                    "error." + form.kind() + "." + generic, "error." + generic, "error.field"));
        }
        return new FormErrors(form.id(), fields, null, false);
    }

    private FormErrors refused(Form form, RuntimeException e, Locale locale) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RuleViolationException violation) {
                return new FormErrors(form.id(), Map.of(), text(locale, "rule." + violation.rule(), "rule.unknown"), false);
            }
            if (cause instanceof ConflictingModificationException || cause instanceof ConcurrencyException) {
                return new FormErrors(form.id(), Map.of(), text(locale, "rule." + VERSION_CONFLICT), true);
            }
            if (cause instanceof AggregateNotFoundException) {
                throw new NotFoundException("No case " + e.getMessage());
            }
        }
        throw e;
    }

    /** The first of {@code keys} that has a message. */
    private String text(Locale locale, String... keys) {
        for (String key : keys) {
            String text = messages.getMessage(key, null, null, locale);
            if (text != null) {
                return text;
            }
        }
        throw new IllegalStateException("No message for " + String.join(", ", keys));
    }
}
