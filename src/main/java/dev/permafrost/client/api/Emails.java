package dev.permafrost.client.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.permafrost.client.MalformedResponseException;
import dev.permafrost.client.MastodonException.ErrorContext;
import dev.permafrost.client.Params;

/**
 * The e-mail confirmation of an account just signed up through the app. See
 * docs.joinmastodon.org/methods/emails.
 */
public final class Emails {
    /** Undocumented; its first version is not known, so it is never gated. */
    public static final Endpoint CHECK_CONFIRMATION = Endpoint.get("/api/v1/emails/check_confirmation", "4.0.0");
    public static final Endpoint RESEND_CONFIRMATION = Endpoint.post("/api/v1/emails/confirmations", "3.4.0");

    private final Caller caller;

    public Emails(Caller caller) {
        this.caller = caller;
    }

    /** Whether the user has confirmed their e-mail address. */
    public boolean isConfirmed() {
        JsonNode answer = caller.tree(CHECK_CONFIRMATION, CHECK_CONFIRMATION.path(), Params.empty());
        if (!answer.isBoolean()) {
            throw new MalformedResponseException("The answer is not the JSON expected: " + CHECK_CONFIRMATION.signature()
                    + " should answer true or false, not " + answer.getNodeType(),
                    ErrorContext.request(CHECK_CONFIRMATION.method(), CHECK_CONFIRMATION.path()));
        }
        return answer.booleanValue();
    }

    /**
     * Sends the confirmation e-mail again, to a corrected address when {@code newEmail} is not
     * null. Only the app that signed the user up may, and only while unconfirmed (else 403).
     */
    public void resendConfirmation(String newEmail) {
        caller.empty(RESEND_CONFIRMATION, RESEND_CONFIRMATION.path(), Params.empty().with("email", newEmail));
    }
}
