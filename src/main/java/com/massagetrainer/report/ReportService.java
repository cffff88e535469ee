package com.massagetrainer.report;

import com.massagetrainer.account.CurrentUser;
import com.massagetrainer.account.TrainerPrincipal;
import com.massagetrainer.bank.BankCatalog;
import com.massagetrainer.quiz.QuizService;
import com.massagetrainer.quiz.SeenQuestion;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Students report problems with questions they have seen answered; whoever {@link ReportRouting} names answers each
 * report as fixed or rejected, with a reply the student reads on their home page.
 */
@Service
public class ReportService {

    public static final int MAX_TEXT = 1000;
    /** Reports per student per day: plenty for honest use, a ceiling for a script filling the queue. */
    static final int MAX_PER_DAY = 20;
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n]]|[\\u2028\\u2029\\u200B\\u202A-\\u202E]");

    private final QuestionReportRepository reports;
    private final QuizService quizzes;
    private final BankCatalog bank;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReportService(QuestionReportRepository reports, QuizService quizzes, BankCatalog bank, CurrentUser currentUser,
                  Clock clock) {
        this.reports = reports;
        this.quizzes = quizzes;
        this.bank = bank;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Reports the question at a position of the caller's attempt. Not one transaction on purpose: the insert runs
     * alone, so a second open report hits the database's unique constraint and becomes a clear message.
     */
    public long report(long attemptId, int position, ReportReason reason, String text) {
        TrainerPrincipal me = currentUser.require();
        if (reason == null) {
            throw new ReportRuleException("Choose what is wrong with the question.");
        }
        String details = clean(text, reason == ReportReason.OTHER);
        SeenQuestion seen = quizzes.seenQuestion(attemptId, position);
        Instant now = clock.instant();
        if (reports.countSince(me.id(), now.minus(Duration.ofDays(1))) >= MAX_PER_DAY) {
            throw new ReportRuleException("You have sent " + MAX_PER_DAY + " reports today; please send more tomorrow.");
        }
        try {
            return reports.saveAndFlush(new QuestionReport(seen.questionId(), seen.questionVersionId(), attemptId,
                    me.id(), reason, details, now)).getId();
        } catch (DataIntegrityViolationException e) {
            throw new ReportRuleException("You have already reported this question; you will see the answer on your "
                    + "home page.");
        }
    }

    /** The caller's reports, newest first. */
    @Transactional(readOnly = true)
    public List<MyReport> mine() {
        long me = currentUser.requireId();
        return reports.findMine(me).stream().map(r -> new MyReport(r.getId(), r.getQuestionId(),
                bank.content(r.getQuestionVersionId()).stem(), r.getReason(), r.getStatus(), r.getReply(),
                r.getCreatedAt(), r.getResolvedAt())).toList();
    }

    /** The queue of the caller (open reports first, oldest first); {@code all} adds the answered ones. */
    @Transactional(readOnly = true)
    public List<ReportInQueue> queue(boolean all) {
        requireHandler();
        return reports.queue(all);
    }

    /** The stem of the version reported, for the handler to read beside the report. */
    @Transactional(readOnly = true)
    public String questionText(long reportId) {
        requireHandler();
        QuestionReport r = reports.findById(reportId).orElseThrow(() -> new ReportRuleException("No such report."));
        return bank.content(r.getQuestionVersionId()).stem();
    }

    /** Answers an open report: FIXED or REJECTED, with a reply the student sees. */
    @Transactional
    public void resolve(long reportId, ReportStatus outcome, String reply) {
        TrainerPrincipal me = requireHandler();
        if (outcome == null || outcome == ReportStatus.OPEN) {
            throw new ReportRuleException("Mark the report fixed or rejected.");
        }
        String text = clean(reply, true);
        QuestionReport r = reports.findById(reportId).orElseThrow(() -> new ReportRuleException("No such report."));
        if (r.getStatus() != ReportStatus.OPEN) {
            throw new ReportRuleException("This report was already answered.");
        }
        r.resolve(outcome, text, me.id(), clock.instant());
    }

    private TrainerPrincipal requireHandler() {
        TrainerPrincipal me = currentUser.require();
        if (!ReportRouting.mayHandle(me)) {
            throw new AccessDeniedException("Only the question's handlers see its reports.");
        }
        return me;
    }

    /** Free text: trimmed, line breaks kept, no control characters, at most {@value #MAX_TEXT} characters. */
    static String clean(String text, boolean required) {
        String t = text == null ? "" : text.strip().replace("\r\n", "\n");
        if (required && t.isEmpty()) {
            throw new ReportRuleException("Write a few words about the problem.");
        }
        if (CONTROL.matcher(t).find()) {
            throw new ReportRuleException("Remove the invisible control characters.");
        }
        if (t.length() > MAX_TEXT) {
            throw new ReportRuleException("Use at most " + MAX_TEXT + " characters (this has " + t.length() + ").");
        }
        return t;
    }
}
