package dev.permafrost.sim;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads request bodies into parameters the way Rails does: form-encoded, JSON (nested objects
 * become {@code a[b]} names, arrays {@code a[]}) and the text fields of multipart forms.
 */
final class Bodies {
    /** One part of a multipart body. */
    record Part(String name, String filename, String contentType, byte[] bytes) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private Bodies() {
    }

    static Params params(Map<String, List<String>> headers, byte[] body) {
        if (body.length == 0) {
            return new Params(List.of());
        }
        String type = contentType(headers);
        if (type.startsWith("application/json")) {
            return json(body);
        }
        if (type.startsWith("multipart/form-data")) {
            List<Map.Entry<String, String>> entries = new ArrayList<>();
            for (Part part : multipart(type, body)) {
                if (part.filename().isEmpty()) {
                    entries.add(new AbstractMap.SimpleImmutableEntry<>(part.name(), part.text()));
                }
            }
            return new Params(entries);
        }
        return Params.parse(new String(body, StandardCharsets.UTF_8));
    }

    static String contentType(Map<String, List<String>> headers) {
        List<String> values = headers.get("Content-Type");
        return values == null || values.isEmpty() ? "" : values.get(0).toLowerCase();
    }

    private static Params json(byte[] body) {
        List<Map.Entry<String, String>> entries = new ArrayList<>();
        try (JsonParser parser = Json.FACTORY.createParser(body)) {
            if (parser.nextToken() == JsonToken.START_OBJECT) {
                readObject(parser, "", entries);
            }
        } catch (IOException e) {
            throw new ApiError(400, "Invalid JSON body: " + e.getMessage());
        }
        return new Params(entries);
    }

    private static void readObject(JsonParser parser, String prefix, List<Map.Entry<String, String>> entries) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = prefix.isEmpty() ? parser.currentName() : prefix + "[" + parser.currentName() + "]";
            readValue(parser, parser.nextToken(), name, entries);
        }
    }

    private static void readValue(JsonParser parser, JsonToken token, String name, List<Map.Entry<String, String>> entries)
            throws IOException {
        switch (token) {
            case START_OBJECT -> readObject(parser, name, entries);
            case START_ARRAY -> {
                JsonToken item;
                while ((item = parser.nextToken()) != JsonToken.END_ARRAY) {
                    readValue(parser, item, name + "[]", entries);
                }
            }
            case VALUE_NULL -> {
            }
            default -> entries.add(new AbstractMap.SimpleImmutableEntry<>(name, parser.getText()));
        }
    }

    /** Splits a multipart/form-data body into its parts. */
    static List<Part> multipart(String contentType, byte[] body) {
        int at = contentType.indexOf("boundary=");
        if (at < 0) {
            throw new ApiError(400, "multipart body without a boundary");
        }
        String boundary = contentType.substring(at + 9).split(";")[0].replace("\"", "").trim();
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        List<Part> parts = new ArrayList<>();
        int start = indexOf(body, delimiter, 0);
        while (start >= 0) {
            int headersStart = start + delimiter.length;
            if (headersStart + 1 < body.length && body[headersStart] == '-' && body[headersStart + 1] == '-') {
                break;
            }
            headersStart += 2;
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart);
            int next = indexOf(body, delimiter, headersStart);
            if (headersEnd < 0 || next < 0) {
                break;
            }
            String partHeaders = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
            int contentEnd = next - 2;
            byte[] content = java.util.Arrays.copyOfRange(body, headersEnd + 4, Math.max(headersEnd + 4, contentEnd));
            parts.add(new Part(attribute(partHeaders, "name"), attribute(partHeaders, "filename"), partType(partHeaders), content));
            start = next;
        }
        return parts;
    }

    private static String attribute(String headers, String name) {
        int at = headers.indexOf(" " + name + "=\"");
        if (at < 0) {
            at = headers.indexOf(";" + name + "=\"");
        }
        if (at < 0) {
            return "";
        }
        int from = at + name.length() + 3;
        return headers.substring(from, headers.indexOf('"', from));
    }

    private static String partType(String headers) {
        for (String line : headers.split("\r\n")) {
            if (line.toLowerCase().startsWith("content-type:")) {
                return line.substring(13).trim();
            }
        }
        return "application/octet-stream";
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
