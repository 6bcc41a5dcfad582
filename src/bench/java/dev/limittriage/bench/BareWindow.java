package dev.limittriage.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The yardstick for start-up and memory: a Stage with one Label and nothing else. Started the same way as the
 * app (a plain main class that calls Application.launch) and, by the bench scripts, with the same runtime and
 * launcher, so the difference between the two is what the app itself costs.
 */
public final class BareWindow {
    /** The window title the bench scripts wait for. */
    public static final String TITLE = "Bare JavaFX Window";

    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The application class; public so that the JavaFX launcher can construct it. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            // -Dbare.size=WIDTHxHEIGHT: memory.sh also measures it as large as the app's window, since the
            // renderer's pixel buffers grow with the window's area
            String[] size = System.getProperty("bare.size", "640x400").split("x");
            stage.setTitle(TITLE);
            stage.setScene(new Scene(new Label("Bare JavaFX window"), Double.parseDouble(size[0]),
                    Double.parseDouble(size[1])));
            stage.show();
        }
    }
}
