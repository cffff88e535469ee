package com.massagetrainer.classroom.ui;

import com.massagetrainer.classroom.ClassroomService;
import com.massagetrainer.classroom.MasteryMatrix;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;

/**
 * Student x topic mastery: coloured cells with the number in them, a legend, sortable columns, class averages.
 * Twelve full topic names do not fit side by side, so headers carry the short labels (the full name in a tooltip and
 * in the topic legend below) and the student column stays in place when the grid scrolls sideways.
 */
class MasteryMatrixPanel extends Div {

    MasteryMatrixPanel(ClassroomService classes, long classId) {
        setId("mastery-matrix");
        MasteryMatrix m = classes.masteryMatrix(classId);
        Grid<MasteryMatrix.Row> grid = new Grid<>();
        grid.setId("matrix-grid");
        grid.addClassName("matrix-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(MasteryMatrix.Row::studentName).setHeader("Student").setSortable(true).setFrozen(true)
                .setWidth("8rem").setFlexGrow(0).setKey("student");
        for (int i = 0; i < m.topicNames().size(); i++) {
            int topic = i;
            String name = m.topicNames().get(i);
            grid.addComponentColumn(r -> cell(r.mastery().get(topic), name)).setHeader(header(m.topicLabels().get(i), name))
                    .setComparator(Comparator.comparing((MasteryMatrix.Row r) -> r.mastery().get(topic),
                            Comparator.nullsFirst(Double::compare)))
                    .setKey("topic-" + i).setWidth("4.25rem").setFlexGrow(1);
        }
        FooterRow footer = grid.appendFooterRow();
        footer.getCell(grid.getColumnByKey("student")).setText("Class average");
        for (int i = 0; i < m.topicNames().size(); i++) {
            Double avg = m.classAverages().get(i);
            footer.getCell(grid.getColumnByKey("topic-" + i)).setText(avg == null ? "–" : Math.round(avg) + "%");
        }
        grid.setItems(m.rows());
        grid.setAllRowsVisible(true);
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = classes.masteryCsv(classId).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "class-mastery-" + classId + ".csv", "text/csv",
                    bytes.length);
        }), AttachmentType.DOWNLOAD, "Download CSV");
        csv.setId("matrix-csv");
        add(legend(), csv, grid, topicLegend(m));
    }

    /** A header that wraps onto two lines instead of being cut, with the full topic name as its tooltip. */
    private static Span header(String label, String fullName) {
        Span h = new Span(label);
        h.addClassName("matrix-header");
        h.setTitle(fullName);
        h.getElement().setAttribute("aria-label", fullName);
        h.getElement().setAttribute("lang", "en"); // lets the browser hyphenate "Contraindications" instead of cutting it
        return h;
    }

    static Span cell(Double value) {
        return cell(value, null);
    }

    static Span cell(Double value, String topicName) {
        Span s = new Span(value == null ? "–" : Math.round(value) + "%");
        s.addClassName("m-cell");
        s.addClassName(band(value));
        String what = value == null ? "not enough data" : Math.round(value) + "%";
        s.setTitle(topicName == null ? what : topicName + ": " + what);
        return s;
    }

    /** Short label → full name for every column, so nobody has to hover to read a header. */
    private static Div topicLegend(MasteryMatrix m) {
        Div legend = new Div();
        legend.setId("matrix-topics");
        legend.addClassName("matrix-topics");
        for (int i = 0; i < m.topicNames().size(); i++) {
            Span label = new Span(m.topicLabels().get(i));
            label.addClassName("matrix-topic-label");
            Span item = new Span(label, new Span(": " + m.topicNames().get(i)));
            item.setId("matrix-topic-" + i);
            legend.add(item);
        }
        return legend;
    }

    static String band(Double value) {
        if (value == null) {
            return "m-none";
        }
        return value >= 85 ? "m-strong" : value >= 70 ? "m-good" : value >= 50 ? "m-weak" : "m-poor";
    }

    private static Div legend() {
        Div legend = new Div();
        legend.setId("matrix-legend");
        legend.addClassName("matrix-legend");
        for (String[] band : new String[][]{{"m-strong", "85% or more"}, {"m-good", "70–84% (pass mark 70%)"},
                {"m-weak", "50–69%"}, {"m-poor", "below 50%"}, {"m-none", "not enough data (under 5 answers)"}}) {
            Span swatch = new Span(band[1]);
            swatch.addClassNames("m-cell", band[0]);
            legend.add(swatch);
        }
        return legend;
    }
}
