package com.massagetrainer.bank;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One immutable version of a question's content. Answers point here, never at {@link Question}, so an old
 * attempt grades and reviews with the text and key the student actually saw.
 */
@Entity
@Table(name = "question_version")
public class QuestionVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "question_id")
    private String questionId;
    private int version;
    @Column(name = "content_hash")
    private String contentHash;
    @Enumerated(EnumType.STRING)
    private QuestionType type;
    private int difficulty;
    @Enumerated(EnumType.STRING)
    private CognitiveLevel cognitive;
    private String content;
    @Column(name = "created_at")
    private Instant createdAt;

    protected QuestionVersion() {
    }

    QuestionVersion(String questionId, int version, String contentHash, QuestionContent question, String content,
                    Instant createdAt) {
        this.questionId = questionId;
        this.version = version;
        this.contentHash = contentHash;
        this.type = question.type();
        this.difficulty = question.difficulty();
        this.cognitive = question.cognitive();
        this.content = content;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getQuestionId() {
        return questionId;
    }

    public int getVersion() {
        return version;
    }

    public String getContentHash() {
        return contentHash;
    }

    public QuestionType getType() {
        return type;
    }

    public int getDifficulty() {
        return difficulty;
    }

    /** The content as JSON; read it with {@link QuestionContentJson}. */
    public String getContent() {
        return content;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
