package nl.gastouderbureau.complaints.cases.web;

import nl.gastouderbureau.complaints.support.web.ProblemResponses;
import nl.gastouderbureau.complaints.support.web.RuleViolationException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * How Axon's refusals of a case command become problem+json. Ordered before service-support's
 * {@link ProblemResponses}, whose catch-all would otherwise answer them with a 500.
 * <p>
 * On the local command bus of Axon 4.13, {@code CommandGateway.sendAndWait} rethrows a runtime
 * exception from the handler or the unit of work as it is (only a checked one is wrapped in
 * {@link CommandExecutionException}), so the aggregate's {@link RuleViolationException} reaches
 * service-support's 409 handler unchanged. A distributed command bus would wrap it; the wrapper is
 * unwrapped here so the answer stays the same.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CaseCommandProblems {

    /** The rule code of a stale {@code If-Match}, alongside the aggregate's own rule codes. */
    static final String VERSION_CONFLICT = "VERSION_CONFLICT";

    private static final Logger log = LoggerFactory.getLogger(CaseCommandProblems.class);

    /**
     * A stale {@code If-Match} ({@link ConflictingAggregateVersionException}), or another command
     * storing the same sequence number first ({@link ConcurrencyException}): nothing was stored.
     */
    @ExceptionHandler({ConflictingModificationException.class, ConcurrencyException.class})
    ResponseEntity<ProblemDetail> versionConflict(RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The case changed since you read it; read it again and retry. Nothing was changed.");
        problem.setType(ProblemResponses.RULE_VIOLATION);
        problem.setTitle("The case changed in the meantime");
        problem.setProperty("rule", VERSION_CONFLICT);
        if (e instanceof ConflictingAggregateVersionException conflict) {
            problem.setProperty("expectedVersion", conflict.getExpectedVersion());
            problem.setProperty("currentVersion", conflict.getActualVersion());
        }
        return ProblemResponses.respond(problem);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> unknownCase(AggregateNotFoundException e) {
        return ProblemResponses.respond(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No case " + e.getAggregateIdentifier()));
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ProblemDetail> wrapped(CommandExecutionException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof RuleViolationException violation) {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, violation.getMessage());
                problem.setType(ProblemResponses.RULE_VIOLATION);
                problem.setTitle("The rules do not allow this");
                problem.setProperty("rule", violation.rule());
                return ProblemResponses.respond(problem);
            }
            if (cause instanceof ConflictingModificationException || cause instanceof ConcurrencyException) {
                return versionConflict((RuntimeException) cause);
            }
            if (cause instanceof AggregateNotFoundException notFound) {
                return unknownCase(notFound);
            }
        }
        log.error("A case command failed", e);
        return ProblemResponses.respond(ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side"));
    }
}
