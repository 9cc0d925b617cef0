// SPDX-License-Identifier: Apache-2.0
package org.teiedition.transform;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.saxon.s9api.ItemType;
import net.sf.saxon.s9api.Message;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.trans.XPathException;
import org.teiedition.diag.Diagnostic;
import org.teiedition.diag.InputException;

/**
 * One run of one of the toolkit's stylesheets over a TEI document, set up the way every output runs them:
 * the transformer confined to the document's folder ({@link Stylesheets#transformerFor}), the edition's
 * parameters given as untyped values that the stylesheet converts to each parameter's declared type, every
 * {@code xsl:message} kept as a warning, and a failure turned into a {@link Diagnostic} that carries the
 * stylesheet's own error code ({@code err:unhandled-element} becomes {@code xslt.unhandled-element}) and the
 * place in the TEI when the stylesheet names the node at fault (the third argument of {@code error()}).
 */
public final class XsltRun {
    private final Xslt30Transformer transformer;
    private final XdmNode input;
    private final String file;
    private final List<Diagnostic> messages = Collections.synchronizedList(new ArrayList<>());
    private final Map<QName, XdmValue> parameters = new HashMap<>();

    public XsltRun(Stylesheets stylesheets, Stylesheets.Output output, XdmNode input, Map<String, String> editionParameters)
            throws InputException {
        this.transformer = stylesheets.transformerFor(output, input);
        this.input = input;
        this.file = input.getDocumentURI() == null ? "" : input.getDocumentURI().toString();
        editionParameters.forEach((name, value) -> parameters.put(new QName(name), untyped(value)));
        transformer.setErrorReporter(error -> {
            // a dynamic error arrives as the exception that ends the run; only warnings are kept here
            if (error.isWarning()) {
                messages.add(StageErrors.of(error));
            }
        });
        transformer.setMessageHandler(this::message);
    }

    /** Sets a parameter of the toolkit's own (a typed value), replacing an edition parameter of that name. */
    public XsltRun parameter(String name, XdmValue value) {
        parameters.put(new QName(name), value);
        return this;
    }

    /** The transformer, its parameters set: call it once per result. */
    public Xslt30Transformer transformer() throws SaxonApiException {
        transformer.setGlobalContextItem(input);
        transformer.setStylesheetParameters(parameters);
        return transformer;
    }

    /** What the stylesheet said with {@code xsl:message}, as warnings, in order. */
    public List<Diagnostic> messages() {
        synchronized (messages) {
            return List.copyOf(messages);
        }
    }

    /** The run failed: its messages and the failure, at the TEI node it names or else in the stylesheet. */
    public InputException failure(Exception e, String what) {
        List<Diagnostic> all = new ArrayList<>(messages());
        all.add(diagnostic(e, what));
        return new InputException(all);
    }

    private Diagnostic diagnostic(Exception e, String what) {
        XPathException xpath = find(e, XPathException.class);
        String code = "xslt.failed";
        String location = file;
        int line = 0;
        int column = 0;
        if (xpath != null && xpath.getErrorCodeQName() != null) {
            code = "xslt." + xpath.getErrorCodeQName().getLocalPart();
        }
        XdmNode node = xpath == null ? null : culprit(xpath);
        if (node != null) {
            line = Math.max(0, node.getLineNumber());
            column = Math.max(0, node.getColumnNumber());
            location = node.getUnderlyingNode().getSystemId() != null ? node.getUnderlyingNode().getSystemId() : file;
        } else if (e instanceof SaxonApiException saxon && saxon.getSystemId() != null) {
            location = saxon.getSystemId();
            line = Math.max(0, saxon.getLineNumber());
        }
        return Diagnostic.error(code, what + ": " + message(e), location, line, 0 < line ? column : 0);
    }

    /** The node a stylesheet passed to {@code error()} as the error's object, when it is one. */
    private static XdmNode culprit(XPathException e) {
        net.sf.saxon.om.Sequence object = e.getErrorObject();
        if (object instanceof net.sf.saxon.om.NodeInfo node) {
            return new XdmNode(node);
        }
        try {
            net.sf.saxon.om.Item first = object == null ? null : object.head();
            return first instanceof net.sf.saxon.om.NodeInfo node ? new XdmNode(node) : null;
        } catch (XPathException ignored) {
            return null;
        }
    }

    private void message(Message message) {
        String text = message.getContent().getStringValue().replaceFirst("^warning: ", "");
        String code = message.getErrorCode() == null ? "xslt.message" : "xslt." + message.getErrorCode().getLocalName();
        // a message is about the document; where in the stylesheet it was said is of no use to an editor
        messages.add(Diagnostic.warning(code, text, file, 0, 0));
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    /** The innermost message, on one line, without Saxon's error-code prefix. */
    private static String message(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause && cause.getCause().getMessage() != null) {
            cause = cause.getCause();
        }
        String text = cause.getMessage() != null ? cause.getMessage() : String.valueOf(e.getMessage());
        return text.replaceAll("\\s+", " ").strip();
    }

    private static XdmAtomicValue untyped(String value) {
        try {
            return new XdmAtomicValue(value, ItemType.UNTYPED_ATOMIC);
        } catch (SaxonApiException e) {
            throw new IllegalStateException("any string is an untypedAtomic", e);
        }
    }
}
