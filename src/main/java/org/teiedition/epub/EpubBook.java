// SPDX-License-Identifier: Apache-2.0
package org.teiedition.epub;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import net.sf.saxon.s9api.XdmNode;
import org.teiedition.diag.Diagnostic;
import org.teiedition.diag.InputException;
import org.teiedition.io.AtomicOutput;
import org.teiedition.store.PageStore;

/**
 * Makes a checked EPUB: renders it, runs EPUBCheck on it (in its temporary beside its place), and moves it to
 * its place only when EPUBCheck finds no error. An error is an {@link InputException} with every message EPUBCheck gave, and nothing
 * is written (an earlier book stays as it was); warnings are returned.
 */
public final class EpubBook {
    private final EpubRenderer renderer;
    private final EpubChecker checker = new EpubChecker();

    public EpubBook(EpubRenderer renderer) {
        this.renderer = renderer;
    }

    /** Compiles the EPUB's stylesheet and loads EPUBCheck's schemas in the background, for a book to come. */
    public void prepare() {
        EpubChecker.prepare();
        renderer.prepare();
    }

    /**
     * @param tei    the TEI document
     * @param name   the TEI file's name without extension
     * @param target where the EPUB goes
     * @param kept   where the content documents are kept between books
     * @return EPUBCheck's warnings (none for a book the toolkit makes from valid TEI)
     */
    public List<Diagnostic> write(XdmNode tei, String name, Path target, PageStore kept) throws InputException, IOException {
        return write(tei, name, target, target, kept);
    }

    /** The same, EPUBCheck's messages naming the book {@code shownAs}: where it will be once its folder is complete. */
    public List<Diagnostic> write(XdmNode tei, String name, Path target, Path shownAs, PageStore kept) throws InputException, IOException {
        EpubChecker.prepare(); // while the book is rendered
        ByteArrayOutputStream bytes = render(tei, name, kept);
        AtomicReference<List<Diagnostic>> found = new AtomicReference<>(List.of());
        // EPUBCheck reads the book in its temporary beside the target, before it takes its place
        AtomicOutput.writeFile(target, out -> bytes.writeTo(out), written -> found.set(check(written, shownAs)));
        return found.get();
    }

    /**
     * Writes the book without checking it, for an edition being edited, where the book is wanted in place at once
     * and EPUBCheck can follow ({@link #check}).
     */
    public void writeUnchecked(XdmNode tei, String name, Path target, PageStore kept) throws InputException, IOException {
        ByteArrayOutputStream bytes = render(tei, name, kept);
        AtomicOutput.writeFile(target, out -> bytes.writeTo(out));
    }

    /**
     * Runs EPUBCheck on a book, its messages naming it {@code shownAs}.
     *
     * @return its warnings
     * @throws InputException with every message, when it found an error
     */
    public List<Diagnostic> check(Path book, Path shownAs) throws InputException {
        List<Diagnostic> found = checker.check(book, shownAs.toString());
        if (found.stream().anyMatch(Diagnostic::isError)) {
            throw new InputException(found);
        }
        return found;
    }

    private ByteArrayOutputStream render(XdmNode tei, String name, PageStore kept) throws InputException, IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        renderer.render(tei, name, bytes, kept);
        return bytes;
    }
}
