// SPDX-License-Identifier: Apache-2.0
package org.teiedition.encode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nu.xom.Document;
import nu.xom.Element;
import nu.xom.ProcessingInstruction;
import org.teiedition.encode.EncodeOptions;
import org.teiedition.diag.Diagnostic;
import org.teiedition.diag.InputException;

/**
 * Turns a transcription (src/site/markdown/transcription-form.md) into TEI with XOM.
 *
 * <p>Problems in the transcription (not UTF-8, empty, binary, malformed or out-of-order page markers, a
 * footnote no call matches, calls that read equally well two ways) are an {@link InputException} with
 * every problem's line and column; choices the encoder made on plausibility are warnings in the result.
 * Stateless and thread-safe.
 */
public final class Encoder {
    /** The processing instruction that records facts of the transcription form the text alone cannot show. */
    public static final String FORM_PI = "tei-edition";

    /**
     * @param transcription the file's bytes: must be UTF-8
     * @param file          the file's name, for messages and the document's identifier
     */
    public Encoded encode(byte[] transcription, String file, EncodeOptions options) throws InputException {
        if (transcription == null || file == null || options == null) {
            throw new IllegalArgumentException("transcription, file and options are required");
        }
        Problems problems = new Problems(file);
        SourceText source = SourceText.decode(transcription, problems);
        Transcript transcript = new TranscriptionParser(problems).parse(source);
        Pages pages = Pages.check(transcript, options, problems);
        problems.check();
        List<NoteCall> calls = new NoteCallResolver(problems).resolve(transcript);
        problems.check();
        Document document = document(file, transcript, pages, calls);
        List<Diagnostic> warnings = problems.diagnostics().list();
        return new Encoded(document, warnings);
    }

    private Document document(String file, Transcript transcript, Pages pages, List<NoteCall> calls) {
        Element tei = Tei.element("TEI", "xml:id", DocumentId.of(file), "xml:lang", "en");
        tei.appendChild(new HeaderBuilder().build(facts(file, transcript, pages, calls)));
        List<String> footnotes = transcript.footnotes().stream().map(Transcript::footnoteText).toList();
        tei.appendChild(new BodyBuilder(footnotes).build(transcript, pages.first(), calls));
        Indenter.indent(tei, 0);
        Document document = new Document(tei);
        formFacts(transcript).ifPresent(document::appendChild);
        return document;
    }

    private static HeaderBuilder.Facts facts(String file, Transcript transcript, Pages pages, List<NoteCall> calls) {
        Optional<String> fileNumber = Optional.empty();
        Optional<String> signature = Optional.empty();
        Optional<String> dateline = Optional.empty();
        String title = "";
        List<String> participants = new ArrayList<>();
        List<Block> blocks = transcript.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            final int index = b;
            List<NoteCall> here = calls.stream().filter(call -> call.block() == index).toList();
            switch (block.kind()) {
                case SOURCE -> fileNumber = Optional.of(InlineBuilder.plain(block, here));
                case HEAD -> title = InlineBuilder.plain(block, here);
                case SIGNED -> signature = Optional.of(block.text());
                case ITEM -> participants.add(InlineBuilder.plain(block, here));
                case DATELINE -> dateline = dateline.isPresent() ? dateline : Optional.of(InlineBuilder.plain(block, here));
                default -> { }
            }
        }
        return new HeaderBuilder.Facts(DocumentId.of(file), title, fileNumber, signature,
                pages.first().isPresent() ? Optional.of(pages.first().getAsInt()) : Optional.empty(),
                pages.last().isPresent() ? Optional.of(pages.last().getAsInt()) : Optional.empty(), participants,
                dateline);
    }

    /** {@code <?tei-edition final-newline="yes" opening-page-marker="yes"?>}, each part only when true. */
    private static Optional<ProcessingInstruction> formFacts(Transcript transcript) {
        List<String> facts = new ArrayList<>();
        if (transcript.finalNewline()) {
            facts.add("final-newline=\"yes\"");
        }
        if (transcript.opening().isPresent()) {
            facts.add("opening-page-marker=\"yes\"");
        }
        return facts.isEmpty() ? Optional.empty() : Optional.of(new ProcessingInstruction(FORM_PI, String.join(" ", facts)));
    }
}
