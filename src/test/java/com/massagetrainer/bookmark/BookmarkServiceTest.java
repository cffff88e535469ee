package com.massagetrainer.bookmark;

import com.massagetrainer.SpringTest;
import com.massagetrainer.account.Role;
import com.massagetrainer.account.TestAccounts;
import com.massagetrainer.account.TrainerPrincipal;
import com.massagetrainer.bank.BankCatalog;
import com.massagetrainer.bank.CurrentQuestion;
import com.massagetrainer.bank.QuestionContent;
import com.massagetrainer.bank.QuestionType;
import com.massagetrainer.quiz.AttemptOnScreen;
import com.massagetrainer.quiz.QuestionOnScreen;
import com.massagetrainer.quiz.QuizFixtures;
import com.massagetrainer.quiz.QuizMode;
import com.massagetrainer.quiz.QuizService;
import com.massagetrainer.quiz.QuizSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Stars are each student's own, and stars and search reach only questions whose key the student was shown. */
class BookmarkServiceTest extends SpringTest {

    @Autowired
    BookmarkService bookmarks;
    @Autowired
    QuizService quizzes;
    @Autowired
    BankCatalog bank;
    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private TrainerPrincipal student() {
        TrainerPrincipal p = TestAccounts.newUser(context, Role.STUDENT);
        TestAccounts.signIn(p);
        return p;
    }

    /** Answers these questions in a practice quiz (their keys are shown at once). */
    private void practise(List<String> ids) {
        long id = quizzes.start(QuizSpec.ofQuestions("Practice", ids));
        for (QuestionOnScreen q : quizzes.open(id).questions()) {
            quizzes.answer(id, q.position(), QuizFixtures.rightAnswer(q));
        }
    }

    private QuestionContent content(String questionId) {
        CurrentQuestion q = bank.currentVersionsOf(List.of(questionId)).get(0);
        return bank.content(q.versionId());
    }

    /** The longest word of a question's stem: specific enough to find it. */
    private String wordOf(String questionId) {
        return Arrays.stream(content(questionId).stem().split("[^A-Za-z]+")).max(Comparator.comparingInt(String::length))
                .orElseThrow().toLowerCase(Locale.ROOT);
    }

    @Test
    void starsAreMineAloneAndOnlyForQuestionsIHaveSeenAnswered() {
        List<String> two = QuizFixtures.questionsOfType(bank, QuestionType.SINGLE, 2);
        TrainerPrincipal me = student();
        practise(List.of(two.get(0)));
        assertThat(bookmarks.setStarred(two.get(0), true)).isTrue();
        assertThat(bookmarks.setStarred(two.get(0), true)).isTrue(); // twice: still one star
        assertThat(bookmarks.myStarred()).extracting(FoundQuestion::questionId).containsExactly(two.get(0));
        // Never seen: no star, and nothing about it is returned.
        assertThatThrownBy(() -> bookmarks.setStarred(two.get(1), true)).isInstanceOf(StarRuleException.class);

        student();
        assertThat(bookmarks.myStarred()).isEmpty();
        assertThat(bookmarks.isStarred(two.get(0))).isFalse();
        // Another student cannot star (a question they have not seen), and unstarring removes only their own star.
        assertThatThrownBy(() -> bookmarks.setStarred(two.get(0), true)).isInstanceOf(StarRuleException.class);
        bookmarks.setStarred(two.get(0), false);
        assertThatThrownBy(() -> bookmarks.startStarred()).isInstanceOf(StarRuleException.class);

        TestAccounts.signIn(me);
        assertThat(bookmarks.isStarred(two.get(0))).isTrue();
        long starredQuiz = bookmarks.startStarred();
        AttemptOnScreen quiz = quizzes.open(starredQuiz);
        assertThat(quiz.mode()).isEqualTo(QuizMode.PRACTICE);
        assertThat(quiz.questions()).extracting(q -> q.question().id()).containsExactly(two.get(0));
        bookmarks.setStarred(two.get(0), false);
        assertThat(bookmarks.myStarred()).isEmpty();
    }

    @Test
    void searchFindsSeenQuestionsByStemAndExplanationButNeverUnseenOnes() {
        List<String> singles = QuizFixtures.questionsOfType(bank, QuestionType.SINGLE, 40);
        String seen = singles.get(0);
        student();
        assertThat(bookmarks.search(wordOf(seen))).isEmpty();
        practise(List.of(seen));
        assertThat(bookmarks.search(wordOf(seen).toUpperCase(Locale.ROOT))).extracting(FoundQuestion::questionId)
                .contains(seen);
        String explanationWord = Arrays.stream(content(seen).explanation().split("[^A-Za-z]+"))
                .max(Comparator.comparingInt(String::length)).orElseThrow();
        assertThat(bookmarks.search(explanationWord)).extracting(FoundQuestion::questionId).contains(seen);
        // Whatever is searched, only the one seen question can come back.
        for (String other : singles.subList(1, singles.size())) {
            assertThat(bookmarks.search(wordOf(other))).extracting(FoundQuestion::questionId).isSubsetOf(seen);
        }
        assertThatThrownBy(() -> bookmarks.search("ab")).isInstanceOf(StarRuleException.class);
    }

    @Test
    void questionsMetOnlyWhereTheReviewIsHiddenCanBeNeitherFoundNorStarred() {
        List<String> two = QuizFixtures.questionsOfType(bank, QuestionType.SINGLE, 2);
        student();
        long exam = quizzes.start(new QuizSpec("Assigned, review hidden", QuizMode.EXAM, List.of(), 2, 10, null, false,
                two), false);
        AttemptOnScreen a = quizzes.open(exam);
        quizzes.answer(exam, 1, QuizFixtures.wrongAnswer(a.at(1)));
        quizzes.answer(exam, 2, QuizFixtures.rightAnswer(a.at(2)));
        quizzes.submit(exam);
        assertThat(quizzes.myKeyShownQuestions()).isEmpty();
        for (String id : two) {
            assertThat(bookmarks.search(wordOf(id))).isEmpty();
            assertThatThrownBy(() -> bookmarks.setStarred(id, true)).isInstanceOf(StarRuleException.class);
        }
        // The same questions in an exam whose review is shown: found once it is submitted, not while it runs.
        long open = quizzes.start(new QuizSpec("Shown", QuizMode.EXAM, List.of(), 2, 10, null, false, two));
        quizzes.answer(open, 1, QuizFixtures.rightAnswer(quizzes.open(open).at(1)));
        assertThat(bookmarks.search(wordOf(two.get(0)))).isEmpty();
        quizzes.submit(open);
        assertThat(bookmarks.search(wordOf(two.get(0)))).extracting(FoundQuestion::questionId).contains(two.get(0));
    }
}
