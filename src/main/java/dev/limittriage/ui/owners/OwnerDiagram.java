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
    private final Group content = new Group();

    public OwnerDiagram() {
        setId(ID);
        getStyleClass().add("owner-diagram");
        getChildren().add(content);
    }

    public void draw(Map<String, List<Owner>> routes, Function<Owner, @Nullable OwnerProfile> profiles,
                     Owner hitOwner, Bucket hitBucket) {
        content.getChildren().clear();
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
                y += h + GAP;
            }
            double groupBottom = y - GAP;
            // room for two lines: "Provider or gateway" wraps, and so does a bold "Azure OpenAI" at larger text sizes
            double routeH = 52;
            double routeY = (groupTop + groupBottom) / 2 - routeH / 2;
            Rectangle box = new Rectangle(0, routeY, ROUTE_W, routeH);
            box.setArcWidth(10);
            box.setArcHeight(10);
            boolean routeHit = route.getValue().contains(hitOwner);
            box.getStyleClass().addAll("diagram-route", routeHit ? "hit" : "miss");
            // a Label, not a Text: it wraps and centres itself after CSS has set the (bold) font
            Label label = new Label(I18n.text("diagram.route." + route.getKey()));
            label.getStyleClass().addAll("diagram-route-text", routeHit ? "hit" : "miss");
            label.setWrapText(true);
            label.setAlignment(Pos.CENTER_LEFT);
            label.setPadding(new Insets(0, PAD, 0, PAD));
            label.setMinSize(ROUTE_W, routeH);
            label.setPrefSize(ROUTE_W, routeH);
            label.setMaxSize(ROUTE_W, routeH);
            label.relocate(0, routeY);
            content.getChildren().addAll(box, label);
            i = 0;
            for (Owner owner : route.getValue()) {
                CubicCurve link = new CubicCurve(ROUTE_W, routeY + routeH / 2, ROUTE_W + 40, routeY + routeH / 2,
                        OWNER_X - 40, ownerMid[i], OWNER_X, ownerMid[i]);
                link.getStyleClass().addAll("diagram-link", owner == hitOwner ? "hit" : "miss");
                content.getChildren().add(0, link);
                i++;
            }
            y += GAP;
            described.append(label.getText()).append(": ");
            for (Owner owner : route.getValue()) {
                OwnerProfile p = profiles.apply(owner);
                described.append(p == null ? owner.id() : p.name()).append(owner == hitOwner ? " ("
                        + I18n.text("diagram.diagnosed") + ")" : "").append("; ");
            }
        }
        setAccessibleText(I18n.text("diagram.accessible", described.toString()));
        setPrefSize(OWNER_X + OWNER_W + 2, y);
        setMinSize(OWNER_X + OWNER_W + 2, y);
    }

    private double drawOwner(Owner owner, @Nullable OwnerProfile profile, double top, boolean hit, Bucket hitBucket) {
        Text name = new Text(profile == null ? I18n.text("owner." + owner.id()) : profile.name());
        name.getStyleClass().addAll("diagram-owner-text", hit ? "hit" : "miss");
        name.setTextOrigin(VPos.TOP);
        name.setX(OWNER_X + PAD);
        name.setY(top + PAD - 2);
        double x = OWNER_X + PAD;
        double rowY = top + PAD + 18;
        List<Group> chips = new java.util.ArrayList<>();
        List<Bucket> buckets = profile == null ? List.of() : profile.buckets();
        for (Bucket bucket : buckets) {
            Text text = new Text(I18n.text("bucket.short." + bucket.id()));
            boolean bucketHit = hit && bucket == hitBucket;
            text.getStyleClass().addAll("diagram-bucket-text", bucketHit ? "hit" : "miss");
            double w = text.getLayoutBounds().getWidth() + 12;
            if (x + w > OWNER_X + OWNER_W - PAD) {
                x = OWNER_X + PAD;
                rowY += 22;
            }
            Rectangle chip = new Rectangle(x, rowY, w, 18);
            chip.setArcWidth(9);
            chip.setArcHeight(9);
            chip.getStyleClass().addAll("diagram-bucket", bucketHit ? "hit" : "miss");
            text.setX(x + 6);
            text.setY(rowY + 13);
            chips.add(new Group(chip, text));
            x += w + 5;
        }
        double height = (buckets.isEmpty() ? rowY : rowY + 18) - top + PAD;
        Rectangle box = new Rectangle(OWNER_X, top, OWNER_W, height);
        box.setArcWidth(10);
        box.setArcHeight(10);
        box.getStyleClass().addAll("diagram-owner", hit ? "hit" : "miss");
        content.getChildren().addAll(box, name);
        content.getChildren().addAll(chips);
        return height;
    }
}
