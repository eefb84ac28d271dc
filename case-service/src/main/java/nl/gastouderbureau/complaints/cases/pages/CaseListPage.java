package nl.gastouderbureau.complaints.cases.pages;

import nl.gastouderbureau.complaints.cases.query.CasePage;
import nl.gastouderbureau.complaints.cases.query.CaseView;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The staff work list: one page of cases matching the filters, each with its clocks marked.
 *
 * @param filters the filters as given, to show them again and to keep them across pages
 * @param page    zero-based, as in the API
 */
public record CaseListPage(Filters filters, List<Row> rows, long total, int page, int size, FormErrors errors) {

    /**
     * The API's filters ({@code GET /api/v1/cases}), as text so a wrong one can be shown as it was typed.
     *
     * @param contactRequested {@code true}: the cases whose submitter waits for a call or appointment (F6)
     */
    public record Filters(String status, String kind, String category, String overdue, String contactRequested,
                          String handler, String text) {

        public boolean any() {
            return status != null || kind != null || category != null || overdue != null || contactRequested != null
                    || handler != null || text != null;
        }
    }

    /** @param contact the case's contact task, or {@code null} when it has none */
    public record Row(CaseView view, CaseClocks clocks, ContactTaskStanding contact) {

        /** The mark of an open contact request, or {@code null}: see {@link ContactTaskStanding#mark()}. */
        public String contactMark() {
            return contact == null ? null : contact.mark();
        }
    }

    static CaseListPage of(Filters filters, CasePage<CaseView> found, int page, int size, Instant now, Duration reminderBefore) {
        List<Row> rows = found.items().stream()
                .map(v -> new Row(v, CaseClocks.of(v, now, reminderBefore), ContactTaskStanding.of(v, now)))
                .toList();
        return new CaseListPage(filters, rows, found.total(), page, size, FormErrors.none());
    }

    static CaseListPage refused(Filters filters, FormErrors errors) {
        return new CaseListPage(filters, List.of(), 0, 0, 1, errors);
    }

    public long pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }

    /** The link to another page of the same list, keeping the filters. */
    public String linkTo(int page) {
        return UriComponentsBuilder.fromPath("/staff/cases")
                .queryParamIfPresent("status", Optional.ofNullable(filters.status()))
                .queryParamIfPresent("kind", Optional.ofNullable(filters.kind()))
                .queryParamIfPresent("category", Optional.ofNullable(filters.category()))
                .queryParamIfPresent("overdue", Optional.ofNullable(filters.overdue()))
                .queryParamIfPresent("contactRequested", Optional.ofNullable(filters.contactRequested()))
                .queryParamIfPresent("handler", Optional.ofNullable(filters.handler()))
                .queryParamIfPresent("text", Optional.ofNullable(filters.text()))
                .queryParam("page", page)
                .encode().build().toUriString();
    }
}
