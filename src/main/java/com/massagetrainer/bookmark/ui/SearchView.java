package com.massagetrainer.bookmark.ui;

import com.massagetrainer.bookmark.BookmarkService;
import com.massagetrainer.bookmark.FoundQuestion;
import com.massagetrainer.bookmark.StarRuleException;
import com.massagetrainer.quiz.QuizRuleException;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.util.List;

/**
 * Search across the questions the student has already seen (stems and explanations), and their starred questions
 * with a "Practise starred" quiz. Only seen questions ever appear here: the service decides which.
 */
@Route("search")
@PageTitle("Search and starred · Massage Exam Trainer")
@Menu(title = "Search and starred", order = 20, icon = "vaadin:star")
@PermitAll
class SearchView extends VerticalLayout {

    private final BookmarkService bookmarks;
    private final TextField query = new TextField("Search questions you have answered");
    private final Div results = new Div();
    private final Paragraph resultsNote = new Paragraph();
    private final Div starred = new Div();

    SearchView(BookmarkService bookmarks) {
        this.bookmarks = bookmarks;
        setId("search-view");
        addClassName("page");
        query.setId("search-field");
        query.setPlaceholder("e.g. rhomboid");
        query.setClearButtonVisible(true);
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        query.setHelperText("Searches the questions and explanations you have seen, never new ones.");
        query.addKeyPressListener(Key.ENTER, e -> search());
        Button go = new Button("Search", e -> search());
        go.setId("search-button");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div bar = new Div(query, go);
        bar.addClassName("search-bar");
        results.setId("search-results");
        results.addClassName("found-list");
        resultsNote.setId("search-note");
        resultsNote.getElement().setAttribute("aria-live", "polite");
        starred.setId("starred-list");
        starred.addClassName("found-list");
        Button practise = new Button("Practise starred", VaadinIcon.PLAY.create(), e -> practiseStarred());
        practise.setId("practise-starred");
        add(new H2("Search and starred"), bar, resultsNote, results, new H3("Starred questions"), practise, starred);
        showStarred();
    }

    private void search() {
        results.removeAll();
        try {
            List<FoundQuestion> found = bookmarks.search(query.getValue());
            resultsNote.setText(found.isEmpty() ? "No question you have seen matches “" + query.getValue().strip() + "”."
                    : found.size() + (found.size() == 1 ? " question" : " questions") + " found"
                    + (found.size() == BookmarkService.MAX_RESULTS ? " (the first " + found.size() + ")" : "") + ".");
            found.forEach(f -> results.add(card(f, "result")));
        } catch (StarRuleException e) {
            resultsNote.setText(e.getMessage());
        }
    }

    private void showStarred() {
        starred.removeAll();
        List<FoundQuestion> mine = bookmarks.myStarred();
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph("No starred questions yet. Star a question in a quiz's feedback or "
                    + "results to practise it again here.");
            none.setId("starred-none");
            starred.add(none);
        }
        mine.forEach(f -> starred.add(card(f, "starred")));
    }

    private Div card(FoundQuestion f, String list) {
        Span topic = new Span(f.topicName());
        topic.getElement().getThemeList().add("badge contrast");
        StarButton star = new StarButton(bookmarks, f.questionId(), f.starred());
        star.setId("star-" + list + "-" + f.questionId());
        star.addClickListener(e -> showStarred());
        Div head = new Div(topic, star);
        head.addClassName("found-head");
        Paragraph stem = new Paragraph(f.stem());
        stem.addClassName("found-stem");
        Paragraph explanation = new Paragraph(f.explanation() == null ? "" : f.explanation());
        explanation.addClassName("found-explanation");
        Div card = new Div(head, stem, explanation);
        card.addClassName("found-card");
        card.setId(list + "-" + f.questionId());
        return card;
    }

    private void practiseStarred() {
        try {
            long id = bookmarks.startStarred();
            getUI().ifPresent(ui -> ui.navigate("quiz/" + id));
        } catch (StarRuleException | QuizRuleException e) {
            Notification.show(e.getMessage(), 4000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
