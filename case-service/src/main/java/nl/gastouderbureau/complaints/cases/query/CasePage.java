package nl.gastouderbureau.complaints.cases.query;

import java.util.List;

/** One page of a case list (DESIGN §5 "case list"); {@code total} counts every match, not just this page. */
public record CasePage<T>(List<T> items, long total) {
}
