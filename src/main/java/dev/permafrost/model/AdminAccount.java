package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;

/** An account as moderators see it: the public {@link Account} plus sign-up, email, IPs and moderation state. */
public record AdminAccount(
        String id,
        String username,
        String domain,
        Instant createdAt,
        String email,
        String ip,
        List<AdminIp> ips,
        String locale,
        String inviteRequest,
        Role role,
        boolean confirmed,
        boolean suspended,
        boolean silenced,
        boolean sensitized,
        boolean disabled,
        boolean approved,
        Account account,
        String createdByApplicationId,
        String invitedByAccountId,
        @JsonIgnore String raw) implements Entity {

    public AdminAccount {
        ips = ips == null ? List.of() : List.copyOf(ips);
    }
}
