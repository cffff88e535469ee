package com.massagetrainer.quiz;

import com.massagetrainer.account.CurrentUser;
import com.massagetrainer.account.Role;
import com.massagetrainer.bank.BankCatalog;
import com.massagetrainer.bank.CaseLink;
import com.massagetrainer.bank.CurrentQuestion;
import com.massagetrainer.bank.QuestionContent;
import com.massagetrainer.bank.Scoring;
import com.massagetrainer.bank.Topic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * Quizzes from start to score. Every method that reads or changes an attempt checks that it belongs to the
 * signed-in student. Each answer is saved in its own transaction the moment it is given.
 */
@Service
@Transactional
public class QuizService {

    static final Duration RECENT = Duration.ofDays(30);
    /** The most a guest (someone trying the trainer without an account) may practise in one quiz. */
    public static final int GUEST_QUESTIONS = 10;
    /** A question missed in a review session comes back after this many other questions (or at the end). */
    public static final int RELEARN_GAP = 3;
    /** At most this many relearning steps per question and session, so a session always ends. */
    static final int MAX_RELEARN_STEPS = 2;
    // Answers sent in the last moment of an exam still count; the network takes a moment.
    static final Duration ANSWER_GRACE = Duration.ofSeconds(2);

    private final AttemptRepository attempts;
    private final AttemptItemRepository items;
    private final BankCatalog bank;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final RandomGenerator seeds;
    private final ApplicationEventPublisher events;
    private final AttemptScreens screens;
    private final int passMark;

    QuizService(AttemptRepository attempts, AttemptItemRepository items, BankCatalog bank, CurrentUser currentUser,
                Clock clock, RandomGenerator quizSeeds, ApplicationEventPublisher events,
                @Value("${trainer.quiz.pass-mark:70}") int passMark) {
        this.events = events;
        this.screens = new AttemptScreens(items, bank);
        this.attempts = attempts;
        this.items = items;
        this.bank = bank;
        this.currentUser = currentUser;
        this.clock = clock;
        this.seeds = quizSeeds;
        this.passMark = passMark;
    }

    /**
     * Draws and stores a new practice quiz or exam for the signed-in student; returns its id. Certification exams are
     * refused here: they start from the certification, whose rules (retake wait, one open exam) apply to them.
     */
    public long start(QuizSpec spec) {
        if (spec.mode() == QuizMode.CERTIFICATION) {
            throw new QuizRuleException("Certification exams start from the Certification page; choose Practice or Exam.");
        }
        closeMyExpiredExams();
        return draw(spec);
    }

    /** Starts a certification exam with the certification's pass mark; only the certification service calls it. */
    public long startCertificationExam(QuizSpec spec, int passMark) {
        if (spec.mode() != QuizMode.CERTIFICATION) {
            throw new IllegalArgumentException("Not a certification exam: " + spec.mode());
        }
        long id = draw(spec);
        attempts.findById(id).orElseThrow().setPassMark(passMark);
        return id;
    }

    /**
     * Closes and grades the signed-in student's exams whose deadline has passed but which the expiry job has not
     * reached yet. Every start calls it first, so the rules about earlier attempts (retake wait, attempt limit) see
     * them as what they are: finished, at their deadline.
     */
    public void closeMyExpiredExams() {
        // In id order, as the expiry job locks them, so the two never wait for each other in a cycle.
        for (Long id : attempts.findExpiredOf(currentUser.requireId(), clock.instant())) {
            closeIfExpired(attempts.findForUpdate(id).orElseThrow());
        }
        // Callers go on with plain SQL (assignments), which does not see changes Hibernate has not written yet.
        attempts.flush();
    }

    private long draw(QuizSpec spec) {
        long userId = currentUser.requireId();
        spec.validate();
        if (currentUser.hasRole(Role.GUEST) && (spec.mode() != QuizMode.PRACTICE || spec.count() > GUEST_QUESTIONS)) {
            // Checked here, not in a view: every start (presets, mistakes, assignments, certification) draws here.
            throw new QuizRuleException("Create an account to take exams and longer quizzes; as a guest you can "
                    + "practise " + GUEST_QUESTIONS + " questions.");
        }
        Map<String, Integer> weights = weights(spec);
        List<CurrentQuestion> pool = spec.questionIds().isEmpty()
                ? bank.currentQuestions(weights.keySet(), spec.difficulties())
                : bank.currentVersionsOf(spec.questionIds());
        if (!spec.questionIds().isEmpty()) {
            weights = new LinkedHashMap<>();
            for (CurrentQuestion q : pool) {
                weights.put(q.topicId(), 1);
            }
        }
        Map<String, AttemptItemRepository.QuestionHistory> history = items.historyOf(userId,
                clock.instant().minus(RECENT)).stream()
                .collect(Collectors.toMap(AttemptItemRepository.QuestionHistory::getQuestionId, h -> h));
        Map<String, CaseLink> cases = bank.caseLinks();
        List<Candidate> candidates = new ArrayList<>();
        for (CurrentQuestion q : pool) {
            AttemptItemRepository.QuestionHistory h = history.get(q.questionId());
            CaseLink link = cases.get(q.questionId());
            QuestionContent content = bank.content(q.versionId());
            candidates.add(new Candidate(q.questionId(), q.versionId(), q.topicId(), q.difficulty(), q.type(),
                    Responses.partIds(content), h == null ? null : h.getLastSeen(),
                    h != null && h.getRecentWorst() != null && h.getRecentWorst() < 1.0,
                    link == null ? null : link.caseId(), link == null ? 0 : link.position(),
                    link == null ? 0 : link.size(), content.samePointAs()));
        }
        long seed = seeds.nextLong();
        List<DrawnItem> drawn = spec.questionIds().isEmpty() ? QuizDraw.draw(candidates, weights, spec.count(), seed)
                : QuizDraw.inOrder(candidates, spec.questionIds(), seed);
        Instant now = clock.instant();
        Instant deadline = spec.mode().isTimed() ? now.plus(Duration.ofMinutes(spec.timeLimitMinutes())) : null;
        Attempt attempt = attempts.save(new Attempt(userId, spec.mode(), spec.title(), QuizJson.write(spec), seed,
                drawn.size(), passMark, now, deadline));
        for (DrawnItem d : drawn) {
            CaseLink link = cases.get(d.questionId());
            items.save(new AttemptItem(attempt.getId(), d, QuizJson.write(d.presentation()),
                    link == null ? null : link.caseVersionId()));
        }
        return attempt.getId();
    }

    /**
     * Starts a practice session with same-day relearning (spaced review, the study plan's daily session): a question
     * missed here is asked again {@link #RELEARN_GAP} questions later, as Anki's relearning step does.
     */
    public long startWithRelearning(QuizSpec spec) {
        if (spec.mode() != QuizMode.PRACTICE) {
            throw new IllegalArgumentException("Relearning needs feedback at once: practice only.");
        }
        long id = start(spec);
        attempts.findById(id).orElseThrow().setRelearning(true);
        return id;
    }

    /** Starts one of the home view's one-click quizzes. */
    public long start(Preset preset) {
        List<Topic> topics = bank.topics();
        return switch (preset) {
            case MIXED -> start(QuizSpec.practice("25 mixed questions", List.of(), 25));
            case MOCK_EXAM -> start(QuizSpec.exam("Full mock exam", List.of(), 100, 110, true));
            case WEAKEST_TOPIC -> {
                String topic = weakestTopic(topics);
                String name = topics.stream().filter(t -> t.getId().equals(topic)).map(Topic::getName).findFirst()
                        .orElse(topic);
                yield start(QuizSpec.practice("10 questions: " + name, List.of(topic), 10));
            }
        };
    }

    /** A practice quiz of exactly the questions the student did not get fully right in an attempt. */
    public long startMistakes(long attemptId) {
        Attempt attempt = own(attemptId);
        if (!attempt.getStatus().isFinished()) {
            throw new QuizRuleException("Finish this quiz first; then you can practise your mistakes.");
        }
        if (!attempt.isShowReview()) {
            // Which answers were wrong is exactly what a hidden review keeps back.
            throw new QuizRuleException("This quiz's answers are not shown, so its mistakes cannot be practised.");
        }
        List<String> missed = items.findByAttemptIdOrderByPosition(attemptId).stream()
                .filter(i -> i.getScore() == null || i.getScore() < 1.0).map(AttemptItem::getQuestionId).distinct()
                .toList();
        if (missed.isEmpty()) {
            throw new QuizRuleException("No mistakes to practise: every answer in this quiz was right.");
        }
        return start(QuizSpec.ofQuestions("Mistakes from: " + attempt.getTitle(), missed));
    }

    public AttemptOnScreen open(long attemptId) {
        Attempt attempt = own(attemptId);
        closeIfExpired(attempt);
        return screens.of(attempt);
    }

    /**
     * Saves (or, in an exam, replaces) the answer to one question; returns the question as it now stands. In an
     * exam an empty response clears the answer (the student unticked everything). In a sequential attempt only
     * the current question can be answered (and re-answered until the student moves on).
     */
    public QuestionOnScreen answer(long attemptId, int position, List<String> response) {
        // Locked so that an answer cannot race "move on" (two tabs) into changing a question already left.
        Attempt attempt = ownForUpdate(attemptId);
        if (closeIfExpired(attempt, ANSWER_GRACE)) {
            throw new QuizRuleException("Time is up: this quiz was submitted with the answers you had saved.");
        }
        if (attempt.getStatus().isFinished()) {
            throw new QuizRuleException("This quiz is already submitted; answers can no longer change.");
        }
        requireCurrent(attempt, position);
        AttemptItem item = items.findByAttemptIdAndPosition(attemptId, position)
                .orElseThrow(() -> new QuizRuleException("This quiz has no question " + position + "."));
        if (attempt.getMode() == QuizMode.PRACTICE && item.getAnsweredAt() != null) {
            throw new QuizRuleException("You have already answered this question; go on to the next one.");
        }
        QuestionContent question = bank.content(item.getQuestionVersionId());
        if (attempt.getMode().isTimed() && (response == null || response.isEmpty())) {
            item.clear();
            return screens.of(attempt, item);
        }
        List<String> clean = Responses.valid(question, response);
        item.answer(QuizJson.write(clean), Scoring.score(question, clean), clock.instant());
        // A relearning step tests memory minutes old: FSRS has already taken the miss ("Again") and keeps it.
        if (attempt.getMode() == QuizMode.PRACTICE && !item.isRelearn()) {
            events.publishEvent(new QuestionAnswered(attempt.getUserId(), item.getQuestionId(), item.getScore(),
                    item.getAnsweredAt(), !attempt.isShowReview()));
        }
        if (attempt.isRelearning() && item.getScore() < 1.0
                && items.relearnSteps(attemptId, item.getQuestionId()) < MAX_RELEARN_STEPS) {
            relearnLater(item);
        }
        return screens.of(attempt, item);
    }

    /** Asks a missed question again {@link #RELEARN_GAP} questions later, or last when fewer remain. */
    private void relearnLater(AttemptItem missed) {
        int last = items.lastPosition(missed.getAttemptId());
        int at = Math.min(missed.getPosition() + RELEARN_GAP + 1, last + 1);
        if (at <= last) {
            items.shiftOut(missed.getAttemptId(), at);
            items.shiftBack(missed.getAttemptId());
        }
        items.save(AttemptItem.relearnStep(missed, at));
    }

    /**
     * The question ids whose key the signed-in student has been shown (see
     * {@link AttemptItemRepository#keyShownQuestions}): the only questions stars and search may reach.
     */
    @Transactional(readOnly = true)
    public List<String> myKeyShownQuestions() {
        return items.keyShownQuestions(currentUser.requireId());
    }

    /**
     * The question version at a position of the caller's attempt, once its key has been shown to them (practice
     * feedback, or the review of a finished attempt whose review is not hidden): what a student may report.
     */
    @Transactional(readOnly = true)
    public SeenQuestion seenQuestion(long attemptId, int position) {
        Attempt attempt = own(attemptId);
        AttemptItem item = items.findByAttemptIdAndPosition(attemptId, position)
                .orElseThrow(() -> new QuizRuleException("This quiz has no question " + position + "."));
        boolean shown = attempt.getMode() == QuizMode.PRACTICE ? item.getAnsweredAt() != null
                : attempt.getStatus().isFinished() && attempt.isShowReview() && !attempt.isSequential();
        if (!shown) {
            throw new QuizRuleException("You can report a question once its answer has been shown to you.");
        }
        return new SeenQuestion(attemptId, item.getQuestionId(), item.getQuestionVersionId());
    }

    /**
     * Sequential attempts: closes the current question and hands out the next one; refused while the current
     * question is unanswered (no skipping). Returns the attempt as the student now sees it.
     */
    public AttemptOnScreen next(long attemptId) {
        Attempt attempt = ownForUpdate(attemptId);
        if (closeIfExpired(attempt, ANSWER_GRACE)) {
            throw new QuizRuleException("Time is up: this quiz was submitted with the answers you had saved.");
        }
        if (attempt.getStatus().isFinished()) {
            throw new QuizRuleException("This quiz is already submitted.");
        }
        if (!attempt.isSequential()) {
            throw new QuizRuleException("In this quiz you can move between questions freely.");
        }
        int current = attempt.getCurrentPosition();
        AttemptItem item = items.findByAttemptIdAndPosition(attemptId, current).orElseThrow();
        if (item.getAnsweredAt() == null) {
            throw new QuizRuleException("Answer question " + current
                    + " before going on: in this exam questions cannot be skipped.");
        }
        if (current >= attempt.getQuestionCount()) {
            throw new QuizRuleException("This is the last question; submit the exam when you are ready.");
        }
        attempt.moveOn();
        return screens.of(attempt);
    }

    /** In a sequential attempt, only the question handed out may be answered: no going back, no reading ahead. */
    private static void requireCurrent(Attempt attempt, int position) {
        if (!attempt.isSequential() || position == attempt.getCurrentPosition()) {
            return;
        }
        throw new QuizRuleException(position < attempt.getCurrentPosition()
                ? "In this exam you cannot go back to an earlier question."
                : "Answer question " + attempt.getCurrentPosition() + " first: in this exam questions come one at a time.");
    }

    /** Flags or unflags a question of an open attempt; returns the question as it now stands. */
    public QuestionOnScreen flag(long attemptId, int position, boolean flagged) {
        Attempt attempt = own(attemptId);
        if (attempt.isSequential()) {
            throw new QuizRuleException("Questions cannot be flagged in an exam taken one question at a time.");
        }
        if (attempt.getStatus().isFinished()) {
            // Nothing to flag any more, and the question as it stands (key, score) is the results page's to show.
            throw new QuizRuleException("This quiz is already submitted.");
        }
        AttemptItem item = items.findByAttemptIdAndPosition(attemptId, position)
                .orElseThrow(() -> new QuizRuleException("This quiz has no question " + position + "."));
        item.setFlagged(flagged);
        return screens.of(attempt, item);
    }

    /** Grades and closes the attempt; submitting again (another tab, a double click) returns the same result. */
    public AttemptOnScreen submit(long attemptId) {
        own(attemptId);
        Attempt attempt = attempts.findForUpdate(attemptId).orElseThrow();
        if (!attempt.getStatus().isFinished() && !closeIfExpired(attempt)) {
            grade(attempt, AttemptStatus.SUBMITTED, clock.instant());
        }
        return screens.of(attempt);
    }

    /** Closes and grades every exam whose deadline has passed; run by the expiry job and at start-up. */
    public int closeExpiredExams() {
        int closed = 0;
        for (Long id : attempts.findExpired(clock.instant())) {
            Attempt attempt = attempts.findForUpdate(id).orElseThrow();
            if (closeIfExpired(attempt)) {
                closed++;
            }
        }
        return closed;
    }

    /** One of the signed-in student's attempts as lists show it. */
    @Transactional(readOnly = true)
    public AttemptSummary summaryOf(long attemptId) {
        return AttemptSummary.of(own(attemptId));
    }

    @Transactional(readOnly = true)
    public List<AttemptSummary> myHistory() {
        return attempts.findByUserIdOrderByStartedAtDesc(currentUser.requireId()).stream().map(AttemptSummary::of)
                .toList();
    }

    /** The newest unfinished attempt, for "Continue your quiz" (an exam past its deadline is not offered). */
    @Transactional(readOnly = true)
    public java.util.Optional<AttemptSummary> myOpenAttempt() {
        Instant now = clock.instant();
        return attempts.findFirstByUserIdAndStatusOrderByStartedAtDesc(currentUser.requireId(), AttemptStatus.IN_PROGRESS)
                .filter(a -> a.getDeadline() == null || a.getDeadline().isAfter(now)).map(AttemptSummary::of);
    }

    /** Starts an attempt whose keys and explanations the student does (or does not) see after submitting. */
    public long start(QuizSpec spec, boolean showReview) {
        long id = start(spec);
        attempts.findById(id).orElseThrow().setShowReview(showReview || spec.mode() == QuizMode.PRACTICE);
        return id;
    }

    /**
     * Starts an attempt that closes at {@code closesAt} at the latest (an assignment's due time): answers after it
     * are refused and the attempt is graded with the answers given, as an exam is at its time limit.
     */
    public long start(QuizSpec spec, boolean showReview, Instant closesAt) {
        long id = start(spec, showReview);
        attempts.findById(id).orElseThrow().closeBy(closesAt);
        return id;
    }

    /**
     * An attempt read by an instructor for a read-only review. Callers must first check that the attempt belongs to
     * one of the instructor's classes (ClassroomService does); this method only checks the role.
     */
    @org.springframework.security.access.prepost.PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public AttemptOnScreen openForInstructor(long attemptId) {
        Attempt attempt = attempts.findById(attemptId).orElseThrow(() -> new AccessDeniedException("No such quiz."));
        return screens.forInstructor(attempt);
    }

    public int passMark() {
        return passMark;
    }

    public Instant now() {
        return clock.instant();
    }

    private boolean closeIfExpired(Attempt attempt) {
        return closeIfExpired(attempt, Duration.ZERO);
    }

    private boolean closeIfExpired(Attempt attempt, Duration grace) {
        if (attempt.getStatus() == AttemptStatus.IN_PROGRESS && attempt.getDeadline() != null
                && !clock.instant().isBefore(attempt.getDeadline().plus(grace))) {
            grade(attempt, AttemptStatus.EXPIRED, attempt.getDeadline());
            return true;
        }
        return false;
    }

    private void grade(Attempt attempt, AttemptStatus how, Instant at) {
        List<AttemptItem> all = items.findByAttemptIdOrderByPosition(attempt.getId());
        // Relearning steps are practice within the session: the score counts each question's first answer.
        double total = all.stream().filter(i -> !i.isRelearn())
                .mapToDouble(i -> i.getScore() == null ? 0 : i.getScore()).sum();
        if (attempt.getMode().isTimed()) {
            // Exam answers may change until the end, so they count for learning once, as graded.
            all.stream().filter(i -> i.getAnsweredAt() != null).forEach(i -> events.publishEvent(
                    new QuestionAnswered(attempt.getUserId(), i.getQuestionId(), i.getScore(), i.getAnsweredAt(),
                            !attempt.isShowReview())));
        }
        double percent = attempt.getQuestionCount() == 0 ? 0 : 100.0 * total / attempt.getQuestionCount();
        attempt.finish(how, at, Math.round(percent * 10) / 10.0);
        events.publishEvent(new AttemptGraded(attempt.getId(), attempt.getUserId(), attempt.getMode(),
                attempt.getScore(), Boolean.TRUE.equals(attempt.getPassed()), at));
    }

    private Attempt ownForUpdate(long attemptId) {
        Attempt attempt = attempts.findForUpdate(attemptId).orElseThrow(() -> new AccessDeniedException("No such quiz."));
        if (attempt.getUserId() != currentUser.requireId()) {
            throw new AccessDeniedException("This quiz belongs to someone else.");
        }
        return attempt;
    }

    private Attempt own(long attemptId) {
        Attempt attempt = attempts.findById(attemptId).orElseThrow(() -> new AccessDeniedException("No such quiz."));
        if (attempt.getUserId() != currentUser.requireId()) {
            throw new AccessDeniedException("This quiz belongs to someone else.");
        }
        return attempt;
    }

    /** Topic weights for the draw: the blueprint's, or equal for the topics the student picked. */
    private Map<String, Integer> weights(QuizSpec spec) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (Topic topic : bank.topics()) {
            if (spec.topics().isEmpty() || spec.topics().contains(topic.getId())) {
                weights.put(topic.getId(), spec.blueprint() ? topic.getWeight() : 1);
            }
        }
        if (!spec.topics().isEmpty() && weights.size() != spec.topics().size()) {
            throw new QuizRuleException("One of the chosen topics no longer exists; choose again.");
        }
        return weights;
    }

    private String weakestTopic(List<Topic> topics) {
        Map<String, WeakestTopic.Stats> stats = items.accuracyByTopic(currentUser.requireId()).stream()
                .collect(Collectors.toMap(AttemptItemRepository.TopicAccuracy::getTopicId,
                        s -> new WeakestTopic.Stats(s.getAnswered(), s.getAccuracy() == null ? 0 : s.getAccuracy())));
        return WeakestTopic.pick(topics.stream().map(Topic::getId).toList(), stats)
                .orElseThrow(() -> new QuizRuleException("The bank has no topics yet."));
    }

}
