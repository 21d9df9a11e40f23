package org.sitrep.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** Small WARC and ARC records written by hand for tests: the formats are text headers over a counted block. */
final class WebArchiveBytes {
    private WebArchiveBytes() {
    }

    /** An HTTP response: status line, headers, blank line, body. */
    static byte[] http(int status, String contentType, byte[] body) {
        String head = "HTTP/1.1 " + status + (status == 200 ? " OK" : " Other") + "\r\n"
                + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n")
                + "Content-Length: " + body.length + "\r\n\r\n";
        return concat(head.getBytes(StandardCharsets.ISO_8859_1), body);
    }

    static byte[] http(int status, String contentType, String body) {
        return http(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** A WARC response record for {@code uri}, crawled on {@code warcDate}, holding {@code http}. */
    static byte[] response(String uri, String warcDate, byte[] http) {
        return record("response", uri, warcDate, "application/http;msgtype=response", http);
    }

    /** A WARC record of any type. */
    static byte[] record(String type, String uri, String warcDate, String contentType, byte[] block) {
        String head = "WARC/1.0\r\n"
                + "WARC-Type: " + type + "\r\n"
                + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
                + "WARC-Date: " + warcDate + "\r\n"
                + "WARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(block) + ">\r\n"
                + "Content-Type: " + contentType + "\r\n"
                + "Content-Length: " + block.length + "\r\n\r\n";
        return concat(head.getBytes(StandardCharsets.ISO_8859_1), block, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** The warcinfo record a crawler writes first. */
    static byte[] warcinfo() {
        return record("warcinfo", null, "2025-03-02T08:00:00Z", "application/warc-fields",
                "software: sitrep-test\r\nformat: WARC File Format 1.0\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** An ARC v1 file: its {@code filedesc} header record, then one record per response. */
    static byte[] arc(String[] uris, byte[][] https) {
        String version = "1 0 sitrep-test\nURL IP-address Archive-date Content-type Archive-length\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] v = version.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(("filedesc://test.arc 0.0.0.0 20250302080000 text/plain " + v.length + "\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(v);
        out.write('\n');
        for (int i = 0; i < uris.length; i++) {
            out.writeBytes((uris[i] + " 192.0.2.1 20250302080000 text/html " + https[i].length + "\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(https[i]);
            out.write('\n');
        }
        return out.toByteArray();
    }

    /** Each part gzipped as its own member, as WARC and ARC files are compressed record by record. */
    static byte[] gzipEach(byte[]... parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(gzip(p));
        }
        return out.toByteArray();
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** A news page of a few paragraphs, with {@code extraHead} in its head. */
    static String page(String title, String extraHead, String... paragraphs) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><title>")
                .append(title).append("</title>").append(extraHead).append("</head><body>")
                .append("<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>")
                .append(title).append("</h1>");
        for (String p : paragraphs) {
            b.append("<p>").append(p).append("</p>");
        }
        return b.append("</article><footer>All rights reserved.</footer></body></html>").toString();
    }
}
