package com.massagetrainer.classroom;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An instructor's class, joined by students with its code. */
@Entity
@Table(name = "classroom")
class Classroom {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "instructor_id")
    private long instructorId;
    private String name;
    private String description;
    @Column(name = "join_code")
    private String joinCode;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Classroom() {
    }

    Classroom(long instructorId, String name, String description, String joinCode, Instant createdAt) {
        this.instructorId = instructorId;
        this.name = name;
        this.description = description;
        this.joinCode = joinCode;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    long getInstructorId() {
        return instructorId;
    }

    String getName() {
        return name;
    }

    String getDescription() {
        return description;
    }

    String getJoinCode() {
        return joinCode;
    }

    void setJoinCode(String joinCode) {
        this.joinCode = joinCode;
    }
}
