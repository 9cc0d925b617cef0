// SPDX-License-Identifier: Apache-2.0
package org.teiedition.validate;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.streams.Steps;
import org.teiedition.diag.Diagnostic;
import org.teiedition.diag.InputException;
import org.teiedition.diag.Severity;
import org.teiedition.transform.StageErrors;
import org.teiedition.transform.Stylesheets;
import org.teiedition.xml.SafeResources;
import org.teiedition.xml.SafeXml;
import org.xml.sax.InputSource;

/**
 * A Schematron schema compiled to XSLT by SchXslt2 and run on Saxon. Each failed assertion or successful
 * report becomes a diagnostic at the line and column of the node its SVRL {@code @location} names.
 * Immutable and thread-safe.
 */
final class Schematron {
    private static final String SVRL = "http://purl.oclc.org/dsdl/svrl";
    private static final String TRANSPILER = "content/transpile.xsl";

    private final Processor processor;
    private final XsltExecutable executable;

    private Schematron(Processor processor, XsltExecutable executable) {
        this.processor = processor;
        this.executable = executable;
    }

    /** Transpiles and compiles a Schematron schema; a wrong schema is an {@link InputException} naming it. */
    static Schematron compile(Processor processor, String systemId, String label) throws InputException, IOException {
        List<Diagnostic> problems = new ArrayList<>();
        try {
            XdmNode transpiled = transpile(processor, systemId, problems);
            return new Schematron(processor, compiler(processor, problems).compile(transpiled.asSource()));
        } catch (SaxonApiException e) {
            throw failure(problems, e, label);
        }
    }

    /**
     * Compiles a schema already transpiled to XSLT by {@link #transpile} (the toolkit's own schema is
     * transpiled when the toolkit is built, which spares every run compiling the transpiler).
     */
    static Schematron compileTranspiled(Processor processor, String xsltSystemId, String label) throws InputException {
        List<Diagnostic> problems = new ArrayList<>();
        try {
            return new Schematron(processor, compiler(processor, problems).compile(new StreamSource(xsltSystemId)));
        } catch (SaxonApiException e) {
            throw failure(problems, e, label);
        }
    }

    /** The XSLT that SchXslt2 makes of a Schematron schema. */
    static XdmNode transpile(Processor processor, String systemId, List<Diagnostic> problems) throws SaxonApiException, IOException {
        XdmDestination transpiled = new XdmDestination();
        Xslt30Transformer transpiler = compiler(processor, problems).compile(transpiler()).load30();
        transpiler.setErrorReporter(error -> problems.add(StageErrors.of(error)));
        transpiler.transform(SafeXml.source(new InputSource(systemId)), transpiled);
        return transpiled.getXdmNode();
    }

    private static XsltCompiler compiler(Processor processor, List<Diagnostic> problems) {
        XsltCompiler compiler = processor.newXsltCompiler();
        compiler.setErrorReporter(error -> problems.add(StageErrors.of(error)));
        compiler.setURIResolver(Stylesheets::toolkitModule);
        return compiler;
    }

    private static InputException failure(List<Diagnostic> problems, SaxonApiException e, String label) {
        if (problems.stream().noneMatch(Diagnostic::isError)) {
            problems.add(Diagnostic.error("schema.invalid", "schematron does not compile: " + Messages.clean(e.getMessage()), label, 0, 0));
        }
        return new InputException(problems.stream().map(d -> d.file().isEmpty() ? relabel(d, label) : d).toList());
    }

    private static StreamSource transpiler() throws IOException {
        URL url = Schematron.class.getClassLoader().getResource(TRANSPILER);
        if (url == null) {
            throw new IllegalStateException("SchXslt2's " + TRANSPILER + " is missing from the class path");
        }
        InputStream in = url.openStream();
        return new StreamSource(in, url.toExternalForm());
    }

    /** Runs the rules over a tree built with line numbers, and places each finding in the file. */
    List<Diagnostic> validate(XdmNode document, Path file) throws InputException {
        String label = file.toString();
        List<Diagnostic> problems = new ArrayList<>();
        Xslt30Transformer transformer = SafeResources.confine(executable.load30(), file);
        transformer.setErrorReporter(error -> problems.add(StageErrors.of(error)));
        transformer.setMessageHandler(message -> { });
        XdmDestination svrl = new XdmDestination();
        try {
            transformer.applyTemplates(document, svrl);
        } catch (SaxonApiException e) {
            problems.add(Diagnostic.error("schematron.failed", "the schematron rules could not run: " + Messages.clean(e.getMessage()), label, 0, 0));
            throw new InputException(problems);
        }
        XPathCompiler locations = processor.newXPathCompiler();
        for (XdmNode node : svrl.getXdmNode().select(Steps.child().then(Steps.child())).asListOfNodes()) {
            if (node.getNodeKind() != XdmNodeKind.ELEMENT || !SVRL.equals(node.getNodeName().getNamespace())) {
                continue;
            }
            String local = node.getNodeName().getLocalName();
            if (local.equals("failed-assert") || local.equals("successful-report")) {
                problems.add(finding(node, document, locations, label));
            }
        }
        return problems;
    }

    private static Diagnostic finding(XdmNode node, XdmNode document, XPathCompiler locations, String label) {
        String id = attribute(node, "id");
        String pattern = attribute(node, "patternId");
        String code = "schematron." + (!id.isEmpty() ? id : !pattern.isEmpty() ? pattern : "rule");
        String role = attribute(node, "role").toLowerCase(java.util.Locale.ROOT);
        Severity severity = role.equals("warning") || role.equals("warn") || role.equals("info") ? Severity.WARNING : Severity.ERROR;
        String message = node.select(Steps.child(net.sf.saxon.s9api.streams.Predicates.hasName(SVRL, "text"))).asString().replaceAll("\\s+", " ").strip();
        int[] place = place(attribute(node, "location"), document, locations);
        return new Diagnostic(severity, code, message.isEmpty() ? "schematron rule \"" + code + "\" failed" : message,
                label, place[0], place[1]);
    }

    /** The line and column of the node an SVRL location path names (an attribute is at its element). */
    private static int[] place(String location, XdmNode document, XPathCompiler locations) {
        if (location.isEmpty()) {
            return new int[] {0, 0};
        }
        try {
            XdmItem item = locations.evaluateSingle(location, document);
            if (item instanceof XdmNode found) {
                XdmNode at = found.getNodeKind() == XdmNodeKind.ATTRIBUTE ? found.getParent() : found;
                return new int[] {Math.max(0, at.getLineNumber()), Math.max(0, at.getColumnNumber())};
            }
        } catch (SaxonApiException e) {
            // an unexpected location form: the finding is still reported, without its place
        }
        return new int[] {0, 0};
    }

    private static String attribute(XdmNode node, String name) {
        String value = node.getAttributeValue(new QName(name));
        return value == null ? "" : value;
    }

    private static Diagnostic relabel(Diagnostic d, String label) {
        return new Diagnostic(d.severity(), d.code(), d.message(), label, d.line(), d.column());
    }
}
