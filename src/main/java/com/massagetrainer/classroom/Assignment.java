package com.massagetrainer.classroom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.massagetrainer.quiz.QuizMode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** A quiz assigned to a class, open from {@code opensAt} until {@code dueAt}. */
@Entity
@Table(name = "assignment")
class Assignment {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "classroom_id")
    private long classroomId;
    private String title;
    private String topics;
    @Column(name = "question_count")
    private int questionCount;
    @Enumerated(EnumType.STRING)
    private QuizMode mode;
    @Column(name = "time_limit_minutes")
    private Integer timeLimitMinutes;
    @Column(name = "opens_at")
    private Instant opensAt;
    @Column(name = "due_at")
    private Instant dueAt;
    @Column(name = "attempts_allowed")
    private int attemptsAllowed;
    @Column(name = "show_review")
    private boolean showReview;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Assignment() {
    }

    Assignment(long classroomId, AssignmentSpec s, Instant createdAt) {
        this.classroomId = classroomId;
        this.title = s.title();
        this.topics = write(s.topics());
        this.questionCount = s.questionCount();
        this.mode = s.mode();
        this.timeLimitMinutes = s.timeLimitMinutes();
        this.opensAt = s.opensAt();
        this.dueAt = s.dueAt();
        this.attemptsAllowed = s.attemptsAllowed();
        this.showReview = s.showReview();
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    long getClassroomId() {
        return classroomId;
    }

    AssignmentSpec spec() {
        return new AssignmentSpec(title, read(topics), questionCount, mode, timeLimitMinutes, opensAt, dueAt,
                attemptsAllowed, showReview);
    }

    private static String write(List<String> topics) {
        try {
            return JSON.writeValueAsString(topics);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> read(String json) {
        try {
            return JSON.readValue(json, new TypeReference<>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
