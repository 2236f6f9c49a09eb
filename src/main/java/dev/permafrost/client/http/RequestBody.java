package dev.permafrost.client.http;

import dev.permafrost.client.Params;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/** What a request sends: nothing, form fields, a JSON document, or multipart parts (uploads). */
public sealed interface RequestBody {

    /** The Content-Type header value, or null when there is no body. */
    String contentType();

    /** The bytes to send; the same every time, so a retry resends exactly the same body. */
    byte[] bytes();

    RequestBody NONE = new None();

    static RequestBody form(Params params) {
        return new Form(params);
    }

    static RequestBody json(String json) {
        return new JsonBody(json);
    }

    /** No body. */
    record None() implements RequestBody {
        @Override
        public String contentType() {
            return null;
        }

        @Override
        public byte[] bytes() {
            return new byte[0];
        }
    }

    /** {@code application/x-www-form-urlencoded} fields. */
    record Form(Params params) implements RequestBody {
        public Form {
            Objects.requireNonNull(params, "params");
        }

        @Override
        public String contentType() {
            return "application/x-www-form-urlencoded";
        }

        @Override
        public byte[] bytes() {
            return params.pairs().stream()
                    .map(pair -> encode(pair.getKey()) + "=" + encode(pair.getValue()))
                    .collect(Collectors.joining("&"))
                    .getBytes(StandardCharsets.UTF_8);
        }

        private static String encode(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8);
        }
    }

    /** A JSON document. */
    record JsonBody(String json) implements RequestBody {
        public JsonBody {
            Objects.requireNonNull(json, "json");
        }

        @Override
        public String contentType() {
            return "application/json";
        }

        @Override
        public byte[] bytes() {
            return json.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return "JsonBody[" + json.length() + " chars]";
        }
    }

    /** {@code multipart/form-data}: text fields and files. The boundary is fixed per instance. */
    record Multipart(List<Part> parts, String boundary) implements RequestBody {
        public Multipart {
            parts = List.copyOf(parts);
            Objects.requireNonNull(boundary, "boundary");
        }

        public static Multipart of(List<Part> parts) {
            return new Multipart(parts, "permafrost-" + UUID.randomUUID());
        }

        @Override
        public String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        @Override
        public byte[] bytes() {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (Part part : parts) {
                StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n")
                        .append("Content-Disposition: form-data; name=\"").append(quote(part.name())).append('"');
                if (part.fileName() != null) {
                    head.append("; filename=\"").append(quote(part.fileName())).append('"');
                }
                head.append("\r\n");
                if (part.contentType() != null) {
                    head.append("Content-Type: ").append(part.contentType()).append("\r\n");
                }
                head.append("\r\n");
                out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
                out.writeBytes(part.content());
                out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        }

        private static String quote(String text) {
            return text.replace("\"", "%22").replace("\r", "").replace("\n", "");
        }

        @Override
        public String toString() {
            return "Multipart" + parts.stream().map(Part::name).toList();
        }
    }

    /** One multipart part; {@code fileName} and {@code contentType} are null for a text field. */
    record Part(String name, String fileName, String contentType, byte[] content) {
        public Part {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(content, "content");
        }

        public static Part text(String name, String value) {
            return new Part(name, null, null, value.getBytes(StandardCharsets.UTF_8));
        }

        public static Part file(String name, String fileName, String contentType, byte[] content) {
            return new Part(name, fileName, contentType, content);
        }

        @Override
        public String toString() {
            return "Part[" + name + ", " + content.length + " bytes]";
        }
    }

    /** Form fields from a map, for tests and simple calls. */
    static RequestBody form(Map<String, ?> fields) {
        return new Form(Params.of(fields));
    }
}
