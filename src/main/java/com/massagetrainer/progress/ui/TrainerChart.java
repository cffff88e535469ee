package com.massagetrainer.progress.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.massagetrainer.progress.Dashboard;
import com.massagetrainer.progress.TopicMastery;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Thin Java side of our {@code <trainer-chart>} web component (Apache ECharts in a Lit element, frontend/components).
 * Builds the ECharts option on the server; the element draws it with theme colours and an aria description.
 */
@Tag("trainer-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./components/trainer-chart.js")
class TrainerChart extends Component implements HasSize {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM");

    private String optionJson = "";
    private String label = "";

    TrainerChart(String id, ObjectNode option, String label) {
        setId(id);
        this.optionJson = option.toString();
        this.label = label;
        getElement().setProperty("optionJson", optionJson);
        getElement().setProperty("label", label);
    }

    String optionJson() {
        return optionJson;
    }

    String label() {
        return label;
    }

    /**
     * Bar per topic with its mastery % at the bar's end and a dashed pass-mark line. A topic with too few answers
     * gets no bar (value 0, nothing to hover), only its text: "not started" or "too few answers (n)".
     */
    static TrainerChart masteryBars(List<TopicMastery> topics, int passMark) {
        ObjectNode option = JSON.createObjectNode();
        option.putObject("grid").put("left", 8).put("right", 48).put("top", 16).put("bottom", 8).put("containLabel", true);
        option.putObject("tooltip").put("trigger", "item").put("formatter", "{b}: {c}%");
        ObjectNode x = option.putObject("xAxis").put("type", "value").put("min", 0).put("max", 100);
        x.putObject("axisLabel").put("formatter", "{value}%");
        ArrayNode names = option.putObject("yAxis").put("type", "category").put("inverse", true).putArray("data");
        ObjectNode series = option.putArray("series").addObject().put("type", "bar").put("name", "Mastery");
        series.putObject("label").put("show", true).put("position", "right").put("formatter", "{c}%");
        ArrayNode data = series.putArray("data");
        for (TopicMastery t : topics) {
            names.add(t.topicName());
            ObjectNode point = data.addObject();
            t.shownMastery().ifPresentOrElse(m -> point.put("value", Math.round(100 * m)), () -> {
                point.put("value", 0);
                point.putObject("label").put("formatter", t.masteryText()).put("fontStyle", "italic");
                point.putObject("tooltip").put("show", false);
            });
        }
        ObjectNode line = series.putObject("markLine").put("symbol", "none");
        line.putArray("data").addObject().put("xAxis", passMark).put("name", "Pass mark");
        line.putObject("label").put("formatter", "target {c}%");
        String description = MasteryView.describeTopics(topics, passMark);
        TrainerChart chart = new TrainerChart("mastery-chart", option, description);
        chart.setHeight(Math.max(260, 28 * topics.size() + 40) + "px");
        return chart;
    }

    /** Score of each finished quiz over time, with the pass mark. */
    static TrainerChart scoreTrend(List<Dashboard.AttemptPoint> points, int passMark) {
        ObjectNode option = JSON.createObjectNode();
        option.putObject("grid").put("left", 8).put("right", 24).put("top", 16).put("bottom", 8).put("containLabel", true);
        option.putObject("tooltip").put("trigger", "axis");
        ArrayNode labels = option.putObject("xAxis").put("type", "category").putArray("data");
        ObjectNode y = option.putObject("yAxis").put("type", "value").put("min", 0).put("max", 100);
        y.putObject("axisLabel").put("formatter", "{value}%");
        ObjectNode series = option.putArray("series").addObject().put("type", "line").put("name", "Score");
        ArrayNode data = series.putArray("data");
        for (Dashboard.AttemptPoint p : points) {
            labels.add(DAY.format(p.finishedAt().atZone(ZoneOffset.UTC)));
            data.add(Math.round(p.score()));
        }
        series.putObject("markLine").put("symbol", "none").putArray("data").addObject().put("yAxis", passMark);
        String description = points.isEmpty() ? "No finished quizzes yet." : "Scores of your " + points.size()
                + " finished quizzes, oldest first: " + String.join(", ", points.stream()
                .map(p -> Math.round(p.score()) + "%").toList()) + ". Pass mark " + passMark + "%.";
        TrainerChart chart = new TrainerChart("trend-chart", option, description);
        chart.setHeight("240px");
        return chart;
    }

    /** Answers per day over the last 30 days. */
    static TrainerChart activity(List<Dashboard.DayCount> days) {
        ObjectNode option = JSON.createObjectNode();
        option.putObject("grid").put("left", 8).put("right", 24).put("top", 16).put("bottom", 8).put("containLabel", true);
        option.putObject("tooltip").put("trigger", "axis");
        ArrayNode labels = option.putObject("xAxis").put("type", "category").putArray("data");
        option.putObject("yAxis").put("type", "value").put("minInterval", 1);
        ArrayNode data = option.putArray("series").addObject().put("type", "bar").put("name", "Answers").putArray("data");
        long total = 0;
        for (Dashboard.DayCount d : days) {
            labels.add(DAY.format(d.day()));
            data.add(d.answers());
            total += d.answers();
        }
        TrainerChart chart = new TrainerChart("activity-chart", option, "Answers per day over the last " + days.size()
                + " days: " + total + " in all.");
        chart.setHeight("200px");
        return chart;
    }
}
