package com.massagetrainer.classroom;

import com.massagetrainer.account.CurrentUser;
import com.massagetrainer.bank.BankCatalog;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Item analysis for instructors: reads their students' submitted answers and hands them to {@link ItemStatistics}. */
@Service
@Transactional(readOnly = true)
public class ItemAnalysisService {

    private final AssignmentService assignments;
    private final BankCatalog bank;
    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;

    ItemAnalysisService(AssignmentService assignments, BankCatalog bank, JdbcTemplate jdbc, CurrentUser currentUser) {
        this.assignments = assignments;
        this.bank = bank;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();
    private static final com.fasterxml.jackson.core.type.TypeReference<List<String>> STRINGS =
            new com.fasterxml.jackson.core.type.TypeReference<>() {
            };

    /** The submitted answers an analysis reads; a condition on {@code aa.assignment_id} is appended. Public for
     * the benchmark that checks it stays fast in a large database. */
    public static final String RESPONSES_SQL = """
            select aa.student_id, t.id, i.question_id, i.question_version_id, i.score, i.response, t.finished_at
            from assignment_attempt aa join attempt t on t.id = aa.attempt_id
            join attempt_item i on i.attempt_id = t.id
            where t.finished_at is not null and\s""";
    /** Every assignment of one instructor's classes. */
    public static final String OF_INSTRUCTOR = "aa.assignment_id in (select a.id from assignment a "
            + "join classroom c on c.id = a.classroom_id where c.instructor_id = ?)";

    /** Item analysis of one assignment: each student's last submitted attempt. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public ItemStatistics.Analysis itemAnalysis(long assignmentId) {
        assignments.ownedAssignment(assignmentId);
        return analyse("aa.assignment_id = ?", assignmentId);
    }

    /** Item analysis across every assignment of the signed-in instructor's classes, question by question. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public ItemStatistics.Analysis itemAnalysisOfMyClasses() {
        return analyse(OF_INSTRUCTOR, currentUser.requireId());
    }

    private ItemStatistics.Analysis analyse(String where, long id) {
        record Row(long student, long attempt, String question, long version, double score, String response,
                   Instant finished) {
        }
        List<Row> rows = jdbc.query(RESPONSES_SQL + where, (rs, n) -> new Row(rs.getLong(1), rs.getLong(2),
                rs.getString(3), rs.getLong(4), rs.getDouble(5), rs.getString(6), rs.getTimestamp(7).toInstant()), id);
        // One response per student and question: the latest submitted one.
        Map<String, Row> latest = new java.util.HashMap<>();
        for (Row r : rows) {
            latest.merge(r.student() + "/" + r.question(), r, (a, b) -> a.finished().isAfter(b.finished()) ? a : b);
        }
        Map<String, Set<String>> keys = new java.util.HashMap<>();
        List<ItemStatistics.Response> responses = new ArrayList<>();
        for (Row r : latest.values()) {
            var content = bank.content(r.version());
            if (content.type().usesOptions()) {
                keys.put(r.question(), content.options().stream().filter(o -> o.correct()).map(o -> o.id())
                        .collect(Collectors.toSet()));
            }
            List<String> chosen = content.type().usesOptions() && r.response() != null ? parse(r.response()) : List.of();
            responses.add(new ItemStatistics.Response(r.student(), r.question(), r.score(), chosen));
        }
        return ItemStatistics.analyse(responses, keys);
    }

    private static List<String> parse(String json) {
        try {
            return JSON.readValue(json, STRINGS);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return List.of();
        }
    }
}
