// SPDX-License-Identifier: Apache-2.0
package org.teiedition.validate;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import org.teiedition.concurrent.SideTask;
import org.teiedition.diag.Diagnostic;
import org.teiedition.diag.InputException;
import org.teiedition.transform.TeiLoader;

/**
 * RELAX NG (Jing) and Schematron (SchXslt2 on Saxon) against the edition's customization, or a schema
 * of the user's: a {@code .rng} or {@code .rnc} replaces the toolkit's RELAX NG, a {@code .sch} its
 * Schematron; the other half stays the toolkit's own.
 *
 * <p>The schemas are compiled once, on first use, and shared by every call and thread. A file that is not
 * well-formed gets the parser's one error; otherwise every RELAX NG and Schematron problem is reported,
 * each at its line and column. Problems in the file, or in the user's schema, are diagnostics in the
 * report, never exceptions; a missing file or schema is an {@link IOException}.
 */
public final class Validator {
    private static final String RNG = "schema/edition.rng";
    private static final String SCH = "schema/edition.sch";
    /** {@link #SCH} transpiled to XSLT when the toolkit is built ({@link SchematronToXslt}). */
    private static final String SCH_XSLT = "schema/edition-sch.xsl";

    private final Processor processor;
    private final Optional<Path> schema;
    private final TeiLoader loader;
    private volatile Compiled compiled;

    /** @param schema a schema file of the user's, or empty for the toolkit's own customization */
    public Validator(Processor processor, Optional<Path> schema) {
        this.processor = Objects.requireNonNull(processor, "processor");
        this.schema = Objects.requireNonNull(schema, "schema");
        this.loader = new TeiLoader(processor);
    }

    /** Compiles the schemas now, ahead of a first validation; a schema that cannot be read is left to it. */
    public void prepare() {
        try {
            compiled();
        } catch (IOException e) {
            // the validation meets the same problem and reports it
        }
    }

    /** Every problem in the file: well-formedness, RELAX NG, Schematron, in that order. */
    public ValidationReport validate(Path file) throws IOException {
        return check(file).report();
    }

    /**
     * The file validated, with the tree Schematron read, so that a caller that goes on to transform the file
     * does not parse it again. The tree is absent when the file is not well-formed or the schema failed.
     */
    public Checked check(Path file) throws IOException {
        return start(file).checked();
    }

    /**
     * The file parsed and checked against the RELAX NG, its Schematron rules running on a thread of their
     * own: a caller that transforms the tree meanwhile has the whole validation when it asks for it
     * ({@link Pending#checked}). The tree is that of {@link #check}, absent in the same cases.
     */
    public Pending start(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        String name = file.toString();
        Compiled schemas = compiled();
        if (schemas.relaxNg() == null) {
            List<Diagnostic> problems = new ArrayList<>(schemas.problems());
            if (schemas.schematron() != null) {
                problems.addAll(schematron(schemas).problems());
            }
            return Pending.done(Checked.without(new ValidationReport(name, problems)));
        }
        RelaxNg.Result grammar = schemas.relaxNg().validate(file, loader);
        if (!grammar.wellFormed()) {
            return Pending.done(Checked.without(new ValidationReport(name, grammar.diagnostics())));
        }
        XdmNode document = grammar.tree();
        // the rules wait for their compilation on their own thread: the caller has the tree as soon as it is read
        SideTask<Rules> running = SideTask.start("tei-edition-schematron", () -> {
            SchematronOutcome rules = schematron(schemas);
            if (rules.schematron() == null) {
                return new Rules(rules.problems(), false);
            }
            try {
                return new Rules(rules.schematron().validate(document, file), true);
            } catch (InputException e) {
                return new Rules(e.diagnostics(), true);
            }
        });
        return new Pending(name, grammar.diagnostics(), Optional.of(document), running);
    }

    /** What the Schematron rules found, and whether they could be read (else the file is not validated, and has no tree to publish). */
    private record Rules(List<Diagnostic> problems, boolean read) {
    }

    /**
     * A validation whose Schematron rules may still be running: the tree and the grammar's findings now,
     * the whole report when asked for (without the tree when the rules could not be compiled).
     */
    public static final class Pending {
        private final String file;
        private final List<Diagnostic> grammar;
        private final Optional<XdmNode> tree;
        private final SideTask<Rules> rules;
        private Checked checked;
        private long rulesNanos;

        private Pending(String file, List<Diagnostic> grammar, Optional<XdmNode> tree, SideTask<Rules> rules) {
            this.file = file;
            this.grammar = List.copyOf(grammar);
            this.tree = tree;
            this.rules = rules;
        }

        /** A validation already whole (one known from an earlier run). */
        public static Pending done(Checked checked) {
            Pending pending = new Pending(checked.report().file(), checked.report().diagnostics(), checked.tree(), null);
            pending.checked = checked;
            return pending;
        }

        /**
         * The document's tree, absent when it could not be read (nothing to publish); the whole validation may still
         * leave it out, when the rules cannot be compiled ({@link #checked}).
         */
        public Optional<XdmNode> tree() {
            return tree;
        }

        /** Whether what is known now (the grammar's findings, the rules' when they have ended) has an error. */
        public boolean failedSoFar() {
            return grammar.stream().anyMatch(Diagnostic::isError) || ended().map(c -> !c.report().isValid()).orElse(false);
        }

        /** The whole validation if the rules have ended (or never ran), else empty: never waits. */
        public Optional<Checked> ended() {
            if (rules != null && !rules.isDone()) {
                return Optional.empty();
            }
            try {
                return Optional.of(checked());
            } catch (IOException e) {
                return Optional.empty();
            }
        }

        /** The whole validation, waiting for the rules if they still run. */
        public synchronized Checked checked() throws IOException {
            if (checked == null) {
                SideTask.Timed<Rules> found;
                try {
                    found = rules.await();
                } catch (InputException e) {
                    throw new IllegalStateException("the rules report their problems as diagnostics", e);
                }
                rulesNanos = found.nanos();
                List<Diagnostic> all = new ArrayList<>(grammar);
                all.addAll(found.value().problems());
                checked = new Checked(new ValidationReport(file, all), found.value().read() ? tree : Optional.empty());
            }
            return checked;
        }

        /** The time the rules took on their own thread (with the end of their compilation), told once (0 after, or while they run, or when they did not run there). */
        public synchronized long takeRulesNanos() {
            long nanos = rulesNanos;
            rulesNanos = 0;
            return nanos;
        }
    }

    /** A validation report and the document's tree, absent when the file could not be read as XML or the schema failed. */
    public record Checked(ValidationReport report, Optional<XdmNode> tree) {
        public Checked {
            Objects.requireNonNull(report, "report");
            Objects.requireNonNull(tree, "tree");
        }

        /** A file that gave no tree. */
        static Checked without(ValidationReport report) {
            return new Checked(report, Optional.empty());
        }
    }

    private Compiled compiled() throws IOException {
        Compiled result = compiled;
        if (result == null) {
            synchronized (this) {
                result = compiled;
                if (result == null) {
                    result = compile();
                    compiled = result;
                }
            }
        }
        return result;
    }

    private Compiled compile() throws IOException {
        String rng = resource(RNG);
        String sch = null;
        boolean compact = false;
        String rngLabel = RNG;
        String schLabel = SCH;
        if (schema.isPresent()) {
            Path file = schema.get();
            String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!name.endsWith(".rng") && !name.endsWith(".rnc") && !name.endsWith(".sch")) {
                return new Compiled(null, null, List.of(Messages.unsupportedSchema(file.toString())));
            }
            if (!Files.isRegularFile(file)) {
                throw new NoSuchFileException(file.toString(), null, "no such schema file");
            }
            if (name.endsWith(".sch")) {
                sch = file.toUri().toString();
                schLabel = file.toString();
            } else {
                rng = file.toUri().toString();
                rngLabel = file.toString();
                compact = name.endsWith(".rnc");
            }
        }
        // the Schematron compiles on a second thread while the RELAX NG compiles and the file is parsed
        String schSource = sch;
        String schName = schLabel;
        SideTask<SchematronOutcome> schematron = SideTask.start("tei-edition-schematron", () -> {
            try {
                return new SchematronOutcome(schSource == null
                        ? Schematron.compileTranspiled(processor, resource(SCH_XSLT), schName)
                        : Schematron.compile(processor, schSource, schName), List.of());
            } catch (InputException e) {
                return new SchematronOutcome(null, e.diagnostics());
            }
        });
        try {
            return new Compiled(RelaxNg.compile(rng, rngLabel, compact), schematron, List.of());
        } catch (InputException e) {
            return new Compiled(null, schematron, e.diagnostics());
        }
    }

    private static String resource(String path) {
        URL url = Validator.class.getClassLoader().getResource(path);
        if (url == null) {
            throw new IllegalStateException(path + " is missing from the toolkit");
        }
        return url.toExternalForm();
    }

    /**
     * The compiled RELAX NG or why it could not be compiled (its problems), and the Schematron's outcome to
     * come (none when the schema given is of no kind the toolkit reads).
     */
    private record Compiled(RelaxNg relaxNg, SideTask<SchematronOutcome> schematron, List<Diagnostic> problems) {
    }

    private static SchematronOutcome schematron(Compiled schemas) throws IOException {
        try {
            return schemas.schematron().await().value();
        } catch (InputException e) {
            throw new IllegalStateException("the Schematron's compilation reports its problems in its outcome", e);
        }
    }

    /** The compiled Schematron, or why it could not be compiled. */
    private record SchematronOutcome(Schematron schematron, List<Diagnostic> problems) {
    }
}
