// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

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
import org.teiedition.transform.Stylesheets;
import org.teiedition.transform.XsltRun;

/**
 * One pass of TEI through {@code xslt/fo} into FOP, streamed (Saxon writes SAX events into FOP's
 * handler; no FO document is built), giving the PDF's bytes and the pages each source page took.
 */
final class FoLayout {
    private final Stylesheets stylesheets;
    private final FopFactory factory;
    private final Map<String, String> parameters;

    FoLayout(Stylesheets stylesheets, FopFactory factory, Map<String, String> parameters) {
        this.stylesheets = stylesheets;
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
        XsltRun run = new XsltRun(stylesheets, Stylesheets.Output.FO, tei, parameters);
        extraParameters(volume, scales, onlyPages).forEach(run::parameter);
        try {
            run.transformer().applyTemplates(tei, new SAXDestination(fop.getDefaultHandler()));
        } catch (SaxonApiException | FOPException e) {
            InputException failure = run.failure(e, "the print edition cannot be made");
            List<Diagnostic> all = new ArrayList<>(failure.diagnostics());
            all.addAll(all.size() - 1, events.diagnostics());
            throw new InputException(all);
        }
        if (!events.missingGlyphs().isEmpty()) {
            List<Diagnostic> all = new ArrayList<>(events.missingGlyphs().diagnostics(tei, file));
            all.addAll(events.diagnostics());
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
        List<Diagnostic> all = new ArrayList<>(run.messages());
        all.addAll(events.diagnostics());
        return new Result(pdf.toByteArray(), counts, all);
    }

    /** The renderer's own parameters: the volume's scale, the pages set at their own, the pages to lay out alone. */
    private static Map<String, XdmValue> extraParameters(int volume, Map<Integer, Integer> scales, java.util.Collection<Integer> onlyPages) {
        Map<String, XdmValue> values = new HashMap<>();
        Map<XdmAtomicValue, XdmValue> scaleMap = new HashMap<>();
        scales.forEach((page, percent) -> scaleMap.put(new XdmAtomicValue(page), percent(percent)));
        values.put("page-scale", new XdmMap(scaleMap));
        values.put("volume-scale", percent(volume));
        values.put("glyph-widths", FontMetrics.regular().widths());
        values.put("page-only", onlyPages.isEmpty() ? new XdmAtomicValue(0)
                : new XdmValue(onlyPages.stream().sorted().map(XdmAtomicValue::new).toList()));
        return values;
    }

    private static XdmAtomicValue percent(int percent) {
        return new XdmAtomicValue(java.math.BigDecimal.valueOf(percent, 2));
    }
}
