package com.massagetrainer.classroom;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Links a student's quiz attempt to the assignment it was made for. */
@Entity
@Table(name = "assignment_attempt")
class AssignmentAttempt {

    @Id
    @Column(name = "attempt_id")
    private Long attemptId;
    @Column(name = "assignment_id")
    private long assignmentId;
    @Column(name = "student_id")
    private long studentId;

    protected AssignmentAttempt() {
    }

    AssignmentAttempt(long attemptId, long assignmentId, long studentId) {
        this.attemptId = attemptId;
        this.assignmentId = assignmentId;
        this.studentId = studentId;
    }

    long getAssignmentId() {
        return assignmentId;
    }
}
