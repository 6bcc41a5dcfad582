package dev.limittriage.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs a command line and keeps what it printed. */
final class CliTestSupport {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    int exit;

    CliTestSupport run(CommandLine cl, String... args) {
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        exit = cl.execute(args);
        return this;
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }

    String[] outLines() {
        String s = out.toString();
        return s.isEmpty() ? new String[0] : s.split("\\R");
    }
}
