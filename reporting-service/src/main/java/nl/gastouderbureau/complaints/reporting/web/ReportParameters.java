package nl.gastouderbureau.complaints.reporting.web;

import nl.gastouderbureau.complaints.reporting.query.GroupBy;
import nl.gastouderbureau.complaints.reporting.query.ImprovementReportQuery;
import nl.gastouderbureau.complaints.support.web.RequestValidator;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Turns the query parameters of an improvement report into a query. Without dates a report covers
 * the current month and the eleven before it, up to today; without {@code groupBy}, by month.
 */
final class ReportParameters {

    private static final String GROUP_BY_NAMES = Arrays.stream(GroupBy.values())
            .map(GroupBy::parameter).collect(Collectors.joining(", "));

    private ReportParameters() {
    }

    static ImprovementReportQuery parse(String from, String to, String groupBy, LocalDate today) {
        RequestValidator request = new RequestValidator();
        LocalDate fromDate = date(request, "from", from);
        LocalDate toDate = date(request, "to", to);
        GroupBy grouping = isBlank(groupBy) ? GroupBy.MONTH : GroupBy.byParameter(groupBy).orElse(null);
        request.require(grouping != null, "groupBy", "must be one of " + GROUP_BY_NAMES);
        request.throwIfInvalid();

        LocalDate until = toDate != null ? toDate : today;
        LocalDate since = fromDate != null ? fromDate : until.withDayOfMonth(1).minusMonths(11);
        request.require(!since.isAfter(until), "from", "must not be after to (" + until + ")");
        request.throwIfInvalid();
        return new ImprovementReportQuery(since, until, grouping);
    }

    /** A four-digit calendar year, as in {@code /annual/2026}. */
    static int year(String value) {
        RequestValidator request = new RequestValidator();
        String year = value == null ? "" : value.strip();
        request.require(year.matches("\\d{4}"), "year", "must be a year like 2026");
        request.throwIfInvalid();
        return Integer.parseInt(year);
    }

    private static LocalDate date(RequestValidator request, String field, String value) {
        if (isBlank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            request.reject(field, "must be a date like 2026-11-24");
            return null;
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
