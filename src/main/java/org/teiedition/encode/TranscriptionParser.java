// SPDX-License-Identifier: Apache-2.0
package org.teiedition.encode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.teiedition.diag.InputException;
import org.teiedition.encode.Block.Kind;

/**
 * Reads the lines of a transcription (src/site/markdown/transcription-form.md) into classified blocks: file number,
 * heading, the lines under the heading, paragraphs, page lines, signature, footnotes.
 */
final class TranscriptionParser {
    private final Problems problems;

    TranscriptionParser(Problems problems) {
        this.problems = problems;
    }

    Transcript parse(SourceText source) throws InputException {
        List<Line> lines = source.lines();
        int footnotesStart = footnotesStart(lines);
        List<Line> footnotes = lines.subList(footnotesStart, lines.size());
        for (Line line : footnotes) {
            if (Transcript.footnoteText(line).isBlank()) {
                problems.error("footnote-empty", "empty footnote: expected its text between \"- \" and \"↩\"", line.number(), 1);
            }
            if (LinePatterns.MARKER_LIKE.matcher(line.text()).find()) {
                problems.error("marker-in-footnote", "page marker inside a footnote", line.number(), 1);
            }
        }
        List<Block> blocks = new ArrayList<>();
        Optional<Marker> opening = Optional.empty();
        int i = 0;
        if (i < footnotesStart && isMarkerLine(lines.get(i))) {
            opening = Optional.of(markers(lines.get(i)).get(0));
            i++;
        }
        boolean sourceSeen = false;
        boolean headSeen = false;
        boolean topPart = true;
        for (; i < footnotesStart; i++) {
            Line line = lines.get(i);
            String text = line.text();
            Kind kind;
            if (isMarkerLine(line)) {
                kind = Kind.PAGE;
            } else if (!headSeen && !sourceSeen && LinePatterns.FILE_NUMBER.matcher(text).matches()) {
                kind = Kind.SOURCE;
                sourceSeen = true;
            } else if (!headSeen) {
                kind = Kind.HEAD;
                headSeen = true;
            } else if (i == footnotesStart - 1 && !topPart && LinePatterns.SIGNATURE.matcher(text).matches()) {
                kind = Kind.SIGNED;
            } else if (LinePatterns.PARTICIPANTS.matcher(text).matches()) {
                kind = text.indexOf(':') == text.length() - 1 ? Kind.LIST_HEAD : Kind.LIST_RUN_IN;
                topPart = false;
            } else if (isItem(blocks, text)) {
                kind = Kind.ITEM;
            } else if (topPart && LinePatterns.DATELINE.matcher(text).matches()) {
                kind = Kind.DATELINE;
            } else if (topPart && LinePatterns.isSubheading(text)) {
                kind = Kind.SUBHEAD;
            } else {
                kind = Kind.P;
                topPart = false;
            }
            blocks.add(new Block(kind, line, markers(line)));
        }
        if (!headSeen) {
            Line where = lines.get(Math.max(0, Math.min(footnotesStart, lines.size()) - 1));
            problems.error("no-heading", "no heading: expected a heading line before the footnotes", where.number(), 1);
        }
        problems.check();
        return new Transcript(opening, blocks, footnotes, source.finalNewline());
    }

    /** The last block is a list head or item, and this line reads as a participant. */
    private static boolean isItem(List<Block> blocks, String text) {
        if (blocks.isEmpty()) {
            return false;
        }
        Kind last = blocks.get(blocks.size() - 1).kind();
        return (last == Kind.LIST_HEAD || last == Kind.ITEM) && LinePatterns.isListItem(text);
    }

    /** The first line of the trailing run of footnote lines; footnote-like lines before it are errors. */
    private int footnotesStart(List<Line> lines) {
        int start = lines.size();
        while (start > 0 && LinePatterns.FOOTNOTE.matcher(lines.get(start - 1).text()).matches()) {
            start--;
        }
        for (int i = 0; i < start; i++) {
            Line line = lines.get(i);
            if (LinePatterns.FOOTNOTE.matcher(line.text()).matches()) {
                problems.error("footnote-position", "footnote line before the end of the text: footnotes close the document",
                        line.number(), 1);
            } else if (line.text().endsWith("↩") || line.text().startsWith("- ") && line.text().contains("↩")) {
                problems.error("footnote-form", "malformed footnote line: expected \"- text↩\"", line.number(), 1);
            }
        }
        return start;
    }

    private boolean isMarkerLine(Line line) {
        return LinePatterns.MARKER.matcher(line.text()).matches();
    }

    /** The page markers of a line, each checked for its form and the space after it. */
    private List<Marker> markers(Line line) {
        String text = line.text();
        List<Marker> found = new ArrayList<>();
        Matcher like = LinePatterns.MARKER_LIKE.matcher(text);
        while (like.find()) {
            int start = like.start();
            int column = Problems.column(text, start);
            Matcher exact = LinePatterns.MARKER.matcher(text).region(start, text.length());
            if (!exact.lookingAt()) {
                problems.error("marker-form", "malformed page marker: expected \"[Page N]\" with N a page number",
                        line.number(), column);
                continue;
            }
            int end = exact.end();
            if (end < text.length() && text.charAt(end) != ' ') {
                problems.error("marker-space", "page marker \"" + exact.group() + "\" must be followed by a space or the end of the line",
                        line.number(), column);
            } else if (end == text.length() - 1) {
                problems.error("marker-space", "page marker \"" + exact.group() + "\" is followed by a space at the end of the line",
                        line.number(), column);
            }
            found.add(new Marker(Integer.parseInt(exact.group(1)), line.number(), column, start, end));
        }
        return found;
    }
}
