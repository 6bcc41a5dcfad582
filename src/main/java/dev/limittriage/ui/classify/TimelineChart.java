package dev.limittriage.ui.classify;

import dev.limittriage.knowledge.Bucket;
import dev.limittriage.ui.I18n;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;
import org.jspecify.annotations.Nullable;

/**
 * Failures per minute, stacked by bucket, with the limit the log states drawn across as a dashed line. Colours come
 * from the theme's chart palette (series in {@link Bucket} order); the line and its label are styled in
 * {@code evidence.css}.
 */
final class TimelineChart extends StackedBarChart<String, Number> {
    private final Line limitLine = new Line();
    private final Label limitLabel = new Label();
    private @Nullable Long limit;

    TimelineChart() {
        super(new CategoryAxis(), new NumberAxis());
        setAnimated(false);
        setCategoryGap(2);
        getStyleClass().add("timeline-chart");
        limitLine.getStyleClass().add("timeline-limit");
        limitLine.setManaged(false);
        limitLabel.getStyleClass().add("timeline-limit-label");
        limitLabel.setManaged(false);
        getXAxis().setLabel(I18n.text("timeline.chart.time"));
        getYAxis().setLabel(I18n.text("timeline.chart.count"));
        NumberAxis y = (NumberAxis) getYAxis();
        y.setAutoRanging(false);
        y.setLowerBound(0);
        y.setMinorTickVisible(false);
    }

    /** Shows these bars; the limit, when known, is drawn as a line and kept inside the y range. */
    void show(List<TimelineRows.Bar> bars, @Nullable Long stated) {
        this.limit = stated;
        Map<Bucket, XYChart.Series<String, Number>> series = new EnumMap<>(Bucket.class);
        int max = 1;
        for (TimelineRows.Bar bar : bars) {
            bar.counts().keySet().forEach(b -> series.computeIfAbsent(b, k -> named(k)));
            max = Math.max(max, bar.counts().values().stream().mapToInt(Integer::intValue).sum());
        }
        for (TimelineRows.Bar bar : bars) {
            for (var e : series.entrySet()) {
                e.getValue().getData().add(new XYChart.Data<>(bar.label(), bar.counts().getOrDefault(e.getKey(), 0)));
            }
        }
        getData().setAll(series.values());
        int top = (int) Math.max(max, stated == null ? 0 : stated) + 1;
        NumberAxis y = (NumberAxis) getYAxis();
        y.setUpperBound(top);
        y.setTickUnit(Math.max(1, Math.ceil(top / 8.0)));
        limitLabel.setText(stated == null ? "" : I18n.text("timeline.chart.limit", stated));
        requestChartLayout();
    }

    private static XYChart.Series<String, Number> named(Bucket b) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName(I18n.text("bucket.short." + b.id()));
        return s;
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        if (!getPlotChildren().contains(limitLine)) {
            getPlotChildren().addAll(limitLine, limitLabel);
        }
        Long l = limit;
        limitLine.setVisible(l != null);
        limitLabel.setVisible(l != null);
        if (l != null) {
            double y = getYAxis().getDisplayPosition(l);
            double width = getXAxis().getWidth();
            limitLine.setStartX(0);
            limitLine.setEndX(width);
            limitLine.setStartY(y);
            limitLine.setEndY(y);
            limitLabel.autosize();
            limitLabel.relocate(Math.max(0, width - limitLabel.getWidth() - 4), y - limitLabel.getHeight() - 2);
            limitLine.toFront();
            limitLabel.toFront();
        }
    }
}
