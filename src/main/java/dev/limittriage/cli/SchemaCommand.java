package dev.limittriage.cli;

import dev.limittriage.io.PacketJson;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code limit-triage schema}: prints the JSON Schema that exported packets validate against. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print the JSON Schema (draft 2020-12) of the incident packet's JSON export.")
public final class SchemaCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(PacketJson.schema());
        out.flush();
        return ExitCodes.OK;
    }
}
