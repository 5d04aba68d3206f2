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
        subcommands = {CommandLine.HelpCommand.class})
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
        return new CommandLine(new DenovoCommand());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"denovo " + AppInfo.version(),
                    "Java " + System.getProperty("java.version") + ", CDK " + cdkVersion()};
        }

        private static String cdkVersion() {
            return org.openscience.cdk.CDK.getVersion();
        }
    }
}
