// SPDX-License-Identifier: Apache-2.0
package org.teiedition.series;

import java.util.List;

/** The series' landing page: the volumes, each with its facts and links, and the search across them. */
final class SeriesPage {
    private SeriesPage() {
    }

    static String html(String title, List<SeriesSite.Volume> volumes, boolean search) {
        StringBuilder page = new StringBuilder();
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n")
                .append("<body>\n<header><h1>").append(escape(title)).append("</h1></header>\n<main>\n");
        if (search) {
            page.append("<section aria-labelledby=\"search-heading\">\n<h2 id=\"search-heading\">Search the series</h2>\n")
                    .append("<form id=\"series-search\" role=\"search\">\n<label for=\"q\">Words</label>\n")
                    .append("<input id=\"q\" name=\"q\" type=\"search\" autocomplete=\"off\">\n<button type=\"submit\">Search</button>\n</form>\n")
                    .append("<p id=\"status\" role=\"status\" aria-live=\"polite\"></p>\n<div id=\"hits\"></div>\n</section>\n");
        }
        page.append("<section aria-labelledby=\"volumes-heading\">\n<h2 id=\"volumes-heading\">Volumes</h2>\n<ol class=\"volumes\">\n");
        for (SeriesSite.Volume volume : volumes) {
            String name = volume.name();
            page.append("<li class=\"volume\" id=\"volume-").append(escape(name)).append("\">\n<h3><a href=\"")
                    .append(href(name + "/html/index.html")).append("\">").append(escape(volume.title())).append("</a></h3>\n<p class=\"facts\">");
            if (!volume.year().isEmpty()) {
                page.append("<span class=\"year\">").append(escape(volume.year())).append("</span> · ");
            }
            page.append("<span class=\"pages\">").append(volume.pages()).append(volume.pages() == 1 ? " page" : " pages")
                    .append("</span> · <span class=\"documents\">").append(volume.documents())
                    .append(volume.documents() == 1 ? " document" : " documents").append("</span></p>\n<ul class=\"formats\">\n")
                    .append("<li><a href=\"").append(href(name + "/html/index.html")).append("\">Web edition</a></li>\n");
            for (String file : volume.files()) {
                page.append("<li><a href=\"").append(href(name + "/" + file)).append("\">").append(format(file))
                        .append("<span class=\"file\"> (").append(escape(file)).append(")</span></a></li>\n");
            }
            page.append("</ul>\n</li>\n");
        }
        page.append("</ol>\n</section>\n</main>\n");
        if (search) {
            page.append("<script src=\"assets/minisearch.js\"></script>\n<script src=\"search/volumes.js\"></script>\n")
                    .append("<script src=\"assets/series-search.js\"></script>\n");
        }
        return page.append("</body>\n</html>\n").toString();
    }

    private static String format(String file) {
        if (file.endsWith(".pdf")) {
            return "PDF";
        }
        return file.endsWith(".epub") ? "EPUB" : "TEI";
    }

    /** A relative link: each path segment percent-encoded where a URL needs it. */
    private static String href(String path) {
        StringBuilder href = new StringBuilder();
        for (byte b : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/".indexOf(c) >= 0)) {
                href.append(c);
            } else {
                href.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return href.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static final String STYLE = """
            body { font-family: Georgia, "Times New Roman", serif; margin: 0; color: #1a1a1a; background: #fff; line-height: 1.5; }
            header, main { max-width: 46rem; margin: 0 auto; padding: 0 1rem; }
            h1 { font-size: 1.8rem; line-height: 1.25; margin: 1.5rem 0 1rem; }
            h2 { font-size: 1.3rem; margin: 1.5rem 0 0.5rem; }
            h3 { font-size: 1.1rem; margin: 0 0 0.25rem; }
            a { color: #0b4f8a; overflow-wrap: anywhere; }
            .volumes { list-style: none; padding: 0; }
            .volume { border-top: 1px solid #bbb; padding: 0.75rem 0; }
            .facts { margin: 0 0 0.25rem; color: #444; }
            .formats { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; }
            .formats a { display: inline-block; padding: 0.25rem 0; min-height: 24px; }
            .file { color: #444; font-size: 0.9em; }
            form { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
            input { font: inherit; padding: 0.3rem; flex: 1 1 12rem; min-width: 0; }
            button { font: inherit; padding: 0.3rem 1rem; }
            .hits-volume h3 { margin-top: 1rem; }
            .hits-volume ol { padding-left: 1.5rem; }
            """;
}
