package com.massagetrainer.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A certification students can earn: its exam's size, time, pass mark and retake wait. Blueprint: topic weights. */
@Entity
@Table(name = "certification")
public class Certification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String title;
    @Column(name = "question_count")
    private int questionCount;
    @Column(name = "time_limit_minutes")
    private int timeLimitMinutes;
    @Column(name = "pass_mark")
    private int passMark;
    @Column(name = "retake_hours")
    private int retakeHours;
    private boolean active;

    protected Certification() {
    }

    Certification(CertificationSettings s) {
        apply(s);
    }

    void apply(CertificationSettings s) {
        this.title = s.title();
        this.questionCount = s.questionCount();
        this.timeLimitMinutes = s.timeLimitMinutes();
        this.passMark = s.passMark();
        this.retakeHours = s.retakeHours();
        this.active = s.active();
    }

    public Long getId() {
        return id;
    }

    public CertificationSettings settings() {
        return new CertificationSettings(title, questionCount, timeLimitMinutes, passMark, retakeHours, active);
    }
}
