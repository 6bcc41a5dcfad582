package dev.limittriage.ui.recovery;

import dev.limittriage.ui.I18n;
import dev.limittriage.ui.recovery.ResetTimelineViewModel.Item;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;

/**
 * A horizontal time axis from now (left) to the latest reset (right), with one marker and label per reset. Labels
 * take turns above and below the axis and move to a further row when they would overlap.
 */
public final class ResetAxis extends Region {
    public static final String ID_LABEL_PREFIX = "reset-axis-label-";
    private static final PseudoClass UNBLOCKS = PseudoClass.getPseudoClass("unblocks");
    private static final PseudoClass PASSED = PseudoClass.getPseudoClass("passed");
    private static final double ROW = 22;
    private static final double MARGIN = 8;
    private final ObservableList<Item> items;
    private final Line axis = new Line();
    private final Label now = new Label(I18n.text("reset.now"));
    private final List<Circle> markers = new ArrayList<>();
    private final List<Label> labels = new ArrayList<>();

    public ResetAxis(ObservableList<Item> items) {
        this.items = items;
        getStyleClass().add("reset-axis");
        axis.getStyleClass().add("reset-axis-line");
        now.getStyleClass().add("reset-axis-now");
        getChildren().addAll(axis, now);
        items.addListener((ListChangeListener<Item>) change -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getChildren().removeAll(markers);
        getChildren().removeAll(labels);
        markers.clear();
        labels.clear();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            Circle marker = new Circle(item.unblocks() ? 6 : 4.5);
            marker.getStyleClass().add("reset-axis-marker");
            Label label = new Label(item.label());
            label.setId(ID_LABEL_PREFIX + i);
            label.getStyleClass().add("reset-axis-label");
            for (javafx.scene.Node n : List.of(marker, label)) {
                n.pseudoClassStateChanged(UNBLOCKS, item.unblocks());
                n.pseudoClassStateChanged(PASSED, item.passed());
            }
            markers.add(marker);
            labels.add(label);
        }
        getChildren().addAll(markers);
        getChildren().addAll(labels);
        requestLayout();
    }

    @Override
    protected double computePrefHeight(double width) {
        return ROW * (items.size() <= 2 ? 4 : 6) + MARGIN * 2; // two labels need one row each side
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 480;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double mid = h / 2;
        final double left = MARGIN + snapSizeX(now.prefWidth(-1)) / 2;
        final double right = w - MARGIN - 60;
        axis.setStartX(MARGIN);
        axis.setEndX(w - MARGIN);
        axis.setStartY(mid);
        axis.setEndY(mid);
        now.resizeRelocate(MARGIN, mid + 6, now.prefWidth(-1), now.prefHeight(-1));
        // rows alternate above and below the axis; each row remembers where its last label ends
        double[] rowEnd = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.NEGATIVE_INFINITY};
        for (int i = 0; i < labels.size(); i++) {
            double x = left + items.get(i).position() * Math.max(0, right - left);
            Circle marker = markers.get(i);
            marker.setCenterX(x);
            marker.setCenterY(mid);
            Label label = labels.get(i);
            double lw = label.prefWidth(-1);
            double lh = label.prefHeight(-1);
            double lx = Math.max(MARGIN, Math.min(x - lw / 2, w - MARGIN - lw));
            int row = 0;
            for (int r = 0; r < rowEnd.length; r++) {
                int candidate = (i + r) % rowEnd.length;
                if (lx > rowEnd[candidate] + 6) {
                    row = candidate;
                    break;
                }
                row = candidate;
            }
            rowEnd[row] = lx + lw;
            boolean above = row % 2 == 0;
            int level = row / 2;
            double ly = above ? mid - 12 - lh - level * ROW : mid + 12 + level * ROW + (level == 0 ? ROW * 0.9 : 0);
            label.resizeRelocate(lx, ly, lw, lh);
        }
    }
}
