// SPDX-License-Identifier: Apache-2.0
package org.teiedition.render;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.saxon.s9api.ItemType;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SAXDestination;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmMap;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.FormattingResults;
import org.apache.fop.apps.PageSequenceResults;
import org.apache.xmlgraphics.util.MimeConstants;
import org.teiedition.diag.Diagnostic;
import org.teiedition.diag.InputException;

/**
 * One pass of TEI through {@code xslt/fo} into FOP, streamed (Saxon writes SAX events into FOP's
 * handler; no FO document is built), giving the PDF's bytes and the pages each source page took.
 */
final class FoLayout {
    private final XsltExecutable stylesheet;
    private final FopFactory factory;
    private final Map<String, String> parameters;

    FoLayout(XsltExecutable stylesheet, FopFactory factory, Map<String, String> parameters) {
        this.stylesheet = stylesheet;
        this.factory = factory;
        this.parameters = parameters;
    }

    /**
     * @param pageCounts per page index (1-based, as in the FO's page-sequence ids), the PDF pages it took
     */
    record Result(byte[] pdf, Map<Integer, Integer> pageCounts, List<Diagnostic> diagnostics) {
        List<Integer> overflowing() {
            return pageCounts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).sorted().toList();
        }
    }

    /**
     * @param volume    the volume's type scale, in percent of the page design's
     * @param scales    the pages set at a scale of their own, in percent of the page design's, by page index
     * @param onlyPages the page indexes to lay out alone, or empty for all
     */
    Result run(XdmNode tei, Date created, int volume, Map<Integer, Integer> scales, java.util.Collection<Integer> onlyPages)
            throws InputException {
        String file = tei.getDocumentURI() == null ? "" : tei.getDocumentURI().toString();
        FopEvents events = new FopEvents(file);
        List<Diagnostic> messages = new ArrayList<>();
        FOUserAgent agent = factory.newFOUserAgent();
        agent.setCreationDate(created);
        agent.setProducer("tei-edition");
        agent.setCreator("tei-edition");
        agent.setAccessibility(true);
        agent.getEventBroadcaster().addEventListener(events);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(1 << 16);
        Fop fop;
        try {
            fop = factory.newFop(MimeConstants.MIME_PDF, agent, pdf);
        } catch (FOPException e) {
            throw new IllegalStateException("FOP cannot start: " + e.getMessage(), e);
        }
        Xslt30Transformer transformer = stylesheet.load30();
        transformer.setMessageHandler(message -> messages.add(Diagnostic.warning("pdf.xslt.message",
                message.getContent().getStringValue().replaceFirst("^warning: ", ""), file, 0, 0)));
        try {
            transformer.setGlobalContextItem(tei);
            transformer.setStylesheetParameters(parameters(volume, scales, onlyPages));
            transformer.applyTemplates(tei, new SAXDestination(fop.getDefaultHandler()));
        } catch (SaxonApiException | FOPException e) {
            List<Diagnostic> all = new ArrayList<>(messages);
            all.addAll(events.diagnostics());
            all.add(Diagnostic.error("pdf.failed", "the print edition cannot be made: " + clean(e), file,
                    e instanceof SaxonApiException s ? Math.max(0, s.getLineNumber()) : 0, 0));
            throw new InputException(all);
        }
        Map<Integer, Integer> counts = new HashMap<>();
        FormattingResults results = fop.getResults();
        for (Object item : results.getPageSequences()) {
            PageSequenceResults sequence = (PageSequenceResults) item;
            String id = sequence.getID();
            if (id != null && id.startsWith("page-")) {
                counts.put(Integer.parseInt(id.substring(5)), sequence.getPageCount());
            }
        }
        List<Diagnostic> all = new ArrayList<>(messages);
        all.addAll(events.diagnostics());
        return new Result(pdf.toByteArray(), counts, all);
    }

    private Map<QName, XdmValue> parameters(int volume, Map<Integer, Integer> scales, java.util.Collection<Integer> onlyPages) {
        Map<QName, XdmValue> values = new HashMap<>();
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            try {
                values.put(new QName(parameter.getKey()), new XdmAtomicValue(parameter.getValue(), ItemType.UNTYPED_ATOMIC));
            } catch (SaxonApiException e) {
                throw new IllegalArgumentException("parameter \"" + parameter.getKey() + "\": " + e.getMessage(), e);
            }
        }
        Map<XdmAtomicValue, XdmValue> scaleMap = new HashMap<>();
        scales.forEach((page, percent) -> scaleMap.put(new XdmAtomicValue(page), percent(percent)));
        values.put(new QName("page-scale"), new XdmMap(scaleMap));
        values.put(new QName("volume-scale"), percent(volume));
        values.put(new QName("glyph-widths"), FontMetrics.regular().widths());
        values.put(new QName("page-only"), onlyPages.isEmpty() ? new XdmAtomicValue(0)
                : new XdmValue(onlyPages.stream().sorted().map(XdmAtomicValue::new).toList()));
        return values;
    }

    private static XdmAtomicValue percent(int percent) {
        return new XdmAtomicValue(java.math.BigDecimal.valueOf(percent, 2));
    }

    private static String clean(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() != null ? cause.getMessage() : e.getMessage();
        return String.valueOf(message).replaceAll("\\s+", " ").strip();
    }
}
