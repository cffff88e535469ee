package com.massagetrainer.quiz.ui;

import com.massagetrainer.bank.TopicSummary;
import com.massagetrainer.quiz.QuizMode;
import com.massagetrainer.quiz.QuizSpec;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** What to quiz on: topics, number of questions, mode, time limit and difficulty. Fires {@link StartEvent}. */
class QuizForm extends FormLayout {

    static final class StartEvent extends ComponentEvent<QuizForm> {
        private final QuizSpec spec;

        StartEvent(QuizForm source, QuizSpec spec) {
            super(source, false);
            this.spec = spec;
        }

        QuizSpec spec() {
            return spec;
        }
    }

    private static final Map<Integer, String> LEVELS = Map.of(1, "Easy", 2, "Medium", 3, "Hard");

    final Checkbox allTopics = new Checkbox("All topics", true);
    final CheckboxGroup<TopicSummary> topics = new CheckboxGroup<>("Topics");
    final IntegerField count = new IntegerField("Number of questions");
    final RadioButtonGroup<QuizMode> mode = new RadioButtonGroup<>("Mode");
    final IntegerField minutes = new IntegerField("Time limit (minutes)");
    final CheckboxGroup<Integer> difficulty = new CheckboxGroup<>("Difficulty");
    final Button start = new Button("Start quiz");

    QuizForm(List<TopicSummary> topicList) {
        allTopics.setId("all-topics");
        topics.setId("topics");
        topics.setItems(topicList);
        topics.setItemLabelGenerator(t -> t.name() + " (" + t.questionCount() + ")");
        topics.setEnabled(false);
        allTopics.addValueChangeListener(e -> topics.setEnabled(!e.getValue()));
        count.setId("count");
        count.setValue(20);
        count.setMin(1);
        count.setMax(QuizSpec.MAX_QUESTIONS);
        count.setStepButtonsVisible(true);
        mode.setId("mode");
        // Certification exams start from their own page, under their rules; the service refuses them here too.
        mode.setItems(QuizMode.PRACTICE, QuizMode.EXAM);
        mode.setItemLabelGenerator(m -> m == QuizMode.PRACTICE ? "Practice: feedback after each answer"
                : "Exam: timed, results at the end");
        mode.setValue(QuizMode.PRACTICE);
        minutes.setId("minutes");
        minutes.setValue(25);
        minutes.setMin(1);
        minutes.setMax(QuizSpec.MAX_MINUTES);
        minutes.setVisible(false);
        mode.addValueChangeListener(e -> minutes.setVisible(e.getValue() == QuizMode.EXAM));
        difficulty.setId("difficulty");
        difficulty.setItems(1, 2, 3);
        difficulty.setItemLabelGenerator(LEVELS::get);
        difficulty.setValue(Set.of(1, 2, 3));
        start.setId("start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // Each click opens a new quiz: disabled until the server answers, so a double click opens one.
        start.setDisableOnClick(true);
        start.addClickListener(e -> fireEvent(new StartEvent(this, spec())));
        add(allTopics, topics, count, mode, minutes, difficulty, start);
        setResponsiveSteps(new ResponsiveStep("0", 1));
    }

    void addStartListener(ComponentEventListener<StartEvent> listener) {
        addListener(StartEvent.class, listener);
    }

    private QuizSpec spec() {
        List<String> chosen = allTopics.getValue() ? List.of()
                : topics.getValue().stream().map(TopicSummary::id).collect(Collectors.toCollection(ArrayList::new));
        String title = allTopics.getValue() || chosen.size() != 1 ? (allTopics.getValue() ? "All topics" : chosen.size() + " topics")
                : topics.getValue().iterator().next().name();
        int n = count.getValue() == null ? 0 : count.getValue();
        return new QuizSpec(title, mode.getValue(), chosen, n, mode.getValue() == QuizMode.EXAM ? minutes.getValue() : null,
                difficulty.getValue(), false, null);
    }
}
