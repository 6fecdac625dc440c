-- The partnership's calendar: roundtables, Manufacturing Month, the award ceremony, hiring events, webinars.
CREATE SEQUENCE partnership_event_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE partnership_event (
    id          BIGINT       PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    kind        VARCHAR(30)  NOT NULL CHECK (kind IN ('ROUNDTABLE', 'MANUFACTURING_MONTH', 'AWARD_CEREMONY',
                    'HIRING_EVENT', 'WEBINAR', 'OTHER')),
    title       VARCHAR(200) NOT NULL,
    starts_on   DATE         NOT NULL,
    ends_on     DATE         NOT NULL,
    place       VARCHAR(200),
    notes       VARCHAR(1000),
    updated_by  VARCHAR(100) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT partnership_event_dates_ck CHECK (ends_on >= starts_on)
);
CREATE INDEX partnership_event_starts_idx ON partnership_event (starts_on);

CREATE TABLE partnership_event_host (
    event_id        BIGINT NOT NULL REFERENCES partnership_event (id) ON DELETE CASCADE,
    organization_id BIGINT NOT NULL REFERENCES organization (id),
    PRIMARY KEY (event_id, organization_id)
);

-- A person's private calendar feed: only the secret's hash is kept; revoking deletes it.
CREATE SEQUENCE calendar_feed_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE calendar_feed (
    id          BIGINT      PRIMARY KEY,
    app_user_id BIGINT      NOT NULL UNIQUE REFERENCES app_user (id),
    token_hash  VARCHAR(64) NOT NULL UNIQUE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
