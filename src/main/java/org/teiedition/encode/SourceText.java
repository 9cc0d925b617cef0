// SPDX-License-Identifier: Apache-2.0
package org.teiedition.encode;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.teiedition.diag.InputException;

/**
 * The transcription's bytes as lines: strict UTF-8, no byte order mark, {@code \n} line ends, no
 * control characters, no empty lines; whether the last line ends with a line break is kept.
 */
record SourceText(List<Line> lines, boolean finalNewline) {

    static SourceText decode(byte[] bytes, Problems problems) throws InputException {
        if (bytes.length == 0) {
            problems.error("empty", "the transcription is empty", 1, 1);
            throw problems.fail();
        }
        String text = utf8(bytes, problems);
        if (text.startsWith("\uFEFF")) {
            problems.error("bom", "the file starts with a byte order mark: save it as UTF-8 without one", 1, 1);
            throw problems.fail();
        }
        checkCharacters(text, problems);
        problems.check();
        boolean finalNewline = text.endsWith("\n");
        String body = finalNewline ? text.substring(0, text.length() - 1) : text;
        List<Line> lines = new ArrayList<>();
        int number = 1;
        for (String line : body.split("\n", -1)) {
            lines.add(new Line(number++, line));
        }
        if (body.isBlank()) {
            problems.error("empty", "the transcription is empty", 1, 1);
            throw problems.fail();
        }
        for (Line line : lines) {
            if (line.text().isBlank()) {
                problems.error("empty-line", "empty line: the transcription form has one paragraph a line", line.number(), 1);
            }
        }
        problems.check();
        return new SourceText(lines, finalNewline);
    }

    private static String utf8(byte[] bytes, Problems problems) throws InputException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            String before = out.toString();
            int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
            int column = Problems.column(before, before.length()) - Problems.column(before, before.lastIndexOf('\n') + 1) + 1;
            problems.error("encoding", String.format("the file is not UTF-8: invalid byte 0x%02X", bytes[in.position()] & 0xFF),
                    line, column);
            throw problems.fail();
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    private static void checkCharacters(String text, Problems problems) throws InputException {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if (c == '\r') {
                problems.error("line-end", "carriage return: lines must end with \\n alone", line,
                        Problems.column(text.substring(lineStart), i - lineStart));
                throw problems.fail();
            } else if (Character.isISOControl(c) && c != '\t' || c == '\uFFFE' || c == '\uFFFF') {
                problems.error("binary", String.format("binary input: control character U+%04X", (int) c), line,
                        Problems.column(text.substring(lineStart), i - lineStart));
                throw problems.fail();
            }
        }
    }
}
