package dev.limittriage.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Saves screenshots as PNG: SwingFXUtils turns the snapshot into a BufferedImage, ImageIO encodes it. */
public final class PngWriter {
    /** Where the UI tests leave their screenshots. */
    public static final Path SHOTS = Path.of("target", "screenshots");

    private PngWriter() {
    }

    /** Saves the scene as {@code name-light.png} and {@code name-dark.png} under {@link #SHOTS}, back in light. */
    public static void shootLightAndDark(FxRobot robot, Scene scene, String name) throws IOException {
        for (boolean dark : new boolean[] {false, true}) {
            robot.interact(() -> TriageApp.applyTheme(dark));
            WaitForAsyncUtils.waitForFxEvents();
            WritableImage[] image = new WritableImage[1];
            robot.interact(() -> image[0] = scene.snapshot(null));
            write(image[0], SHOTS.resolve(name + (dark ? "-dark" : "-light") + ".png"));
        }
        robot.interact(() -> TriageApp.applyTheme(false));
    }

    public static void write(Image image, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile())) {
            throw new IOException("no PNG writer in ImageIO");
        }
    }
}
