package dev.limittriage.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application. A placeholder window until the wizard lands. */
public final class TriageApp extends Application {

    public static void launchUi(String[] args) {
        Application.launch(TriageApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Limit Triage");
        stage.setScene(new Scene(new Label("Limit Triage"), 640, 400));
        stage.show();
    }
}
