package org.electrotwin.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import org.electrotwin.core.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code electrotwin <command>}: a thin layer over the library modules (DESIGN §4.5).
 * Exit codes: 0 ok, 1 failure during the run, 2 bad usage or bad input. Progress goes to
 * stderr, results to files and {@code --json}.
 */
@Command(name = "electrotwin", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Digital twin of battery-electrode manufacturing: recipe -> microstructure -> properties.",
        subcommands = {
                DemoCommand.class,
                RunCommand.class,
                RecipeCommand.class,
                InfoCommand.class,
                ConvertCommand.class,
                SliceCommand.class,
                CharacterizeCommand.class,
                GenerateCommand.class,
                SimulateCommand.class,
                CampaignCommand.class,
                LearnCommand.class,
                OptimizeCommand.class,
                ReportCommand.class,
                WetCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command; try 'electrotwin demo' or 'electrotwin --help'");
    }

    public static void main(String[] args) {
        // exit explicitly: JTransforms keeps a pool thread alive for seconds after the last FFT
        System.exit(execute(args));
    }

    /** Runs the CLI and returns its exit code (what tests call). */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(Main::handle);
        cl.setParameterExceptionHandler((ex, a) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("electrotwin: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
            return EXIT_BAD_INPUT;
        });
        cl.setExitCodeExceptionMapper(e -> e instanceof InputException ? EXIT_BAD_INPUT : EXIT_FAILURE);
        return cl;
    }

    private static int handle(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        Throwable t = ex;
        while (t != null && !(t instanceof InputException) && t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        if (t instanceof InputException) {
            err.println("electrotwin: " + t.getMessage());
            return EXIT_BAD_INPUT;
        }
        err.println("electrotwin: failed: " + ex);
        if (System.getenv("ELECTROTWIN_DEBUG") != null) {
            ex.printStackTrace(err);
        } else {
            err.println("(set ELECTROTWIN_DEBUG=1 for the stack trace)");
        }
        return EXIT_FAILURE;
    }

    /** The version from the build. */
    public static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"electrotwin " + version(), "Java " + System.getProperty("java.version")};
        }

        public static String version() {
            try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version");
            } catch (IOException | NullPointerException e) {
                return "unknown";
            }
        }
    }
}
