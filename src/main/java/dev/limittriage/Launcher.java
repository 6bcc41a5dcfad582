package dev.limittriage;

import dev.limittriage.cli.TriageCommand;
import dev.limittriage.ui.TriageApp;

/**
 * Entry point. Not an {@code Application} subclass: with JavaFX on the class path the java launcher refuses one
 * ("JavaFX runtime components are missing").
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            TriageApp.launchUi(args); // the CLI branch below never loads a JavaFX class
        } else {
            System.exit(TriageCommand.run(args));
        }
    }
}
