package com.massagetrainer.classroom;

import com.massagetrainer.account.InstructorRoster;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers accounts' question whether a student is in one of an instructor's classes (for reset links). */
@Component
class ClassRosters implements InstructorRoster {

    private final JdbcTemplate jdbc;

    ClassRosters(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean teaches(long instructorId, long studentId) {
        Integer n = jdbc.queryForObject("select count(*) from classroom_member m join classroom c on c.id = m.classroom_id "
                + "where c.instructor_id = ? and m.student_id = ?", Integer.class, instructorId, studentId);
        return n != null && n > 0;
    }
}
