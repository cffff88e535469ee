package com.massagetrainer.quiz.ui;

import com.massagetrainer.KaribuTest;
import com.massagetrainer.account.Role;
import com.massagetrainer.account.TestAccounts;
import com.massagetrainer.bank.BankCatalog;
import com.massagetrainer.bank.QuestionType;
import com.massagetrainer.quiz.AttemptOnScreen;
import com.massagetrainer.quiz.QuizFixtures;
import com.massagetrainer.quiz.QuizMode;
import com.massagetrainer.quiz.QuizService;
import com.massagetrainer.quiz.QuizSpec;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The results review of a long attempt: collapsed cards, a filter, expand/collapse all, a title with mode and date. */
class ResultsReviewTest extends KaribuTest {

    @Autowired
    QuizService quizzes;
    @Autowired
    BankCatalog bank;

    /** An exam of four single-answer questions: 1 and 3 right, 2 wrong, 4 unanswered, 3 flagged; submitted. */
    private AttemptOnScreen finishedExam() {
        login(TestAccounts.newUser(applicationContext, Role.STUDENT));
        long id = quizzes.start(new QuizSpec("Four singles", QuizMode.EXAM, List.of(), 4, 20, null, false,
                QuizFixtures.questionsOfType(bank, QuestionType.SINGLE, 4)));
        AttemptOnScreen a = quizzes.open(id);
        quizzes.answer(id, 1, QuizFixtures.rightAnswer(a.at(1)));
        quizzes.answer(id, 2, QuizFixtures.wrongAnswer(a.at(2)));
        quizzes.answer(id, 3, QuizFixtures.rightAnswer(a.at(3)));
        quizzes.flag(id, 3, true);
        quizzes.submit(id);
        UI.getCurrent().navigate(ResultsView.route(id));
        return a;
    }

    private static List<Integer> shownPositions() {
        return _get(ReviewList.class).getChildren().filter(c -> c instanceof Details && c.isVisible())
                .map(c -> Integer.parseInt(c.getId().orElseThrow().substring("review-item-".length()))).toList();
    }

    private static Details card(int position) {
        return _get(Details.class, spec -> spec.withId("review-item-" + position));
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    @Test
    void theTitleSaysModeAndDateAndTheNameStaysBelowIt() {
        finishedExam();
        String date = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneId.systemDefault())
                .format(clock.instant());
        assertThat(_get(H2.class, spec -> spec.withId("results-title")).getText()).isEqualTo("Exam · " + date);
        assertThat(_get(Paragraph.class, spec -> spec.withId("results-name")).getText()).isEqualTo("Four singles");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Exam · " + date + " · Massage Exam Trainer");
        assertThat(text("result-tally")).isEqualTo("2 of 4 right");
    }

    @Test
    void cardsStartCollapsedWithVerdictStemAndTheStudentsAnswerAndOpenToTheFullFeedback() {
        AttemptOnScreen exam = finishedExam();
        assertThat(shownPositions()).containsExactly(1, 2, 3, 4);
        for (int pos = 1; pos <= 4; pos++) {
            assertThat(card(pos).isOpened()).as("card %d", pos).isFalse();
        }
        assertThat(text("verdict-2")).isEqualTo("Incorrect");
        assertThat(text("stem-2")).isEqualTo("2. " + exam.at(2).question().stem());
        String chosen = exam.at(2).question().options().stream()
                .filter(o -> o.id().equals(QuizFixtures.wrongAnswer(exam.at(2)).get(0))).findFirst().orElseThrow().text();
        assertThat(text("your-answer-2")).isEqualTo("Your answer: " + chosen);
        assertThat(text("your-answer-4")).isEqualTo("Not answered");
        assertThat(text("verdict-4")).isEqualTo("Not answered");
        assertThat(text("flagged-3")).isEqualTo("Flagged");
        // The full feedback is inside the card, shown when it opens.
        assertThat(card(2).getContent().findFirst().orElseThrow().getId()).hasValue("review-2");
        assertThat(_get(Paragraph.class, spec -> spec.withId("explanation-2")).getText())
                .isEqualTo(exam.at(2).question().explanation());

        card(2).setOpened(true);
        assertThat(card(2).isOpened()).isTrue();
        _click(_get(Button.class, spec -> spec.withId("expand-all")));
        assertThat(shownPositions().stream().map(ResultsReviewTest::card).map(Details::isOpened)).containsOnly(true);
        _click(_get(Button.class, spec -> spec.withId("collapse-all")));
        assertThat(shownPositions().stream().map(ResultsReviewTest::card).map(Details::isOpened)).containsOnly(false);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFilterShowsWrongOnlyFlaggedOnlyOrAll() {
        finishedExam();
        RadioButtonGroup<ReviewList.Filter> filter = _get(RadioButtonGroup.class, spec -> spec.withId("review-filter"));
        assertThat(filter.getValue()).isEqualTo(ReviewList.Filter.ALL);
        assertThat(filter.getItemLabelGenerator().apply(ReviewList.Filter.WRONG)).isEqualTo("Wrong only (2)");

        _setValue(filter, ReviewList.Filter.WRONG);
        assertThat(shownPositions()).containsExactly(2, 4);
        _setValue(filter, ReviewList.Filter.FLAGGED);
        assertThat(shownPositions()).containsExactly(3);
        _setValue(filter, ReviewList.Filter.ALL);
        assertThat(shownPositions()).containsExactly(1, 2, 3, 4);
        _assertNone(Paragraph.class, spec -> spec.withId("review-empty"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPracticeQuizAllRightOffersNoEmptyFilters() {
        login(TestAccounts.newUser(applicationContext, Role.STUDENT));
        long id = quizzes.start(new QuizSpec("Two singles", QuizMode.PRACTICE, List.of(), 2, null, null, false,
                QuizFixtures.questionsOfType(bank, QuestionType.SINGLE, 2)));
        AttemptOnScreen a = quizzes.open(id);
        quizzes.answer(id, 1, QuizFixtures.rightAnswer(a.at(1)));
        quizzes.answer(id, 2, QuizFixtures.rightAnswer(a.at(2)));
        quizzes.submit(id);
        UI.getCurrent().navigate(ResultsView.route(id));
        assertThat(_get(H2.class, spec -> spec.withId("results-title")).getText()).startsWith("Practice quiz · ");
        RadioButtonGroup<ReviewList.Filter> filter = _get(RadioButtonGroup.class, spec -> spec.withId("review-filter"));
        assertThat(filter.getItemEnabledProvider().test(ReviewList.Filter.WRONG)).isFalse();
        assertThat(filter.getItemEnabledProvider().test(ReviewList.Filter.FLAGGED)).isFalse();
        assertThat(filter.getItemEnabledProvider().test(ReviewList.Filter.ALL)).isTrue();
        Component list = _get(ReviewList.class);
        assertThat(list.getChildren().filter(c -> c instanceof Details).count()).isEqualTo(2);
    }
}
