package com.massagetrainer.certification;

import com.massagetrainer.account.AccountService;
import com.massagetrainer.base.StartLock;
import com.massagetrainer.base.When;
import com.massagetrainer.account.CurrentUser;
import com.massagetrainer.quiz.AttemptGraded;
import com.massagetrainer.quiz.AttemptOnScreen;
import com.massagetrainer.quiz.AttemptStatus;
import com.massagetrainer.quiz.AttemptSummary;
import com.massagetrainer.quiz.QuizMode;
import com.massagetrainer.quiz.QuizService;
import com.massagetrainer.quiz.QuizSpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Certification exams and certificates: who may start (or retake) an exam, issuing a certificate when one is
 * passed, the holder's PDF, public verification by code, and revocation by admins.
 */
@Service
@Transactional
public class CertificationService {

    private final CertificationRepository certifications;
    private final CertificationAttemptRepository links;
    private final CertificateRepository certificates;
    private final QuizService quizzes;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final RandomGenerator codes;
    private final LookupLimiter limiter;
    private final StartLock startLock;
    private final String baseUrl;

    CertificationService(CertificationRepository certifications, CertificationAttemptRepository links,
                         CertificateRepository certificates, QuizService quizzes, AccountService accounts,
                         CurrentUser currentUser, Clock clock, RandomGenerator quizSeeds, StartLock startLock,
                         @Value("${trainer.public-base-url}") String baseUrl) {
        this.certifications = certifications;
        this.links = links;
        this.certificates = certificates;
        this.quizzes = quizzes;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
        this.codes = quizSeeds;
        this.limiter = new LookupLimiter(clock);
        this.startLock = startLock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Active certifications with what the signed-in student can do about each. */
    // Not read-only: an exam past its deadline is graded first, so the page shows the retake wait it started.
    public List<CertificationOffer> offers() {
        long me = currentUser.requireId();
        quizzes.closeMyExpiredExams();
        return certifications.findAllByOrderById().stream().filter(c -> c.settings().active())
                .map(c -> offer(c, me)).toList();
    }

    private CertificationOffer offer(Certification c, long userId) {
        Optional<Long> open = Optional.empty();
        Instant lastFailure = null;
        for (CertificationAttempt link : links.findByUserIdAndCertificationId(userId, c.getId())) {
            AttemptSummary a = quizzes.summaryOf(link.getAttemptId());
            if (a.status() == AttemptStatus.IN_PROGRESS && a.deadline().isAfter(clock.instant())) {
                open = Optional.of(a.id());
            } else if (a.status().isFinished() && !Boolean.TRUE.equals(a.passed())
                    && (lastFailure == null || a.finishedAt().isAfter(lastFailure))) {
                lastFailure = a.finishedAt();
            }
        }
        Optional<Instant> retake = lastFailure == null ? Optional.empty()
                : Optional.of(lastFailure.plus(Duration.ofHours(c.settings().retakeHours())))
                .filter(t -> t.isAfter(clock.instant()));
        return new CertificationOffer(c.getId(), c.settings(), certificates.holdsValid(userId, c.getId()), open, retake);
    }

    /**
     * Starts (or resumes) the student's exam for a certification; returns the attempt id. Parallel starts (several
     * sessions, a double click) queue on the student's start lock for this certification: the first opens the exam,
     * the others then resume that same exam, so there is at most one attempt open and the retake wait holds.
     */
    // A refusal keeps what was done before it: the grading of an exam found past its deadline.
    @Transactional(noRollbackFor = CertificationRuleException.class)
    public long start(long certificationId) {
        long me = currentUser.requireId();
        Certification c = certifications.findById(certificationId).filter(x -> x.settings().active())
                .orElseThrow(() -> new CertificationRuleException("This certification is not offered at the moment."));
        startLock.hold(StartLock.CERTIFICATION, me, c.getId());
        // An exam whose deadline passed before the expiry job ran is a finished attempt: grade it, then judge.
        quizzes.closeMyExpiredExams();
        CertificationOffer offer = offer(c, me);
        if (offer.openAttempt().isPresent()) {
            return offer.openAttempt().get();
        }
        if (offer.held()) {
            throw new CertificationRuleException("You already hold this certificate; there is no need to sit it again.");
        }
        if (offer.retakeFrom().isPresent()) {
            throw new CertificationRuleException("You can retake this exam from " + When.format(offer.retakeFrom().get())
                    + " (" + c.settings().retakeHours() + " hours after your last attempt).");
        }
        CertificationSettings s = c.settings();
        long attemptId = quizzes.startCertificationExam(new QuizSpec(s.title(), QuizMode.CERTIFICATION, List.of(),
                s.questionCount(), s.timeLimitMinutes(), null, true, null), s.passMark());
        links.save(new CertificationAttempt(attemptId, c.getId(), me));
        return attemptId;
    }

    /** Issues the certificate when a certification exam is passed (also when it was closed at its deadline). */
    @EventListener
    void graded(AttemptGraded graded) {
        if (graded.mode() != QuizMode.CERTIFICATION || !graded.passed()
                || certificates.findByAttemptId(graded.attemptId()).isPresent()) {
            return;
        }
        CertificationAttempt link = links.findById(graded.attemptId()).orElse(null);
        if (link == null) {
            return;
        }
        Certification c = certifications.findById(link.getCertificationId()).orElseThrow();
        String code;
        do {
            code = VerificationCode.generate(codes);
        } while (certificates.existsByCode(code));
        certificates.save(new Certificate(code, graded.userId(), c.getId(), graded.attemptId(),
                accounts.displayNameOf(graded.userId()), c.settings().title(), graded.score(), graded.finishedAt()));
    }

    /** The student's result: bands per topic (no keys), the certificate, or when a retake opens. */
    // Not read-only: opening an attempt whose deadline has passed grades it, and that must be saved.
    public CertificationResult result(long attemptId) {
        AttemptOnScreen attempt = quizzes.open(attemptId);
        CertificationAttempt link = links.findById(attemptId)
                .orElseThrow(() -> new AccessDeniedException("Not a certification attempt."));
        if (!attempt.status().isFinished()) {
            throw new CertificationRuleException("This exam is still open.");
        }
        Certification c = certifications.findById(link.getCertificationId()).orElseThrow();
        List<TopicBand> bands = attempt.topics().stream()
                .map(t -> new TopicBand(t.topicName(), TopicBand.Band.of(t.percent()))).toList();
        boolean passed = Boolean.TRUE.equals(attempt.passed());
        return new CertificationResult(attemptId, attempt.title(), attempt.score(), attempt.passMark(), passed,
                attempt.status() == AttemptStatus.EXPIRED, bands,
                certificates.findByAttemptId(attemptId).map(Certificate::details),
                attempt.finishedAt().plus(Duration.ofHours(c.settings().retakeHours())));
    }

    @Transactional(readOnly = true)
    public List<CertificateDetails> myCertificates() {
        return certificates.findByUserIdOrderByIssuedAtDesc(currentUser.requireId()).stream()
                .map(Certificate::details).toList();
    }

    /** The certificate as a PDF; only its holder may download it, and only while it is not revoked. */
    @Transactional(readOnly = true)
    public byte[] pdf(long certificateId) {
        Certificate c = certificates.findById(certificateId)
                .filter(x -> x.getUserId() == currentUser.requireId())
                .orElseThrow(() -> new AccessDeniedException("No such certificate."));
        if (c.details().isRevoked()) {
            // A revoked certificate must not circulate as a fresh, valid-looking PDF; the verify page says why.
            throw new CertificationRuleException("This certificate was revoked, so it can no longer be downloaded.");
        }
        return CertificatePdf.render(c.details(), verifyUrl(c.details().code()));
    }

    public String verifyUrl(String code) {
        return baseUrl + "/verify/" + code;
    }

    /** Public check of a code; limited per address so codes cannot be enumerated. */
    @Transactional(readOnly = true)
    public Verification verify(String typedCode, String address) {
        if (!limiter.tryLookup(address)) {
            return Verification.of(Verification.Outcome.TOO_MANY_LOOKUPS);
        }
        String code = VerificationCode.normalise(typedCode);
        Optional<Certificate> found = code == null ? Optional.empty() : certificates.findByCode(code);
        return found.map(c -> new Verification(c.details().isRevoked() ? Verification.Outcome.REVOKED
                : Verification.Outcome.VALID, Optional.of(c.details())))
                .orElse(Verification.of(Verification.Outcome.UNKNOWN));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<CertificateDetails> allCertificates() {
        return certificates.findAllByOrderByIssuedAtDesc().stream().map(Certificate::details).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public CertificateDetails revoke(long certificateId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 3 || why.length() > 500) {
            throw new CertificationRuleException("Give a reason of 3 to 500 characters; the holder and the public see it.");
        }
        Certificate c = certificates.findById(certificateId)
                .orElseThrow(() -> new CertificationRuleException("No such certificate."));
        if (c.details().isRevoked()) {
            throw new CertificationRuleException("This certificate is already revoked.");
        }
        c.revoke(clock.instant(), why);
        return c.details();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'INSTRUCTOR')")
    @Transactional(readOnly = true)
    public List<Certification> allCertifications() {
        return certifications.findAllByOrderById();
    }

    /** Creates a certification (id null) or changes one; the blueprint is the bank's topic weights. */
    @PreAuthorize("hasAnyRole('ADMIN', 'INSTRUCTOR')")
    public Certification save(Long id, CertificationSettings s) {
        check(s);
        Certification c = id == null ? new Certification(s) : certifications.findById(id)
                .orElseThrow(() -> new CertificationRuleException("No such certification."));
        c.apply(s);
        return certifications.save(c);
    }

    private static void check(CertificationSettings s) {
        if (s.title() == null || s.title().isBlank() || s.title().length() > 200) {
            throw new CertificationRuleException("Give the certification a title of at most 200 characters.");
        }
        if (s.questionCount() < 10 || s.questionCount() > QuizSpec.MAX_QUESTIONS) {
            throw new CertificationRuleException("Use between 10 and " + QuizSpec.MAX_QUESTIONS + " questions.");
        }
        if (s.timeLimitMinutes() < 5 || s.timeLimitMinutes() > QuizSpec.MAX_MINUTES) {
            throw new CertificationRuleException("Use a time limit between 5 and " + QuizSpec.MAX_MINUTES + " minutes.");
        }
        if (s.passMark() < 1 || s.passMark() > 100) {
            throw new CertificationRuleException("The pass mark is a percentage from 1 to 100.");
        }
        if (s.retakeHours() < 0 || s.retakeHours() > 24 * 365) {
            throw new CertificationRuleException("The retake wait is between 0 hours and a year.");
        }
    }
}
