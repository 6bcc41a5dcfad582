package dev.limittriage.ui.owners;

import dev.limittriage.knowledge.Bucket;
import dev.limittriage.knowledge.Owner;
import dev.limittriage.knowledge.OwnerProfile;
import dev.limittriage.ui.I18n;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.jspecify.annotations.Nullable;

/**
 * The four routes and the owner behind each, with the owner's buckets, drawn with shapes from the knowledge data.
 * The diagnosed owner and bucket carry the {@code hit} style class. Redrawn on each change: it has a dozen nodes.
 */
public final class OwnerDiagram extends Region {
    public static final String ID = "diagnosis-owner-diagram";
    private static final double ROUTE_W = 120;
    private static final double OWNER_X = 160;
    private static final double OWNER_W = 430;
    private static final double GAP = 10;
    private static final double PAD = 8;
    /** The theme's text size at 100%; geometry scales with the window's font against it. */
    private static final double BASE_FONT_PX = 14;
    private final Label probe = new Label("M");
    private Runnable lastDraw = () -> {};
    private double scale = 1;
    private final Group content = new Group();

    public OwnerDiagram() {
        setId(ID);
        getStyleClass().add("owner-diagram");
        probe.setVisible(false);
        probe.setManaged(false);
        probe.fontProperty().addListener((obs, old, font) -> {
            if (old == null || old.getSize() != font.getSize()) {
                lastDraw.run();
            }
        });
        getChildren().addAll(probe, content);
    }

    /**
     * Draws the routes and owners. Sizes follow the text size: a hidden probe label takes the window's font from
     * CSS, and a change of it (Ctrl+Plus) draws the diagram again at the new scale.
     */
    public void draw(Map<String, List<Owner>> routes, Function<Owner, @Nullable OwnerProfile> profiles,
                     Owner hitOwner, Bucket hitBucket) {
        lastDraw = () -> draw(routes, profiles, hitOwner, hitBucket);
        content.getChildren().clear();
        scale = probe.getFont().getSize() / BASE_FONT_PX;
        double routeW = OwnerDiagram.ROUTE_W * scale;
        double ownerX = OwnerDiagram.OWNER_X * scale;
        double gap = OwnerDiagram.GAP * scale;
        double pad = OwnerDiagram.PAD * scale;
        double y = 0;
        StringBuilder described = new StringBuilder();
        for (Map.Entry<String, List<Owner>> route : routes.entrySet()) {
            double groupTop = y;
            double[] ownerMid = new double[route.getValue().size()];
            int i = 0;
            for (Owner owner : route.getValue()) {
                OwnerProfile profile = profiles.apply(owner);
                double h = drawOwner(owner, profile, y, owner == hitOwner, hitBucket);
                ownerMid[i++] = y + h / 2;
                y += h + gap;
            }
            double groupBottom = y - gap;
            // room for two lines: "Provider or gateway" wraps, and so does a bold "Azure OpenAI" at larger text sizes
            double routeH = 52 * scale;
            double routeY = (groupTop + groupBottom) / 2 - routeH / 2;
            Rectangle box = new Rectangle(0, routeY, routeW, routeH);
            box.setArcWidth(10);
            box.setArcHeight(10);
            boolean routeHit = route.getValue().contains(hitOwner);
            box.getStyleClass().addAll("diagram-route", routeHit ? "hit" : "miss");
            // a Label, not a Text: it wraps and centres itself after CSS has set the (bold) font
            Label label = new Label(I18n.text("diagram.route." + route.getKey()));
            label.getStyleClass().addAll("diagram-route-text", routeHit ? "hit" : "miss");
            label.setWrapText(true);
            label.setAlignment(Pos.CENTER_LEFT);
            label.setPadding(new Insets(0, pad, 0, pad));
            label.setMinSize(routeW, routeH);
            label.setPrefSize(routeW, routeH);
            label.setMaxSize(routeW, routeH);
            label.relocate(0, routeY);
            content.getChildren().addAll(box, label);
            i = 0;
            for (Owner owner : route.getValue()) {
                CubicCurve link = new CubicCurve(routeW, routeY + routeH / 2, routeW + 40 * scale,
                        routeY + routeH / 2, ownerX - 40 * scale, ownerMid[i], ownerX, ownerMid[i]);
                link.getStyleClass().addAll("diagram-link", owner == hitOwner ? "hit" : "miss");
                content.getChildren().add(0, link);
                i++;
            }
            y += gap;
            described.append(label.getText()).append(": ");
            for (Owner owner : route.getValue()) {
                OwnerProfile p = profiles.apply(owner);
                described.append(p == null ? owner.id() : p.name()).append(owner == hitOwner ? " ("
                        + I18n.text("diagram.diagnosed") + ")" : "").append("; ");
            }
        }
        setAccessibleText(I18n.text("diagram.accessible", described.toString()));
        setPrefSize(ownerX + OWNER_W * scale + 2, y);
        setMinSize(ownerX + OWNER_W * scale + 2, y);
    }

    private double drawOwner(Owner owner, @Nullable OwnerProfile profile, double top, boolean hit, Bucket hitBucket) {
        double ownerX = OwnerDiagram.OWNER_X * scale;
        final double ownerW = OwnerDiagram.OWNER_W * scale;
        double pad = OwnerDiagram.PAD * scale;
        final Font base = probe.getFont();
        Text name = new Text(profile == null ? I18n.text("owner." + owner.id()) : profile.name());
        name.getStyleClass().addAll("diagram-owner-text", hit ? "hit" : "miss");
        name.setTextOrigin(VPos.TOP);
        name.setX(ownerX + pad);
        name.setY(top + pad - 2);
        double x = ownerX + pad;
        double rowY = top + pad + 18 * scale;
        List<Group> chips = new java.util.ArrayList<>();
        List<Bucket> buckets = profile == null ? List.of() : profile.buckets();
        for (Bucket bucket : buckets) {
            Text text = new Text(I18n.text("bucket.short." + bucket.id()));
            boolean bucketHit = hit && bucket == hitBucket;
            // measured in the font CSS will give it (0.85em, bold when hit), not the default font
            text.setFont(Font.font(base.getFamily(), bucketHit ? FontWeight.BOLD : FontWeight.NORMAL,
                    base.getSize() * 0.85));
            text.getStyleClass().addAll("diagram-bucket-text", bucketHit ? "hit" : "miss");
            double w = text.getLayoutBounds().getWidth() + 12 * scale;
            if (x + w > ownerX + ownerW - pad) {
                x = ownerX + pad;
                rowY += 22 * scale;
            }
            Rectangle chip = new Rectangle(x, rowY, w, 18 * scale);
            chip.setArcWidth(9);
            chip.setArcHeight(9);
            chip.getStyleClass().addAll("diagram-bucket", bucketHit ? "hit" : "miss");
            text.setX(x + 6 * scale);
            text.setY(rowY + 13 * scale);
            chips.add(new Group(chip, text));
            x += w + 5 * scale;
        }
        double height = (buckets.isEmpty() ? rowY : rowY + 18 * scale) - top + pad;
        Rectangle box = new Rectangle(ownerX, top, ownerW, height);
        box.setArcWidth(10);
        box.setArcHeight(10);
        box.getStyleClass().addAll("diagram-owner", hit ? "hit" : "miss");
        content.getChildren().addAll(box, name);
        content.getChildren().addAll(chips);
        return height;
    }
}
