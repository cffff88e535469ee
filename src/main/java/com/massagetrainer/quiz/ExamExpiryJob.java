package com.massagetrainer.quiz;

import com.massagetrainer.base.BeforeServing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Grades exams whose deadline has passed with the answers saved so far, whether or not the student comes back:
 * every 30 seconds, and once at start-up for deadlines that passed while the server was down.
 */
@Component
class ExamExpiryJob extends BeforeServing {

    private static final Logger log = LoggerFactory.getLogger(ExamExpiryJob.class);

    private final QuizService quizzes;

    ExamExpiryJob(QuizService quizzes) {
        super(EXAMS);
        this.quizzes = quizzes;
    }

    @Override
    protected void prepare() {
        closeExpired();
    }

    @Scheduled(fixedDelayString = "${trainer.quiz.expiry-check-interval:PT30S}", initialDelayString = "PT30S")
    void closeExpired() {
        int closed = quizzes.closeExpiredExams();
        if (closed > 0) {
            log.info("Closed and graded {} exam(s) whose time ran out", closed);
        }
    }
}
