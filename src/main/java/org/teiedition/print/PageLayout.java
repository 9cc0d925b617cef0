// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.xml.transform.Result;
import javax.xml.transform.sax.SAXResult;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;
import org.apache.fop.render.intermediate.IFContext;
import org.apache.fop.render.intermediate.IFException;
import org.apache.fop.render.intermediate.IFSerializer;
import org.teiedition.diag.Diagnostic;
import org.teiedition.diag.InputException;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;
import org.teiedition.store.PageStore;

/**
 * Lays out the page sequences of a document's FO into FOP's intermediate format, each page taken from
 * the {@link PageStore} when one with the same inputs was laid out before, the others laid out in
 * contiguous runs on several threads. A page's key is the digest of everything its layout reads: the
 * FO root's attributes, the shared prologue, its own sequence (named by the digest of its text at the
 * design's type size and its type scale: {@link FoPages.Sequence}), the creation date and the file named in
 * FOP's messages (the fonts, FOP's configuration and the toolkit's version are the store's own part of
 * the key). The pages come out the same whether they were laid out alone, in a run or taken from the store.
 */
final class PageLayout {
    private final FopFactories factories;
    private final PageStore store;
    private final int threads;
    private final Date created;
    private final String file;

    PageLayout(FopFactories factories, PageStore store, int threads, Date created, String file) {
        this.factories = factories;
        this.store = store;
        this.threads = Math.max(1, threads);
        this.created = created;
        this.file = file;
    }

    /**
     * A document's pages laid out: the header of its intermediate format and one entry per sequence, with
     * the key each sequence is stored under.
     */
    record Laid(byte[] header, List<LaidPage> pages, List<String> keys) {
        /**
         * The key of each PDF page, in page order: its sequence's key, followed by the page's place in the
         * sequence where the sequence took more than one page. Everything drawn on a PDF page follows from it.
         */
        List<String> pageKeys() {
            List<String> all = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) {
                int count = pages.get(i).pages();
                for (int page = 1; page <= count; page++) {
                    all.add(count == 1 ? keys.get(i) : keys.get(i) + "/" + page);
                }
            }
            return all;
        }
    }

    Laid lay(FoPages.Fo fo) throws InputException, IOException {
        List<FoPages.Sequence> sequences = fo.sequences();
        LaidPage[] pages = new LaidPage[sequences.size()];
        String[] keys = new String[sequences.size()];
        List<Integer> missing = new ArrayList<>();
        MessageDigest shared = shared(fo);
        for (int i = 0; i < sequences.size(); i++) {
            keys[i] = key(shared, sequences.get(i).layoutKey());
            pages[i] = stored(keys[i]).orElse(null);
            if (pages[i] == null) {
                missing.add(i);
            }
        }
        String headerKey = key(shared, "header");
        byte[] header = store.get(headerKey).orElse(null);
        if (header == null && missing.isEmpty() && !sequences.isEmpty()) {
            missing.add(0);
        }
        List<List<Integer>> runs = org.teiedition.concurrent.Parts.contiguous(missing, threads);
        List<Run> done = runAll(fo, runs);
        for (Run run : done) {
            for (int j = 0; j < run.pages.size(); j++) {
                int index = run.indexes.get(j);
                pages[index] = run.pages.get(j);
                store.put(keys[index], pages[index].toBytes());
            }
            if (header == null) {
                header = run.header;
                store.put(headerKey, header);
            }
        }
        return new Laid(header == null ? new byte[0] : header, List.of(pages), List.of(keys));
    }

    private Optional<LaidPage> stored(String key) {
        Optional<byte[]> entry = store.get(key);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LaidPage.of(entry.get()));
        } catch (IOException e) {
            return Optional.empty(); // laid out again
        }
    }

    private List<Run> runAll(FoPages.Fo fo, List<List<Integer>> runs) throws InputException {
        if (runs.size() <= 1) {
            List<Run> done = new ArrayList<>();
            for (List<Integer> run : runs) {
                done.add(run(fo, run));
            }
            return done;
        }
        ExecutorService pool = Executors.newFixedThreadPool(runs.size(), task -> {
            Thread thread = new Thread(task, "tei-edition-layout");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Run>> futures = new ArrayList<>();
            for (List<Integer> run : runs) {
                futures.add(pool.submit(() -> run(fo, run)));
            }
            List<Run> done = new ArrayList<>();
            for (Future<Run> future : futures) {
                done.add(future.get());
            }
            return done;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("layout interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof InputException input) {
                throw input;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** One FOP layout of some of the sequences. */
    private record Run(List<Integer> indexes, List<LaidPage> pages, byte[] header) {
    }

    private Run run(FoPages.Fo fo, List<Integer> indexes) throws InputException {
        FopFactory factory = factories.borrow();
        try {
            return run(fo, indexes, factory);
        } finally {
            factories.giveBack(factory);
        }
    }

    private Run run(FoPages.Fo fo, List<Integer> indexes, FopFactory factory) throws InputException {
        List<FoPages.Sequence> chosen = indexes.stream().map(fo.sequences()::get).toList();
        FopEvents events = new FopEvents(file);
        FOUserAgent agent = userAgent(factory, created);
        agent.getEventBroadcaster().addEventListener(events);
        IfSplitter splitter = new IfSplitter();
        try {
            IFSerializer serializer = new IFSerializer(new IFContext(agent)) {
                @Override
                public void setResult(Result result) throws IFException {
                    super.setResult(new SAXResult(splitter));
                }
            };
            serializer.mimicDocumentHandler(agent.getRendererFactory().createDocumentHandler(agent, MimeConstants.MIME_PDF));
            agent.setDocumentHandlerOverride(serializer);
            Fop fop = factory.newFop(MimeConstants.MIME_FOP_IF, agent, OutputStream.nullOutputStream());
            XMLFilterImpl counting = new XMLFilterImpl() {
                private int sequence = -1;

                @Override
                public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
                    if (FoPages.FO.equals(uri) && localName.equals("page-sequence")) {
                        events.page(++sequence);
                    }
                    super.startElement(uri, localName, qName, atts);
                }
            };
            counting.setContentHandler(fop.getDefaultHandler());
            byte[] document = fo.document(chosen, outline(chosen));
            counting.setParent(LaidPage.newParser().getXMLReader());
            counting.parse(new org.xml.sax.InputSource(new ByteArrayInputStream(document)));
        } catch (SAXException | IOException e) {
            List<Diagnostic> all = new ArrayList<>(events.diagnostics());
            if (all.stream().noneMatch(Diagnostic::isError)) {
                // FOP's own message, without the place in its input (a document of the toolkit's that the user never sees)
                String reason = String.valueOf(e.getMessage()).replaceAll("^\\S*:\\d+:\\d+: |\\s*\\(See position [^)]*\\)$", "");
                all.add(Diagnostic.error("pdf.layout", "the print edition cannot be laid out: " + reason, file, 0, 0));
            }
            throw new InputException(all);
        }
        if (splitter.sequences().size() != chosen.size()) {
            throw new IllegalStateException("FOP laid out " + splitter.sequences().size() + " page sequences of " + chosen.size());
        }
        List<LaidPage> pages = new ArrayList<>();
        for (int j = 0; j < chosen.size(); j++) {
            List<LaidPage.Destination> destinations = new ArrayList<>();
            for (String id : chosen.get(j).ids()) {
                IfSplitter.Placed placed = splitter.placed(id);
                if (placed != null && placed.sequence() == j) {
                    destinations.add(placed.destination());
                }
            }
            pages.add(new LaidPage(splitter.pageCounts().get(j), events.diagnostics(j), destinations,
                    List.copyOf(splitter.fonts().get(j)), splitter.fills().get(j), splitter.rests().get(j),
                    splitter.sequences().get(j)));
        }
        return new Run(indexes, pages, splitter.header());
    }

    /**
     * An outline with an entry per id of the chosen sequences, so that FOP tells where each was put; each
     * entry's title is its id ({@link IfSplitter} reads it where FOP makes one action of two entries).
     */
    private static byte[] outline(List<FoPages.Sequence> chosen) {
        StringBuilder tree = new StringBuilder();
        for (FoPages.Sequence sequence : chosen) {
            for (String id : sequence.ids()) {
                XmlText name = new XmlText();
                name.characters(id.toCharArray(), 0, id.length());
                String escaped = new String(name.bytes(), StandardCharsets.UTF_8).replace("\"", "&quot;");
                tree.append("<fo:bookmark internal-destination=\"").append(escaped).append("\"><fo:bookmark-title>").append(escaped).append("</fo:bookmark-title></fo:bookmark>");
            }
        }
        return tree.isEmpty() ? new byte[0] : ("<fo:bookmark-tree>" + tree + "</fo:bookmark-tree>").getBytes(StandardCharsets.UTF_8);
    }

    static FOUserAgent userAgent(FopFactory factory, Date created) {
        FOUserAgent agent = factory.newFOUserAgent();
        agent.setCreationDate(created);
        agent.setProducer("tei-edition");
        agent.setCreator("tei-edition");
        agent.setAccessibility(true);
        return agent;
    }

    /** A SHA-256 digest in hex: of a sequence's text, for its key. */
    static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The digest of what every page's layout reads besides its own sequence: the FO root's attributes, the prologue, the creation date and the file named in FOP's messages. */
    private MessageDigest shared(FoPages.Fo fo) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : List.of(fo.rootStart(), fo.prologue(), String.valueOf(created.getTime()).getBytes(StandardCharsets.UTF_8),
                    file.getBytes(StandardCharsets.UTF_8))) {
                digest.update(Integer.toString(part.length).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(part);
            }
            return digest;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A page's key: the shared digest, then its sequence's design digest and type scale (or "header"). */
    private static String key(MessageDigest shared, String own) {
        try {
            MessageDigest digest = (MessageDigest) shared.clone();
            digest.update(own.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }
}
