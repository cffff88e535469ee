package com.massagetrainer.progress.ui;

import com.massagetrainer.progress.ReviewService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;

import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * Reviews due today and on each of the next 14 days: a real table (caption, a header cell per day with its full
 * date for screen readers, the count in each cell) drawn as small columns, so it reads at 390 px without a chart
 * library, plus a one-line summary.
 */
public class ReviewForecast extends Div {

    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    public ReviewForecast(List<ReviewService.DueDay> days) {
        setId("review-forecast");
        addClassName("review-forecast");
        long today = days.isEmpty() ? 0 : days.get(0).due();
        long week = days.stream().limit(7).mapToLong(ReviewService.DueDay::due).sum();
        long all = days.stream().mapToLong(ReviewService.DueDay::due).sum();
        Paragraph summary = new Paragraph("Reviews due today: " + today + " · next 7 days: " + week + " · next "
                + (days.size() - 1) + " days: " + all);
        summary.setId("forecast-summary");
        add(summary);
        long max = Math.max(1, days.stream().mapToLong(ReviewService.DueDay::due).max().orElse(1));
        Element table = new Element("table");
        table.setAttribute("id", "forecast-table");
        table.appendChild(new Element("caption").setText("Reviews due per day, today and the next "
                + (days.size() - 1) + " days"));
        Element head = new Element("tr");
        Element counts = new Element("tr");
        for (int i = 0; i < days.size(); i++) {
            ReviewService.DueDay d = days.get(i);
            Element th = new Element("th").setAttribute("scope", "col")
                    .setAttribute("aria-label", (i == 0 ? "Today, " : "") + FULL.format(d.day()));
            th.appendChild(new Element("span").setText(i == 0 ? "Today" : d.day().getDayOfWeek()
                    .getDisplayName(TextStyle.SHORT, Locale.ENGLISH).substring(0, 2)));
            th.appendChild(new Element("span").setText(String.valueOf(d.day().getDayOfMonth())));
            if (i == 0) {
                th.getClassList().add("forecast-today");
            }
            head.appendChild(th);
            Element bar = new Element("span").setAttribute("aria-hidden", "true");
            bar.getClassList().add("forecast-bar");
            bar.getStyle().set("height", Math.round(100.0 * d.due() / max) + "%");
            Element count = new Element("span").setText(String.valueOf(d.due()));
            count.getClassList().add("forecast-count");
            Element barBox = new Element("span").appendChild(bar);
            barBox.getClassList().add("forecast-bar-box");
            counts.appendChild(new Element("td").appendChild(barBox, count));
        }
        table.appendChild(new Element("thead").appendChild(head), new Element("tbody").appendChild(counts));
        getElement().appendChild(table);
    }
}
