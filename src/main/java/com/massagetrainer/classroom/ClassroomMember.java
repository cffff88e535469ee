package com.massagetrainer.classroom;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** A student's membership of a class. */
@Entity
@Table(name = "classroom_member")
class ClassroomMember {

    @Embeddable
    record Key(@Column(name = "classroom_id") long classroomId, @Column(name = "student_id") long studentId)
            implements Serializable {
    }

    @EmbeddedId
    private Key key;
    @Column(name = "joined_at")
    private Instant joinedAt;

    protected ClassroomMember() {
    }

    ClassroomMember(Key key, Instant joinedAt) {
        this.key = key;
        this.joinedAt = joinedAt;
    }
}
