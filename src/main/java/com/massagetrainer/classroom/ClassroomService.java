package com.massagetrainer.classroom;

import com.massagetrainer.account.CurrentUser;
import com.massagetrainer.account.Role;
import com.massagetrainer.account.TextInput;
import com.massagetrainer.account.AccountRuleException;
import com.massagetrainer.bank.BankCatalog;
import com.massagetrainer.progress.ProgressService;
import com.massagetrainer.progress.TopicMastery;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Classes: instructors create them and see only their own (and their students); students join with a code.
 * Every read of a class checks that the caller is its instructor.
 */
@Service
@Transactional
public class ClassroomService {

    private final ClassroomRepository classes;
    private final ClassroomMemberRepository members;
    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final RandomGenerator codes;
    private final ProgressService progress;
    private final JoinAttempts joinAttempts;
    private final BankCatalog bank;

    ClassroomService(ClassroomRepository classes, ClassroomMemberRepository members, JdbcTemplate jdbc,
                     CurrentUser currentUser, Clock clock, RandomGenerator quizSeeds, ProgressService progress,
                     JoinAttempts joinAttempts, BankCatalog bank) {
        this.bank = bank;
        this.progress = progress;
        this.joinAttempts = joinAttempts;
        this.classes = classes;
        this.members = members;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
        this.codes = quizSeeds;
    }

    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public ClassSummary create(String name, String description) {
        String cleanName = name(name);
        String cleanDescription = description == null || description.isBlank() ? null : description.strip();
        if (cleanDescription != null && cleanDescription.length() > 1000) {
            throw new ClassroomRuleException("Keep the description under 1,000 characters.");
        }
        Classroom c = classes.save(new Classroom(currentUser.requireId(), cleanName, cleanDescription, newCode(),
                clock.instant()));
        return summary(c);
    }

    /** The signed-in instructor's classes with their sizes, counted in the database. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<ClassSummary> myClasses() {
        return jdbc.query("""
                select c.id, c.name, c.description, c.join_code, count(m.student_id)
                from classroom c left join classroom_member m on m.classroom_id = c.id
                where c.instructor_id = ? group by c.id, c.name, c.description, c.join_code order by c.name""",
                (rs, n) -> new ClassSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5)), currentUser.requireId());
    }

    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public ClassSummary myClass(long classId) {
        return summary(owned(classId));
    }

    /** The roster with each student's last activity (latest answer), aggregated in SQL. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<RosterEntry> roster(long classId) {
        owned(classId);
        return jdbc.query("""
                select u.id, u.display_name, u.email, m.joined_at,
                       (select max(i.answered_at) from attempt a join attempt_item i on i.attempt_id = a.id
                        where a.user_id = u.id) as last_active
                from classroom_member m join app_user u on u.id = m.student_id
                where m.classroom_id = ?
                order by u.display_name""", (rs, n) -> new RosterEntry(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getTimestamp(4).toInstant(), toInstant(rs.getTimestamp(5))), classId);
    }

    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public ClassSummary regenerateCode(long classId) {
        Classroom c = owned(classId);
        c.setJoinCode(newCode());
        return summary(c);
    }

    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public void removeStudent(long classId, long studentId) {
        owned(classId);
        members.deleteById(new ClassroomMember.Key(classId, studentId));
    }

    /** Student x topic mastery for the class, with class averages; computed in SQL per student and topic. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public MasteryMatrix masteryMatrix(long classId) {
        List<RosterEntry> students = roster(classId);
        var mastery = progress.masteryOf(students.stream().map(RosterEntry::studentId).toList());
        List<String> topicNames = new java.util.ArrayList<>();
        List<String> topicIds = new java.util.ArrayList<>();
        List<MasteryMatrix.Row> rows = new java.util.ArrayList<>();
        for (RosterEntry s : students) {
            List<TopicMastery> topics = mastery.get(s.studentId());
            if (topicNames.isEmpty()) {
                topics.forEach(t -> {
                    topicNames.add(t.topicName());
                    topicIds.add(t.topicId());
                });
            }
            rows.add(new MasteryMatrix.Row(s.studentId(), s.displayName(), topics.stream()
                    .map(t -> t.enoughData() ? Math.round(1000 * t.mastery()) / 10.0 : null).toList()));
        }
        List<Double> averages = new java.util.ArrayList<>();
        for (int i = 0; i < topicNames.size(); i++) {
            int topic = i;
            averages.add(rows.stream().map(r -> r.mastery().get(topic)).filter(java.util.Objects::nonNull)
                    .mapToDouble(Double::doubleValue).average().stream().map(v -> Math.round(10 * v) / 10.0).boxed()
                    .findFirst().orElse(null));
        }
        var shortNames = bank.topicShortNames();
        return new MasteryMatrix(topicNames, topicIds.stream().map(id -> shortNames.getOrDefault(id, id)).toList(),
                rows, averages);
    }

    /** The matrix as CSV: a header row, one row per student, then the class averages. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public String masteryCsv(long classId) {
        MasteryMatrix m = masteryMatrix(classId);
        List<String> header = new java.util.ArrayList<>(List.of("Student"));
        header.addAll(m.topicNames());
        List<List<Object>> rows = new java.util.ArrayList<>();
        for (MasteryMatrix.Row r : m.rows()) {
            List<Object> row = new java.util.ArrayList<>(List.of(r.studentName()));
            r.mastery().forEach(v -> row.add(v == null ? "not enough data" : v));
            rows.add(row);
        }
        List<Object> averages = new java.util.ArrayList<>(List.of("Class average"));
        m.classAverages().forEach(v -> averages.add(v == null ? "" : v));
        rows.add(averages);
        return SafeCsv.write(header, rows);
    }

    /** A student joins the class whose code they typed; wrong codes are limited so codes cannot be guessed. */
    public ClassSummary join(String typedCode) {
        long me = currentUser.requireId();
        String code = JoinCode.normalise(typedCode);
        if (code != null) {
            joinAttempts.attempt(me); // only a well-formed code is a guess worth counting
        }
        Classroom c = code == null ? null : classes.findByJoinCode(code).orElse(null);
        if (c == null) {
            throw new ClassroomRuleException("No class has that code. Check it with your instructor (it looks like K7M-2QX).");
        }
        joinAttempts.succeeded(me);
        ClassroomMember.Key key = new ClassroomMember.Key(c.getId(), me);
        if (members.existsById(key)) {
            throw new ClassroomRuleException("You are already in " + c.getName() + ".");
        }
        if (c.getInstructorId() == me) {
            throw new ClassroomRuleException("This is your own class.");
        }
        members.saveAndFlush(new ClassroomMember(key, clock.instant()));
        return summary(c);
    }

    /** The classes the signed-in student belongs to. */
    @Transactional(readOnly = true)
    public List<String> myMemberships() {
        return jdbc.queryForList("""
                select c.name from classroom_member m join classroom c on c.id = m.classroom_id
                where m.student_id = ? order by c.name""", String.class, currentUser.requireId());
    }

    Classroom owned(long classId) {
        Classroom c = classes.findById(classId).orElseThrow(() -> new AccessDeniedException("No such class."));
        // Instructors see only their own classes; admins see all.
        if (c.getInstructorId() != currentUser.requireId() && !currentUser.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("This class belongs to another instructor.");
        }
        return c;
    }

    private ClassSummary summary(Classroom c) {
        Long count = jdbc.queryForObject("select count(*) from classroom_member where classroom_id = ?", Long.class,
                c.getId());
        return new ClassSummary(c.getId(), c.getName(), c.getDescription(), c.getJoinCode(), count == null ? 0 : count);
    }

    private String newCode() {
        String code;
        do {
            code = JoinCode.generate(codes);
        } while (classes.existsByJoinCode(code));
        return code;
    }

    private static String name(String name) {
        try {
            return TextInput.name("name", name, 100);
        } catch (AccountRuleException e) {
            throw new ClassroomRuleException(e.getMessage().replace("Enter a name.", "Give the class a name."));
        }
    }

    private static java.time.Instant toInstant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
