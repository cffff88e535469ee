package com.massagetrainer.bookmark;

import com.massagetrainer.account.CurrentUser;
import com.massagetrainer.bank.BankCatalog;
import com.massagetrainer.bank.CurrentQuestion;
import com.massagetrainer.bank.QuestionContent;
import com.massagetrainer.quiz.QuizService;
import com.massagetrainer.quiz.QuizSpec;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Stars (bookmarks) and search, both limited to the questions whose key the signed-in student has been shown
 * ({@link QuizService#myKeyShownQuestions()}): a question never met, or met only where the review is hidden (a
 * certification, an assignment without review), can be neither starred nor found, so neither reveals its text or
 * key. Every read and change is the signed-in student's own.
 */
@Service
@Transactional
public class BookmarkService {

    /** Searches need at least this many characters, so one letter does not list the whole history. */
    public static final int MIN_QUERY = 3;
    public static final int MAX_RESULTS = 50;

    private final QuestionStarRepository stars;
    private final QuizService quizzes;
    private final BankCatalog bank;
    private final CurrentUser currentUser;
    private final Clock clock;

    BookmarkService(QuestionStarRepository stars, QuizService quizzes, BankCatalog bank, CurrentUser currentUser,
                    Clock clock) {
        this.stars = stars;
        this.quizzes = quizzes;
        this.bank = bank;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean isStarred(String questionId) {
        return stars.existsById(new QuestionStar.Key(currentUser.requireId(), questionId));
    }

    /** Stars or unstars a question the student has seen answered; returns whether it is starred now. */
    public boolean setStarred(String questionId, boolean starred) {
        QuestionStar.Key key = new QuestionStar.Key(currentUser.requireId(), questionId);
        if (!starred) {
            stars.findById(key).ifPresent(stars::delete);
            return false;
        }
        if (!quizzes.myKeyShownQuestions().contains(questionId)) {
            throw new StarRuleException("You can star a question once its answer has been shown to you.");
        }
        if (!stars.existsById(key)) {
            stars.save(new QuestionStar(key, clock.instant()));
        }
        return true;
    }

    /** The student's starred questions, newest star first. */
    @Transactional(readOnly = true)
    public List<FoundQuestion> myStarred() {
        List<String> ids = stars.starredBy(currentUser.requireId());
        Set<String> starred = new HashSet<>(ids);
        Map<String, FoundQuestion> byId = new LinkedHashMap<>();
        ids.forEach(id -> byId.put(id, null));
        for (CurrentQuestion q : bank.currentVersionsOf(ids)) {
            byId.put(q.questionId(), found(q, starred));
        }
        return byId.values().stream().filter(f -> f != null).toList();
    }

    /** Starts a practice quiz of the starred questions (newest star first); returns the attempt id. */
    public long startStarred() {
        List<String> ids = stars.starredBy(currentUser.requireId());
        if (ids.isEmpty()) {
            throw new StarRuleException("No starred questions yet. Star a question after you have answered it.");
        }
        List<String> asked = ids.subList(0, Math.min(ids.size(), QuizSpec.MAX_QUESTIONS));
        return quizzes.start(QuizSpec.ofQuestions("Starred: " + asked.size()
                + (asked.size() == 1 ? " question" : " questions"), asked));
    }

    /**
     * The seen questions whose stem or explanation contains every word of {@code text} (case-insensitive), at most
     * {@link #MAX_RESULTS}, in the bank's order.
     */
    @Transactional(readOnly = true)
    public List<FoundQuestion> search(String text) {
        String query = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (query.length() < MIN_QUERY) {
            throw new StarRuleException("Type at least " + MIN_QUERY + " letters to search.");
        }
        List<String> words = List.of(query.split("\\s+"));
        Set<String> starred = new HashSet<>(stars.starredBy(currentUser.requireId()));
        return bank.currentVersionsOf(quizzes.myKeyShownQuestions()).stream()
                .filter(q -> {
                    QuestionContent c = bank.content(q.versionId());
                    String haystack = (c.stem() + "\n" + (c.explanation() == null ? "" : c.explanation()))
                            .toLowerCase(Locale.ROOT);
                    return words.stream().allMatch(haystack::contains);
                })
                .limit(MAX_RESULTS).map(q -> found(q, starred)).toList();
    }

    private FoundQuestion found(CurrentQuestion q, Set<String> starred) {
        QuestionContent c = bank.content(q.versionId());
        return new FoundQuestion(q.questionId(), bank.topicNames().getOrDefault(q.topicId(), q.topicId()), c.stem(),
                c.explanation(), starred.contains(q.questionId()));
    }
}
