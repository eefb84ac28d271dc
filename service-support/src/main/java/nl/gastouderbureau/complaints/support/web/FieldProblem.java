package nl.gastouderbureau.complaints.support.web;

/** One field at fault in a request, named by its JSON path, e.g. {@code contact.email}. */
public record FieldProblem(String field, String message) {
}
