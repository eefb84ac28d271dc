package nl.gastouderbureau.complaints.system;

import nl.gastouderbureau.complaints.launcher.LocalSystem;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads case-service's event store and tracking tokens directly, to tell where an event got stuck. */
final class CaseEventStore {

    /** The JDBC engine's gap-aware token says {"index":…}; a plain global-sequence token {"globalIndex":…}. */
    private static final Pattern INDEX = Pattern.compile("\"(?:globalIndex|index)\"\\s*:\\s*(\\d+)");

    private final LocalSystem system;

    CaseEventStore(LocalSystem system) {
        this.system = system;
    }

    /** The simple type names of a case's stored events, in order. */
    List<String> eventsOf(String caseId) {
        return query("SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber",
                caseId, result -> {
                    String type = result.getString(1);
                    return type.substring(type.lastIndexOf('.') + 1);
                });
    }

    /** The global index of the last stored event, -1 when none is. */
    long head() {
        List<Long> head = query("SELECT coalesce(max(globalindex), -1) FROM domainevententry", null, result -> result.getLong(1));
        return head.get(0);
    }

    /** How far a tracking processor got: the lowest global index over its segments, -1 before the first. */
    long position(String processor) {
        List<Long> positions = query("SELECT token FROM tokenentry WHERE processorname = ?", processor, result -> {
            byte[] token = result.getBytes(1);
            Matcher index = INDEX.matcher(token == null ? "" : new String(token, StandardCharsets.UTF_8));
            return index.find() ? Long.parseLong(index.group(1)) : -1L;
        });
        return positions.stream().mapToLong(Long::longValue).min().orElse(-1);
    }

    /** Each segment of a processor with the node that holds it: "0 by 1234@host". */
    List<String> claims(String processor) {
        return query("SELECT segment, owner FROM tokenentry WHERE processorname = ? ORDER BY segment", processor,
                result -> result.getInt(1) + " by " + result.getString(2));
    }

    private interface Row<T> {
        T read(ResultSet result) throws SQLException;
    }

    private <T> List<T> query(String sql, String parameter, Row<T> row) {
        try (Connection connection = DriverManager.getConnection(system.casesJdbcUrl(), system.casesDatabaseUsername(),
                system.casesDatabasePassword());
             PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(row.read(result));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read case-service's event store: " + e.getMessage(), e);
        }
    }
}
