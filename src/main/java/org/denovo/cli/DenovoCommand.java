package org.denovo.cli;

import org.denovo.core.AppInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code denovo} command line: one subcommand per task, all headless. */
@Command(name = "denovo",
        mixinStandardHelpOptions = true,
        versionProvider = DenovoCommand.Version.class,
        description = "DeNovo Workbench: generate, check and rank molecules.%n"
                + "Run without arguments to open the workbench window.",
        subcommands = {GenerateCommand.class, OptimizeCommand.class, CompareCommand.class, MetricsCommand.class, ModelCommand.class, PropertiesCommand.class, ScoreCommand.class, BenchCommand.class,
                LibraryCommand.class,
                CommandLine.HelpCommand.class})
public final class DenovoCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static int run(String... args) {
        return newCommandLine().execute(args);
    }

    public static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new DenovoCommand());
        cl.setExecutionExceptionHandler(DenovoCommand::handleFailure);
        return cl;
    }

    /** User errors print one readable line; only unexpected bugs show a stack trace, and only with DENOVO_DEBUG. */
    private static int handleFailure(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        String message = org.denovo.core.chem.SafeText.of(describe(e), 1_000);
        cl.getErr().println("denovo " + cl.getCommandName() + ": error: " + message);
        if (System.getenv("DENOVO_DEBUG") != null) {
            e.printStackTrace(cl.getErr());
        }
        return 1;
    }

    static String describe(Throwable e) {
        if (e instanceof java.nio.file.NoSuchFileException nsf) {
            return "no such file: " + nsf.getFile();
        }
        if (e instanceof java.nio.file.AccessDeniedException ade) {
            return "permission denied: " + ade.getFile();
        }
        if (e instanceof java.io.UncheckedIOException u) {
            return describe(u.getCause());
        }
        if (e instanceof org.denovo.core.work.CancelledException) {
            return "cancelled";
        }
        String m = e.getMessage();
        boolean known = e instanceof java.io.IOException || e instanceof UserError
                || e instanceof org.denovo.core.score.ProfileException || e instanceof IllegalArgumentException
                || e instanceof org.denovo.core.generate.ModelLoadException;
        if (known && m != null) {
            return m;
        }
        return "unexpected " + e.getClass().getSimpleName() + (m == null ? "" : ": " + m)
                + " (set DENOVO_DEBUG=1 for details, and please report it)";
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"denovo " + AppInfo.version(),
                    "Java " + System.getProperty("java.version") + ", CDK " + cdkVersion()};
        }

        private static String cdkVersion() {
            return org.denovo.core.chem.structure.Molecules.toolkitVersion();
        }
    }
}
