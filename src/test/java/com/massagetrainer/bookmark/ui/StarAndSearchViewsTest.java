package com.massagetrainer.bookmark.ui;

import com.massagetrainer.KaribuTest;
import com.massagetrainer.account.Role;
import com.massagetrainer.account.TestAccounts;
import com.massagetrainer.bank.BankCatalog;
import com.massagetrainer.bank.CurrentQuestion;
import com.massagetrainer.bank.QuestionType;
import com.massagetrainer.bookmark.BookmarkService;
import com.massagetrainer.quiz.QuestionOnScreen;
import com.massagetrainer.quiz.QuizFixtures;
import com.massagetrainer.quiz.QuizService;
import com.massagetrainer.quiz.QuizSpec;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The star in practice feedback and in the results review, the search page, and the starred practice set. */
class StarAndSearchViewsTest extends KaribuTest {

    @Autowired
    QuizService quizzes;
    @Autowired
    BookmarkService bookmarks;
    @Autowired
    BankCatalog bank;

    private String wordOf(String questionId) {
        CurrentQuestion q = bank.currentVersionsOf(List.of(questionId)).get(0);
        return Arrays.stream(bank.content(q.versionId()).stem().split("[^A-Za-z]+"))
                .max(Comparator.comparingInt(String::length)).orElseThrow();
    }

    private String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    @Test
    void aStudentStarsAQuestionInFeedbackSeesItInTheReviewAndPractisesTheStarredSet() {
        login(TestAccounts.newUser(applicationContext, Role.STUDENT));
        List<String> two = QuizFixtures.questionsOfType(bank, QuestionType.SINGLE, 2);
        long id = quizzes.start(QuizSpec.ofQuestions("Two", two));
        QuestionOnScreen first = quizzes.open(id).at(1);
        UI.getCurrent().navigate("quiz/" + id);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> options = _get(RadioButtonGroup.class, spec -> spec.withId("options"));
        _setValue(options, QuizFixtures.wrongAnswer(first).get(0));
        _click(_get(Button.class, spec -> spec.withId("check")));
        Button star = _get(Button.class, spec -> spec.withId("star-1"));
        assertThat(star.getText()).isEqualTo("Star");
        assertThat(star.getElement().getAttribute("aria-pressed")).isEqualTo("false");
        _click(star);
        assertThat(star.getText()).isEqualTo("Starred");
        assertThat(star.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(bookmarks.isStarred(first.question().id())).isTrue();

        quizzes.answer(id, 2, QuizFixtures.rightAnswer(quizzes.open(id).at(2)));
        quizzes.submit(id);
        UI.getCurrent().navigate("quiz/" + id + "/results");
        assertThat(_get(Button.class, spec -> spec.withId("star-1")).getText()).isEqualTo("Starred");
        Button second = _get(Button.class, spec -> spec.withId("star-2"));
        _click(second);
        assertThat(bookmarks.isStarred(two.get(1))).isTrue();
        _click(second);
        assertThat(bookmarks.isStarred(two.get(1))).isFalse();

        UI.getCurrent().navigate("search");
        assertThat(_find(Div.class, spec -> spec.withId("starred-" + first.question().id()))).hasSize(1);
        _click(_get(Button.class, spec -> spec.withId("practise-starred")));
        long starred = Long.parseLong(currentPath().split("/")[1]);
        assertThat(quizzes.open(starred).questions()).extracting(q -> q.question().id())
                .containsExactly(first.question().id());
    }

    @Test
    void searchShowsSeenQuestionsOnlyAndCanStarThem() {
        login(TestAccounts.newUser(applicationContext, Role.STUDENT));
        List<String> singles = QuizFixtures.questionsOfType(bank, QuestionType.SINGLE, 30);
        String seen = singles.get(0);
        long id = quizzes.start(QuizSpec.ofQuestions("One", List.of(seen)));
        quizzes.answer(id, 1, QuizFixtures.rightAnswer(quizzes.open(id).at(1)));

        UI.getCurrent().navigate("search");
        assertThat(_get(Paragraph.class, spec -> spec.withId("starred-none")).getText()).startsWith("No starred");
        _setValue(_get(TextField.class, spec -> spec.withId("search-field")), wordOf(seen));
        _click(_get(Button.class, spec -> spec.withId("search-button")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("search-note")).getText()).endsWith("found.");
        Div results = _get(Div.class, spec -> spec.withId("search-results"));
        assertThat(_find(results, Div.class, spec -> spec.withClasses("found-card")))
                .extracting(c -> c.getId().orElseThrow()).containsExactly("result-" + seen);
        _click(_get(Button.class, spec -> spec.withId("star-result-" + seen)));
        assertThat(bookmarks.isStarred(seen)).isTrue();
        assertThat(_find(Div.class, spec -> spec.withId("starred-" + seen))).hasSize(1);

        // A word only unseen questions hold finds nothing; the page says so.
        String unseenWord = singles.stream().skip(1).map(this::wordOf)
                .filter(w -> bookmarks.search(w).isEmpty()).findFirst().orElseThrow();
        _setValue(_get(TextField.class, spec -> spec.withId("search-field")), unseenWord);
        _click(_get(Button.class, spec -> spec.withId("search-button")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("search-note")).getText())
                .startsWith("No question you have seen matches");
        assertThat(_find(results, Div.class, spec -> spec.withClasses("found-card"))).isEmpty();
    }
}
