package org.sitrep.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code sitrep} command line: a thin edge over the pipeline, the store and the report.
 *
 * <p>Exit codes, for every command: {@value #OK} success; {@value #SOME_FAILED} some inputs failed and the rest were
 * processed; {@value #USAGE} the command line was wrong; {@value #FATAL} nothing could be done (the store cannot be
 * opened, the data is missing, the subject is unknown).
 */
@Command(name = "sitrep", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Reads the news and keeps a sourced, dated record of what it says.",
        subcommands = {AnalyzeCommand.class, IngestCommand.class, ReportCommand.class, QuotesCommand.class,
                TimelineCommand.class, FactsCommand.class, ExportCommand.class, DemoCommand.class, ServeCommand.class,
                EvalCommand.class, BenchCommand.class, PublishCommand.class, StreamCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {
    public static final int OK = 0;
    public static final int SOME_FAILED = 1;
    public static final int USAGE = 2;
    public static final int FATAL = 3;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code, without exiting. */
    public static int run(String... args) {
        return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    /** Runs a command line with the given output and error writers and returns its exit code. */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main());
        documentExitCodes(cl);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("sitrep: " + describe(ex));
            return ex instanceof UsageException ? USAGE : FATAL;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Every command's help lists the same exit codes as the root's. */
    private static void documentExitCodes(CommandLine cl) {
        java.util.Map<String, String> codes = new java.util.LinkedHashMap<>();
        codes.put(" " + OK, "success");
        codes.put(" " + SOME_FAILED, "some inputs failed; the others were processed");
        codes.put(" " + USAGE, "usage error");
        codes.put(" " + FATAL, "nothing could be done (store, data or subject missing)");
        cl.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
        for (CommandLine sub : cl.getSubcommands().values()) {
            documentExitCodes(sub);
        }
    }

    static String describe(Throwable ex) {
        String msg = ex.getMessage();
        return msg == null || msg.isBlank() ? ex.getClass().getSimpleName() : msg;
    }

    /** A command line that parses but makes no sense, such as a malformed date; exits with {@value #USAGE}. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /** Reads the version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"sitrep " + (v == null ? "0.1.0-SNAPSHOT" : v)};
        }
    }
}
