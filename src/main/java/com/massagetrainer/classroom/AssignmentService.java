package com.massagetrainer.classroom;

import com.massagetrainer.account.CurrentUser;
import com.massagetrainer.base.StartLock;
import com.massagetrainer.base.When;
import com.massagetrainer.bank.BankCatalog;
import com.massagetrainer.quiz.AttemptOnScreen;
import com.massagetrainer.quiz.QuizMode;
import com.massagetrainer.quiz.QuizService;
import com.massagetrainer.quiz.QuizSpec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Assignments: instructors assign a quiz to their class; each student draws their own attempt (own seed) from the
 * same spec within the window and the attempt limit; instructors see results per student and may review an
 * attempt read-only. Every instructor call checks the class is theirs; every student call that they are in it.
 */
@Service
@Transactional
public class AssignmentService {

    /** An assignment with its id, as the instructor's list shows it. */
    public record AssignmentView(long id, AssignmentSpec spec) {
    }

    private record AttemptRow(long attemptId, long assignmentId, long studentId, String status, Double score,
                              Instant startedAt, Instant finishedAt, Instant deadline) {
    }

    private final AssignmentRepository assignments;
    private final AssignmentAttemptRepository links;
    private final ClassroomService classes;
    private final QuizService quizzes;
    private final BankCatalog bank;
    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final StartLock startLock;

    AssignmentService(AssignmentRepository assignments, AssignmentAttemptRepository links, ClassroomService classes,
                      QuizService quizzes, BankCatalog bank, JdbcTemplate jdbc, CurrentUser currentUser, Clock clock,
                      StartLock startLock) {
        this.assignments = assignments;
        this.links = links;
        this.classes = classes;
        this.quizzes = quizzes;
        this.bank = bank;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
        this.startLock = startLock;
    }

    /** An identical assignment within this time of another is refused as a duplicate. */
    static final java.time.Duration DUPLICATE_WINDOW = java.time.Duration.ofSeconds(30);

    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public AssignmentView create(long classId, AssignmentSpec spec) {
        classes.owned(classId);
        check(spec);
        // One assign at a time per instructor and class; then an identical assignment made seconds ago is a double
        // click or a resent request, not a wish for two copies.
        startLock.hold(StartLock.NEW_ASSIGNMENT, currentUser.requireId(), classId);
        Instant now = clock.instant();
        boolean justMade = assignments.findByClassroomIdAndCreatedAtAfter(classId, now.minus(DUPLICATE_WINDOW)).stream()
                .anyMatch(a -> a.spec().equals(spec));
        if (justMade) {
            throw new ClassroomRuleException("This assignment was just created; it is already in the list.");
        }
        Assignment a = assignments.save(new Assignment(classId, spec, now));
        return new AssignmentView(a.getId(), a.spec());
    }

    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<AssignmentView> assignmentsOf(long classId) {
        classes.owned(classId);
        return assignments.findByClassroomIdOrderByDueAtDesc(classId).stream()
                .map(a -> new AssignmentView(a.getId(), a.spec())).toList();
    }

    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public AssignmentView assignment(long assignmentId) {
        Assignment a = ownedAssignment(assignmentId);
        return new AssignmentView(a.getId(), a.spec());
    }

    /** The signed-in student's assignments across their classes, newest due first. */
    @Transactional(readOnly = true)
    public List<AssignedQuiz> myAssignments() {
        long me = currentUser.requireId();
        Instant now = clock.instant();
        Map<Long, List<AttemptRow>> mine = attemptRows("""
                where aa.student_id = ?""", me).stream().collect(Collectors.groupingBy(AttemptRow::assignmentId));
        return jdbc.query("""
                select a.id, c.name, a.title, a.opens_at, a.due_at, a.attempts_allowed
                from assignment a join classroom c on c.id = a.classroom_id
                join classroom_member m on m.classroom_id = c.id
                where m.student_id = ? order by a.due_at desc""", (rs, n) -> {
            long id = rs.getLong(1);
            List<AttemptRow> rows = mine.getOrDefault(id, List.of());
            Instant opens = rs.getTimestamp(4).toInstant();
            Instant due = rs.getTimestamp(5).toInstant();
            Long open = rows.stream().filter(this::isOpen).map(AttemptRow::attemptId).findFirst().orElse(null);
            return new AssignedQuiz(id, rs.getString(2), rs.getString(3), opens, due, status(rows, opens, due),
                    rows.size(), rs.getInt(6), open, !now.isBefore(opens) && now.isBefore(due));
        }, me);
    }

    /**
     * Starts (or resumes) the student's attempt at an assignment; refuses outside the window or past the limit.
     * Parallel starts queue on the student's start lock for this assignment, so the limit holds and a second
     * session resumes the attempt the first one opened.
     */
    // A refusal keeps what was done before it: the grading of an exam found past its deadline.
    @Transactional(noRollbackFor = ClassroomRuleException.class)
    public long start(long assignmentId) {
        long me = currentUser.requireId();
        Assignment a = assignments.findById(assignmentId).orElseThrow(() -> new AccessDeniedException("No such assignment."));
        Integer member = jdbc.queryForObject("select count(*) from classroom_member where classroom_id = ? and student_id = ?",
                Integer.class, a.getClassroomId(), me);
        if (member == null || member == 0) {
            throw new AccessDeniedException("This assignment is for another class.");
        }
        startLock.hold(StartLock.ASSIGNMENT, me, assignmentId);
        // An exam whose deadline passed before the expiry job ran is a used, finished attempt: grade it first.
        quizzes.closeMyExpiredExams();
        AssignedQuiz mine = myAssignments().stream().filter(q -> q.assignmentId() == assignmentId).findFirst().orElseThrow();
        if (mine.openAttemptId() != null) {
            return mine.openAttemptId();
        }
        AssignmentSpec s = a.spec();
        Instant now = clock.instant();
        if (now.isBefore(s.opensAt())) {
            throw new ClassroomRuleException("This assignment opens on " + When.format(s.opensAt()) + ".");
        }
        if (!now.isBefore(s.dueAt())) {
            throw new ClassroomRuleException("This assignment closed on " + When.format(s.dueAt())
                    + "; new attempts can no longer start.");
        }
        if (mine.attemptsUsed() >= s.attemptsAllowed()) {
            throw new ClassroomRuleException("You have used all " + s.attemptsAllowed()
                    + (s.attemptsAllowed() == 1 ? " attempt" : " attempts") + " at this assignment.");
        }
        long attemptId = quizzes.start(new QuizSpec(s.title(), s.mode(), s.topics(), s.questionCount(),
                s.timeLimitMinutes(), null, false, null), s.showReview(), s.dueAt());
        links.save(new AssignmentAttempt(attemptId, assignmentId, me));
        return attemptId;
    }

    /** Each student of the class: status, best and last score, time used, attempts. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<ResultRow> results(long assignmentId) {
        Assignment a = ownedAssignment(assignmentId);
        AssignmentSpec s = a.spec();
        Map<Long, List<AttemptRow>> byStudent = attemptRows("where aa.assignment_id = ?", assignmentId).stream()
                .collect(Collectors.groupingBy(AttemptRow::studentId));
        return classes.roster(a.getClassroomId()).stream().map(student -> {
            List<AttemptRow> rows = byStudent.getOrDefault(student.studentId(), List.of());
            List<AttemptRow> finished = rows.stream().filter(r -> r.finishedAt() != null)
                    .sorted(Comparator.comparing(AttemptRow::finishedAt)).toList();
            AttemptRow last = finished.isEmpty() ? null : finished.get(finished.size() - 1);
            Double best = finished.stream().map(AttemptRow::score).max(Double::compare).orElse(null);
            return new ResultRow(student.studentId(), student.displayName(), status(rows, s.opensAt(), s.dueAt()),
                    rows.size(), best, last == null ? null : last.score(),
                    last == null ? null : Duration.between(last.startedAt(), last.finishedAt()),
                    last == null ? null : last.attemptId());
        }).toList();
    }

    /** A student's attempt at one of the instructor's assignments, read-only. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public AttemptOnScreen studentAttempt(long assignmentId, long attemptId) {
        ownedAssignment(assignmentId);
        AssignmentAttempt link = links.findById(attemptId)
                .filter(l -> l.getAssignmentId() == assignmentId)
                .orElseThrow(() -> new AccessDeniedException("That attempt is not part of this assignment."));
        return quizzes.openForInstructor(attemptId);
    }

    /** The results as CSV: a header row, one row per student, formula-looking cells neutralised. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public String resultsCsv(long assignmentId) {
        List<List<Object>> rows = new ArrayList<>();
        for (ResultRow r : results(assignmentId)) {
            rows.add(List.of(r.studentName(), r.status().label(), r.attempts(), r.bestScore() == null ? "" : r.bestScore(),
                    r.lastScore() == null ? "" : r.lastScore(),
                    r.lastTimeUsed() == null ? "" : r.lastTimeUsed().toMinutes() + ":" + String.format("%02d",
                            r.lastTimeUsed().toSecondsPart())));
        }
        return SafeCsv.write(List.of("Student", "Status", "Attempts", "Best score %", "Last score %", "Time used (min:s)"),
                rows);
    }

    Assignment ownedAssignment(long assignmentId) {
        Assignment a = assignments.findById(assignmentId).orElseThrow(() -> new AccessDeniedException("No such assignment."));
        classes.owned(a.getClassroomId());
        return a;
    }

    private List<AttemptRow> attemptRows(String where, long id) {
        return jdbc.query("""
                select t.id, aa.assignment_id, aa.student_id, t.status, t.score, t.started_at, t.finished_at, t.deadline
                from assignment_attempt aa join attempt t on t.id = aa.attempt_id
                """ + where, (rs, n) -> new AttemptRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                (Double) rs.getObject(5), rs.getTimestamp(6).toInstant(), instant(rs.getTimestamp(7)),
                instant(rs.getTimestamp(8))), id);
    }

    private boolean isOpen(AttemptRow r) {
        return "IN_PROGRESS".equals(r.status()) && (r.deadline() == null || r.deadline().isAfter(clock.instant()));
    }

    private AssignmentStatus status(List<AttemptRow> rows, Instant opens, Instant due) {
        Instant now = clock.instant();
        if (rows.stream().anyMatch(this::isOpen)) {
            return AssignmentStatus.IN_PROGRESS;
        }
        if (rows.stream().anyMatch(r -> r.finishedAt() != null)) {
            return AssignmentStatus.SUBMITTED;
        }
        if (now.isBefore(opens)) {
            return AssignmentStatus.NOT_OPEN;
        }
        return now.isBefore(due) ? AssignmentStatus.NOT_STARTED : AssignmentStatus.OVERDUE;
    }

    private void check(AssignmentSpec s) {
        if (s.title() == null || s.title().isBlank() || s.title().length() > 200) {
            throw new ClassroomRuleException("Give the assignment a title of at most 200 characters.");
        }
        Set<String> known = bank.topics().stream().map(t -> t.getId()).collect(Collectors.toSet());
        if (!known.containsAll(s.topics())) {
            throw new ClassroomRuleException("One of the chosen topics does not exist.");
        }
        if (s.mode() == null || s.mode() == QuizMode.CERTIFICATION) {
            throw new ClassroomRuleException("Choose Practice or Exam.");
        }
        if (s.questionCount() < 1 || s.questionCount() > QuizSpec.MAX_QUESTIONS) {
            throw new ClassroomRuleException("Choose between 1 and " + QuizSpec.MAX_QUESTIONS + " questions.");
        }
        if (s.mode() == QuizMode.EXAM && (s.timeLimitMinutes() == null || s.timeLimitMinutes() < 1
                || s.timeLimitMinutes() > QuizSpec.MAX_MINUTES)) {
            throw new ClassroomRuleException("Give the exam a time limit between 1 and " + QuizSpec.MAX_MINUTES + " minutes.");
        }
        if (s.opensAt() == null || s.dueAt() == null || !s.dueAt().isAfter(s.opensAt())) {
            throw new ClassroomRuleException("The due time must come after the opening time.");
        }
        if (s.attemptsAllowed() < 1 || s.attemptsAllowed() > 20) {
            throw new ClassroomRuleException("Allow between 1 and 20 attempts.");
        }
        long available = bank.currentQuestions(s.topics().isEmpty() ? known : s.topics(), List.of(1, 2, 3)).size();
        if (available < s.questionCount()) {
            throw new ClassroomRuleException("Only " + available + " questions match these topics; ask for "
                    + available + " or fewer.");
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
