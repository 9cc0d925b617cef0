// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * What the press PDF needs after FOP has written it, done with PDFBox over the finished file, which is
 * then written again whole, without object streams (FOP's PDF 1.4):
 * <ul>
 * <li>the crop marks, outside the bleed ({@link PressMarks});</li>
 * <li>no {@code CIDSet} in the font descriptors: FOP writes one for every PDF that is not PDF/A-2 or later,
 *     listing the glyphs the text uses but not all the subset holds, which PDF/UA-1 (7.21.4.2) forbids;
 *     the entry is optional, and PDF/X-4 asks for none.</li>
 * </ul>
 * The same PDF gives the same bytes: PDFBox numbers the objects in the order it meets them from the
 * trailer, and the caller writes the file identifier ({@link TrailerId}) afterwards.
 */
final class PressFinish {
    private PressFinish() {
    }

    static byte[] finish(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (COSObject descriptor : document.getDocument().getObjectsByType(COSName.FONT_DESC)) {
                if (descriptor.getObject() instanceof COSDictionary dictionary) {
                    dictionary.removeItem(COSName.CID_SET);
                }
            }
            PressMarks.draw(document);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 1024 * document.getNumberOfPages());
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }
}
