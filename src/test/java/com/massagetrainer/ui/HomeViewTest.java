package com.massagetrainer.ui;

import com.massagetrainer.KaribuTest;
import com.massagetrainer.bank.BankCatalog;
import com.massagetrainer.bank.TopicSummary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class HomeViewTest extends KaribuTest {

    @Autowired
    BankCatalog catalog;

    @Test
    void shellShowsProductNameAndNavigation() {
        UI.getCurrent().navigate("");
        assertThat(_get(AppLayout.class)).isInstanceOf(MainLayout.class);
        assertThat(_get(H1.class, spec -> spec.withClasses("app-title")).getText()).isEqualTo("Massage Exam Trainer");
        assertThat(_get(SideNav.class, spec -> spec.withId("main-nav")).getItems())
                .extracting(item -> item.getLabel()).contains("Home");
    }

    @Test
    void homeListsEveryTopicWithItsQuestionCount() {
        UI.getCurrent().navigate("");
        List<TopicSummary> topics = catalog.topicSummaries();
        assertThat(topics).hasSize(12);
        for (TopicSummary topic : topics) {
            Div card = _get(Div.class, spec -> spec.withId("topic-" + topic.id()));
            assertThat(_get(card, Span.class, spec -> spec.withClasses("topic-count")).getText())
                    .isEqualTo(topic.questionCount() + (topic.questionCount() == 1 ? " question" : " questions"));
        }
        long total = topics.stream().mapToLong(TopicSummary::questionCount).sum();
        assertThat(total).isEqualTo(catalog.activeQuestionCount()).isPositive();
        assertThat(_get(Paragraph.class, spec -> spec.withId("bank-summary")).getText())
                .startsWith(total + " questions in 12 topics");
        assertThat(_find(Div.class, spec -> spec.withClasses("topic-card"))).hasSize(12);
    }
}
