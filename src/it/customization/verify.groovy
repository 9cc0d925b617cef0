// SPDX-License-Identifier: Apache-2.0
// The customization shows in the PDF: US Letter pages, and the text (most of the characters) at 12 pt.
import org.apache.pdfbox.Loader
import org.apache.pdfbox.text.PDFTextStripper
import org.apache.pdfbox.text.TextPosition

def pdf = new File(basedir, 'target/edition/memorandum.pdf')
assert pdf.isFile() : "no ${pdf}"
def document = Loader.loadPDF(pdf)
try {
    assert document.numberOfPages == 3 : "${document.numberOfPages} pages, expected 3 (522–524)"
    document.pages.each { page ->
        def box = page.mediaBox
        assert Math.round(box.width) == 612 && Math.round(box.height) == 792 : "a page is ${box.width} × ${box.height} pt, not 612 × 792 (US Letter)"
    }
    def sizes = [:].withDefault { 0 }
    def stripper = new PDFTextStripper() {
        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            positions.each { sizes[Math.round(it.fontSizeInPt * 10) / 10] += 1 }
        }
    }
    stripper.getText(document)
    assert !sizes.isEmpty() : 'the PDF has no text'
    def text = sizes.max { it.value }.key
    assert text == 12 : "the text is set at ${text} pt, not 12 pt (sizes seen: ${sizes})"
} finally {
    document.close()
}
return true
