package dev.permafrost.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads the time formats servers really send, not only the documented ones.
 *
 * <p>An {@link Instant} may arrive as an RFC 3339 date-time (with {@code Z} or an offset, up to
 * nine fractional digits), a date-time without offset (taken as UTC), a plain date (midnight UTC:
 * admin measures mix both in one list), or Unix seconds as a number or a string of digits
 * (Token {@code created_at}, instance activity {@code week}); a number too large for seconds
 * (from 10^11, the year 5138) is taken as milliseconds, which some other servers send. A {@link LocalDate} may arrive as a
 * date or as a full date-time (some servers send one for {@code last_status_at}); the date part
 * is kept. An empty string is null for both.
 */
final class LenientTimeModule extends SimpleModule {
    private static final long serialVersionUID = 1L;
    private static final long MILLISECONDS_FROM = 100_000_000_000L;

    LenientTimeModule() {
        super("permafrost-lenient-time");
        addDeserializer(Instant.class, new InstantDeserializer());
        addDeserializer(LocalDate.class, new LocalDateDeserializer());
    }

    private static final class InstantDeserializer extends StdScalarDeserializer<Instant> {
        private static final long serialVersionUID = 1L;

        InstantDeserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_NUMBER_INT) {
                return fromEpoch(parser.getLongValue());
            }
            if (token == JsonToken.VALUE_NUMBER_FLOAT) {
                return fromDecimalSeconds(parser.getDecimalValue());
            }
            if (token != JsonToken.VALUE_STRING) {
                return (Instant) context.handleUnexpectedToken(Instant.class, parser);
            }
            String text = parser.getText().trim();
            if (text.isEmpty()) {
                return null;
            }
            try {
                return parse(text);
            } catch (DateTimeParseException | NumberFormatException | ArithmeticException e) {
                return (Instant) context.handleWeirdStringValue(Instant.class, text,
                        "expected an ISO 8601 date-time, a date or Unix seconds");
            }
        }

        private static Instant parse(String text) {
            if (isDigits(text)) {
                return fromEpoch(Long.parseLong(text));
            }
            if (text.indexOf('T') < 0 && text.indexOf('t') < 0) {
                if (text.indexOf(':') < 0 && text.indexOf(' ') < 0) {
                    return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
                }
                text = text.replace(' ', 'T');
            }
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException withoutOffset) {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            }
        }

        private static Instant fromEpoch(long value) {
            return Math.abs(value) >= MILLISECONDS_FROM ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
        }

        private static Instant fromDecimalSeconds(BigDecimal seconds) {
            BigDecimal whole = new BigDecimal(seconds.toBigInteger());
            long nanos = seconds.subtract(whole).movePointRight(9).longValue();
            return Instant.ofEpochSecond(whole.longValueExact(), nanos);
        }
    }

    private static final class LocalDateDeserializer extends StdScalarDeserializer<LocalDate> {
        private static final long serialVersionUID = 1L;

        LocalDateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getText().trim();
            if (text.isEmpty()) {
                return null;
            }
            try {
                return parse(text);
            } catch (DateTimeParseException e) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text,
                        "expected an ISO 8601 date or date-time");
            }
        }

        private static LocalDate parse(String text) {
            int time = Math.max(text.indexOf('T'), text.indexOf('t'));
            if (time < 0) {
                time = text.indexOf(' ');
            }
            if (time < 0) {
                return LocalDate.parse(text);
            }
            String dateTime = text.substring(0, time) + 'T' + text.substring(time + 1);
            try {
                return OffsetDateTime.parse(dateTime).toLocalDate();
            } catch (DateTimeParseException withoutOffset) {
                return LocalDateTime.parse(dateTime).toLocalDate();
            }
        }
    }

    private static boolean isDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return !text.isEmpty() && text.length() <= 18;
    }
}
