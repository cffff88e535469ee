package com.massagetrainer.progress.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.massagetrainer.KaribuTest;
import com.massagetrainer.account.Role;
import com.massagetrainer.account.TestAccounts;
import com.massagetrainer.progress.TopicMastery;
import com.massagetrainer.quiz.AttemptOnScreen;
import com.massagetrainer.quiz.QuestionOnScreen;
import com.massagetrainer.quiz.QuizFixtures;
import com.massagetrainer.quiz.QuizService;
import com.massagetrainer.quiz.QuizSpec;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The mastery chart and table never show a figure the student's answers do not support. */
class MasteryViewTest extends KaribuTest {

    @Autowired
    QuizService quizzes;

    @Test
    void aFreshStudentSeesNotStartedAndNoBarForEveryTopic() throws Exception {
        login(TestAccounts.newUser(applicationContext, Role.STUDENT));
        UI.getCurrent().navigate("");
        List<JsonNode> bars = bars();
        assertThat(bars).isNotEmpty().allSatisfy(bar -> {
            assertThat(bar.get("value").asInt()).as("bar length").isZero();
            assertThat(bar.at("/label/formatter").asText()).isEqualTo("not started");
        });
        assertThat(tableMastery()).isNotEmpty().containsOnly("not started");
        assertThat(_get(TrainerChart.class, spec -> spec.withId("mastery-chart")).label()).doesNotContain("50%");
    }

    @Test
    void practisedTopicsGetABarOthersStayNotStartedOrTooFew() throws Exception {
        login(TestAccounts.newUser(applicationContext, Role.STUDENT));
        answer("anatomy", 18);
        answer("strokes", TopicMastery.MIN_ANSWERS - 2);
        UI.getCurrent().getPage().reload();
        List<String> names = names();
        List<JsonNode> bars = bars();
        JsonNode anatomy = bars.get(names.indexOf(topicName("anatomy")));
        assertThat(anatomy.get("value").asInt()).isGreaterThan(50);
        assertThat(anatomy.has("label")).as("a measured bar keeps the value label").isFalse();
        JsonNode strokes = bars.get(names.indexOf(topicName("strokes")));
        assertThat(strokes.get("value").asInt()).isZero();
        assertThat(strokes.at("/label/formatter").asText()).isEqualTo("too few answers (" + (TopicMastery.MIN_ANSWERS - 2) + ")");
        // All 18 answers right: a never-practised topic would read well above the target if the prior showed.
        assertThat(bars.stream().filter(b -> b.get("value").asInt() > 0)).hasSize(1);
        assertThat(tableMastery()).filteredOn("not started"::equals).hasSize(names.size() - 2);

        MasteryView view = _get(MasteryView.class);
        _click(_get(Button.class, spec -> spec.withId("mastery-toggle")));
        assertThat(view.showsTable()).isTrue();
        assertThat(_get(Button.class, spec -> spec.withId("mastery-toggle")).getText()).isEqualTo("Show as chart");
    }

    private void answer(String topic, int n) {
        long id = quizzes.start(QuizSpec.practice(topic, List.of(topic), n));
        AttemptOnScreen a = quizzes.open(id);
        for (QuestionOnScreen q : a.questions()) {
            quizzes.answer(id, q.position(), QuizFixtures.rightAnswer(q));
        }
    }

    private String topicName(String topicId) {
        return applicationContext.getBean(com.massagetrainer.bank.BankCatalog.class).topics().stream()
                .filter(t -> t.getId().equals(topicId)).findFirst().orElseThrow().getName();
    }

    private static JsonNode option() throws Exception {
        return new ObjectMapper().readTree(_get(TrainerChart.class, spec -> spec.withId("mastery-chart")).optionJson());
    }

    private static List<JsonNode> bars() throws Exception {
        List<JsonNode> bars = new ArrayList<>();
        option().at("/series/0/data").forEach(bars::add);
        return bars;
    }

    private static List<String> names() throws Exception {
        List<String> names = new ArrayList<>();
        option().at("/yAxis/data").forEach(n -> names.add(n.asText()));
        return names;
    }

    @SuppressWarnings("unchecked")
    private static List<String> tableMastery() {
        Grid<TopicMastery> table = _get(Grid.class, spec -> spec.withId("mastery-table"));
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < _findAll(table).size(); i++) {
            shown.add(_getFormattedRow(table, i).get(1));
        }
        return shown;
    }
}
