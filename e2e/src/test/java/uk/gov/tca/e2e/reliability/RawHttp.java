package uk.gov.tca.e2e.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written byte by byte on a socket: what no well-behaved client sends (a body that stalls, a line
 * too long, a header without a colon), so the server's own HTTP layer is what answers.
 */
final class RawHttp implements AutoCloseable {

    /** What came back: the status line's code, the headers, the body as text; -1 when the server said nothing. */
    record Reply(int status, Map<String, String> headers, String body) {

        boolean isProblem() {
            return headers.getOrDefault("content-type", "").startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + headers.get("content-type") + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    private final Socket socket;

    private RawHttp(Socket socket) {
        this.socket = socket;
    }

    static RawHttp open(String baseUrl) throws IOException {
        URI uri = URI.create(baseUrl);
        Socket socket = new Socket(uri.getHost(), uri.getPort());
        socket.setTcpNoDelay(true);
        return new RawHttp(socket);
    }

    RawHttp send(String text) throws IOException {
        return send(text.getBytes(StandardCharsets.UTF_8));
    }

    RawHttp send(byte[] bytes) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(bytes);
        out.flush();
        return this;
    }

    /** The reply, waiting at most the given milliseconds for it to begin and end. */
    Reply read(int timeoutMillis) throws IOException {
        socket.setSoTimeout(timeoutMillis);
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        try {
            int matched = 0;
            while (matched < 4) {
                int b = in.read();
                if (b < 0) {
                    return head.size() == 0 ? new Reply(-1, Map.of(), "") : parseHead(head.toString(StandardCharsets.ISO_8859_1), "");
                }
                head.write(b);
                matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3)) ? matched + 1 : 0;
            }
        } catch (SocketTimeoutException e) {
            return new Reply(-1, Map.of(), "");
        }
        Reply headOnly = parseHead(head.toString(StandardCharsets.ISO_8859_1), "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String length = headOnly.headers().get("content-length");
        try {
            if (length != null) {
                byte[] buffer = in.readNBytes(Integer.parseInt(length.trim()));
                body.write(buffer);
            } else if ("chunked".equalsIgnoreCase(headOnly.headers().get("transfer-encoding"))) {
                while (true) {
                    String size = line(in);
                    int n = Integer.parseInt(size.split(";")[0].trim(), 16);
                    if (n == 0) {
                        line(in);
                        break;
                    }
                    body.write(in.readNBytes(n));
                    line(in);
                }
            }
        } catch (SocketTimeoutException e) {
            // what arrived is what there is
        }
        return new Reply(headOnly.status(), headOnly.headers(), body.toString(StandardCharsets.UTF_8));
    }

    /** Whether the server has closed the connection (a read sees its end within the time given). */
    boolean closedWithin(int timeoutMillis) throws IOException {
        socket.setSoTimeout(timeoutMillis);
        try {
            return socket.getInputStream().read() < 0;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder s = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (b != '\r') {
                s.append((char) b);
            }
        }
        return s.toString();
    }

    private static Reply parseHead(String head, String body) {
        String[] lines = head.split("\r\n");
        int status = -1;
        if (lines.length > 0 && lines[0].startsWith("HTTP/")) {
            String[] parts = lines[0].split(" ");
            status = parts.length > 1 ? Integer.parseInt(parts[1]) : -1;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
        }
        return new Reply(status, headers, body);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
