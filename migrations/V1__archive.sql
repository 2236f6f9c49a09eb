-- The archive's tables: the contract in README.md, section "The archive" (shared with the Parquet
-- archive). Text is VARCHAR without length (CHARACTER VARYING, up to 1,000,000,000 characters)
-- rather than CLOB: plain INSERTs into VARCHAR columns are more than twice as fast (STACK.md).
-- Times are UTC. Every entity row is keyed by (instance, id); no foreign keys, so pages can
-- arrive in any order.

CREATE TABLE accounts (
    instance VARCHAR NOT NULL,
    id VARCHAR NOT NULL,
    username VARCHAR,
    acct VARCHAR,
    url VARCHAR,
    display_name VARCHAR,
    note VARCHAR,
    locked BOOLEAN,
    bot BOOLEAN,
    discoverable BOOLEAN,
    noindex BOOLEAN,
    created_at TIMESTAMP WITH TIME ZONE,
    last_status_at DATE,
    statuses_count BIGINT,
    followers_count BIGINT,
    following_count BIGINT,
    first_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    raw VARCHAR,
    PRIMARY KEY (instance, id)
);

CREATE TABLE statuses (
    instance VARCHAR NOT NULL,
    id VARCHAR NOT NULL,
    uri VARCHAR,
    url VARCHAR,
    created_at TIMESTAMP WITH TIME ZONE,
    edited_at TIMESTAMP WITH TIME ZONE,
    account_id VARCHAR,
    visibility VARCHAR,
    language VARCHAR,
    in_reply_to_id VARCHAR,
    in_reply_to_account_id VARCHAR,
    reblog_of_id VARCHAR,
    content VARCHAR,
    spoiler_text VARCHAR,
    sensitive BOOLEAN,
    replies_count BIGINT,
    reblogs_count BIGINT,
    favourites_count BIGINT,
    poll_id VARCHAR,
    first_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at TIMESTAMP WITH TIME ZONE,
    raw VARCHAR,
    PRIMARY KEY (instance, id)
);

CREATE TABLE notifications (
    instance VARCHAR NOT NULL,
    owner_id VARCHAR NOT NULL,
    id VARCHAR NOT NULL,
    type VARCHAR,
    created_at TIMESTAMP WITH TIME ZONE,
    account_id VARCHAR,
    status_id VARCHAR,
    group_key VARCHAR,
    first_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    raw VARCHAR,
    PRIMARY KEY (instance, owner_id, id)
);

CREATE TABLE favourites (
    instance VARCHAR NOT NULL,
    owner_id VARCHAR NOT NULL,
    status_id VARCHAR NOT NULL,
    cursor VARCHAR,
    first_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (instance, owner_id, status_id)
);

CREATE TABLE bookmarks (
    instance VARCHAR NOT NULL,
    owner_id VARCHAR NOT NULL,
    status_id VARCHAR NOT NULL,
    cursor VARCHAR,
    first_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (instance, owner_id, status_id)
);

CREATE TABLE follows (
    instance VARCHAR NOT NULL,
    follower_id VARCHAR NOT NULL,
    followed_id VARCHAR NOT NULL,
    first_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (instance, follower_id, followed_id)
);

CREATE TABLE timeline_entries (
    instance VARCHAR NOT NULL,
    owner_id VARCHAR NOT NULL,
    timeline VARCHAR NOT NULL,
    status_id VARCHAR NOT NULL,
    first_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (instance, owner_id, timeline, status_id)
);

CREATE TABLE lists (
    instance VARCHAR NOT NULL,
    owner_id VARCHAR NOT NULL,
    id VARCHAR NOT NULL,
    title VARCHAR,
    replies_policy VARCHAR,
    exclusive BOOLEAN,
    first_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at TIMESTAMP WITH TIME ZONE,
    raw VARCHAR,
    PRIMARY KEY (instance, owner_id, id)
);

CREATE TABLE list_members (
    instance VARCHAR NOT NULL,
    owner_id VARCHAR NOT NULL,
    list_id VARCHAR NOT NULL,
    account_id VARCHAR NOT NULL,
    first_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (instance, list_id, account_id)
);

CREATE TABLE blocks (
    instance VARCHAR NOT NULL,
    owner_id VARCHAR NOT NULL,
    account_id VARCHAR NOT NULL,
    first_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (instance, owner_id, account_id)
);

CREATE TABLE mutes (
    instance VARCHAR NOT NULL,
    owner_id VARCHAR NOT NULL,
    account_id VARCHAR NOT NULL,
    first_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (instance, owner_id, account_id)
);

CREATE TABLE domain_blocks (
    instance VARCHAR NOT NULL,
    owner_id VARCHAR NOT NULL,
    domain VARCHAR NOT NULL,
    first_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (instance, owner_id, domain)
);

CREATE TABLE followed_tags (
    instance VARCHAR NOT NULL,
    owner_id VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    url VARCHAR,
    first_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at TIMESTAMP WITH TIME ZONE,
    raw VARCHAR,
    PRIMARY KEY (instance, owner_id, name)
);

CREATE TABLE status_interactions (
    instance VARCHAR NOT NULL,
    status_id VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    account_id VARCHAR NOT NULL,
    first_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (instance, status_id, kind, account_id)
);

CREATE TABLE conversations (
    instance VARCHAR NOT NULL,
    owner_id VARCHAR NOT NULL,
    id VARCHAR NOT NULL,
    unread BOOLEAN,
    last_status_id VARCHAR,
    first_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    raw VARCHAR,
    PRIMARY KEY (instance, owner_id, id)
);

CREATE TABLE filters (
    instance VARCHAR NOT NULL,
    owner_id VARCHAR NOT NULL,
    id VARCHAR NOT NULL,
    title VARCHAR,
    filter_action VARCHAR,
    expires_at TIMESTAMP WITH TIME ZONE,
    first_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at TIMESTAMP WITH TIME ZONE,
    raw VARCHAR,
    PRIMARY KEY (instance, owner_id, id)
);

CREATE TABLE scheduled_statuses (
    instance VARCHAR NOT NULL,
    owner_id VARCHAR NOT NULL,
    id VARCHAR NOT NULL,
    scheduled_at TIMESTAMP WITH TIME ZONE,
    first_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at TIMESTAMP WITH TIME ZONE,
    raw VARCHAR,
    PRIMARY KEY (instance, owner_id, id)
);

CREATE TABLE polls (
    instance VARCHAR NOT NULL,
    id VARCHAR NOT NULL,
    status_id VARCHAR,
    expires_at TIMESTAMP WITH TIME ZONE,
    expired BOOLEAN,
    multiple BOOLEAN,
    votes_count BIGINT,
    voters_count BIGINT,
    first_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    raw VARCHAR,
    PRIMARY KEY (instance, id)
);

CREATE TABLE media (
    instance VARCHAR NOT NULL,
    id VARCHAR NOT NULL,
    status_id VARCHAR,
    type VARCHAR,
    url VARCHAR,
    remote_url VARCHAR,
    preview_url VARCHAR,
    description VARCHAR,
    blurhash VARCHAR,
    local_file VARCHAR,
    sha256 VARCHAR,
    first_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    raw VARCHAR,
    PRIMARY KEY (instance, id)
);

CREATE TABLE status_edits (
    instance VARCHAR NOT NULL,
    status_id VARCHAR NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    content VARCHAR,
    spoiler_text VARCHAR,
    sensitive BOOLEAN,
    first_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    raw VARCHAR,
    PRIMARY KEY (instance, status_id, created_at)
);

CREATE TABLE checkpoints (
    instance VARCHAR NOT NULL,
    account VARCHAR NOT NULL,
    collection VARCHAR NOT NULL,
    cursor VARCHAR,
    state VARCHAR,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (instance, account, collection)
);

CREATE TABLE write_actions (
    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    instance VARCHAR NOT NULL,
    account VARCHAR,
    action VARCHAR NOT NULL,
    target_id VARCHAR,
    request VARCHAR,
    response VARCHAR,
    outcome VARCHAR,
    at TIMESTAMP WITH TIME ZONE NOT NULL
);
