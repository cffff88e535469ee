package com.massagetrainer.progress.ui;

import com.massagetrainer.progress.Dashboard;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;

/** Score per finished quiz over time, and answers per day with the current streak. */
class TrendView extends Div {

    TrendView(Dashboard d) {
        setId("trend");
        addClassName("trend-view");
        Paragraph streak = new Paragraph(d.streakDays() == 0 ? "No answers today or yesterday: start a streak."
                : d.streakDays() + (d.streakDays() == 1 ? " day" : " days") + " in a row with practice.");
        streak.setId("streak");
        add(new H4("Score per quiz"), TrainerChart.scoreTrend(d.trend(), d.passMark()),
                new H4("Answers per day"), streak, TrainerChart.activity(d.activity()));
    }
}
