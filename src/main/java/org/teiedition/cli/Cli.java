// SPDX-License-Identifier: Apache-2.0
package org.teiedition.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.teiedition.Edition;
import org.teiedition.print.PdfFor;
import org.teiedition.diag.InputException;
import org.teiedition.diag.UsageException;
import org.teiedition.io.OutputErrors;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: picocli parses, each subcommand calls the {@link Edition} facade, and this class maps
 * outcomes to exit statuses (0 ok, 1 input problems, 2 usage, 3 I/O or internal failure).
 */
@Command(name = "tei-edition", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Encode, validate and publish TEI documentary editions: page-faithful PDF and a static web edition.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success", "1:the input has problems (malformed, invalid, ambiguous, a page that does not fit)",
                "2:wrong usage (unknown option, missing argument, input file not found)", "3:I/O or internal failure"})
public final class Cli implements Runnable {
    /** The subcommands, in the order the help lists them. */
    private static final List<Class<?>> COMMANDS = List.of(EncodeCommand.class, ValidateCommand.class, TextCommand.class, PdfCommand.class,
            PaginateCommand.class, EpubCommand.class, HtmlCommand.class, VerifyCommand.class, PublishCommand.class, SeriesCommand.class, WatchCommand.class, BenchCommand.class,
            CommandLine.HelpCommand.class);

    private final PrintWriter out;
    private final PrintWriter err;
    private final Supplier<Edition> editions;
    private final boolean terminal;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public Cli() {
        this(Edition::create);
    }

    /** The command line of the JVM's own streams and terminal, its edition made by {@code editions}. */
    Cli(Supplier<Edition> editions) {
        this(new PrintWriter(System.out, true), new PrintWriter(System.err, true), editions, System.console() != null);
    }

    /** For tests and embedding: where output goes, and how the facade is made. */
    public Cli(PrintWriter out, PrintWriter err, Supplier<Edition> editions) {
        this(out, err, editions, false);
    }

    /** The same, saying whether stderr is a terminal (progress is drawn only on one). */
    public Cli(PrintWriter out, PrintWriter err, Supplier<Edition> editions, boolean terminal) {
        this.out = out;
        this.err = err;
        this.editions = editions;
        this.terminal = terminal;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /** Memory set aside to report running out of it. */
    @SuppressWarnings("unused")
    private static volatile byte[] reserve = new byte[256 * 1024];

    /** Runs one command line and returns its exit status. Never exits the JVM. */
    public int run(String... args) {
        CommandLine commandLine = new CommandLine(this, new Factory());
        commands(args).forEach(commandLine::addSubcommand);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExitCodeExceptionMapper(e -> ExitCode.FAILURE);
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            err.println("tei-edition: error: " + e.getMessage());
            e.getCommandLine().usage(err);
            return ExitCode.USAGE;
        });
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> handle(e));
        int status;
        try {
            status = commandLine.execute(args);
        } catch (StackOverflowError e) {
            // a stage recursed once per level of a hostile, deeply nested input: say so, without a trace
            err.println("tei-edition: error: the input is nested too deeply to process");
            status = ExitCode.INPUT;
        } catch (OutOfMemoryError | ExceptionInInitializerError | NoClassDefFoundError e) {
            if (!outOfMemory(e)) {
                throw e;
            }
            // the heap is full: one line naming what was being read, and how to give Java more, said in the
            // room the reserve leaves (other threads may still hold what they had when the heap ran out)
            reserve = null;
            err.println(inputs(commandLine) + ": error: not enough memory to process it (the Java heap is "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB; give Java more with -Xmx, e.g. java -Xmx2g -jar ...)");
            status = ExitCode.FAILURE;
        }
        out.flush();
        err.flush();
        return status;
    }

    /**
     * Whether an error is the heap running out: itself, or a class whose initializer ran out of it, here or,
     * earlier, on another thread (the JVM then refuses the class everywhere as one it could not initialize).
     */
    private static boolean outOfMemory(Error e) {
        return e instanceof OutOfMemoryError || e.getCause() instanceof OutOfMemoryError
                || e instanceof NoClassDefFoundError && String.valueOf(e.getMessage()).startsWith("Could not initialize class");
    }

    /**
     * The subcommands the command line needs: only the one it names, or all of them (for the help, and to
     * name them in a usage error). Picocli reads a subcommand's annotations when it is added, which for all
     * of them is a large share of a short command's start in a fresh JVM.
     */
    static List<Class<?>> commands(String... args) {
        if (args.length > 0) {
            for (Class<?> command : COMMANDS) {
                if (command != CommandLine.HelpCommand.class && command.getAnnotation(Command.class).name().equals(args[0])) {
                    return List.of(command);
                }
            }
        }
        return COMMANDS;
    }

    /** The input files of the command that ran, as the user named them. */
    private static String inputs(CommandLine commandLine) {
        CommandLine.ParseResult parsed = commandLine.getParseResult();
        while (parsed != null && parsed.hasSubcommand()) {
            parsed = parsed.subcommand();
        }
        if (parsed != null && parsed.commandSpec().userObject() instanceof CliCommand command && !command.inputs().isEmpty()) {
            return String.join(", ", command.inputs().stream().map(Object::toString).toList());
        }
        return "tei-edition";
    }

    private int handle(Exception e) {
        // problems found before the failure (validation let through with warn) are printed first
        for (Throwable earlier : e.getSuppressed()) {
            if (earlier instanceof InputException input) {
                DiagnosticPrinter.print(input.diagnostics(), err);
            }
        }
        if (e instanceof UsageException usage) {
            err.println(usage.path() + ": error: " + usage.reason());
            return ExitCode.USAGE;
        }
        if (e instanceof java.io.InterruptedIOException) {
            return ExitCode.FAILURE; // the run was interrupted: the signal handler says so
        }
        if (e instanceof InputException input) {
            DiagnosticPrinter.print(input.diagnostics(), err);
            return ExitCode.INPUT;
        }
        if (e instanceof NoSuchFileException missing && missing.getReason() != null) {
            err.println(missing.getFile() + ": error: " + missing.getReason());
            return ExitCode.USAGE;
        }
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            err.println(fs.getFile() + ": error: " + OutputErrors.reason(fs));
            return ExitCode.FAILURE;
        }
        if (e instanceof java.io.FileNotFoundException missing && missing.getMessage() != null
                && missing.getMessage().matches("(?s).+ \\(.+\\)")) {
            // java.io's form: "PATH (REASON)"
            String message = missing.getMessage();
            int reason = message.lastIndexOf(" (");
            err.println(message.substring(0, reason) + ": error: "
                    + message.substring(reason + 2, message.length() - 1).toLowerCase(java.util.Locale.ROOT));
            return ExitCode.FAILURE;
        }
        if (e instanceof IOException io) {
            err.println("tei-edition: error: " + (io.getMessage() == null ? io.getClass().getSimpleName() : io.getMessage()));
            return ExitCode.FAILURE;
        }
        err.println("tei-edition: internal error: " + e);
        e.printStackTrace(err);
        return ExitCode.FAILURE;
    }

    Edition edition() {
        return editions.get();
    }

    /** The edition, with these stylesheet parameters added to its own (an edition is fixed, so a new one). */
    Edition edition(Map<String, String> parameters) {
        return edition(parameters, PdfFor.READER);
    }

    /** The same, its PDF made for {@code pdfFor}. */
    Edition edition(Map<String, String> parameters, PdfFor pdfFor) {
        Edition base = editions.get();
        if (parameters.isEmpty() && pdfFor == base.config().pdfFor()) {
            return base;
        }
        Map<String, String> all = new LinkedHashMap<>(base.config().parameters());
        all.putAll(parameters);
        return new Edition(base.config().withParameters(all).withPdfFor(pdfFor));
    }

    /** Progress drawn on the terminal, or null when stderr is not one or {@code quiet}. */
    TerminalProgress progress(String command, boolean quiet) {
        return terminal && !quiet ? new TerminalProgress(err, command) : null;
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    /** Subcommands get this Cli, for the shared facade and streams. */
    private final class Factory implements CommandLine.IFactory {
        private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (CliCommand.class.isAssignableFrom(type)) {
                return type.getDeclaredConstructor(Cli.class).newInstance(Cli.this);
            }
            return fallback.create(type);
        }
    }

    /** The version from the jar's manifest or the build's properties. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"tei-edition " + Edition.version()};
        }
    }
}
