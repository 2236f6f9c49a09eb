package dev.permafrost.client.api;

import dev.permafrost.client.Params;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A sign-up for {@code POST /api/v1/accounts}, sent with an app token (client credentials).
 * {@link #toString()} never prints the password.
 *
 * @param username the local user name
 * @param email where the confirmation mail goes
 * @param password the new account's password
 * @param agreement whether the user accepted the server's rules and terms
 * @param locale the language of the confirmation mail ({@code en})
 * @param reason why the user wants to join, for servers that approve sign-ups by hand; null if none
 * @param dateOfBirth the user's birth date, for servers with a minimum age; null if none
 */
public record Registration(String username, String email, String password, boolean agreement, String locale,
                           String reason, LocalDate dateOfBirth) {
    public Registration {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(locale, "locale");
    }

    /** A sign-up that accepts the rules, in English, without reason or birth date. */
    public static Registration of(String username, String email, String password) {
        return new Registration(username, email, password, true, "en", null, null);
    }

    Params params() {
        return Params.empty()
                .with("username", username)
                .with("email", email)
                .with("password", password)
                .with("agreement", agreement)
                .with("locale", locale)
                .with("reason", reason)
                .with("date_of_birth", dateOfBirth);
    }

    @Override
    public String toString() {
        return "Registration[username=" + username + ", email=" + email + ", password=<redacted>, agreement=" + agreement
                + ", locale=" + locale + "]";
    }
}
